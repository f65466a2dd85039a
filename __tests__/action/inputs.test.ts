import { describe, expect, test } from '@jest/globals';
import { defined, ofKind, thrownBy } from '../helpers/expect.js';
import {
  filtersSource,
  parseSettings,
  resolveTrainOn,
  splitList,
} from '../../src/action/inputs.js';
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

function settings(over: Record<string, string> = {}) {
  const values = { ...DEFAULTS, ...over };
  return parseSettings((name) => values[name] ?? '');
}

function failsWith(over: Record<string, string>, input: string, ...parts: RegExp[]) {
  const error = thrownBy(() => settings(over), InputError);
  expect(error.input).toBe(input);
  for (const p of parts) expect(error.message).toMatch(p);
}

describe('parseSettings', () => {
  test('defaults', () => {
    const s = settings();
    expect(s.filters.kind).toBe('inline');
    expect(s.force).toBe(false);
    expect(s.onError).toBe('train');
    expect(s.listFiles).toBe('none');
    expect(s.quantifier).toBe('some');
    expect(s.summary).toBe(true);
    expect(s.cost).toStrictEqual({ gpuCount: 1, currency: 'USD' });
    expect(s.trainOn).toBeUndefined();
    expect(s.trainingJob).toBeUndefined();
    expect(s.historyRuns).toBe(10);
    expect(s.comment).toBe(false);
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
    expect(s.trainOn).toStrictEqual(['training', 'data', 'config']);
    expect(s.force).toBe(true);
    expect(s.forceLabel).toBe('retrain');
    expect(s.onError).toBe('fail');
    expect(s.listFiles).toBe('shell');
    expect(s.quantifier).toBe('every');
    expect(s.cost).toStrictEqual({
      gpuCount: 8,
      currency: 'EUR',
      hourlyCost: 1.6,
      priceSource: { kind: 'input' },
      trainingHours: 0.75,
      hoursSource: { kind: 'input' },
    });
    expect(s.summary).toBe(false);
    expect(s.base).toBe('main');
    expect(s.ref).toBe('feature');
    expect(s.workingDirectory).toBe('repo');
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
    expect(s.cost.hourlyCost).toBe(3.12);
    const preset = ofKind(defined(s.cost.priceSource), 'preset');
    expect(preset.name).toBe('github-gpu-t4');
    expect(preset.readOn).toBe('2026-01-01');
  });

  test('gpu-hourly-cost wins over gpu-runner', () => {
    const s = settings({ 'gpu-runner': 'aws-p5.48xlarge', 'gpu-hourly-cost': '40' });
    expect(s.cost.hourlyCost).toBe(40);
    expect(s.cost.priceSource).toStrictEqual({ kind: 'input', overrides: 'aws-p5.48xlarge' });
  });

  test('an unknown runner, or a preset in another currency, is an error', () => {
    failsWith({ 'gpu-runner': 'h100' }, 'gpu-runner', /"h100"/, /github-gpu-t4, aws-g4dn\.xlarge/);
    failsWith(
      { 'gpu-runner': 'aws-g5.xlarge', currency: 'eur' },
      'gpu-runner',
      /"EUR"/,
      /gpu-hourly-cost/,
    );
    expect(
      settings({ 'gpu-runner': 'aws-g5.xlarge', currency: 'eur', 'gpu-hourly-cost': '0.95' }).cost
        .hourlyCost,
    ).toBe(0.95);
  });

  test('training-job, history-runs, cost-limit and comment', () => {
    const s = settings({
      'training-job': '  Train model  ',
      'history-runs': ' 25 ',
      'cost-limit': '12.50',
      comment: 'TRUE',
    });
    expect(s.trainingJob).toBe('Train model');
    expect(s.historyRuns).toBe(25);
    expect(s.cost.costLimit).toBe(12.5);
    expect(s.comment).toBe(true);
    expect(settings({ 'history-runs': '1' }).historyRuns).toBe(1);
    expect(settings({ 'history-runs': '50' }).historyRuns).toBe(50);
    expect(settings({ 'cost-limit': '0' }).cost.costLimit).toBe(0);
  });

  test.each(['0', '51', '2.5', 'ten', '-3'])(
    'history-runs %j is refused, saying 1 to 50',
    (bad) => {
      failsWith({ 'history-runs': bad }, 'history-runs', new RegExp(`"${bad}"`), /1 to 50/);
    },
  );

  test('bad values of the new inputs name the input and what is allowed', () => {
    failsWith({ 'cost-limit': '-1' }, 'cost-limit', /"-1"/, /number of 0 or more/);
    failsWith({ 'cost-limit': '$20' }, 'cost-limit', /"\$20"/);
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
    expect(filtersSource("training: 'src/**'").kind).toBe('inline');
    expect(filtersSource('training:\n  - src/**').kind).toBe('inline');
  });
});

describe('train-on', () => {
  test('split on commas and newlines', () => {
    expect(splitList(' a,b\n\nc , ')).toStrictEqual(['a', 'b', 'c']);
  });
  test('empty means every filter; unknown names are an error listing the filters', () => {
    expect(resolveTrainOn(undefined, ['training', 'data'])).toStrictEqual(['training', 'data']);
    expect(resolveTrainOn(['data', 'data'], ['training', 'data'])).toStrictEqual(['data']);
    const error = thrownBy(() => resolveTrainOn(['trainig'], ['training', 'data']), InputError);
    expect(error.input).toBe('train-on');
    expect(error.message).toMatch(/"trainig"/);
    expect(error.message).toMatch(/training, data/);
  });
});
