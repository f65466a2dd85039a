/**
 * The backtest (pure): a branch's first-parent history replayed through the
 * gate. Each first-parent commit is one CI event (a merged pull request or a
 * direct push) whose change is its diff against its first parent. Every event
 * is decided by the engine exactly as the action decides a change, with the
 * same settings, and the totals set the training the gate runs against the
 * training that would run on every event without it.
 */
import { roundDecimal } from './cost.js';
import { evaluate, runPrice, type GateContext } from './engine.js';
import type { CompiledFilter } from './filters/index.js';
import { formatAmount } from './outputs.js';
import { resolveTrainOn, type EngineSettings } from './settings.js';
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
}

export interface BacktestResult {
  /** Oldest first. */
  events: EventOutcome[];
  totals: BacktestTotals;
  /** Every filter, in definition order. */
  filters: FilterTally[];
}

export interface BacktestInput {
  /** The history in the order git lists it: newest first. */
  commits: readonly HistoryCommit[];
  filters: readonly CompiledFilter[];
  settings: EngineSettings;
  /** What every event is decided with besides its change: the repository, and labels if any. */
  context?: Omit<GateContext, 'eventName'>;
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

/** Decides every event of the history and adds up what the gate saves. */
export function runBacktest(input: BacktestInput): BacktestResult {
  const { settings } = input;
  const trainOn = new Set(
    resolveTrainOn(
      settings.trainOn,
      input.filters.map((f) => f.name),
    ),
  );
  const tallies = input.filters.map((f) => ({
    name: f.name,
    trainOn: trainOn.has(f.name),
    events: 0,
  }));
  const context = input.context ?? { repository: { serverUrl: '', owner: '', repo: '' } };
  const events: EventOutcome[] = [];
  for (let i = input.commits.length - 1; i >= 0; i--) {
    const commit = input.commits[i];
    if (commit === undefined) continue;
    const kind: EventKind = commit.parents.length > 1 ? 'merge' : 'commit';
    const report = evaluate({
      changeSet: {
        files: [...commit.files],
        complete: true,
        source: 'git',
        baseSha: commit.parents[0] ?? '',
        headSha: commit.sha,
      },
      filters: input.filters,
      settings,
      context: { ...context, eventName: 'push' },
    });
    const matched: string[] = [];
    report.filters.forEach((filter, index) => {
      if (filter.files.length === 0) return;
      matched.push(filter.name);
      const tally = tallies[index];
      if (tally !== undefined) tally.events++;
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
    });
  }

  const trained = events.filter((e) => e.shouldTrain).length;
  const merges = events.filter((e) => e.kind === 'merge').length;
  const run = runPrice(settings.cost);
  const totals: BacktestTotals = {
    events: events.length,
    trained,
    skipped: events.length - trained,
    merges,
    singleParentCommits: events.length - merges,
    currency: settings.cost.currency,
    gpuCount: settings.cost.gpuCount,
    savedPercent:
      events.length === 0 ? 0 : roundDecimal(((events.length - trained) / events.length) * 100, 1),
  };
  const first = events[0];
  const last = events[events.length - 1];
  if (first !== undefined && last !== undefined) {
    totals.from = first.date;
    totals.to = last.date;
  }
  if (settings.cost.hourlyCost !== undefined) totals.hourlyCost = settings.cost.hourlyCost;
  if (run.trainingHours !== undefined && run.runGpuHours !== undefined) {
    totals.trainingHours = run.trainingHours;
    totals.runGpuHours = run.runGpuHours;
    totals.gpuHoursWithGate = hundredths(trained * run.runGpuHours);
    totals.gpuHoursWithoutGate = hundredths(events.length * run.runGpuHours);
    // Saved is the difference of the figures shown, so that the table adds up.
    totals.gpuHoursSaved = hundredths(totals.gpuHoursWithoutGate - totals.gpuHoursWithGate);
  }
  if (run.runCost !== undefined) {
    totals.runCost = run.runCost;
    totals.costWithGate = hundredths(trained * run.runCost);
    totals.costWithoutGate = hundredths(events.length * run.runCost);
    totals.saved = hundredths(totals.costWithoutGate - totals.costWithGate);
  }
  return { events, totals, filters: tallies };
}
