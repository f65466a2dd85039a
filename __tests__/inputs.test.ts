import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { filtersSource, parseSettings, resolveTrainOn, splitList } from '../src/inputs.js';
import { InputError } from '../src/types.js';

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

function settings(over: Record<string, string> = {}) {
  const values = { ...DEFAULTS, ...over };
  return parseSettings((name) => values[name] ?? '');
}

function failsWith(over: Record<string, string>, input: string, ...parts: RegExp[]) {
  assert.throws(
    () => settings(over),
    (e: unknown) => {
      assert.ok(e instanceof InputError, `expected InputError, got ${String(e)}`);
      assert.equal(e.input, input);
      for (const p of parts) assert.match(e.message, p);
      return true;
    },
  );
}

describe('parseSettings', () => {
  test('defaults', () => {
    const s = settings();
    assert.equal(s.filters.kind, 'inline');
    assert.equal(s.force, false);
    assert.equal(s.onError, 'train');
    assert.equal(s.listFiles, 'none');
    assert.equal(s.quantifier, 'some');
    assert.equal(s.summary, true);
    assert.deepEqual(s.cost, { gpuCount: 1, currency: 'USD' });
    assert.equal(s.trainOn, undefined);
    assert.equal(s.trainingJob, undefined);
    assert.equal(s.historyRuns, 10);
    assert.equal(s.comment, false);
  });

  test('every value is read', () => {
    const s = settings({
      'train-on': 'training, data\nconfig',
      force: 'TRUE',
      'force-label': ' retrain ',
      'on-error': 'fail',
      'list-files': 'shell',
      'predicate-quantifier': 'every',
      'gpu-hourly-cost': '1.60',
      'training-hours': '.75',
      'gpu-count': '8',
      currency: 'eur',
      summary: 'false',
      base: 'main',
      ref: 'feature',
      'working-directory': 'repo',
    });
    assert.deepEqual(s.trainOn, ['training', 'data', 'config']);
    assert.equal(s.force, true);
    assert.equal(s.forceLabel, 'retrain');
    assert.equal(s.onError, 'fail');
    assert.equal(s.listFiles, 'shell');
    assert.equal(s.quantifier, 'every');
    assert.deepEqual(s.cost, {
      gpuCount: 8,
      currency: 'EUR',
      hourlyCost: 1.6,
      priceSource: { kind: 'input' },
      trainingHours: 0.75,
      hoursSource: { kind: 'input' },
    });
    assert.equal(s.summary, false);
    assert.equal(s.base, 'main');
    assert.equal(s.ref, 'feature');
    assert.equal(s.workingDirectory, 'repo');
  });

  test('bad values name the input, the value and what is allowed', () => {
    failsWith({ 'list-files': 'yaml' }, 'list-files', /"yaml"/, /none, json, csv, shell, escape/);
    failsWith({ 'on-error': 'ignore' }, 'on-error', /"ignore"/, /train, skip, fail/);
    failsWith({ 'predicate-quantifier': 'all' }, 'predicate-quantifier', /"all"/, /some, every/);
    failsWith(
      { 'gpu-hourly-cost': '$1.60' },
      'gpu-hourly-cost',
      /"\$1\.60"/,
      /number of 0 or more/,
    );
    failsWith({ 'gpu-hourly-cost': '-1' }, 'gpu-hourly-cost', /"-1"/);
    failsWith({ 'training-hours': 'forty minutes' }, 'training-hours', /"forty minutes"/);
    failsWith({ 'gpu-count': '0' }, 'gpu-count', /"0"/, /greater than 0/);
    failsWith({ currency: 'dollars' }, 'currency', /"dollars"/, /ISO 4217/);
    failsWith({ force: 'yes' }, 'force', /"yes"/, /true, false/);
    failsWith({ summary: '1' }, 'summary', /"1"/, /true, false/);
    failsWith({ filters: '   ' }, 'filters', /empty/);
    failsWith({ filters: '../other/filters.yml' }, 'filters', /inside the repository/);
  });
});

