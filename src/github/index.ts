/**
 * The GitHub REST API as the gate uses it; the only user of octokit. Answers
 * are mapped to the project's own types, and every failure becomes a
 * GitHubApiError whose message says what is wrong in words a workflow author
 * can act on.
 *
 * Resilience, all of it bounded:
 * - every HTTP attempt has a timeout, and every call (all its pages, retries
 *   and waits) a deadline, so an API that hangs cannot hang the action;
 * - 5xx answers, network errors and timeouts are retried a few times with
 *   growing waits (@octokit/plugin-retry);
 * - rate limits are retried when GitHub asks for a short wait, within a total
 *   waiting budget, and given up at once otherwise (@octokit/plugin-throttling);
 * - 401, 403 (other than a rate limit), 404 and 422 are never retried;
 * - a new comment is never retried at all, so it cannot be posted twice.
 * The token is sent only in the Authorization header and is removed from any
 * message or log line that could echo it.
 */
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { HistoryAnswer } from '../core/history.js';
import type { ChangedFile, ChangeStatus, RunJobs, WorkflowJob } from '../core/types.js';

// ---------------------------------------------------------------------------
// Public API

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
  /** Retries after a rate limit (default 2). */
  rateLimitRetries?: number;
  /** Timeout of one HTTP request (default 15000 ms). */
  requestTimeoutMs?: number;
  /** Deadline of one call, with all its pages, retries and waits (default 60000 ms). */
  callTimeoutMs?: number;
}

export interface ApiOptions {
  token: string;
  owner: string;
  repo: string;
  /** The REST API root, e.g. https://api.github.com (GITHUB_API_URL). */
  baseUrl: string;
  log?: ApiLog;
  retry?: RetrySettings;
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
  runId: number;
  /** How many runs with a sample are wanted. */
  samples: number;
  /** Most requests to spend, all steps together (default samples + 2). */
  maxRequests?: number;
  /** Whether the jobs of a run give a sample; the search stops once `samples` runs did. */
  isSample: (jobs: WorkflowJob[]) => boolean;
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
  /** A pull request's files, 100 a page; complete is false when GitHub's limit of 3,000 was reached. */
  pullRequestFiles(pr: number): Promise<{ files: ChangedFile[]; complete: boolean }>;
  /** The commit a pull request's head points at now. */
  pullRequestHead(pr: number): Promise<string>;
  /** The commits in base...head, oldest first, 100 a request (at most 3,000). */
  commitsInRange(
    base: string,
    head: string,
  ): Promise<{ commits: CommitRef[]; total: number; complete: boolean }>;
  /** The files one commit changed against its first parent (at most 3,000). */
  commitFiles(
    sha: string,
  ): Promise<{ sha: string; parents: string[]; files: ChangedFile[]; complete: boolean }>;
  /** A file's text at a ref. */
  fileText(path: string, ref: string): Promise<string>;
  defaultBranch(): Promise<string>;
  /** The id of the workflow a run belongs to: one request. */
  workflowOfRun(runId: number): Promise<number>;
  /** The ids of the newest successful runs of a workflow, newest first: one request. */
  successfulRuns(workflowId: number, count: number): Promise<number[]>;
  /** The jobs of a run's latest attempt: one request, at most 100 jobs. */
  runJobs(runId: number): Promise<WorkflowJob[]>;
  /**
   * The jobs of the newest successful runs of the current run's workflow, until
   * `samples` runs gave a sample or the request budget is spent. A 403 (no
   * `actions: read`) and every other API failure are answers, not exceptions.
   */
  jobHistory(request: JobHistoryRequest): Promise<HistoryAnswer>;
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
  /** HTTP requests sent so far, retries included. */
  requestCount(): number;
}

export type GitHubErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'not-found'
  | 'invalid'
  | 'server-error'
  | 'timeout'
  | 'network'
  | 'bad-response';

/** A GitHub API call that failed; the message explains why and what to do. */
export class GitHubApiError extends Error {
  /** The HTTP status of the last answer; 0 when there was none (timeout, network). */
  readonly status: number;
  readonly kind: GitHubErrorKind;
  constructor(kind: GitHubErrorKind, status: number, message: string) {
    super(message);
    this.name = 'GitHubApiError';
    this.kind = kind;
    this.status = status;
  }
}

/** GitHub's documented limits. */
export const COMPARE_FILE_LIMIT = 300;
export const PULL_FILES_LIMIT = 3000;
export const COMMIT_FILES_LIMIT = 3000;
const PULL_FILES_PER_PAGE = 100;
const COMMENTS_PER_PAGE = 100;
const MAX_COMMENT_PAGES = 30;
const JOBS_PER_PAGE = 100;
const COMMITS_PER_PAGE = 100;
const MAX_COMMIT_PAGES = 30;
const MAX_COMMIT_FILE_PAGES = 10;
const API_VERSION = '2022-11-28';

