import { describe, expect, test } from '@jest/globals';
import { thrownBy } from '../helpers/expect.js';
import { checkGate, evaluate, gateOutputs } from '../../src/core/engine.js';
import { parseFilters } from '../../src/core/filters/index.js';
import { checkModels, parseModels } from '../../src/core/models.js';
import { engineSettings, type EngineSettings } from '../../src/core/settings.js';
import { InputError, type ChangeSet, type ChangedFile } from '../../src/core/types.js';

const FILTERS = parseFilters(
  `shared: ['src/common/**', 'requirements.txt']
docs: ['docs/**']
`,
  'the filters input',
);

const MODELS = `fraud-detector:
  paths: ['src/models/fraud/**', 'data/fraud/**']
  filters: [shared]
  training-hours: 0.75
  gpu-runner: aws-g5.xlarge
churn:
  paths: ['src/models/churn/**', 'data/churn/**']
  filters: shared
  training-hours: 2
  gpu-count: 4
ranker: ['src/models/ranker/**']
`;

const COST = { hourlyCost: 2, trainingHours: 1, gpuCount: 1, currency: 'USD' };

function changeSet(...paths: string[]): ChangeSet {
  const files: ChangedFile[] = paths.map((filename) => ({ filename, status: 'modified' }));
  return {
    files,
    complete: true,
    source: 'compare',
    baseSha: 'a'.repeat(40),
    headSha: 'b'.repeat(40),
  };
}

function gate(paths: string[], settings: Partial<EngineSettings> = {}, labels: string[] = []) {
  const models = parseModels(MODELS, 'the models input');
  const s = engineSettings({ cost: COST, ...settings });
  const report = evaluate({
    changeSet: changeSet(...paths),
    filters: FILTERS,
    models,
    settings: s,
    context: {
      repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'models' },
      eventName: 'pull_request',
      labels,
    },
  });
  return { report, outputs: Object.fromEntries(gateOutputs(report, s).outputs) };
}

function modelsError(text: string): string {
  return thrownBy(() => parseModels(text, 'the models input'), InputError).message;
}

