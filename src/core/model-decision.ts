/**
 * Several models decided on one change set: each model trains when what it
 * trains on (its own paths, the filters it names) matched, when it is forced
 * (the force input, naming it or every model; the force label), or when the
 * change set could not be seen whole and on-error says train. Training runs
 * when any model trains; the cost is the sum over the models. Pure.
 */
import type { CostSettings } from './cost.js';
import { ON_ERROR_LEAD, decide, type DecisionInput } from './decision.js';
import { listSome, plural, orList, quote } from './format.js';
import type { CompiledModel } from './models.js';
import {
  InputError,
  type CostReport,
  type Decision,
  type FilterMatch,
  type ModelReport,
  type Trigger,
} from './types.js';

export interface ModelsInput {
  models: readonly CompiledModel[];
  /** The matches of every filter and of every model's own paths (under the model's name). */
  matches: readonly FilterMatch[];
  /** What every model is decided with besides what it trains on. */
  common: Omit<DecisionInput, 'matches' | 'trainOn'>;
  /** Models the force input names. */
  forceModels: readonly string[];
  /** The action-level cost settings, which each model's own settings override. */
  cost: CostSettings;
  price(cost: CostSettings, shouldTrain: boolean): CostReport;
}

export interface ModelsVerdict {
  decision: Decision;
  /** The totals over the models. */
  cost: CostReport;
  models: ModelReport[];
}

/** A model's cost settings: the action-level ones, with the model's own laid over them. */
export function modelCostSettings(base: CostSettings, model: CompiledModel): CostSettings {
  const own = model.cost;
  const merged: CostSettings = { ...base, ...own };
  const inherited = own.hourlyCost === undefined ? base.priceSource : undefined;
  if (own.currency !== undefined && inherited?.kind === 'preset' && own.currency !== 'USD') {
    throw new InputError(
      'models',
      `Invalid model ${quote(model.name)} in the models input: it is priced in ${own.currency}, but the gpu-runner preset ${quote(inherited.name)} it takes from the action's inputs is priced in USD; give the model its gpu-hourly-cost in ${own.currency}.`,
    );
  }
  return merged;
}

/** Why one model trains or skips, in words about the model. */
function modelReason(
  model: CompiledModel,
  decision: Decision,
  matched: readonly FilterMatch[],
  forcedByName: boolean,
  onError: string,
): string {
  switch (decision.trigger) {
    case 'force':
      return forcedByName
        ? `forced: the force input names ${model.name}`
        : 'forced: the force input is true';
    case 'label':
      return decision.reason.replace(/^training forced: /, 'forced: ');
    case 'filters':
      return matched
        .map(
          (m) =>
            `${m.name === model.name ? 'its paths' : `filter ${m.name}`} matched ${plural(m.files.length, 'file')} (${listSome(m.files.map((f) => f.filename))})`,
        )
        .join('; ');
    case 'incomplete':
      return `${decision.shouldTrain ? 'training' : 'skipped'}: the change set could not be seen whole, and on-error is ${onError}`;
    case 'nothing-to-compare':
    case 'dependencies':
      return decision.reason;
    case 'no-match':
      return 'nothing it trains on changed';
  }
}

const TRIGGER_ORDER: readonly Trigger[] = [
  'force',
  'label',
  'filters',
  'dependencies',
  'incomplete',
  'nothing-to-compare',
  'no-match',
];

