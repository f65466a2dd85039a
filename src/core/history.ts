/**
 * Training time measured from past runs (pure): the jobs of recent successful
 * runs of the workflow → the durations of the training job where it succeeded
 * → their median.
 *
 * A run counts only when the training job itself completed with `success`: the
 * gate skips the training job on most changes, and a skipped job took no time.
 */
import { roundDecimal, type CostSettings } from './cost.js';
import { quote } from './format.js';
import { InputError, type HistoryOutcome, type RunJobs, type WorkflowJob } from './types.js';

/** What the API answered, as github.ts maps it. */
export type HistoryAnswer =
  | {
      kind: 'answered';
      /** The successful runs of the workflow whose jobs were read, newest first. */
      runs: RunJobs[];
      /** Requests spent. */
      requests: number;
    }
  | { kind: 'forbidden'; message: string }
  | { kind: 'failed'; message: string };

/**
 * Whether a job of a run is the training job: its name is `jobName`, or, for a
 * matrix job, `jobName (…)`.
 */
export function isTrainingJob(job: WorkflowJob, jobName: string): boolean {
  const name = job.name.trim();
  const wanted = jobName.trim();
  return name === wanted || (name.startsWith(`${wanted} (`) && name.endsWith(')'));
}

function seconds(job: WorkflowJob): number | undefined {
  if (job.startedAt === undefined || job.completedAt === undefined) return undefined;
  const start = Date.parse(job.startedAt);
  const end = Date.parse(job.completedAt);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return undefined;
  return (end - start) / 1000;
}

/**
 * How long the training job took in one run, in seconds: undefined unless every
 * job of that name completed with `success` and has its times. With a matrix,
 * the longest of its jobs (they run side by side; `gpu-count` counts runners).
 */
export function runDuration(jobs: readonly WorkflowJob[], jobName: string): number | undefined {
  const training = jobs.filter((job) => isTrainingJob(job, jobName));
  if (training.length === 0) return undefined;
  let longest = 0;
  for (const job of training) {
    if (job.status !== 'completed' || job.conclusion !== 'success') return undefined;
    const s = seconds(job);
    if (s === undefined) return undefined;
    longest = Math.max(longest, s);
  }
  return longest;
}

/** The median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** The durations of the training job in the runs given (newest first), at most `maxRuns`. */
export function trainingDurations(
  runs: readonly RunJobs[],
  jobName: string,
  maxRuns: number,
): number[] {
  const durations: number[] = [];
  for (const run of runs) {
    if (durations.length >= maxRuns) break;
    const s = runDuration(run.jobs, jobName);
    if (s !== undefined) durations.push(s);
  }
  return durations;
}

/** The outcome of reading past runs: measured, no history yet, or why they could not be read. */
export function measureHistory(
  answer: HistoryAnswer,
  jobName: string,
  maxRuns: number,
): HistoryOutcome {
  if (answer.kind === 'forbidden') {
    return { kind: 'permission-missing', jobName, message: answer.message };
  }
  if (answer.kind === 'failed') return { kind: 'unavailable', jobName, message: answer.message };
  const durations = trainingDurations(answer.runs, jobName, maxRuns);
  const middle = median(durations);
  if (middle === undefined) {
    return { kind: 'no-history', jobName, runsExamined: answer.runs.length };
  }
  return {
    kind: 'measured',
    jobName,
    runs: durations.length,
    medianSeconds: middle,
    runsExamined: answer.runs.length,
  };
}

/**
 * The cost settings with the training time from past runs: the measured median
 * when there is one; otherwise no training time, so that no figure is invented.
 */
export function withHistory(cost: CostSettings, outcome: HistoryOutcome): CostSettings {
  const next: CostSettings = { ...cost, hoursSource: outcome };
  const hours = measuredHours(outcome);
  if (hours !== undefined) next.trainingHours = hours;
  else delete next.trainingHours;
  return next;
}

/**
 * The training time a measurement gives, in hours rounded to 0.01 h: the one
 * number every figure shown is computed from, so that the minutes, the hours
 * and the cost a reviewer reads agree.
 */
export function measuredHours(outcome: HistoryOutcome): number | undefined {
  return outcome.kind === 'measured' ? roundDecimal(outcome.medianSeconds / 3600, 2) : undefined;
}

/** "46 min", "1 h 32 min", "40 s". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A line for the log about where the training time came from, or why it is unknown. */
export function describeHistory(outcome: HistoryOutcome): string {
  const job = JSON.stringify(outcome.jobName);
  switch (outcome.kind) {
    case 'measured':
      return outcome.runs === 1
        ? `Training time: job ${job} took ${formatDuration(outcome.medianSeconds)} in the last successful run where it ran.`
        : `Training time: median of job ${job} in the last ${outcome.runs} successful runs where it ran: ${formatDuration(outcome.medianSeconds)}.`;
    case 'no-history':
      return outcome.runsExamined === 0
        ? `Training time unknown: this workflow has no earlier successful run to measure job ${job} in.`
        : `Training time unknown: job ${job} did not run successfully in any of the last ${outcome.runsExamined} successful runs of this workflow.`;
    case 'permission-missing':
      return `Training time unknown: the token may not read this workflow's runs, so job ${job} could not be measured. Give the job "permissions: actions: read", or set training-hours. ${outcome.message}`;
    case 'unavailable':
      return `Training time unknown: the runs of job ${job} could not be read. ${outcome.message}`;
  }
}

/** Default and bounds of history-runs: each run measured costs one request. */
export const HISTORY_RUNS_DEFAULT = 10;
export const HISTORY_RUNS_MAX = 50;

/** The history-runs input: a whole number from 1 to HISTORY_RUNS_MAX; empty gives the default. */
export function readHistoryRuns(raw: string): number {
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

/** The training-job input: one job name on one line; empty gives undefined. */
export function readTrainingJob(raw: string): string | undefined {
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