const DEFAULTS: Required<RetrySettings> = {
  retries: 3,
  retryAfterBaseMs: 1000,
  maxRateLimitWaitSeconds: 20,
  rateLimitRetries: 2,
  requestTimeoutMs: 15_000,
  callTimeoutMs: 60_000,
};

// ---------------------------------------------------------------------------
// Answers: narrowing unknown JSON

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function shaOf(value: unknown): string | undefined {
  return isRecord(value) ? text(value.sha) : undefined;
}

function isFullSha(ref: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}

function hasNextPage(link: unknown): boolean {
  return typeof link === 'string' && /<[^>]*>\s*;\s*rel="next"/.test(link);
}

const STATUS_MAP: Record<string, ChangeStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'changed',
};

// ---------------------------------------------------------------------------
// Calls: a deadline, an attempt count and the rate-limit story of one call

interface Operation {
  /** "comparing main...feature in acme/models" */
  action: string;
  /** What a 404 means here and its likely causes; `answer` is e.g. "404: Not Found". */
  notFound: (answer: string) => string;
  /** The permission the call needs. */
  permission: string;
  /** What a 403 (other than a rate limit) means here; `answer` is e.g. "403: Forbidden". */
  forbidden?: (answer: string) => string;
}

interface Call {
  op: Operation;
  signal: AbortSignal;
  deadline: number;
  attempts: number;
  rateLimitWaitMs: number;
  rateLimitGaveUp?: string;
  timedOut: boolean;
}

interface ErrorShape {
  status: number;
  /** False when no HTTP answer came (octokit reports those as status 500). */
  hasResponse: boolean;
  headers: Record<string, string>;
  githubMessage?: string;
  message: string;
}

function errorShape(err: unknown): ErrorShape | undefined {
  if (!isRecord(err)) return undefined;
  const status = count(err.status);
  if (status === undefined) return undefined;
  const headers: Record<string, string> = {};
  let githubMessage: string | undefined;
  const response = err.response;
  if (isRecord(response)) {
    if (isRecord(response.headers)) {
      for (const [name, value] of Object.entries(response.headers)) {
        if (typeof value === 'string' || typeof value === 'number') {
          headers[name.toLowerCase()] = String(value);
        }
      }
    }
    if (isRecord(response.data)) githubMessage = text(response.data.message);
    else if (typeof response.data === 'string' && response.data.trim() !== '') {
      githubMessage = response.data.trim().slice(0, 300);
    }
  }
  const message = err instanceof Error ? err.message : (text(err.message) ?? '');
  return {
    status,
    headers,
    message,
    hasResponse: isRecord(response),
    ...(githubMessage ? { githubMessage } : {}),
  };
}

function isRateLimit(shape: ErrorShape): boolean {
  if (shape.status !== 403 && shape.status !== 429) return false;
  return (
    shape.status === 429 ||
    shape.headers['x-ratelimit-remaining'] === '0' ||
    shape.headers['retry-after'] !== undefined ||
    /rate limit/i.test(shape.githubMessage ?? shape.message)
  );
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? `${s} s` : `${s.toFixed(1)} s`;
}

// ---------------------------------------------------------------------------
// The client

