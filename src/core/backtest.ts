/**
 * The backtest (pure): a branch's first-parent history replayed through the
 * gate. Each first-parent commit is one CI event (a merged pull request or a
 * direct push) whose change is its diff against its first parent. Every event
 * is decided by the engine exactly as the action decides a change, with the
 * same settings, and the totals set the training the gate runs against the
 * training that would run on every event without it.
 */
import { roundDecimal } from './cost.js';
import { checkGate, evaluate, runPrice, type GateContext } from './engine.js';
import type { DependencyReport } from './dependencies.js';
import type { CompiledFilter } from './filters/index.js';
import { formatAmount } from './outputs.js';
import { modelCostSettings } from './model-decision.js';
import type { CompiledModel } from './models.js';
import type { EngineSettings } from './settings.js';
import type { ChangedFile, CostReport } from './types.js';

/** One first-parent commit and the files it changed from its first parent. */
export interface HistoryCommit {
  sha: string;
  /** First parent first; empty for a root commit. */
  parents: readonly string[];
  /** ISO 8601 committer date. */
  date: string;
  subject: string;
  /** The first line of the message body, if any. */
  description?: string;
  files: readonly ChangedFile[];
}

/** A merge commit (two parents or more), or any other commit (a push, a squash merge). */
export type EventKind = 'merge' | 'commit';

/** The gate's verdict on one event. */
export interface EventOutcome {
  sha: string;
  /** ISO 8601 committer date, as git gave it. */
  date: string;
  subject: string;
  /** What the event was about: for a merge, the first line of its body (GitHub puts the pull request's title there); otherwise the subject. */
  title: string;
  kind: EventKind;
  /** The pull request the subject names (`Merge pull request #12 …`, `Title (#12)`). */
  pullRequest?: number;
  /** Files changed from the first parent. */
  changed: number;
  shouldTrain: boolean;
  /** The reason the action would give. */
  reason: string;
  /** The filters that matched, in the order they are defined. */
  filters: string[];
  /** With models: the models this event trains, in the order they are defined. */
  models?: string[];
  /** With entry points: the changed files training depends on. */
  dependencyFiles?: string[];
  /** With entry points: the files training depends on at this commit. */
  closureSize?: number;
  /** With entry points: the set of files training depends on differs from the event before's. */
  closureChanged?: boolean;
}

/** How many events one filter matched. */
export interface FilterTally {
  name: string;
  trainOn: boolean;
  events: number;
}

/**
 * The totals. GPU-hour figures need `trainingHours`, money figures also
 * `hourlyCost`; each is undefined when what it needs was not given. Money is
 * rounded to cents and GPU-hours to hundredths, after summing; a saving is
 * the difference of the rounded figures, so that they add up as shown.
 */
export interface BacktestTotals extends Pick<
  CostReport,
  'currency' | 'gpuCount' | 'hourlyCost' | 'trainingHours' | 'runGpuHours' | 'runCost'
> {
  events: number;
  trained: number;
  skipped: number;
  merges: number;
  singleParentCommits: number;
  /** ISO dates of the oldest and newest event. */
  from?: string;
  to?: string;
  gpuHoursWithGate?: number;
  gpuHoursWithoutGate?: number;
  gpuHoursSaved?: number;
  costWithGate?: number;
  costWithoutGate?: number;
  saved?: number;
  /** Share of the training (runs, GPU-hours and cost alike) the gate skips, in percent, to 0.1. */
  savedPercent: number;
  /**
   * With entry points: events that trained only because a file training
   * depends on changed — the filters alone would have skipped them.
   */
  dependencyOnly?: number;
  /** With entry points: events after which the set of files training depends on was different. */
  closureChanges?: number;
}

/** What one model trained, and what it would have without the gate. */
export interface ModelTally {
  name: string;
  /** Events it trained on. */
  trained: number;
  /** GPU-hours and cost of one of its runs, when known. */
  runGpuHours?: number;
  runCost?: number;
  gpuHoursWithGate?: number;
  gpuHoursWithoutGate?: number;
  costWithGate?: number;
  costWithoutGate?: number;
  saved?: number;
}

export interface BacktestResult {
  /** Oldest first. */
  events: EventOutcome[];
  totals: BacktestTotals;
  /** Every filter, in definition order. */
  filters: FilterTally[];
  /** With models: every model, in definition order. */
  models?: ModelTally[];
}

