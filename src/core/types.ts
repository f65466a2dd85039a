/**
 * Types shared by the modules of the gate. Every module maps what it reads
 * (API answers, git output, inputs) into these, so the pure core never sees
 * octokit or process state.
 */

import type { DependencyReport } from './dependencies.js';
import type { DeadPattern } from './deps/dead.js';

/**
 * The outputs the gate always sets, in the order it sets them. A filter may not
 * take one of these names (its own outputs would overwrite them).
 */
export const GATE_OUTPUT_NAMES = [
  'should-train',
  'reason',
  'changes',
  'complete',
  'diff-source',
  'base-sha',
  'head-sha',
  'changed-count',
  'estimated-gpu-hours',
  'estimated-cost',
  'cost-avoided',
  'over-limit',
  'files-json-path',
  'dependency-files',
  'closure-size',
] as const;

/** The change types a filter rule may be keyed by (`added|modified: 'data/**'`). */
export const CHANGE_STATUSES = [
  'added',
  'modified',
  'deleted',
  'renamed',
  'copied',
  'changed',
] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/** One changed file, repository-relative with `/`. */
export interface ChangedFile {
  /** The path after the change (for a deleted file, the path it had). */
  filename: string;
  status: ChangeStatus;
  /** The path before a rename or copy. */
  previousFilename?: string;
}

/** Where a change set came from. */
export type DiffSource = 'compare' | 'pull-files' | 'commits' | 'git' | 'none';

/** The files a change touched, and whether that list is known to be whole. */
export interface ChangeSet {
  files: ChangedFile[];
  /** True only when every changed file is known to be in `files`. */
  complete: boolean;
  source: DiffSource;
  /** When not complete: what could not be seen and why, in words. */
  incompleteReason?: string;
  /** The commit compared from (resolved SHA when known, else the ref as given). */
  baseSha: string;
  /** The commit compared to (resolved SHA when known, else the ref as given). */
  headSha: string;
  /**
   * The commit the files are compared from when the source said so (the
   * compare API's merge base): what the head's branch grew from.
   */
  mergeBaseSha?: string;
}

export type OnError = 'train' | 'skip' | 'fail';
export type ListFilesFormat = 'none' | 'json' | 'csv' | 'shell' | 'escape';
export type PredicateQuantifier = 'some' | 'every';

/** The files one filter matched. */
export interface FilterMatch {
  name: string;
  files: ChangedFile[];
}

/**
 * Bad user input. `input` is the action input (or CLI option) at fault; the
 * message names the value and what is allowed.
 */
export class InputError extends Error {
  readonly input: string;
  constructor(input: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.input = input;
  }
}

/** What set the decision. */
export type Trigger =
  | 'force' // the `force` input
  | 'label' // the pull request carries `force-label`
  | 'filters' // a `train-on` filter matched
  | 'dependencies' // a file training depends on changed (training-entrypoints, dvc-stages)
  | 'incomplete' // the change set could not be seen whole; `on-error` decided
  | 'no-match' // the change set was seen whole and no `train-on` filter matched
  | 'nothing-to-compare'; // e.g. a deleted branch: there is no change to look at

/** The gate's verdict. */
export interface Decision {
  shouldTrain: boolean;
  /** One line a reviewer understands: which filter, how many files, the first files; or why not. */
  reason: string;
  trigger: Trigger;
  /** The step must fail (`on-error: fail` with an incomplete change set). */
  fail: boolean;
}

/** Where the hourly price came from. */
export type PriceSource =
  /** The `gpu-hourly-cost` input; `overrides` names a `gpu-runner` preset it took precedence over. */
  | { kind: 'input'; overrides?: string }
  /** A `gpu-runner` preset: its name, what it is, and where and when its price was read. */
  | {
      kind: 'preset';
      name: string;
      description: string;
      url: string;
      /** The date the price was read, YYYY-MM-DD. */
      readOn: string;
    };

