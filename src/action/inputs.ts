/**
 * The action's inputs, read once into one validated settings object. The only
 * reader of inputs: `readInputs()` wraps `parseSettings()`, which is pure and
 * takes a getter so that every rule is tested directly.
 */
import * as core from '@actions/core';
import type { CostSettings } from '../core/cost.js';
import { resolvePrice } from '../core/presets.js';
import {
  InputError,
  type ListFilesFormat,
  type OnError,
  type PredicateQuantifier,
} from '../core/types.js';

export type FiltersSource = { kind: 'inline'; text: string } | { kind: 'file'; path: string };

export interface Settings {
  filters: FiltersSource;
  /** Filter names whose match means training; undefined = every filter. */
  trainOn?: string[];
  token: string;
  base?: string;
  ref?: string;
  force: boolean;
  forceLabel?: string;
  onError: OnError;
  listFiles: ListFilesFormat;
  quantifier: PredicateQuantifier;
  cost: CostSettings;
  /** The name of the training job, whose past runs give the training time when training-hours is empty. */
  trainingJob?: string;
  /** Most past runs the training time is measured over. */
  historyRuns: number;
  summary: boolean;
  /** Keep one comment on the pull request up to date with the verdict. */
  comment: boolean;
  workingDirectory?: string;
}

/** Default and bounds of history-runs: each run measured costs one request. */
export const HISTORY_RUNS_DEFAULT = 10;
export const HISTORY_RUNS_MAX = 50;

export type InputGetter = (name: string) => string;

const LIST_FILES: readonly ListFilesFormat[] = ['none', 'json', 'csv', 'shell', 'escape'];
const ON_ERROR: readonly OnError[] = ['train', 'skip', 'fail'];
const QUANTIFIERS: readonly PredicateQuantifier[] = ['some', 'every'];

function quote(value: string): string {
  return JSON.stringify(value);
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T): T {
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

function bool(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(name, `Input ${name} is ${quote(raw.trim())}; allowed values: true, false.`);
}

/** A plain decimal number ≥ 0 (or > 0 with `positive`); empty gives undefined. */
export function parseAmount(name: string, raw: string, positive = false): number | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  const ok = /^(\d+(\.\d*)?|\.\d+)$/.test(value);
  const n = ok ? Number(value) : NaN;
  if (!Number.isFinite(n) || (positive && n <= 0)) {
    throw new InputError(
      name,
      `Input ${name} is ${quote(value)}; it must be a ${positive ? 'number greater than 0' : 'number of 0 or more'}, written like 1.60 (no currency sign or unit).`,
    );
  }
  return n;
}

function currency(raw: string): string {
  const value = raw.trim().toUpperCase() || 'USD';
  let valid = /^[A-Z]{3}$/.test(value);
  if (valid) {
    try {
      new Intl.NumberFormat('en-US', { style: 'currency', currency: value });
    } catch {
      valid = false;
    }
  }
  if (!valid) {
    throw new InputError(
      'currency',
      `Input currency is ${quote(raw.trim())}; it must be a three-letter ISO 4217 code such as USD, EUR or GBP.`,
    );
  }
  return value;
}

function historyRuns(raw: string): number {
  const value = raw.trim();
  if (value === '') return HISTORY_RUNS_DEFAULT;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > HISTORY_RUNS_MAX) {
    throw new InputError(
      'history-runs',
      `Input history-runs is ${quote(value)}; it must be a whole number from 1 to ${HISTORY_RUNS_MAX} (each run measured costs one API request).`,
    );
  }
  return n;
}

function jobName(raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (/[\r\n]/.test(value)) {
    throw new InputError(
      'training-job',
      `Input training-job is ${quote(value)}; give the name of one job, on one line, as the Actions page shows it (its name:, or its id when it has no name).`,
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

/**
 * As dorny/paths-filter: a single line without `:` is a path to a filters
 * file; anything else is the filters themselves.
 */
export function filtersSource(raw: string): FiltersSource {
  const text = raw.trim();
  if (text === '') {
    throw new InputError(
      'filters',
      'Input filters is empty; give a YAML mapping of filter name → globs (inline), or the path of a YAML file in the repository.',
    );
  }
  if (!text.includes('\n') && !text.includes(':')) {
    const path = text.replace(/^\.\//, '');
    if (path.startsWith('/') || path.split('/').includes('..')) {
      throw new InputError(
        'filters',
        `Input filters is the path ${quote(text)}; a filters file must be a path inside the repository, relative to its root, without "..".`,
      );
    }
    return { kind: 'file', path };
  }
  return { kind: 'inline', text: raw };
}

export function parseSettings(get: InputGetter): Settings {
  const filters = filtersSource(get('filters'));
  const trainOnRaw = splitList(get('train-on'));
  const gpuCount = parseAmount('gpu-count', get('gpu-count'), true) ?? 1;
  const settings: Settings = {
    filters,
    token: get('token').trim(),
    force: bool('force', get('force'), false),
    onError: oneOf('on-error', get('on-error'), ON_ERROR, 'train'),
    listFiles: oneOf('list-files', get('list-files'), LIST_FILES, 'none'),
    quantifier: oneOf('predicate-quantifier', get('predicate-quantifier'), QUANTIFIERS, 'some'),
    cost: { gpuCount, currency: currency(get('currency')) },
    historyRuns: historyRuns(get('history-runs')),
    summary: bool('summary', get('summary'), true),
    comment: bool('comment', get('comment'), false),
  };
  if (trainOnRaw.length > 0) settings.trainOn = trainOnRaw;
  const runner = get('gpu-runner').trim();
  const hourly = parseAmount('gpu-hourly-cost', get('gpu-hourly-cost'));
  const price = resolvePrice({
    ...(hourly !== undefined ? { hourlyCost: hourly } : {}),
    ...(runner !== '' ? { runner } : {}),
    currency: settings.cost.currency,
  });
  if (price.hourlyCost !== undefined) settings.cost.hourlyCost = price.hourlyCost;
  if (price.priceSource !== undefined) settings.cost.priceSource = price.priceSource;
  const hours = parseAmount('training-hours', get('training-hours'));
  if (hours !== undefined) {
    settings.cost.trainingHours = hours;
    settings.cost.hoursSource = { kind: 'input' };
  }
  const limit = parseAmount('cost-limit', get('cost-limit'));
  if (limit !== undefined) settings.cost.costLimit = limit;
  const job = jobName(get('training-job'));
  if (job !== undefined) settings.trainingJob = job;
  const base = get('base').trim();
  if (base) settings.base = base;
  const ref = get('ref').trim();
  if (ref) settings.ref = ref;
  const label = get('force-label').trim();
  if (label) settings.forceLabel = label;
  const wd = get('working-directory').trim();
  if (wd) settings.workingDirectory = wd;
  return settings;
}

/**
 * Checks `train-on` against the filters defined; undefined means every filter.
 */
export function resolveTrainOn(
  trainOn: readonly string[] | undefined,
  names: readonly string[],
): string[] {
  if (trainOn === undefined) return [...names];
  const unknown = trainOn.filter((n) => !names.includes(n));
  if (unknown.length > 0) {
    throw new InputError(
      'train-on',
      `Input train-on names ${unknown.map(quote).join(', ')}, which ${unknown.length === 1 ? 'is not a filter' : 'are not filters'}; the filters defined are: ${names.join(', ')}.`,
    );
  }
  return [...new Set(trainOn)];
}

/** Reads and validates every input of the action. */
export function readInputs(): Settings {
  const settings = parseSettings((name) => core.getInput(name));
  if (settings.token) core.setSecret(settings.token);
  return settings;
}