export interface BacktestInput {
  /** The history in the order git lists it: newest first. */
  commits: readonly HistoryCommit[];
  filters: readonly CompiledFilter[];
  /** The models input, when set: every event is decided model by model. */
  models?: readonly CompiledModel[];
  settings: EngineSettings;
  /** What every event is decided with besides its change: the repository, and labels if any. */
  context?: Omit<GateContext, 'eventName'>;
  /** With entry points: what training depends on, analysed at each commit, by commit. */
  dependencies?: ReadonlyMap<string, DependencyReport>;
}

/** Whether two closures hold the same files. */
function sameFiles(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((path) => set.has(path));
}

const MERGE_SUBJECT = /^Merge pull request #(\d+) from /;
const SQUASH_SUBJECT = /\(#(\d+)\)\s*$/;

/** The pull request a commit subject names, as GitHub writes merge and squash subjects. */
export function pullRequestOf(subject: string): number | undefined {
  const m = MERGE_SUBJECT.exec(subject) ?? SQUASH_SUBJECT.exec(subject);
  const n = m?.[1] === undefined ? NaN : Number(m[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * To hundredths as decimal arithmetic rounds (3 × 1.005 = 3.015 → 3.02): the
 * binary-fraction noise of the product is cleared first (12 significant
 * digits), then it is rounded as formatAmount rounds what the action shows.
 */
function hundredths(n: number): number {
  return Number(formatAmount(Number(n.toPrecision(12))));
}

/** Figures summed over events, undefined as soon as one of them is unknown. */
function total(values: readonly (number | undefined)[]): number | undefined {
  let sum = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    sum += v;
  }
  return sum;
}

/** One model's runs with and without the gate, over events of which it trained `trained`. */
function modelTally(name: string, trained: number, events: number, run: CostReport): ModelTally {
  const tally: ModelTally = { name, trained };
  if (run.runGpuHours !== undefined) {
    tally.runGpuHours = run.runGpuHours;
    tally.gpuHoursWithGate = hundredths(trained * run.runGpuHours);
    tally.gpuHoursWithoutGate = hundredths(events * run.runGpuHours);
  }
  if (run.runCost !== undefined) {
    tally.runCost = run.runCost;
    tally.costWithGate = hundredths(trained * run.runCost);
    tally.costWithoutGate = hundredths(events * run.runCost);
    tally.saved = hundredths(tally.costWithoutGate - tally.costWithGate);
  }
  return tally;
}

/** The totals over the events, and each model's tally (one unnamed model without models). */
function tallyTotals(
  events: readonly EventOutcome[],
  models: readonly CompiledModel[],
  modelTrained: readonly number[],
  settings: EngineSettings,
): { totals: BacktestTotals; perModel: ModelTally[] } {
  const trained = events.filter((e) => e.shouldTrain).length;
  const merges = events.filter((e) => e.kind === 'merge').length;
  const totals: BacktestTotals = {
    events: events.length,
    trained,
    skipped: events.length - trained,
    merges,
    singleParentCommits: events.length - merges,
    currency: settings.cost.currency,
    gpuCount: settings.cost.gpuCount,
    savedPercent: 0,
  };
  const first = events[0];
  const last = events[events.length - 1];
  if (first !== undefined && last !== undefined) {
    totals.from = first.date;
    totals.to = last.date;
  }
  // Without models, one model: the action-level settings' run on every training event.
  const runs =
    models.length > 0
      ? models.map((m, i) => ({
          name: m.name,
          trained: modelTrained[i] ?? 0,
          run: runPrice(modelCostSettings(settings.cost, m)),
        }))
      : [{ name: '', trained, run: runPrice(settings.cost) }];
  const perModel = runs.map((r) => modelTally(r.name, r.trained, events.length, r.run));
  const modelRuns = runs.length * events.length;
  const trainedRuns = runs.reduce((n, r) => n + r.trained, 0);
  totals.savedPercent =
    modelRuns === 0 ? 0 : roundDecimal(((modelRuns - trainedRuns) / modelRuns) * 100, 1);
  const single = runs.length === 1 && models.length === 0 ? runs[0]?.run : undefined;
  if (settings.cost.hourlyCost !== undefined && models.length === 0) {
    totals.hourlyCost = settings.cost.hourlyCost;
  }
  if (single?.trainingHours !== undefined) totals.trainingHours = single.trainingHours;
  const runGpuHours = total(runs.map((r) => r.run.runGpuHours));
  const runCost = total(runs.map((r) => r.run.runCost));
  if (runGpuHours !== undefined) {
    totals.runGpuHours = runGpuHours;
    totals.gpuHoursWithGate = hundredths(total(perModel.map((t) => t.gpuHoursWithGate)) ?? 0);
    totals.gpuHoursWithoutGate = hundredths(total(perModel.map((t) => t.gpuHoursWithoutGate)) ?? 0);
    // Saved is the difference of the figures shown, so that the table adds up.
    totals.gpuHoursSaved = hundredths(totals.gpuHoursWithoutGate - totals.gpuHoursWithGate);
  }
  if (runCost !== undefined) {
    totals.runCost = runCost;
    totals.costWithGate = hundredths(total(perModel.map((t) => t.costWithGate)) ?? 0);
    totals.costWithoutGate = hundredths(total(perModel.map((t) => t.costWithoutGate)) ?? 0);
    totals.saved = hundredths(totals.costWithoutGate - totals.costWithGate);
  }
  return { totals, perModel };
}

/** Decides every event of the history and adds up what the gate saves. */
export function runBacktest(input: BacktestInput): BacktestResult {
  const { settings } = input;
  const models = input.models ?? [];
  const trainOn = new Set(checkGate(input.filters, models, settings));
  const tallies = input.filters.map((f) => ({
    name: f.name,
    trainOn: trainOn.has(f.name),
    events: 0,
  }));
  const modelTrained = models.map(() => 0);
  const context = input.context ?? { repository: { serverUrl: '', owner: '', repo: '' } };
  const events: EventOutcome[] = [];
  let closure: readonly string[] | undefined;
  let dependencyOnly = 0;
  let closureChanges = 0;
  for (let i = input.commits.length - 1; i >= 0; i--) {
    const commit = input.commits[i];
    if (commit === undefined) continue;
    const kind: EventKind = commit.parents.length > 1 ? 'merge' : 'commit';
    const dependencies = input.dependencies?.get(commit.sha);
    const report = evaluate({
      changeSet: {
        files: [...commit.files],
        complete: true,
        source: 'git',
        baseSha: commit.parents[0] ?? '',
        headSha: commit.sha,
      },
      filters: input.filters,
      ...(models.length > 0 ? { models } : {}),
      ...(dependencies !== undefined ? { dependencies } : {}),
      settings,
      context: { ...context, eventName: 'push' },
    });
    let closureChanged: boolean | undefined;
    if (dependencies !== undefined) {
      closureChanged = closure !== undefined && !sameFiles(closure, dependencies.closure);
      closure = dependencies.closure;
      if (closureChanged) closureChanges++;
      if (report.decision.trigger === 'dependencies') dependencyOnly++;
    }
    const matched: string[] = [];
    report.filters.forEach((filter, index) => {
      if (filter.files.length === 0) return;
      matched.push(filter.name);
      const tally = tallies[index];
      if (tally !== undefined) tally.events++;
    });
    report.models?.forEach((model, index) => {
      if (model.decision.shouldTrain) modelTrained[index] = (modelTrained[index] ?? 0) + 1;
    });
    const pullRequest = pullRequestOf(commit.subject);
    events.push({
      sha: commit.sha,
      date: commit.date,
      subject: commit.subject,
      title:
        kind === 'merge' && commit.description !== undefined && commit.description !== ''
          ? commit.description
          : commit.subject,
      kind,
      ...(pullRequest !== undefined ? { pullRequest } : {}),
      changed: commit.files.length,
      shouldTrain: report.decision.shouldTrain,
      reason: report.decision.reason,
      filters: matched,
      ...(report.models !== undefined
        ? { models: report.models.filter((m) => m.decision.shouldTrain).map((m) => m.name) }
        : {}),
      ...(dependencies !== undefined
        ? {
            dependencyFiles: dependencies.matches.map((m) => m.file.filename),
            closureSize: dependencies.closure.length,
            closureChanged: closureChanged === true,
          }
        : {}),
    });
  }

  const { totals, perModel } = tallyTotals(events, models, modelTrained, settings);
  if (input.dependencies !== undefined) {
    totals.dependencyOnly = dependencyOnly;
    totals.closureChanges = closureChanges;
  }
  return {
    events,
    totals,
    filters: tallies,
    ...(models.length > 0 ? { models: perModel } : {}),
  };
}