/** One job of a workflow run, as the Actions API describes it. */
export interface WorkflowJob {
  name: string;
  /** `queued`, `in_progress`, `completed`, … */
  status: string;
  /** `success`, `failure`, `skipped`, `cancelled`, …; null while the job runs. */
  conclusion: string | null;
  /** ISO 8601 time the job started running. */
  startedAt?: string;
  /** ISO 8601 time the job finished. */
  completedAt?: string;
}

/** A workflow run and its jobs. */
export interface RunJobs {
  runId: number;
  jobs: WorkflowJob[];
}

/** What reading past runs of the training job gave. */
export type HistoryOutcome =
  /** The median duration of the job in the most recent successful runs where it succeeded. */
  | {
      kind: 'measured';
      jobName: string;
      /** Runs the median is taken over. */
      runs: number;
      medianSeconds: number;
      /** Successful runs of the workflow whose jobs were read. */
      runsExamined: number;
    }
  /** No successful run of the job was found. */
  | { kind: 'no-history'; jobName: string; runsExamined: number }
  /** The token may not read workflow runs (`actions: read`). */
  | { kind: 'permission-missing'; jobName: string; message: string }
  /** The runs could not be read for another reason (no run id, network, server error). */
  | { kind: 'unavailable'; jobName: string; message: string };

/** Where the training time came from: the `training-hours` input, or past runs. */
export type HoursSource = { kind: 'input' } | HistoryOutcome;

/** GPU-hour and money figures. A figure is undefined when the inputs it needs were not given. */
export interface CostReport {
  currency: string;
  gpuCount: number;
  hourlyCost?: number;
  trainingHours?: number;
  /** GPU-hours one training run takes: training-hours × gpu-count. */
  runGpuHours?: number;
  /** Money one training run costs: hourly cost × training-hours × gpu-count. */
  runCost?: number;
  /** Of the training this change triggers: runGpuHours when training, 0 when skipped. */
  estimatedGpuHours?: number;
  /** Of the training this change triggers: runCost when training, 0 when skipped. */
  estimatedCost?: number;
  /** Of the run the gate skipped: runCost when skipped, 0 when training. */
  costAvoided?: number;
  /** Of the run the gate skipped: runGpuHours when skipped, 0 when training. */
  gpuHoursAvoided?: number;
  /** Where hourlyCost came from. */
  priceSource?: PriceSource;
  /** Where trainingHours came from, or why it is unknown. */
  hoursSource?: HoursSource;
  /** The `cost-limit` input. */
  costLimit?: number;
  /**
   * With a cost limit: the estimated cost of the triggered training is above it.
   * False when there is no estimate.
   */
  overLimit?: boolean;
}

/** One filter's result, as shown in outputs and the summary. */
export interface FilterReport {
  name: string;
  /** The filter is one of `train-on`. */
  trainOn: boolean;
  files: ChangedFile[];
}

/** Everything the outputs and the job summary are rendered from. */
/** One model's verdict, when the models input is set. */
export interface ModelReport {
  name: string;
  /** Its verdict; the reason says why in words about this model. */
  decision: Decision;
  /** What it trains on that matched: its own paths (under its name) and the filters it names. */
  matched: FilterMatch[];
  /** Of one of its training runs: triggered when it trains, avoided when it skips. */
  cost: CostReport;
}

export interface GateReport {
  /** The verdict: with models, training when any model trains. */
  decision: Decision;
  filters: FilterReport[];
  changeSet: ChangeSet;
  /** With models: the totals over the models. */
  cost: CostReport;
  /** Each model's verdict, in the order they are defined, when the models input is set. */
  models?: ModelReport[];
  /** train-on was empty, so filters named like docs, tests or CI only inform. */
  informOnly?: string[];
  /** What training depends on, when training-entrypoints or dvc-stages are set. */
  dependencies?: DependencyReport;
  /** Filter patterns that match no file at the head commit, when its files were listed. */
  deadPatterns?: DeadPattern[];
  repository: { serverUrl: string; owner: string; repo: string };
  eventName: string;
  /** The pull request, when the event has one. */
  pullRequest?: number;
  /** The workflow run the gate runs in (GITHUB_RUN_ID). */
  runId?: number;
}