type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export function createGitHubApi(options: ApiOptions): GitHubApi {
  const settings: Required<RetrySettings> = { ...DEFAULTS, ...definedOnly(options.retry ?? {}) };
  const log: ApiLog = options.log ?? { debug: () => undefined, warning: () => undefined };
  const { owner, repo, token } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const slug = `${owner}/${repo}`;
  const calls = new WeakMap<AbortSignal, Call>();
  let requests = 0;

  const scrub = (message: string): string =>
    token.length >= 4 ? message.split(token).join('***') : message;
  const say = {
    debug: (m: string) => log.debug(scrub(m)),
    warning: (m: string) => log.warning(scrub(m)),
  };

  // The fetch of @actions/github honours the runner's proxy settings, for GITHUB_API_URL.
  const defaultsUrl = typeof actionsDefaults.baseUrl === 'string' ? actionsDefaults.baseUrl : '';
  const proxyFetch: unknown = actionsDefaults.request?.fetch;
  const baseFetch: FetchLike =
    typeof proxyFetch === 'function' && sameOrigin(defaultsUrl, baseUrl)
      ? (proxyFetch as FetchLike)
      : (input, init) => fetch(input, init);

  const abortError = (call: Call | undefined): Error => {
    const err = new Error(
      call ? `gave up ${call.op.action}: the call's time limit passed` : 'request aborted',
    );
    err.name = 'AbortError';
    return err;
  };

  /** One HTTP attempt with a timeout; the answer's body is read within it. */
  const timedFetch: FetchLike = async (input, init) => {
    const callSignal = init?.signal ?? undefined;
    const call = callSignal ? calls.get(callSignal) : undefined;
    const left = call ? call.deadline - Date.now() : settings.requestTimeoutMs;
    if (callSignal?.aborted || left <= 0) throw abortError(call);
    requests += 1;
    if (call) call.attempts += 1;
    const limit = Math.min(settings.requestTimeoutMs, left);
    const timeout = AbortSignal.timeout(limit);
    const signal = callSignal ? AbortSignal.any([callSignal, timeout]) : timeout;
    try {
      const res = await baseFetch(input, { ...init, signal });
      say.debug(`GitHub API answered ${res.status} to ${init?.method ?? 'GET'} ${pathOf(input)}.`);
      const body = NULL_BODY.has(res.status) ? null : await res.arrayBuffer();
      const headers = new Headers(res.headers);
      presentRetryAfter(res.status, headers);
      const answer = new Response(body, {
        status: res.status,
        statusText: res.statusText,
        headers,
      });
      Object.defineProperty(answer, 'url', { value: res.url });
      return answer;
    } catch (err) {
      if (callSignal?.aborted) throw abortError(call);
      if (timeout.aborted) {
        say.debug(
          `No answer within ${seconds(limit)} to ${init?.method ?? 'GET'} ${pathOf(input)}.`,
        );
        throw new Error(`no answer within ${seconds(limit)}`);
      }
      throw err;
    }
  };

  const limitHandler =
    (kind: 'rate limit' | 'secondary rate limit') =>
    (
      retryAfter: number,
      requestOptions: { request?: { signal?: AbortSignal } },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const signal = requestOptions.request?.signal;
      const call = signal ? calls.get(signal) : undefined;
      const waitMs = Math.max(0, retryAfter) * 1000;
      let refusal: string | undefined;
      if (retryCount >= settings.rateLimitRetries) {
        refusal = `it was still limited after ${retryCount} ${retryCount === 1 ? 'retry' : 'retries'}`;
      } else if ((call?.rateLimitWaitMs ?? 0) + waitMs > settings.maxRateLimitWaitSeconds * 1000) {
        refusal = `a wait of ${seconds(waitMs)} is more than the ${settings.maxRateLimitWaitSeconds} s this action waits for rate limits`;
      } else if (call && Date.now() + waitMs >= call.deadline) {
        refusal = `waiting ${seconds(waitMs)} would pass the ${seconds(settings.callTimeoutMs)} limit of one API call`;
      }
      if (refusal) {
        if (call) call.rateLimitGaveUp = refusal;
        say.debug(`GitHub API ${kind}: not retrying, ${refusal}.`);
        return false;
      }
      if (call) call.rateLimitWaitMs += waitMs;
      say.warning(
        `GitHub API ${kind} hit while ${call?.op.action ?? 'calling the API'}; retrying in ${seconds(waitMs)}.`,
      );
      return true;
    };

  const octokit = getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'ml-change-gate',
      request: { fetch: timedFetch },
      retry: {
        retries: settings.retries,
        retryAfterBaseValue: settings.retryAfterBaseMs,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        onRateLimit: limitHandler('rate limit'),
        onSecondaryRateLimit: limitHandler('secondary rate limit'),
        fallbackSecondaryRateRetryAfter: 60,
      },
      log: {
        debug: (m: string) => say.debug(m),
        info: (m: string) => say.debug(m),
        warn: (m: string) => say.warning(m),
        error: (m: string) => say.warning(m),
      },
    },
    retry,
    throttling,
  );

  const explain = (err: unknown, call: Call): GitHubApiError => {
    if (err instanceof GitHubApiError) {
      return new GitHubApiError(err.kind, err.status, scrub(err.message));
    }
    const { op } = call;
    const attempts = `${call.attempts} ${call.attempts === 1 ? 'attempt' : 'attempts'}`;
    if (call.timedOut) {
      return new GitHubApiError(
        'timeout',
        0,
        scrub(
          `The GitHub API did not finish ${op.action} within ${seconds(settings.callTimeoutMs)} (${attempts}); GitHub is slow or unreachable from this runner.`,
        ),
      );
    }
    const shape = errorShape(err);
    const said = (s: ErrorShape): string => (s.githubMessage ? `: ${s.githubMessage}` : '');
    if (!shape || !shape.hasResponse) {
      const reason = err instanceof Error ? err.message : String(err);
      const timedOut = /no answer within/.test(reason);
      return new GitHubApiError(
        timedOut ? 'timeout' : 'network',
        0,
        scrub(
          timedOut
            ? `The GitHub API did not answer while ${op.action} (${attempts}, ${reason} each); GitHub is slow or unreachable from this runner.`
            : `Could not reach the GitHub API at ${baseUrl} while ${op.action} (${attempts}): ${reason}.`,
        ),
      );
    }
    const { status } = shape;
    let kind: GitHubErrorKind;
    let message: string;
    if (isRateLimit(shape)) {
      kind = 'rate-limited';
      message = `The GitHub API rate limit stopped ${op.action} (${status}${said(shape)}). ${rateLimitStory(shape, call)} Other jobs using the same token share this limit.`;
    } else if (status === 401) {
      kind = 'unauthorized';
      message = `GitHub rejected the token while ${op.action} (401${said(shape)}): the token is invalid or has expired. Pass a valid token; the default github.token is valid only while its job runs, and a personal access token may have expired or been revoked.`;
    } else if (status === 403) {
      kind = 'forbidden';
      message = op.forbidden
        ? op.forbidden(`403${said(shape)}`)
        : `GitHub refused ${op.action} (403${said(shape)}). The token most likely lacks the ${op.permission} permission: give the job "permissions: { contents: read, pull-requests: read }", or use a token with read access to ${slug}.`;
    } else if (
      status === 404 ||
      (status === 422 && /no commit found/i.test(shape.githubMessage ?? ''))
    ) {
      kind = 'not-found';
      message = op.notFound(`${status}${said(shape)}`);
    } else if (status >= 500) {
      kind = 'server-error';
      message = `The GitHub API failed while ${op.action}: it answered ${status}${said(shape)} (${attempts}). GitHub may be having an outage.`;
    } else {
      kind = 'invalid';
      message = `GitHub could not handle ${op.action} (${status}${said(shape)}).`;
    }
    return new GitHubApiError(kind, status, scrub(message));
  };

  const rateLimitStory = (shape: ErrorShape, call: Call): string => {
    const retryAfter = Number(shape.headers['retry-after']);
    const reset = Number(shape.headers['x-ratelimit-reset']);
    let ask = '';
    if (shape.headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) {
      ask = `GitHub asked to wait ${retryAfter} s before trying again`;
    } else if (
      shape.headers['x-ratelimit-remaining'] === '0' &&
      Number.isFinite(reset) &&
      reset > 0
    ) {
      const when = new Date(reset * 1000);
      const inSeconds = Math.max(0, Math.round(reset - Date.now() / 1000));
      ask = `The limit resets at ${when.toISOString().slice(11, 19)} UTC, in ${inSeconds} s`;
    } else {
      ask = 'GitHub did not say how long to wait';
    }
    const gaveUp = call.rateLimitGaveUp ? `; not retried: ${call.rateLimitGaveUp}` : '';
    return `${ask}${gaveUp}.`;
  };

  const run = async <T>(op: Operation, body: (call: Call) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    const call: Call = {
      op,
      signal: controller.signal,
      deadline: Date.now() + settings.callTimeoutMs,
      attempts: 0,
      rateLimitWaitMs: 0,
      timedOut: false,
    };
    calls.set(controller.signal, call);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        call.timedOut = true;
        controller.abort();
        reject(abortError(call));
      }, settings.callTimeoutMs);
    });
    const work = body(call);
    work.catch(() => undefined);
    try {
      return await Promise.race([work, deadline]);
    } catch (err) {
      throw explain(err, call);
    } finally {
      clearTimeout(timer);
    }
  };

  /** One request of a call; `once` turns off retries (for writes that must not happen twice). */
  const get = async (
    call: Call,
    route: string,
    params: Json,
    once = false,
  ): Promise<{ data: unknown; headers: Json }> => {
    const response = await octokit.request(route, {
      owner,
      repo,
      ...params,
      headers: { 'x-github-api-version': API_VERSION },
      request: once ? { signal: call.signal, retries: 0 } : { signal: call.signal },
    });
    const data: unknown = response.data;
    const headers: Json = { ...response.headers };
    return { data, headers };
  };

  const badResponse = (call: Call, what: string): GitHubApiError =>
    new GitHubApiError(
      'bad-response',
      200,
      `The GitHub API gave an unexpected answer while ${call.op.action}: ${what}.`,
    );

  const mapFiles = (call: Call, value: unknown): ChangedFile[] => {
    if (!Array.isArray(value)) throw badResponse(call, 'the list of files is missing');
    return value.map((entry: unknown): ChangedFile => {
      if (!isRecord(entry)) throw badResponse(call, 'a file entry is not an object');
      const filename = text(entry.filename);
      const apiStatus = text(entry.status);
      if (filename === undefined || apiStatus === undefined) {
        throw badResponse(call, 'a file entry has no filename or status');
      }
      let status = STATUS_MAP[apiStatus];
      if (status === undefined) {
        say.debug(`GitHub listed ${filename} with status "${apiStatus}"; counted as modified.`);
        status = 'modified';
      }
      const previous = text(entry.previous_filename);
      return previous !== undefined && (status === 'renamed' || status === 'copied')
        ? { filename, status, previousFilename: previous }
        : { filename, status };
    });
  };

  const mapJobs = (call: Call, value: unknown): WorkflowJob[] => {
    if (!isRecord(value) || !Array.isArray(value.jobs)) {
      throw badResponse(call, 'the list of jobs is missing');
    }
    return value.jobs.map((entry: unknown): WorkflowJob => {
      if (!isRecord(entry)) throw badResponse(call, 'a job is not an object');
      const name = text(entry.name);
      const status = text(entry.status);
      if (name === undefined || status === undefined) {
        throw badResponse(call, 'a job has no name or status');
      }
      const job: WorkflowJob = { name, status, conclusion: text(entry.conclusion) ?? null };
      const startedAt = text(entry.started_at);
      const completedAt = text(entry.completed_at);
      if (startedAt !== undefined) job.startedAt = startedAt;
      if (completedAt !== undefined) job.completedAt = completedAt;
      return job;
    });
  };

  const mapComment = (call: Call, value: unknown): IssueComment => {
    if (!isRecord(value)) throw badResponse(call, 'a comment is not an object');
    const id = count(value.id);
    if (id === undefined) throw badResponse(call, 'a comment has no id');
    return {
      id,
      body: text(value.body) ?? '',
      user: isRecord(value.user) ? (text(value.user.login) ?? '') : '',
      htmlUrl: text(value.html_url) ?? '',
    };
  };

  const actionsRead =
    (what: string) =>
    (answer: string): string =>
      `GitHub refused ${what} (${answer}). The token most likely lacks the actions: read permission: add "actions: read" to the job's permissions, or set training-hours instead of measuring past runs.`;

  const commentWrite =
    (what: string) =>
    (answer: string): string =>
      `GitHub refused ${what} (${answer}). The token may not write to pull requests: give the job "permissions: pull-requests: write"; a pull request from a fork gets a read-only token, so the gate cannot comment there.`;

  const workflowOfRun = (runId: number): Promise<number> =>
    run(
      {
        action: `reading workflow run ${runId} in ${slug}`,
        notFound: (answer) =>
          `GitHub found no workflow run ${runId} in ${slug} (${answer}): GITHUB_RUN_ID may belong to another repository, or the token cannot see this one.`,
        permission: 'actions: read',
        forbidden: actionsRead(`reading workflow run ${runId} in ${slug}`),
      },
      async (call) => {
        const { data } = await get(call, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
          run_id: runId,
        });
        const id = isRecord(data) ? count(data.workflow_id) : undefined;
        if (id === undefined) throw badResponse(call, 'the run has no workflow_id');
        return id;
      },
    );

  const successfulRuns = (workflowId: number, wanted: number): Promise<number[]> =>
    run(
      {
        action: `listing the successful runs of workflow ${workflowId} in ${slug}`,
        notFound: (answer) =>
          `GitHub found no workflow ${workflowId} in ${slug} (${answer}), or the token cannot see it.`,
        permission: 'actions: read',
        forbidden: actionsRead(`listing the runs of workflow ${workflowId} in ${slug}`),
      },
      async (call) => {
        const { data } = await get(
          call,
          'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
          {
            workflow_id: workflowId,
            status: 'success',
            exclude_pull_requests: true,
            per_page: Math.max(1, Math.min(100, Math.floor(wanted))),
          },
        );
        if (!isRecord(data) || !Array.isArray(data.workflow_runs)) {
          throw badResponse(call, 'the list of workflow runs is missing');
        }
        const ids: number[] = [];
        for (const entry of data.workflow_runs) {
          if (!isRecord(entry)) throw badResponse(call, 'a workflow run is not an object');
          const id = count(entry.id);
          if (id === undefined) throw badResponse(call, 'a workflow run has no id');
          const conclusion = text(entry.conclusion);
          if (conclusion === undefined || conclusion === 'success') ids.push(id);
        }
        return ids;
      },
    );

  const runJobs = (runId: number): Promise<WorkflowJob[]> =>
    run(
      {
        action: `listing the jobs of workflow run ${runId} in ${slug}`,
        notFound: (answer) => `GitHub found no workflow run ${runId} in ${slug} (${answer}).`,
        permission: 'actions: read',
        forbidden: actionsRead(`listing the jobs of workflow run ${runId} in ${slug}`),
      },
      async (call) => {
        const { data } = await get(call, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
          run_id: runId,
          filter: 'latest',
          per_page: JOBS_PER_PAGE,
        });
        return mapJobs(call, data);
      },
    );

  const findIssueComment = (
    issue: number,
    wanted: (comment: IssueComment) => boolean,
  ): Promise<IssueComment | undefined> =>
    run(
      {
        action: `listing the comments of #${issue} in ${slug}`,
        notFound: (answer) =>
          `GitHub found no issue or pull request #${issue} in ${slug} (${answer}), or the token cannot see the repository.`,
        permission: 'pull-requests: read',
      },
      async (call) => {
        for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
          const { data, headers } = await get(
            call,
            'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
            { issue_number: issue, per_page: COMMENTS_PER_PAGE, page },
          );
          if (!Array.isArray(data)) throw badResponse(call, 'the list of comments is missing');
          for (const entry of data) {
            const comment = mapComment(call, entry);
            if (wanted(comment)) return comment;
          }
          if (!hasNextPage(headers.link) || data.length === 0) break;
        }
        return undefined;
      },
    );

  const createIssueComment = (issue: number, body: string): Promise<IssueComment> =>
    run(
      {
        action: `commenting on #${issue} in ${slug}`,
        notFound: (answer) =>
          `GitHub found no issue or pull request #${issue} in ${slug} (${answer}), or the token cannot see the repository.`,
        permission: 'pull-requests: write',
        forbidden: commentWrite(`a comment on #${issue} in ${slug}`),
      },
      async (call) => {
        const { data } = await get(
          call,
          'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
          { issue_number: issue, body },
          true,
        );
        return mapComment(call, data);
      },
    );

  const updateIssueComment = (commentId: number, body: string): Promise<IssueComment> =>
    run(
      {
        action: `updating comment ${commentId} in ${slug}`,
        notFound: (answer) =>
          `GitHub found no comment ${commentId} in ${slug} (${answer}): it may have been deleted.`,
        permission: 'pull-requests: write',
        forbidden: commentWrite(`an update of comment ${commentId} in ${slug}`),
      },
      async (call) => {
        const { data } = await get(
          call,
          'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
          { comment_id: commentId, body },
        );
        return mapComment(call, data);
      },
    );

  const unreachable =
    'it may have been force-pushed away or its branch deleted, the name or SHA may be misspelled, or the token cannot see the repository (GitHub answers 404, not 403, for a private repository the token has no access to)';
  const rangeNotFound =
    (base: string, head: string) =>
    (answer: string): string =>
      `GitHub could not find ${base} or ${head} in ${slug}, or the two share no history (${answer}). If a commit is missing, ${unreachable}.`;

  return {
    compare: (base, head) =>
      run(
        {
          action: `comparing ${base}...${head} in ${slug}`,
          notFound: rangeNotFound(base, head),
          permission: 'contents: read',
        },
        async (call) => {
          const { data } = await get(call, 'GET /repos/{owner}/{repo}/compare/{basehead}', {
            basehead: `${base}...${head}`,
          });
          if (!isRecord(data)) throw badResponse(call, 'the comparison is not an object');
          const commits = Array.isArray(data.commits) ? data.commits : [];
          const totalCommits = count(data.total_commits) ?? commits.length;
          const filesListed = Array.isArray(data.files);
          const files = filesListed ? mapFiles(call, data.files) : [];
          const mergeBaseSha = shaOf(data.merge_base_commit) ?? '';
          const baseSha = shaOf(data.base_commit) ?? base;
          // With nothing ahead, head is the merge base; with every commit of the
          // comparison listed (oldest first), head is the last one. A longer
          // comparison lists only some of its commits: the name is resolved.
          let headSha: string | undefined;
          if (isFullSha(head)) headSha = head.toLowerCase();
          else if (totalCommits === 0) headSha = mergeBaseSha;
          else if (commits.length >= totalCommits) headSha = shaOf(commits.at(-1));
          else {
            const answer = await get(call, 'GET /repos/{owner}/{repo}/commits/{ref}', {
              ref: head,
              per_page: 1,
            });
            headSha = isRecord(answer.data) ? shaOf(answer.data) : undefined;
          }
          const apiStatus = text(data.status);
          const status =
            apiStatus === 'ahead' ||
            apiStatus === 'behind' ||
            apiStatus === 'diverged' ||
            apiStatus === 'identical'
              ? apiStatus
              : 'unknown';
          return {
            files,
            truncated: files.length >= COMPARE_FILE_LIMIT || (!filesListed && totalCommits > 0),
            baseSha,
            mergeBaseSha,
            headSha: headSha || head,
            status,
            aheadBy: count(data.ahead_by) ?? totalCommits,
            behindBy: count(data.behind_by) ?? 0,
            totalCommits,
          };
        },
      ),

    pullRequestFiles: (pr) =>
      run(
        {
          action: `listing the files of pull request #${pr} in ${slug}`,
          notFound: (answer) =>
            `GitHub found no pull request #${pr} in ${slug} (${answer}). The number may be wrong (a pull request from a fork is numbered in the repository it targets), or the token cannot see the repository.`,
          permission: 'pull-requests: read',
        },
        async (call) => {
          const files: ChangedFile[] = [];
          let cut = false;
          for (let page = 1; ; page++) {
            const { data, headers } = await get(
              call,
              'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
              { pull_number: pr, per_page: PULL_FILES_PER_PAGE, page },
            );
            const list = mapFiles(call, data);
            files.push(...list);
            if (!hasNextPage(headers.link) || list.length === 0) break;
            if (page >= PULL_FILES_LIMIT / PULL_FILES_PER_PAGE) {
              cut = true;
              break;
            }
          }
          return { files, complete: !cut && files.length < PULL_FILES_LIMIT };
        },
      ),

    pullRequestHead: (pr) =>
      run(
        {
          action: `reading pull request #${pr} in ${slug}`,
          notFound: (answer) =>
            `GitHub found no pull request #${pr} in ${slug} (${answer}). The number may be wrong (a pull request from a fork is numbered in the repository it targets), or the token cannot see the repository.`,
          permission: 'pull-requests: read',
        },
        async (call) => {
          const { data } = await get(call, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            pull_number: pr,
          });
          const sha = isRecord(data) ? shaOf(data.head) : undefined;
          if (sha === undefined) throw badResponse(call, 'the pull request has no head commit');
          return sha.toLowerCase();
        },
      ),

    commitsInRange: (base, head) =>
      run(
        {
          action: `listing the commits of ${base}...${head} in ${slug}`,
          notFound: rangeNotFound(base, head),
          permission: 'contents: read',
        },
        async (call) => {
          const commits: CommitRef[] = [];
          let total = 0;
          for (let page = 1; page <= MAX_COMMIT_PAGES; page++) {
            const { data } = await get(call, 'GET /repos/{owner}/{repo}/compare/{basehead}', {
              basehead: `${base}...${head}`,
              per_page: COMMITS_PER_PAGE,
              page,
            });
            if (!isRecord(data) || !Array.isArray(data.commits)) {
              throw badResponse(call, 'the comparison has no list of commits');
            }
            if (page === 1) total = count(data.total_commits) ?? data.commits.length;
            for (const entry of data.commits) {
              const sha = shaOf(entry);
              if (sha === undefined || !isRecord(entry)) {
                throw badResponse(call, 'a commit has no SHA');
              }
              const parents = Array.isArray(entry.parents)
                ? entry.parents.map(shaOf).filter((p): p is string => p !== undefined)
                : [];
              commits.push({ sha, parents });
            }
            if (commits.length >= total || data.commits.length < COMMITS_PER_PAGE) break;
          }
          return { commits, total, complete: commits.length >= total };
        },
      ),

    commitFiles: (sha) =>
      run(
        {
          action: `reading commit ${sha} in ${slug}`,
          notFound: (answer) =>
            `GitHub found no commit ${sha} in ${slug} (${answer}): ${unreachable}.`,
          permission: 'contents: read',
        },
        async (call) => {
          const files: ChangedFile[] = [];
          let parents: string[] = [];
          let resolved = sha;
          let cut = false;
          for (let page = 1; ; page++) {
            const { data, headers } = await get(call, 'GET /repos/{owner}/{repo}/commits/{ref}', {
              ref: sha,
              ...(page > 1 ? { page } : {}),
            });
            if (!isRecord(data)) throw badResponse(call, 'the commit is not an object');
            if (page === 1) {
              resolved = text(data.sha) ?? sha;
              parents = Array.isArray(data.parents)
                ? data.parents.map(shaOf).filter((p): p is string => p !== undefined)
                : [];
            }
            const list = mapFiles(call, data.files ?? []);
            files.push(...list);
            if (!hasNextPage(headers.link) || list.length === 0) break;
            if (page >= MAX_COMMIT_FILE_PAGES) {
              cut = true;
              break;
            }
          }
          return {
            sha: resolved,
            parents,
            files,
            complete: !cut && files.length < COMMIT_FILES_LIMIT,
          };
        },
      ),

    fileText: (path, ref) => {
      const clean = path.replace(/^\/+/, '');
      return run(
        {
          action: `reading ${clean} at ${ref} in ${slug}`,
          notFound: (answer) =>
            `GitHub found no file ${clean} at ${ref} in ${slug} (${answer}): the path may be wrong (it is relative to the repository root), ${ref} may not be a branch, tag or commit there, or the token cannot see the repository.`,
          permission: 'contents: read',
        },
        async (call) => {
          const { data } = await get(call, 'GET /repos/{owner}/{repo}/contents/{path}', {
            path: clean,
            ref,
            mediaType: { format: 'raw' },
          });
          if (typeof data === 'string') return data;
          if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
          if (Array.isArray(data)) {
            throw new GitHubApiError(
              'invalid',
              200,
              `${clean} at ${ref} in ${slug} is a folder, not a file.`,
            );
          }
          if (isRecord(data) && data.encoding === 'base64' && typeof data.content === 'string') {
            return Buffer.from(data.content, 'base64').toString('utf8');
          }
          throw badResponse(call, 'the file content is missing');
        },
      );
    },

    defaultBranch: () =>
      run(
        {
          action: `reading the repository ${slug}`,
          notFound: (answer) =>
            `GitHub found no repository ${slug} (${answer}): the name may be wrong, or the token cannot see it (GitHub answers 404 for a private repository the token has no access to).`,
          permission: 'metadata: read',
        },
        async (call) => {
          const { data } = await get(call, 'GET /repos/{owner}/{repo}', {});
          const branch = isRecord(data) ? text(data.default_branch) : undefined;
          if (!branch) throw badResponse(call, 'the repository has no default branch');
          return branch;
        },
      ),

    workflowOfRun,
    successfulRuns,
    runJobs,

    jobHistory: async (request) => {
      const budget = request.maxRequests ?? request.samples + 2;
      let spent = 0;
      try {
        if (budget < 3) return { kind: 'answered', runs: [], requests: 0 };
        const workflowId = await workflowOfRun(request.runId);
        spent += 1;
        // As many runs as the budget can read the jobs of, and one more: the
        // current run may be listed (a re-run of a successful run).
        const ids = await successfulRuns(workflowId, budget - 2 + 1);
        spent += 1;
        const runs: RunJobs[] = [];
        let samples = 0;
        for (const runId of ids) {
          if (samples >= request.samples || spent >= budget) break;
          if (runId === request.runId) continue;
          const jobs = await runJobs(runId);
          spent += 1;
          runs.push({ runId, jobs });
          if (request.isSample(jobs)) samples += 1;
        }
        return { kind: 'answered', runs, requests: spent };
      } catch (err) {
        if (!(err instanceof GitHubApiError)) throw err;
        return err.kind === 'forbidden'
          ? { kind: 'forbidden', message: err.message }
          : { kind: 'failed', message: err.message };
      }
    },

    findIssueComment,
    createIssueComment,
    updateIssueComment,

    upsertComment: async (issue, body, isOurs) => {
      try {
        const existing = await findIssueComment(issue, isOurs);
        if (existing === undefined) {
          return { kind: 'created', comment: await createIssueComment(issue, body) };
        }
        if (existing.body === body) return { kind: 'unchanged', comment: existing };
        return { kind: 'updated', comment: await updateIssueComment(existing.id, body) };
      } catch (err) {
        if (err instanceof GitHubApiError && err.kind === 'forbidden') {
          return { kind: 'cannot-write', status: err.status, message: err.message };
        }
        throw err;
      }
    },

    requestCount: () => requests,
  };
}

function definedOnly(settings: RetrySettings): RetrySettings {
  return Object.fromEntries(
    Object.entries(settings).filter(([, value]) => value !== undefined),
  ) as RetrySettings;
}

function pathOf(input: string | URL | Request): string {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    const url = new URL(href);
    return `${url.pathname}${url.search}`;
  } catch {
    return href;
  }
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/**
 * GitHub's rule is that `retry-after`, when present on a 403 or 429, is the
 * wait to honour. The throttling plugin reads it only for secondary limits and
 * otherwise waits until `x-ratelimit-reset`, so such answers are presented to
 * it with the reset moved to match.
 */
function presentRetryAfter(status: number, headers: Headers): void {
  if (status !== 403 && status !== 429) return;
  const value = headers.get('retry-after');
  if (value === null) return;
  const wait = Number(value);
  if (!Number.isFinite(wait) || wait < 0) return;
  headers.set('x-ratelimit-remaining', '0');
  headers.set('x-ratelimit-reset', String(Math.floor(Date.now() / 1000) + Math.ceil(wait)));
}
