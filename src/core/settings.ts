/**
 * The engine's settings: how a change set is decided, priced and written out.
 * One type for every front end. Each front end reads them from its own kind of
 * input (the action's inputs, the command line's `--flags`), under the same
 * names, through `readEngineSettings`, so all of them accept and refuse the
 * same values with the same words. Pure.
 */
import type { CostSettings } from './cost.js';
import { quote } from './format.js';
import { resolvePrice } from './presets.js';
import {
  InputError,
  type ListFilesFormat,
  type OnError,
  type PredicateQuantifier,
} from './types.js';

export interface EngineSettings {
  /** Filter names whose match means training; undefined: every filter. */
  trainOn?: readonly string[];
  /** Train whatever changed (the `force` input). */
  force: boolean;
  /** The models to train whatever changed (the `force` input naming models). */
  forceModels?: readonly string[];
  /** A pull-request label that forces training. */
  forceLabel?: string;
  /** What to decide when the change set cannot be seen whole. */
  onError: OnError;
  quantifier: PredicateQuantifier;
  /** The format of the `<filter>_files` outputs. */
  listFiles: ListFilesFormat;
  cost: CostSettings;
}

/** The cost settings: what one training run takes and costs, and the most it may cost. */
export const COST_SETTING_NAMES = [
  'gpu-hourly-cost',
  'gpu-runner',
  'training-hours',
  'gpu-count',
  'currency',
  'cost-limit',
] as const;

/** The names the engine's settings go by in every front end: action inputs and `--flags`. */
export const ENGINE_SETTING_NAMES = [
  'train-on',
  'force',
  'force-label',
  'on-error',
  'predicate-quantifier',
  'list-files',
  ...COST_SETTING_NAMES,
] as const;
export type EngineSettingName = (typeof ENGINE_SETTING_NAMES)[number];

export const LIST_FILES_FORMATS: readonly ListFilesFormat[] = [
  'none',
  'json',
  'csv',
  'shell',
  'escape',
];
export const ON_ERROR_CHOICES: readonly OnError[] = ['train', 'skip', 'fail'];
export const QUANTIFIERS: readonly PredicateQuantifier[] = ['some', 'every'];

/** One of `allowed` (case-insensitive); empty gives `fallback`. */
export function readChoice<T extends string>(
  name: string,
  raw: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = raw.trim();
  if (value === '') return fallback;
  const found = allowed.find((a) => a === value.toLowerCase());
  if (found === undefined) {
    throw new InputError(
      name,
      `Input ${name} is ${quote(value)}; allowed values: ${allowed.join(', ')}.`,
    );
  }
  return found;
}

/** `true` or `false` (case-insensitive); empty gives `fallback`. */
export function readBoolean(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(name, `Input ${name} is ${quote(raw.trim())}; allowed values: true, false.`);
}

/**
 * The force input: `true` or `false` (case-insensitive; empty is false), or the
 * names of models to train whatever changed, comma-separated. Whether those
 * name models is checked with the models (checkSettings).
 */
function readForce(raw: string): boolean | string[] {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return splitList(raw);
}

/**
 * The largest value each amount may take: past these a figure is a typo, and
 * their product (the cost of one run) stays below 1e15, where amounts are
 * still rounded to the cent.
 */
export const AMOUNT_MAX: Readonly<Record<string, number>> = {
  'gpu-count': 10_000,
  'gpu-hourly-cost': 10_000_000,
  // a leap year
  'training-hours': 8_784,
  'cost-limit': 1_000_000_000_000_000,
};

/**
 * A plain decimal number ≥ 0 (or > 0 with `positive`), at most the input's
 * AMOUNT_MAX; empty gives undefined.
 */
export function readAmount(name: string, raw: string, positive = false): number | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  const ok = /^(\d+(\.\d*)?|\.\d+)$/.test(value);
  const n = ok ? Number(value) : NaN;
  const max = AMOUNT_MAX[name] ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isFinite(n) || (positive && n <= 0) || n > max) {
    throw new InputError(
      name,
      `Input ${name} is ${quote(value)}; it must be a ${positive ? 'number greater than 0' : 'number of 0 or more'} and at most ${String(max)}, written like 1.60 (no currency sign, unit or exponent).`,
    );
  }
  return n;
}

