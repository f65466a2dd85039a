/**
 * The types the rest of the project sees of the GitHub API: the options of the
 * client, what each call answers, and the calls themselves.
 */
import type { HistoryAnswer } from '../core/history.js';
import type { ChangedFile, WorkflowJob } from '../core/types.js';

export interface ApiLog {
  debug(message: string): void;
  warning(message: string): void;
}

export interface RetrySettings {
  /** Retries of a 5xx answer, network error or timeout (default 3). */
  retries?: number;
  /** Base of the waits between those retries: 1×, 4×, 9× this (default 1000 ms). */
  retryAfterBaseMs?: number;
  /** Most seconds one call waits in total for rate limits (default 20). */
  maxRateLimitWaitSeconds?: number;
  /** Retries after a rate limit, in one call (default 2). */
  rateLimitRetries?: number;
  /** Timeout of one HTTP request (default 15000 ms). */
  requestTimeoutMs?: number;
  /** Deadline of one call, with all its pages, retries and waits (default 60000 ms). */
  callTimeoutMs?: number;
  /**
   * Every wait before a retry goes through this (default: a timer). The signal
   * aborts when the call's deadline passes; the wait may then end early.
   */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface ApiOptions {
  token: string;
  owner: string;
  repo: string;
  /** The REST API root, e.g. https://api.github.com (GITHUB_API_URL). */
  baseUrl: string;
  log?: ApiLog;
  retry?: RetrySettings;
  /** Most HTTP requests the client sends, retries included; past it every call fails with kind request-budget. */
  maxRequests?: number;
}

export interface CompareResult {
  files: ChangedFile[];
  /** GitHub listed 300 files, its limit: the list may be cut short. */
  truncated: boolean;
  /** The base commit (the base ref resolved). */
  baseSha: string;
  /** The merge base of base and head: the commit the files are compared from. */
  mergeBaseSha: string;
  /** The head commit (the head ref resolved). */
  headSha: string;
  status: 'ahead' | 'behind' | 'diverged' | 'identical' | 'unknown';
  aheadBy: number;
  behindBy: number;
  totalCommits: number;
}

export interface CommitRef {
  sha: string;
  parents: string[];
}

export interface JobHistoryRequest {
  /** The run the gate runs in (GITHUB_RUN_ID): its workflow is searched, and it is left out. */
  runId?: number;
  /** The workflow to search, by id or file name (`ci.yml`), when there is no run to start from. */
  workflow?: number | string;
  /** How many runs with a sample are wanted. */
  samples: number;
  /** Most requests to spend, all steps together (default samples + 2). */
  maxRequests?: number;
  /** Whether the jobs of a run give a sample; the search stops once `samples` runs did. */
  isSample: (jobs: WorkflowJob[]) => boolean;
}

/** A commit's files: each file's blob id, and whether GitHub cut the list short. */
export interface RepositoryTree {
  blobs: Map<string, string>;
  /** GitHub lists at most 100,000 entries (7 MB) of a tree; beyond that it says so. */
  truncated: boolean;
}

/** A pull request as the gate reads it by number. */
export interface PullRequestDetails {
  baseSha: string;
  headSha: string;
  labels: string[];
  changedFiles?: number;
}

/** A pull request's head as it is now, and the number of files GitHub reports it changes. */
export interface PullRequestNow {
  headSha: string;
  changedFiles?: number;
}

/** Which run's commit a manual or scheduled run compares since. */
export interface LastRunRequest {
  /** The run the gate runs in: its workflow's runs are searched, and it is left out. */
  runId: number;
  branch: string;
  /** When set: the last run in which this job succeeded (the last training), not just any run. */
  jobName?: string;
  /** Most runs whose jobs are read looking for the job (default 10). */
  maxRuns?: number;
}

/** The last successful run found, and the commit it ran on. */
export interface LastRun {
  runId: number;
  headSha: string;
}

export interface IssueComment {
  id: number;
  body: string;
  /** The login of its author. */
  user: string;
  /** Its address on github.com. */
  htmlUrl: string;
}

export type CommentResult =
  | { kind: 'created' | 'updated' | 'unchanged'; comment: IssueComment }
  /** GitHub answered 403: the token may not write to the pull request (e.g. one from a fork). */
  | { kind: 'cannot-write'; status: number; message: string };

export interface GitHubApi {
  /** The three-dot comparison base...head: exactly one request. */
  compare(base: string, head: string): Promise<CompareResult>;
  /**
   * A pull request's files, 100 a page; complete is false when GitHub's limit of
   * 3,000 was reached, ended is false when GitHub offered more pages than it lists.
   */
  pullRequestFiles(
    pr: number,
  ): Promise<{ files: ChangedFile[]; complete: boolean; ended: boolean }>;
  /** The commit a pull request's head points at now, and the files it reports changed. */
  pullRequestHead(pr: number): Promise<PullRequestNow>;
  /** The commits in base...head, oldest first, 100 a request (at most 3,000). */
  commitsInRange(
    base: string,
    head: string,
  ): Promise<{ commits: CommitRef[]; total: number; complete: boolean }>;
  /** The files one commit changed against its first parent (at most 3,000). */
  commitFiles(
    sha: string,
  ): Promise<{ sha: string; parents: string[]; files: ChangedFile[]; complete: boolean }>;
  /** The SHA of the commit a SHA, branch or tag names: one request. */
  commitSha(ref: string): Promise<string>;
  /** A file's text at a ref. */
  fileText(path: string, ref: string): Promise<string>;
  defaultBranch(): Promise<string>;
  /** The id of the workflow a run belongs to: one request. */
  workflowOfRun(runId: number): Promise<number>;
  /** The ids of the newest successful runs of a workflow, newest first: one request. */
  successfulRuns(workflowId: number | string, count: number): Promise<number[]>;
  /** The jobs of a run's latest attempt: one request, at most 100 jobs. */
  runJobs(runId: number): Promise<WorkflowJob[]>;
  /**
   * The jobs of the newest successful runs of the current run's workflow, until
   * `samples` runs gave a sample or the request budget is spent. A 403 (no
   * `actions: read`) and every other API failure are answers, not exceptions.
   */
  jobHistory(request: JobHistoryRequest): Promise<HistoryAnswer>;
  /** The last successful run of the workflow on a branch (in which the job succeeded, if named). */
  lastRun(request: LastRunRequest): Promise<LastRun | undefined>;
  /** A pull request's base and head commits, labels and size. */
  pullRequest(number: number): Promise<PullRequestDetails>;
  /** Every file of a commit with its blob id (one request). */
  repositoryTree(commit: string): Promise<RepositoryTree>;
  /** A blob's content as text. */
  blobText(sha: string): Promise<string>;
  /** The oldest comment of an issue or pull request that `wanted` accepts, 100 a page (at most 3,000 read). */
  findIssueComment(
    issue: number,
    wanted: (comment: IssueComment) => boolean,
  ): Promise<IssueComment | undefined>;
  /** Adds a comment; never retried, so that it cannot be posted twice. */
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  /**
   * One comment per issue: the comment `isOurs` accepts is updated in place, or
   * created when there is none. A 403 is the answer `cannot-write`.
   */
  upsertComment(
    issue: number,
    body: string,
    isOurs: (comment: IssueComment) => boolean,
  ): Promise<CommentResult>;
  /** The login the token writes comments as (github-actions[bot] for GITHUB_TOKEN). */
  tokenLogin(): Promise<string>;
  /** HTTP requests sent so far, retries included. */
  requestCount(): number;
}
