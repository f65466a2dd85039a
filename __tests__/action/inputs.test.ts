import { describe, expect, test } from '@jest/globals';
import { thrownBy } from '../helpers/expect.js';
import { filtersSource, readActionInputs } from '../../src/action/inputs.js';
import { InputError } from '../../src/core/types.js';

const DEFAULTS: Record<string, string> = {
  filters: "training:\n  - 'src/training/**'\n",
  token: 'tkn',
  'on-error': 'train',
  'list-files': 'none',
  'predicate-quantifier': 'some',
  'gpu-count': '1',
  currency: 'USD',
  summary: 'true',
  force: 'false',
};

function inputs(over: Record<string, string> = {}) {
  const values = { ...DEFAULTS, ...over };
  return readActionInputs((name) => values[name] ?? '');
}

function failsWith(over: Record<string, string>, input: string, ...parts: RegExp[]) {
  const error = thrownBy(() => inputs(over), InputError);
  expect(error.input).toBe(input);
  for (const p of parts) expect(error.message).toMatch(p);
}

describe('readActionInputs', () => {
  test('defaults', () => {
    const s = inputs();
    expect(s.filters?.kind).toBe('inline');
    expect(s.models).toBeUndefined();
    expect(s.summary).toBe(true);
    expect(s.trainingJob).toBeUndefined();
    expect(s.historyRuns).toBe(10);
    expect(s.comment).toBe(false);
    expect(s.engine.onError).toBe('train');
    expect(s.engine.cost).toStrictEqual({ gpuCount: 1, currency: 'USD' });
  });

  test("every value is read, the engine's settings by the engine's reader", () => {
    const s = inputs({
      'train-on': 'training, data\nconfig',
      'on-error': 'fail',
      'gpu-hourly-cost': '1.60',
      summary: 'false',
      base: 'main',
      ref: 'feature',
      'working-directory': 'repo',
    });
    expect(s.engine.trainOn).toStrictEqual(['training', 'data', 'config']);
    expect(s.engine.onError).toBe('fail');
    expect(s.engine.cost.hourlyCost).toBe(1.6);
    expect(s.summary).toBe(false);
    expect(s.base).toBe('main');
    expect(s.ref).toBe('feature');
    expect(s.workingDirectory).toBe('repo');
  });

  test('bad values name the input, the value and what is allowed', () => {
    failsWith({ 'on-error': 'ignore' }, 'on-error', /"ignore"/, /train, skip, fail/);
    failsWith({ summary: '1' }, 'summary', /"1"/, /true, false/);
    failsWith({ filters: '   ' }, 'filters', /empty/);
    failsWith({ filters: '../other/filters.yml' }, 'filters', /inside the repository/);
  });

  test('training-job, history-runs and comment', () => {
    const s = inputs({
      'training-job': '  Train model  ',
      'history-runs': ' 25 ',
      comment: 'TRUE',
    });
    expect(s.trainingJob).toBe('Train model');
    expect(s.historyRuns).toBe(25);
    expect(s.comment).toBe(true);
    expect(inputs({ 'history-runs': '1' }).historyRuns).toBe(1);
    expect(inputs({ 'history-runs': '50' }).historyRuns).toBe(50);
  });

  test.each(['0', '51', '2.5', 'ten', '-3'])(
    'history-runs %j is refused, saying 1 to 50',
    (bad) => {
      failsWith({ 'history-runs': bad }, 'history-runs', new RegExp(`"${bad}"`), /1 to 50/);
    },
  );

  test('bad values of the action-only inputs name the input and what is allowed', () => {
    failsWith({ comment: 'yes' }, 'comment', /"yes"/, /true, false/);
    failsWith({ 'training-job': 'train\nevaluate' }, 'training-job', /one job/);
  });
});

describe('filtersSource', () => {
  test('one line without a colon is a file path; anything else is YAML', () => {
    expect(filtersSource('.github/filters.yml')).toStrictEqual({
      kind: 'file',
      path: '.github/filters.yml',
    });
    expect(filtersSource('./ci/filters.yaml')).toStrictEqual({
      kind: 'file',
      path: 'ci/filters.yaml',
    });
    expect(filtersSource("training: 'src/**'")?.kind).toBe('inline');
    expect(filtersSource('training:\n  - src/**')?.kind).toBe('inline');
  });

  test('filters may be left empty only when models is set; models takes a file or YAML too', () => {
    failsWith({ filters: '' }, 'filters', /empty/, /or set models/);
    const s = inputs({ filters: '', models: '.github/models.yml' });
    expect(s.filters).toBeUndefined();
    expect(s.models).toStrictEqual({ kind: 'file', path: '.github/models.yml' });
    expect(inputs({ models: "churn: ['src/churn/**']" }).models?.kind).toBe('inline');
    failsWith({ models: '../models.yml' }, 'models', /a models file must be a path inside/);
  });
});

describe('base and ref', () => {
  test.each(['main', 'release/v1.2', 'v1.0.0+build', 'a'.repeat(40)])(
    '%s is taken as given',
    (ref) => {
      expect(inputs({ base: ` ${ref} `, ref }).base).toBe(ref);
      expect(inputs({ ref }).ref).toBe(ref);
    },
  );

  test.each([
    '--upload-pack=x',
    '-b',
    'main..feature',
    'HEAD@{1}',
    'a b',
    '/abs',
    'x/',
    'x.lock',
    'a:b',
  ])('the value %s is refused, naming the input and what is allowed', (ref) => {
    failsWith({ base: ref }, 'base', /Input base is/, /a commit SHA, a branch or a tag name/);
    failsWith({ ref }, 'ref', /Input ref is/);
  });
});