/** A three-letter ISO 4217 code that Intl knows; empty gives USD. */
export function readCurrency(raw: string): string {
  const value = raw.trim().toUpperCase() || 'USD';
  // Three letters is all Intl asks of a currency code (it formats codes it does not know);
  // checking with a formatter would cost tens of milliseconds of ICU loading on every run.
  if (!/^[A-Z]{3}$/.test(value)) {
    throw new InputError(
      'currency',
      `Input currency is ${quote(raw.trim())}; it must be a three-letter ISO 4217 code such as USD, EUR or GBP.`,
    );
  }
  return value;
}

/** Splits a comma- or newline-separated list, trimmed, without empties. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The price, the training time and the runner count of one training run, and the cost limit. */
function readCost(get: (name: EngineSettingName) => string): CostSettings {
  const cost: CostSettings = {
    gpuCount: readAmount('gpu-count', get('gpu-count'), true) ?? 1,
    currency: readCurrency(get('currency')),
  };
  const runner = get('gpu-runner').trim();
  const hourly = readAmount('gpu-hourly-cost', get('gpu-hourly-cost'));
  const price = resolvePrice({
    ...(hourly !== undefined ? { hourlyCost: hourly } : {}),
    ...(runner !== '' ? { runner } : {}),
    currency: cost.currency,
  });
  if (price.hourlyCost !== undefined) cost.hourlyCost = price.hourlyCost;
  if (price.priceSource !== undefined) cost.priceSource = price.priceSource;
  const hours = readAmount('training-hours', get('training-hours'));
  if (hours !== undefined) {
    cost.trainingHours = hours;
    cost.hoursSource = { kind: 'input' };
  }
  const limit = readAmount('cost-limit', get('cost-limit'));
  if (limit !== undefined) cost.costLimit = limit;
  return cost;
}

/**
 * The engine's settings from named text values, as the action's inputs are
 * given (an empty value means the default). Errors are InputErrors naming the
 * setting, its value and what is allowed.
 */
export function readEngineSettings(get: (name: EngineSettingName) => string): EngineSettings {
  const force = readForce(get('force'));
  const settings: EngineSettings = {
    force: force === true,
    onError: readChoice('on-error', get('on-error'), ON_ERROR_CHOICES, 'train'),
    quantifier: readChoice(
      'predicate-quantifier',
      get('predicate-quantifier'),
      QUANTIFIERS,
      'some',
    ),
    listFiles: readChoice('list-files', get('list-files'), LIST_FILES_FORMATS, 'none'),
    cost: readCost(get),
  };
  if (Array.isArray(force)) settings.forceModels = force;
  const trainOn = splitList(get('train-on'));
  if (trainOn.length > 0) settings.trainOn = trainOn;
  const label = get('force-label').trim();
  if (label !== '') settings.forceLabel = label;
  return settings;
}

/**
 * Words that, as a part of a filter's name (split at `-`, `_`, `.` and `/`),
 * say the filter is about something a model is not trained on: its docs, its
 * tests, its CI. Such filters only inform unless train-on names them.
 */
const INFORMATIONAL_WORDS = new Set([
  'doc',
  'docs',
  'documentation',
  'readme',
  'changelog',
  'test',
  'tests',
  'testing',
  'e2e',
  'ci',
  'lint',
  'workflows',
]);

/** A filter named like docs, tests or CI (`docs`, `unit-tests`, `ci`): it informs, by default. */
export function isInformational(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[-_./]/)
    .some((word) => INFORMATIONAL_WORDS.has(word));
}

/**
 * The filters whose match means training, checked against the filters
 * defined. `trainOn` undefined: every filter but those named like docs, tests
 * or CI (every filter, when that would leave none).
 */
export function resolveTrainOn(
  trainOn: readonly string[] | undefined,
  names: readonly string[],
): string[] {
  if (trainOn === undefined) {
    const training = names.filter((name) => !isInformational(name));
    return training.length > 0 ? training : [...names];
  }
  const unknown = trainOn.filter((n) => !names.includes(n));
  if (unknown.length > 0) {
    throw new InputError(
      'train-on',
      `Input train-on names ${unknown.map((name) => quote(name)).join(', ')}, which ${unknown.length === 1 ? 'is not a filter' : 'are not filters'}; the filters defined are: ${names.join(', ')}.`,
    );
  }
  return [...new Set(trainOn)];
}

/** The default settings (as with every input left empty), with `changes` applied. */
export function engineSettings(changes: Partial<EngineSettings> = {}): EngineSettings {
  return { ...readEngineSettings(() => ''), ...changes };
}