describe('cost inputs', () => {
  test('gpu-runner gives the preset price and its source', () => {
    const s = settings({ 'gpu-runner': 'github-gpu-t4' });
    assert.equal(s.cost.hourlyCost, 3.12);
    assert.equal(s.cost.priceSource?.kind, 'preset');
    assert.ok(s.cost.priceSource?.kind === 'preset');
    assert.equal(s.cost.priceSource.name, 'github-gpu-t4');
    assert.equal(s.cost.priceSource.readOn, '2026-01-01');
  });

  test('gpu-hourly-cost wins over gpu-runner', () => {
    const s = settings({ 'gpu-runner': 'aws-p5.48xlarge', 'gpu-hourly-cost': '40' });
    assert.equal(s.cost.hourlyCost, 40);
    assert.deepEqual(s.cost.priceSource, { kind: 'input', overrides: 'aws-p5.48xlarge' });
  });

  test('an unknown runner, or a preset in another currency, is an error', () => {
    failsWith({ 'gpu-runner': 'h100' }, 'gpu-runner', /"h100"/, /github-gpu-t4, aws-g4dn\.xlarge/);
    failsWith(
      { 'gpu-runner': 'aws-g5.xlarge', currency: 'eur' },
      'gpu-runner',
      /"EUR"/,
      /gpu-hourly-cost/,
    );
    assert.equal(
      settings({ 'gpu-runner': 'aws-g5.xlarge', currency: 'eur', 'gpu-hourly-cost': '0.95' }).cost
        .hourlyCost,
      0.95,
    );
  });

  test('training-job, history-runs, cost-limit and comment', () => {
    const s = settings({
      'training-job': '  Train model  ',
      'history-runs': ' 25 ',
      'cost-limit': '12.50',
      comment: 'TRUE',
    });
    assert.equal(s.trainingJob, 'Train model');
    assert.equal(s.historyRuns, 25);
    assert.equal(s.cost.costLimit, 12.5);
    assert.equal(s.comment, true);
    assert.equal(settings({ 'history-runs': '1' }).historyRuns, 1);
    assert.equal(settings({ 'history-runs': '50' }).historyRuns, 50);
    assert.equal(settings({ 'cost-limit': '0' }).cost.costLimit, 0);
  });

  test('bad values of the new inputs name the input and what is allowed', () => {
    for (const bad of ['0', '51', '2.5', 'ten', '-3']) {
      failsWith({ 'history-runs': bad }, 'history-runs', new RegExp(`"${bad}"`), /1 to 50/);
    }
    failsWith({ 'cost-limit': '-1' }, 'cost-limit', /"-1"/, /number of 0 or more/);
    failsWith({ 'cost-limit': '$20' }, 'cost-limit', /"\$20"/);
    failsWith({ comment: 'yes' }, 'comment', /"yes"/, /true, false/);
    failsWith({ 'training-job': 'train\nevaluate' }, 'training-job', /one job/);
  });
});

describe('filtersSource', () => {
  test('one line without a colon is a file path; anything else is YAML', () => {
    assert.deepEqual(filtersSource('.github/filters.yml'), {
      kind: 'file',
      path: '.github/filters.yml',
    });
    assert.deepEqual(filtersSource('./ci/filters.yaml'), { kind: 'file', path: 'ci/filters.yaml' });
    assert.equal(filtersSource("training: 'src/**'").kind, 'inline');
    assert.equal(filtersSource('training:\n  - src/**').kind, 'inline');
  });
});

describe('train-on', () => {
  test('split on commas and newlines', () => {
    assert.deepEqual(splitList(' a,b\n\nc , '), ['a', 'b', 'c']);
  });
  test('empty means every filter; unknown names are an error listing the filters', () => {
    assert.deepEqual(resolveTrainOn(undefined, ['training', 'data']), ['training', 'data']);
    assert.deepEqual(resolveTrainOn(['data', 'data'], ['training', 'data']), ['data']);
    assert.throws(
      () => resolveTrainOn(['trainig'], ['training', 'data']),
      (e: unknown) =>
        e instanceof InputError &&
        e.input === 'train-on' &&
        /"trainig"/.test(e.message) &&
        /training, data/.test(e.message),
    );
  });
});