describe('parseModels', () => {
  test('paths in the filter grammar, the filters named, and cost settings of its own', () => {
    const [fraud, churn, ranker] = parseModels(MODELS, 'the models input');
    expect(fraud?.name).toBe('fraud-detector');
    expect(fraud?.line).toBe(1);
    expect(fraud?.filters).toStrictEqual(['shared']);
    expect(fraud?.cost.trainingHours).toBe(0.75);
    expect(fraud?.cost.hourlyCost).toBe(1.006);
    expect(fraud?.cost.priceSource).toMatchObject({ kind: 'preset', name: 'aws-g5.xlarge' });
    expect(churn?.filters).toStrictEqual(['shared']);
    expect(churn?.cost).toStrictEqual({
      gpuCount: 4,
      trainingHours: 2,
      hoursSource: { kind: 'input' },
    });
    // a list alone is the model's paths
    expect(ranker?.paths?.rules.length).toBe(1);
    expect(ranker?.filters).toStrictEqual([]);
  });

  test.each([
    [
      'churn:\n  paht: [x]\n',
      /model "churn" in the models input \(line 1\): the key "paht" is not known; allowed keys: paths, filters,/,
    ],
    [
      'churn:\n  training-hours: two\n  paths: [x]\n',
      /model "churn".*training-hours is "two"; it must be a number of 0 or more/,
    ],
    [
      'churn:\n  gpu-runner: h100\n  paths: [x]\n',
      /model "churn".*gpu-runner is "h100", which is not a known runner/,
    ],
    [
      'churn:\n  gpu-runner: aws-g5.xlarge\n  currency: EUR\n  paths: [x]\n',
      /model "churn".*gpu-runner is "aws-g5.xlarge", whose price is in USD/,
    ],
    ['churn: {}\n', /model "churn".*trains on nothing/],
    ['churn:\n  filters: 3\n', /model "churn".*filters is the number 3/],
    ['churn:\n  paths: ["!x/**"]\n', /model "churn".*nothing is included/],
    ['should-train: [x]\n', /"should-train" is one of the gate's own outputs/],
    ['', /no models are defined; write a YAML mapping of model name to what it trains on/],
  ])('refuses %j, naming the model, the key and what is allowed', (text, expected) => {
    expect(modelsError(text)).toMatch(expected);
  });

  test('models are checked against the filters they name and the outputs they add', () => {
    const models = parseModels('churn:\n  filters: [sharde]\n', 'the models input');
    const unknown = thrownBy(() => checkModels(models, ['shared']), InputError);
    expect(unknown.input).toBe('models');
    expect(unknown.message).toMatch(
      /names "sharde", which is not a filter of the filters input; the filters defined are: shared/,
    );
    const same = thrownBy(
      () => checkModels(parseModels("docs: ['x/**']\n", 'the models input'), ['docs']),
      InputError,
    );
    expect(same.message).toMatch(
      /a filter has the same name, and both would set the output "docs"/,
    );
    const output = thrownBy(
      () => checkModels(parseModels("matrix: ['x/**']\n", 'the models input'), []),
      InputError,
    );
    expect(output.message).toMatch(/"matrix" is one of the outputs the models input adds/);
  });
});

describe('checkGate', () => {
  const models = parseModels(MODELS, 'the models input');
  test('force is true or false without models, and names only models that exist', () => {
    const without = thrownBy(
      () => checkGate(FILTERS, [], engineSettings({ forceModels: ['yes'] })),
      InputError,
    );
    expect(without.input).toBe('force');
    expect(without.message).toMatch(
      /Input force is "yes"; allowed values: true, false, or the names of models/,
    );
    const unknown = thrownBy(
      () => checkGate(FILTERS, models, engineSettings({ forceModels: ['frau'] })),
      InputError,
    );
    expect(unknown.message).toMatch(
      /Input force names "frau", which is not a model; the models defined are: fraud-detector, churn, ranker/,
    );
  });

  test('train-on goes with filters, not with models', () => {
    const error = thrownBy(
      () => checkGate(FILTERS, models, engineSettings({ trainOn: ['shared'] })),
      InputError,
    );
    expect(error.input).toBe('train-on');
    expect(error.message).toMatch(/with the models input each model says what it trains on/);
  });
});

describe('several models decided on one change', () => {
  test("a change to one model's data trains only that model, priced as that model", () => {
    const { report, outputs } = gate(['data/fraud/2025-01.csv', 'docs/x.md']);
    expect(report.decision.shouldTrain).toBe(true);
    expect(report.decision.reason).toBe(
      'training 1 of 3 models: fraud-detector (its paths matched 1 file (data/fraud/2025-01.csv))',
    );
    expect(report.models?.map((m) => [m.name, m.decision.shouldTrain])).toStrictEqual([
      ['fraud-detector', true],
      ['churn', false],
      ['ranker', false],
    ]);
    expect(outputs.models).toBe('["fraud-detector"]');
    expect(JSON.parse(outputs.matrix ?? '')).toStrictEqual({
      include: [
        {
          model: 'fraud-detector',
          reason: 'its paths matched 1 file (data/fraud/2025-01.csv)',
          'gpu-hours': '0.75',
          // the aws-g5.xlarge preset: $1.006 an hour for 0.75 h
          cost: '0.75',
        },
      ],
    });
    expect(outputs['fraud-detector']).toBe('true');
    expect(outputs.churn).toBe('false');
    // triggered: fraud's 0.75 h; avoided: churn 2 h × 4 × $2 and ranker 1 h × $2
    expect(outputs['estimated-gpu-hours']).toBe('0.75');
    expect(outputs['estimated-cost']).toBe('0.75');
    expect(outputs['cost-avoided']).toBe('18.00');
    expect(outputs.changes).toBe('["docs"]');
  });

  test('a change to shared code trains every model that names the shared filter', () => {
    const { report, outputs } = gate(['src/common/io.py']);
    expect(outputs.models).toBe('["fraud-detector","churn"]');
    expect(report.models?.[1]?.decision.reason).toBe(
      'filter shared matched 1 file (src/common/io.py)',
    );
    expect(outputs.ranker).toBe('false');
  });

  test('docs only: no model trains, and the matrix is still valid JSON, with nothing to include', () => {
    const { report, outputs } = gate(['docs/guide.md']);
    expect(report.decision.shouldTrain).toBe(false);
    expect(report.decision.reason).toBe(
      'skipped: 1 changed file, none of them what a model trains on (fraud-detector, churn or ranker)',
    );
    expect(outputs.models).toBe('[]');
    expect(JSON.parse(outputs.matrix ?? '')).toStrictEqual({ include: [] });
    expect(outputs['should-train']).toBe('false');
  });

  test('force trains every model, or the models it names; the force label trains all', () => {
    const all = gate(['docs/guide.md'], { force: true });
    expect(all.outputs.models).toBe('["fraud-detector","churn","ranker"]');
    expect(all.report.decision.reason).toBe(
      'training forced: the force input is true (all 3 models)',
    );
    const named = gate(['docs/guide.md'], { forceModels: ['ranker'] });
    expect(named.outputs.models).toBe('["ranker"]');
    expect(named.report.decision.reason).toBe(
      'training 1 of 3 models: ranker (forced: the force input names ranker)',
    );
    const label = gate(['docs/guide.md'], { forceLabel: 'retrain' }, ['retrain']);
    expect(label.outputs.models).toBe('["fraud-detector","churn","ranker"]');
  });

  test('an incomplete change set: on-error decides for every model alike', () => {
    const models = parseModels(MODELS, 'the models input');
    const cut: ChangeSet = {
      ...changeSet('docs/a.md'),
      complete: false,
      incompleteReason: 'the compare API stopped at its limit of 300 files',
    };
    for (const onError of ['train', 'skip', 'fail'] as const) {
      const report = evaluate({
        changeSet: cut,
        filters: FILTERS,
        models,
        settings: engineSettings({ onError, cost: COST }),
        context: { repository: { serverUrl: '', owner: '', repo: '' }, eventName: 'push' },
      });
      expect(report.decision.shouldTrain).toBe(onError === 'train');
      expect(report.decision.fail).toBe(onError === 'fail');
      expect(report.decision.reason).toMatch(/could not be seen whole \(the compare API stopped/);
      expect(report.decision.reason).toMatch(
        new RegExp(`no model matched the 1 file that could be seen, and on-error is ${onError}`),
      );
    }
  });
});