/** The verdict over every model: training when any trains, said model by model. */
function combined(reports: readonly ModelReport[], input: ModelsInput): Decision {
  const trained = reports.filter((r) => r.decision.shouldTrain);
  const pool = trained.length > 0 ? trained : reports;
  const trigger =
    TRIGGER_ORDER.find((t) => pool.some((r) => r.decision.trigger === t)) ?? 'no-match';
  const first = reports[0];
  const n = reports.length;
  if (first !== undefined && reports.some((r) => r.decision.fail)) {
    return { ...first.decision, reason: incompleteReason(input) };
  }
  if (trained.length === n && input.common.force) {
    return {
      shouldTrain: true,
      trigger: 'force',
      fail: false,
      reason: `training forced: the force input is true (all ${plural(n, 'model')})`,
    };
  }
  if (trained.some((r) => r.decision.trigger !== 'incomplete')) {
    const parts = trained.map((r) => `${r.name} (${r.decision.reason})`);
    return {
      shouldTrain: true,
      trigger,
      fail: false,
      reason: `training ${trained.length} of ${plural(n, 'model')}: ${parts.join('; ')}`,
    };
  }
  if (first !== undefined && (trigger === 'incomplete' || trigger === 'nothing-to-compare')) {
    // Every model saw the same change set: the first one's reason is everyone's.
    return first.decision.trigger === 'incomplete'
      ? { ...first.decision, reason: incompleteReason(input) }
      : first.decision;
  }
  const count = input.common.changedCount;
  return {
    shouldTrain: false,
    trigger: 'no-match',
    fail: false,
    reason:
      count === 0
        ? 'skipped: no files changed'
        : `skipped: ${plural(count, 'changed file')}, none of them what a model trains on (${orList(reports.map((r) => r.name))})`,
  };
}

function incompleteReason(input: ModelsInput): string {
  const { common } = input;
  const why = common.incompleteReason ?? 'the list of changed files was cut short';
  const lead = ON_ERROR_LEAD[common.onError];
  return `${lead} the change set could not be seen whole (${why}); no model matched the ${plural(common.changedCount, 'file')} that could be seen, and on-error is ${common.onError}`;
}

/** A sum of figures, or undefined when any of them is unknown. */
function sum(values: readonly (number | undefined)[]): number | undefined {
  let total = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/** The totals over the models: what the training triggered costs, and what the skipped would have. */
function totals(reports: readonly ModelReport[], currency: string, gpuCount: number): CostReport {
  const trained = reports.filter((r) => r.decision.shouldTrain);
  const skipped = reports.filter((r) => !r.decision.shouldTrain);
  const cost: CostReport = { currency, gpuCount };
  const figures: [keyof CostReport, (number | undefined)[]][] = [
    ['estimatedGpuHours', trained.map((r) => r.cost.runGpuHours)],
    ['estimatedCost', trained.map((r) => r.cost.runCost)],
    ['gpuHoursAvoided', skipped.map((r) => r.cost.runGpuHours)],
    ['costAvoided', skipped.map((r) => r.cost.runCost)],
  ];
  for (const [key, values] of figures) {
    const value = sum(values);
    if (value !== undefined) Object.assign(cost, { [key]: value });
  }
  if (reports.some((r) => r.cost.costLimit !== undefined)) {
    cost.overLimit = reports.some((r) => r.cost.overLimit === true);
  }
  return cost;
}

export function decideModels(input: ModelsInput): ModelsVerdict {
  const { models, matches, common } = input;
  const reports = models.map((model): ModelReport => {
    const names = [...(model.paths === undefined ? [] : [model.name]), ...model.filters];
    const own = matches.filter((m) => names.includes(m.name));
    const forcedByName = input.forceModels.includes(model.name);
    const decision = decide({
      ...common,
      force: common.force || forcedByName,
      matches: own,
      trainOn: names,
    });
    const matched = own.filter((m) => m.files.length > 0);
    return {
      name: model.name,
      decision: {
        ...decision,
        reason: modelReason(model, decision, matched, forcedByName, common.onError),
      },
      matched,
      cost: input.price(modelCostSettings(input.cost, model), decision.shouldTrain),
    };
  });
  const currencies = [...new Set(reports.map((r) => r.cost.currency))];
  if (currencies.length > 1) {
    throw new InputError(
      'models',
      `The models are priced in ${currencies.join(' and ')}; price every model in one currency so that the totals add up.`,
    );
  }
  return {
    decision: combined(reports, input),
    cost: totals(reports, currencies[0] ?? input.cost.currency, input.cost.gpuCount),
    models: reports,
  };
}
