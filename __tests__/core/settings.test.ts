import { describe, expect, jest, test } from '@jest/globals';
import { defined, ofKind, thrownBy } from '../helpers/expect.js';
import {
  ENGINE_SETTING_NAMES,
  engineSettings,
  readCurrency,
  readEngineSettings,
  resolveTrainOn,
  splitList,
  type EngineSettingName,
} from '../../src/core/settings.js';
import { InputError } from '../../src/core/types.js';

const DEFAULTS: Partial<Record<EngineSettingName, string>> = {
  'on-error': 'train',
  'list-files': 'none',
  'predicate-quantifier': 'some',
  'gpu-count': '1',
  currency: 'USD',
  force: 'false',
};

function settings(over: Partial<Record<EngineSettingName, string>> = {}) {
  const values = { ...DEFAULTS, ...over };
  return readEngineSettings((name) => values[name] ?? '');
}

function failsWith(
  over: Partial<Record<EngineSettingName, string>>,
  input: string,
  ...parts: RegExp[]
) {
  const error = thrownBy(() => settings(over), InputError);
  expect(error.input).toBe(input);
  for (const p of parts) expect(error.message).toMatch(p);
}

describe('cost inputs are bounded', () => {
  test.each([
    ['gpu-hourly-cost', '1e+308'],
    ['gpu-hourly-cost', 'Infinity'],
    ['gpu-hourly-cost', '1' + '0'.repeat(400)],
    ['gpu-hourly-cost', '10000000.01'],
    ['training-hours', '8785'],
    ['gpu-count', '10001'],
    ['cost-limit', '1' + '0'.repeat(16)],
  ] as const)('%s %s is an InputError naming the input and its range', (input, value) => {
    failsWith({ [input]: value }, input, new RegExp(`Input ${input} is`), /and at most \d+,/);
  });

  test('the largest values give a cost that is still rounded to the cent', () => {
    const s = settings({
      'gpu-hourly-cost': '10000000',
      'training-hours': '8784',
      'gpu-count': '10000',
      'cost-limit': '1000000000000000',
    });
    const { hourlyCost = 0, trainingHours = 0, gpuCount } = s.cost;
    const cost = hourlyCost * trainingHours * gpuCount;
    // roundDecimal rounds exactly below 1e15
    expect(cost).toBeLessThan(1e15);
  });
});

describe('readEngineSettings', () => {
  test('defaults', () => {
    const s = settings();
    expect(s.force).toBe(false);
    expect(s.onError).toBe('train');
    expect(s.listFiles).toBe('none');
    expect(s.quantifier).toBe('some');
    expect(s.cost).toStrictEqual({ gpuCount: 1, currency: 'USD' });
    expect(s.trainOn).toBeUndefined();
    expect(s.forceLabel).toBeUndefined();
    // every setting left empty gives the same defaults
    expect(engineSettings()).toStrictEqual(s);
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
  });

  test('force is true, false, or the names of models to train', () => {
    expect(settings({ force: 'FALSE' }).force).toBe(false);
    const named = settings({ force: 'fraud, churn' });
    expect(named.force).toBe(false);
    expect(named.forceModels).toStrictEqual(['fraud', 'churn']);
  });

  test('reads only the names every front end takes', () => {
    const asked = new Set<string>();
    readEngineSettings((name) => {
      asked.add(name);
      return '';
    });
    expect([...asked].sort()).toStrictEqual([...ENGINE_SETTING_NAMES].sort());
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
    failsWith({ 'cost-limit': '-1' }, 'cost-limit', /"-1"/, /number of 0 or more/);
    failsWith({ 'cost-limit': '$20' }, 'cost-limit', /"\$20"/);
  });
});

describe('cost settings', () => {
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

  test('cost-limit', () => {
    expect(settings({ 'cost-limit': '12.50' }).cost.costLimit).toBe(12.5);
    expect(settings({ 'cost-limit': '0' }).cost.costLimit).toBe(0);
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

describe('the currency input', () => {
  test('is checked without making a number formatter (which loads ICU data on every run)', () => {
    const made = jest.spyOn(Intl, 'NumberFormat');
    try {
      expect(readCurrency(' eur ')).toBe('EUR');
      expect(readCurrency('')).toBe('USD');
      expect(() => readCurrency('US$')).toThrow(InputError);
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
  });
});
