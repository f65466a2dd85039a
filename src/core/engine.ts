/**
 * The engine: the one place where a change set is matched against the filters
 * and models, decided (force, labels, completeness and on-error), priced, and
 * turned into the outputs' values. Every front end — the action, `check`,
 * `backtest` and the demo — reads its own kind of input into a change set,
 * the filters, the models and the engine's settings, calls `evaluate`, and
 * prints or writes what it gives. Pure.
 */
import { estimateCost, type CostSettings } from './cost.js';
import { decide, filterReports } from './decision.js';
import { matchFilters, type CompiledFilter } from './filters/index.js';
import { quote } from './format.js';
import type { DependencyReport } from './dependencies.js';
import type { DeadPattern } from './deps/dead.js';
import { checkModels, type CompiledModel } from './models.js';
import { decideModels } from './model-decision.js';
import { buildOutputs, type OutputsOptions, type OutputsResult } from './outputs.js';
import { resolveTrainOn, type EngineSettings } from './settings.js';
import { InputError, type ChangeSet, type CostReport, type GateReport } from './types.js';

/** What the front end knows of the event besides the change set. */
export interface GateContext {
  repository: { serverUrl: string; owner: string; repo: string };
  eventName: string;
  /** The pull request the event is about, when there is one. */
  pullRequest?: number;
  /** The pull request's labels (for `force-label`). */
  labels?: readonly string[];
  /** The workflow run (GITHUB_RUN_ID). */
  runId?: number;
  /** Set when there was nothing to compare at all (a deleted branch): why. */
  nothingToCompare?: string;
}

export interface GateInput {
  changeSet: ChangeSet;
  filters: readonly CompiledFilter[];
  /** The models input, when set: then each model is decided, and training runs when any trains. */
  models?: readonly CompiledModel[];
  /** What training depends on (training-entrypoints, dvc-stages), analysed for this change. */
  dependencies?: DependencyReport;
  /** Filter patterns that match no file at the head, when its files were listed without the analysis. */
  deadPatterns?: DeadPattern[];
  settings: EngineSettings;
  context: GateContext;
}

/**
 * The GPU-hours and money of the training a decision triggers or avoids. The
 * engine's only way to price a run.
 */
function price(cost: CostSettings, shouldTrain: boolean): CostReport {
  return estimateCost(cost, shouldTrain);
}

/**
 * Checks the settings against the filters and models they name, before
 * anything is fetched where the front end can: train-on names filters, force
 * names models, models name filters and take no output name twice. Returns
 * the train-on filters.
 */
export function checkGate(
  filters: readonly CompiledFilter[],
  models: readonly CompiledModel[],
  settings: EngineSettings,
): string[] {
  const names = filters.map((f) => f.name);
  const modelNames = models.map((m) => m.name);
  if (settings.forceModels !== undefined) {
    const shown = quote(settings.forceModels.join(','));
    if (models.length === 0) {
      throw new InputError(
        'force',
        `Input force is ${shown}; allowed values: true, false, or the names of models to train (with the models input).`,
      );
    }
    const unknown = settings.forceModels.filter((n) => !modelNames.includes(n));
    if (unknown.length > 0) {
      throw new InputError(
        'force',
        `Input force names ${unknown.map((n) => quote(n)).join(', ')}, which ${unknown.length === 1 ? 'is not a model' : 'are not models'}; the models defined are: ${modelNames.join(', ')}. Or give true or false.`,
      );
    }
  }
  if (models.length === 0) return resolveTrainOn(settings.trainOn, names);
  if (settings.trainOn !== undefined) {
    throw new InputError(
      'train-on',
      'Input train-on chooses the filters whose match means training; with the models input each model says what it trains on (its paths and filters), so leave train-on empty.',
    );
  }
  checkModels(models, names);
  return [...new Set(models.flatMap((m) => m.filters))];
}

/** The gate's verdict on one change set, and everything the summary and outputs show. */
export function evaluate(input: GateInput): GateReport {
  const { filters, settings, context, dependencies } = input;
  const models = input.models ?? [];
  const trainOn = checkGate(filters, models, settings);
  if (dependencies !== undefined && models.length > 0) {
    throw new InputError(
      'training-entrypoints',
      'Inputs training-entrypoints and dvc-stages go with the filters; with models, give each model its paths.',
    );
  }
  const changeSet = withDependencyGaps(input.changeSet, dependencies);
  const dead = input.deadPatterns ?? dependencies?.deadPatterns;
  const own = models.flatMap((m) => (m.paths === undefined ? [] : [m.paths]));
  const matches = matchFilters([...filters, ...own], changeSet.files, settings.quantifier);
  const filterMatches = matches.slice(0, filters.length);
  const common = {
    force: settings.force,
    ...(settings.forceLabel !== undefined ? { forceLabel: settings.forceLabel } : {}),
    labels: context.labels ?? [],
    changedCount: changeSet.files.length,
    complete: changeSet.complete,
    ...(changeSet.incompleteReason !== undefined
      ? { incompleteReason: changeSet.incompleteReason }
      : {}),
    ...(context.nothingToCompare !== undefined
      ? { nothingToCompare: context.nothingToCompare }
      : {}),
    onError: settings.onError,
  };
  const base = {
    filters: filterReports(filterMatches, trainOn),
    changeSet,
    repository: context.repository,
    eventName: context.eventName,
    ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
    ...(context.runId !== undefined ? { runId: context.runId } : {}),
    ...(dead !== undefined ? { deadPatterns: dead } : {}),
  };
  if (models.length === 0) {
    const decision = decide({
      ...common,
      matches: filterMatches,
      trainOn,
      ...(dependencies !== undefined ? { dependencies: dependencies.matches } : {}),
    });
    const informOnly =
      settings.trainOn === undefined
        ? filters.map((f) => f.name).filter((n) => !trainOn.includes(n))
        : [];
    return {
      ...base,
      decision,
      cost: price(settings.cost, decision.shouldTrain),
      ...(informOnly.length > 0 ? { informOnly } : {}),
      ...(dependencies !== undefined ? { dependencies } : {}),
    };
  }
  const verdict = decideModels({
    models,
    matches,
    common,
    forceModels: settings.forceModels ?? [],
    cost: settings.cost,
    price,
  });
  return { ...base, decision: verdict.decision, cost: verdict.cost, models: verdict.models };
}

/**
 * An entry point or DVC stage that names nothing at the head means the
 * change could not be checked against what training depends on: the change
 * set is not seen whole, and on-error decides — the closure never silently
 * shrinks.
 */
function withDependencyGaps(changeSet: ChangeSet, dependencies?: DependencyReport): ChangeSet {
  if (dependencies === undefined || dependencies.missing.length === 0) return changeSet;
  const gap = `what training depends on could not be worked out: ${dependencies.missing.join('; ')}`;
  return {
    ...changeSet,
    complete: false,
    incompleteReason:
      changeSet.incompleteReason === undefined ? gap : `${changeSet.incompleteReason}; ${gap}`,
  };
}

/** The outputs' values of a verdict, in the `list-files` format of the settings. */
export function gateOutputs(
  report: GateReport,
  settings: EngineSettings,
  options: OutputsOptions = {},
): OutputsResult {
  return buildOutputs(report, settings.listFiles, options);
}

/** What one training run takes and costs with these settings, whatever a change decides. */
export function runPrice(cost: CostSettings): CostReport {
  return price(cost, true);
}
