/**
 * The engine: the one place where a change set is matched against the filters,
 * decided (force, labels, completeness and on-error), priced, and turned into
 * the outputs' values. Every front end — the action, `check`, `backtest` and
 * the demo — reads its own kind of input into a change set, the filters and
 * the engine's settings, calls `evaluate`, and prints or writes what it gives.
 * Pure.
 */
import { estimateCost, type CostSettings } from './cost.js';
import { decide, filterReports } from './decision.js';
import { matchFilters, type CompiledFilter } from './filters/index.js';
import { buildOutputs, type OutputsOptions, type OutputsResult } from './outputs.js';
import { resolveTrainOn, type EngineSettings } from './settings.js';
import type { ChangeSet, CostReport, GateReport } from './types.js';

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

/** The gate's verdict on one change set, and everything the summary and outputs show. */
export function evaluate(input: GateInput): GateReport {
  const { changeSet, filters, settings, context } = input;
  const trainOn = resolveTrainOn(
    settings.trainOn,
    filters.map((f) => f.name),
  );
  const matches = matchFilters(filters, changeSet.files, settings.quantifier);
  const decision = decide({
    matches,
    trainOn,
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
  });
  return {
    decision,
    filters: filterReports(matches, trainOn),
    changeSet,
    cost: price(settings.cost, decision.shouldTrain),
    repository: context.repository,
    eventName: context.eventName,
    ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
    ...(context.runId !== undefined ? { runId: context.runId } : {}),
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
