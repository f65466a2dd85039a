/**
 * Several models in one repository: the `models` input, a YAML mapping of
 * model name → what it trains on (its own `paths`, in the filter grammar,
 * and/or `filters` of the filters input it shares) and what one of its
 * training runs costs (any cost input, defaulting to the action-level value).
 *
 * ```yaml
 * fraud-detector:
 *   paths: ['src/models/fraud/**', 'data/fraud/**']
 *   filters: [shared]
 *   training-hours: 0.75
 *   gpu-runner: aws-g5.xlarge
 * churn: ['src/models/churn/**']     # a list or a glob alone is the model's paths
 * ```
 *
 * Pure.
 */
import type { CostSettings } from './cost.js';
import { readEntries } from './filters/document.js';
import { describe, type EntryKind, type Place } from './filters/messages.js';
import type { CompiledFilter } from './filters/model.js';
import { compileRules } from './filters/parse.js';
import { quote } from './format.js';
import { resolvePrice } from './presets.js';
import { COST_SETTING_NAMES, readAmount, readCurrency } from './settings.js';
import { InputError } from './types.js';

export const MODELS: EntryKind = {
  input: 'models',
  one: 'model',
  example: "fraud-detector: { paths: ['src/models/fraud/**'] }",
  mapsTo: 'what it trains on',
};

/** Outputs the models input adds; no filter or model may take these names when it is set. */
export const MODEL_OUTPUT_NAMES = ['models', 'matrix'] as const;

/** What a model's mapping may hold: what it trains on, any cost setting, its training job. */
const MODEL_KEYS = ['paths', 'filters', ...COST_SETTING_NAMES, 'training-job'] as const;

export interface CompiledModel {
  readonly name: string;
  /** 1-based line of the model's name in its source, when known. */
  readonly line?: number;
  /** Its own paths, compiled as a filter named after the model; undefined without paths. */
  readonly paths?: CompiledFilter;
  /** The filters of the filters input it trains on too. */
  readonly filters: readonly string[];
  /** The cost settings it gives itself; the others come from the action-level settings. */
  readonly cost: Partial<CostSettings>;
  /** Its training job, whose past runs measure its training time. */
  readonly trainingJob?: string;
}

/** A scalar setting of a model as text, as an action input would give it. */
function text(value: unknown, key: string, place: Place): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return place.fail(`${key} is ${describe(value)}; give a single value such as 0.75`);
}

/** Reads the value of a setting with the rules of the action input of the same name. */
function setting<T>(place: Place, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof InputError) {
      return place.fail(err.message.replace(/^Input /, '').replace(/\.$/, ''));
    }
    throw err;
  }
}

/** The cost settings a model gives itself. */
function modelCost(raw: ReadonlyMap<string, string>, place: Place): Partial<CostSettings> {
  const cost: Partial<CostSettings> = {};
  const get = (key: string): string => raw.get(key) ?? '';
  const currency = raw.has('currency') ? setting(place, () => readCurrency(get('currency'))) : '';
  if (currency !== '') cost.currency = currency;
  const count = setting(place, () => readAmount('gpu-count', get('gpu-count'), true));
  if (count !== undefined) cost.gpuCount = count;
  const hourly = setting(place, () => readAmount('gpu-hourly-cost', get('gpu-hourly-cost')));
  const runner = get('gpu-runner').trim();
  if (hourly !== undefined || runner !== '') {
    const price = setting(place, () =>
      resolvePrice({
        ...(hourly !== undefined ? { hourlyCost: hourly } : {}),
        ...(runner !== '' ? { runner } : {}),
        // A preset's currency is checked against the model's, when it sets one.
        currency: currency || 'USD',
      }),
    );
    if (price.hourlyCost !== undefined) cost.hourlyCost = price.hourlyCost;
    if (price.priceSource !== undefined) cost.priceSource = price.priceSource;
  }
  const hours = setting(place, () => readAmount('training-hours', get('training-hours')));
  if (hours !== undefined) {
    cost.trainingHours = hours;
    cost.hoursSource = { kind: 'input' };
  }
  const limit = setting(place, () => readAmount('cost-limit', get('cost-limit')));
  if (limit !== undefined) cost.costLimit = limit;
  return cost;
}

function filterNames(value: unknown, place: Place): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || list.some((n) => typeof n !== 'string')) {
    return place.fail(
      `filters is ${describe(value)}; give the names of filters of the filters input, for example filters: [shared, data]`,
    );
  }
  return list.map((n: string) => n.trim());
}

function compileModel(
  name: string,
  line: number | undefined,
  value: unknown,
  place: Place,
): CompiledModel {
  // A glob or a list alone is the model's paths.
  const mapping =
    value instanceof Map ? value : new Map<unknown, unknown>([['paths', value ?? null]]);
  let paths: CompiledFilter | undefined;
  let filters: string[] = [];
  let trainingJob: string | undefined;
  const raw = new Map<string, string>();
  for (const [key, entry] of mapping) {
    const known = MODEL_KEYS.find((k) => k === key);
    if (known === undefined) {
      place.fail(
        `the key ${typeof key === 'string' ? quote(key) : describe(key)} is not known; allowed keys: ${MODEL_KEYS.join(', ')}`,
      );
    }
    if (known === 'paths') {
      const rules = compileRules(entry, place);
      paths = line === undefined ? { name, rules } : { name, rules, line };
    } else if (known === 'filters') {
      filters = filterNames(entry, place);
    } else if (known === 'training-job') {
      trainingJob = text(entry, known, place).trim() || undefined;
    } else {
      raw.set(known, text(entry, known, place));
    }
  }
  if (paths === undefined && filters.length === 0) {
    place.fail(
      'it trains on nothing; give its paths (globs, as a filter has), or the filters it trains on, ' +
        "for example paths: ['src/models/fraud/**'] or filters: [shared]",
    );
  }
  return {
    name,
    ...(line === undefined ? {} : { line }),
    ...(paths === undefined ? {} : { paths }),
    filters,
    cost: modelCost(raw, place),
    ...(trainingJob === undefined ? {} : { trainingJob }),
  };
}

/**
 * Parses the models input. `origin` says where the text came from for
 * messages. Throws InputError('models', message) for every problem, naming
 * the model, the key and what is allowed.
 */
export function parseModels(text: string, origin: string): CompiledModel[] {
  return readEntries(text, origin, MODELS).map(({ name, line, value, place }) =>
    compileModel(name, line, value, place),
  );
}

/**
 * Checks the models against the filters they name and the outputs they add:
 * every filter a model names exists, and no filter or model takes a name
 * another output has.
 */
export function checkModels(
  models: readonly CompiledModel[],
  filterNamesDefined: readonly string[],
): void {
  const filters = new Set(filterNamesDefined.map((n) => n.toLowerCase()));
  for (const model of models) {
    const at = `Invalid model ${quote(model.name)} in the models input${model.line === undefined ? '' : ` (line ${model.line})`}`;
    const unknown = model.filters.filter((n) => !filterNamesDefined.includes(n));
    if (unknown.length > 0) {
      throw new InputError(
        'models',
        `${at}: it names ${unknown.map((n) => quote(n)).join(', ')}, which ${unknown.length === 1 ? 'is not a filter' : 'are not filters'} of the filters input; the filters defined are: ${filterNamesDefined.join(', ') || 'none'}.`,
      );
    }
    if (filters.has(model.name.toLowerCase())) {
      throw new InputError(
        'models',
        `${at}: a filter has the same name, and both would set the output ${quote(model.name)}; rename one of them.`,
      );
    }
  }
  for (const name of [...models.map((m) => m.name), ...filterNamesDefined]) {
    if ((MODEL_OUTPUT_NAMES as readonly string[]).includes(name.toLowerCase())) {
      throw new InputError(
        'models',
        `The name ${quote(name)} is one of the outputs the models input adds (${MODEL_OUTPUT_NAMES.join(', ')}); rename the filter or model.`,
      );
    }
  }
}
