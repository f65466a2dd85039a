/**
 * The one octokit client (without plugins): how requests reach GitHub.
 * - Every HTTP attempt has a timeout, and every call (all its pages, retries
 *   and waits) a deadline, so an API that hangs cannot hang the action.
 * - A failed attempt is retried as the retry policy (retry.ts) decides; every
 *   wait goes through one sleep, which tests replace, and is multiplied by
 *   ML_CHANGE_GATE_WAIT_SCALE (0 to 1) when that is set.
 * - Requests are counted, retries included.
 * - The token is sent only in the Authorization header and is removed from
 *   any message or log line that could echo it.
 * - Requests go through Node's fetch; when the runner sets a proxy, requests
 *   to its GITHUB_API_URL go through the fetch of @actions/github, which
 *   honours the proxy settings (loaded only then: it brings octokit's plugins).
 */
import { Octokit } from '@octokit/core';
import {
  errorShape,
  explainFailure,
  GitHubApiError,
  RequestTimeout,
  seconds,
  type CallRecord,
  type Operation,
} from './errors.js';
import type { Json } from './map.js';
import {
  decideRetry,
  FIRST_ATTEMPT,
  RETRY_DEFAULTS,
  waitScale,
  type AttemptFailure,
  type AttemptState,
  type PolicySettings,
} from './retry.js';
import type { ApiLog, ApiOptions } from './types.js';

const API_VERSION = '2022-11-28';

/** One call in progress: its deadline, and what it went through. */
export interface Call extends CallRecord {
  signal: AbortSignal;
  /** Epoch milliseconds. */
  deadline: number;
  /** Retries after a rate limit so far. */
  rateLimitRetries: number;
  /** Milliseconds waited for rate limits so far. */
  rateLimitWaitMs: number;
}

export interface Transport {
  /** owner/repo */
  slug: string;
  /** The log, with the token removed from every line. */
  say: ApiLog;
  /** Runs one call within its deadline; whatever ends it becomes a GitHubApiError. */
  run<T>(op: Operation, body: (call: Call) => Promise<T>): Promise<T>;
  /**
   * One request of a call (owner and repo filled in), retried as the retry
   * policy decides; a POST is never retried.
   */
  request(call: Call, route: string, params: Json): Promise<{ data: unknown; headers: Json }>;
  /** HTTP requests sent so far, retries included. */
  requestCount(): number;
}

type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** What the steps of a request share: the client, its settings, its log. */
interface Client {
  octokit: Octokit;
  owner: string;
  repo: string;
  slug: string;
  baseUrl: string;
  settings: PolicySettings;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** ML_CHANGE_GATE_WAIT_SCALE: what every wait is multiplied by. */
  scale: number;
  say: ApiLog;
  scrub: (message: string) => string;
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Most requests the client may send (max-api-requests). */
  maxRequests: number;
}

export function createTransport(options: ApiOptions): Transport {
  const { sleep = timerSleep, ...given } = options.retry ?? {};
  const log: ApiLog = options.log ?? { debug: () => undefined, warning: () => undefined };
  const { owner, repo, token } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const scrub = (message: string): string =>
    token.length >= 4 ? message.split(token).join('***') : message;
  const say: ApiLog = {
    debug: (m) => log.debug(scrub(m)),
    warning: (m) => log.warning(scrub(m)),
  };
  const octokit = new Octokit({
    auth: `token ${token}`,
    baseUrl,
    userAgent: 'ml-change-gate',
    request: { fetch: bodyReadingFetch(proxyAwareFetch(baseUrl), say) },
    log: {
      debug: (m: string) => say.debug(m),
      info: (m: string) => say.debug(m),
      warn: (m: string) => say.warning(m),
      error: (m: string) => say.warning(m),
    },
  });
  const client: Client = {
    octokit,
    owner,
    repo,
    slug: `${owner}/${repo}`,
    baseUrl,
    settings: { ...RETRY_DEFAULTS, ...definedOnly(given) },
    sleep,
    scale: waitScale(process.env.ML_CHANGE_GATE_WAIT_SCALE),
    say,
    scrub,
    requests: 0,
    maxRequests: options.maxRequests ?? Number.POSITIVE_INFINITY,
  };
  return {
    slug: client.slug,
    say,
    run: (op, body) => runCall(client, op, body),
    request: (call, route, params) => request(client, call, route, params),
    requestCount: () => client.requests,
  };
}

/** One call: its deadline starts now; whatever ends it is explained. */
async function runCall<T>(c: Client, op: Operation, body: (call: Call) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const call: Call = {
    op,
    signal: controller.signal,
    deadline: Date.now() + c.settings.callTimeoutMs,
    attempts: 0,
    rateLimitRetries: 0,
    rateLimitWaitMs: 0,
    timedOut: false,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      call.timedOut = true;
      controller.abort();
      reject(deadlinePassed(call));
    }, c.settings.callTimeoutMs);
  });
  const work = body(call);
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } catch (err) {
    const explained = explainFailure(err, call, {
      slug: c.slug,
      baseUrl: c.baseUrl,
      callTimeoutMs: c.settings.callTimeoutMs,
      now: Date.now(),
    });
    throw new GitHubApiError(explained.kind, explained.status, c.scrub(explained.message));
  } finally {
    clearTimeout(timer);
  }
}

/** One request of a call, tried again for as long as the retry policy says. */
async function request(
  c: Client,
  call: Call,
  route: string,
  params: Json,
): Promise<{ data: unknown; headers: Json }> {
  const write = /^POST\s/i.test(route);
  let state: AttemptState = {
    ...FIRST_ATTEMPT,
    rateLimitRetries: call.rateLimitRetries,
    rateLimitWaitMs: call.rateLimitWaitMs,
  };
  for (;;) {
    if (c.requests >= c.maxRequests) {
      throw new GitHubApiError(
        'request-budget',
        0,
        `The run's budget of ${c.maxRequests} GitHub API requests (input max-api-requests) is spent, so ${call.op.action} was not asked; raise max-api-requests, or check out the repository so that git lists the change.`,
      );
    }
    try {
      return await attempt(c, call, route, params);
    } catch (err) {
      const failure = failureOf(err);
      if (failure === undefined || call.signal.aborted) throw err;
      const decision = decideRetry(
        { failure, state, write, now: Date.now(), deadline: call.deadline },
        c.settings,
      );
      if (!decision.retry) {
        if (decision.rateLimit) {
          call.rateLimitGaveUp = decision.reason;
          c.say.debug(`GitHub API ${decision.rateLimit}: not retrying, ${decision.reason}.`);
        } else {
          c.say.debug(`Not retrying ${route}: ${decision.reason}.`);
        }
        throw err;
      }
      state = decision.state;
      call.rateLimitRetries = state.rateLimitRetries;
      call.rateLimitWaitMs = state.rateLimitWaitMs;
      const after = seconds(decision.waitMs);
      if (decision.rateLimit) {
        c.say.warning(
          `GitHub API ${decision.rateLimit} hit while ${call.op.action}; retrying in ${after}.`,
        );
      } else {
        c.say.debug(`Retrying ${route} in ${after}: ${decision.reason}.`);
      }
      await c.sleep(decision.waitMs * c.scale, call.signal);
      if (call.signal.aborted) throw deadlinePassed(call);
    }
  }
}

/** One HTTP attempt, within the request timeout and the call's deadline. */
async function attempt(
  c: Client,
  call: Call,
  route: string,
  params: Json,
): Promise<{ data: unknown; headers: Json }> {
  const left = call.deadline - Date.now();
  if (call.signal.aborted || left <= 0) throw deadlinePassed(call);
  c.requests += 1;
  call.attempts += 1;
  const limit = Math.min(c.settings.requestTimeoutMs, left);
  const timeout = AbortSignal.timeout(limit);
  try {
    const response = await c.octokit.request(route, {
      owner: c.owner,
      repo: c.repo,
      ...params,
      headers: { 'x-github-api-version': API_VERSION },
      request: { signal: AbortSignal.any([call.signal, timeout]) },
    });
    const data: unknown = response.data;
    const headers: Json = { ...response.headers };
    return { data, headers };
  } catch (err) {
    if (call.signal.aborted) throw deadlinePassed(call);
    if (timeout.aborted) throw new RequestTimeout(limit);
    throw err;
  }
}

/** How an attempt failed, for the retry policy; undefined when it is not a request's failure. */
function failureOf(err: unknown): AttemptFailure | undefined {
  if (err instanceof RequestTimeout) return { kind: 'timeout', message: err.message };
  const shape = errorShape(err);
  if (shape === undefined) return undefined;
  if (!shape.hasResponse) return { kind: 'network', message: shape.message };
  return {
    kind: 'answer',
    status: shape.status,
    headers: shape.headers,
    message: shape.githubMessage ?? shape.message,
  };
}

function deadlinePassed(call: Call): Error {
  const err = new Error(`gave up ${call.op.action}: the call's time limit passed`);
  err.name = 'AbortError';
  return err;
}

/** A timer that ends early when the call is aborted. */
function timerSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal.aborted) return done();
    const timer = setTimeout(finish, ms);
    signal.addEventListener('abort', finish, { once: true });
    function finish(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      done();
    }
  });
}

/**
 * Reads the whole body of an answer within the attempt (octokit would read
 * it later, and turn a body cut short into an empty answer), and logs it.
 */
function bodyReadingFetch(base: FetchLike, say: ApiLog): FetchLike {
  return async (input, init) => {
    const method = init?.method ?? 'GET';
    try {
      const res = await base(input, init);
      say.debug(`GitHub API answered ${res.status} to ${method} ${pathOf(input)}.`);
      const body = NULL_BODY.has(res.status) ? null : await res.arrayBuffer();
      const answer = new Response(body, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      });
      Object.defineProperty(answer, 'url', { value: res.url });
      return answer;
    } catch (err) {
      say.debug(
        `No answer to ${method} ${pathOf(input)}: ${err instanceof Error ? err.message : String(err)}.`,
      );
      throw err;
    }
  };
}

/** The proxy variables the runner's HTTP client reads. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/**
 * Node's fetch; with a proxy set, for GITHUB_API_URL, the fetch of
 * @actions/github, which honours the runner's proxy settings (and is loaded
 * only then).
 */
function proxyAwareFetch(baseUrl: string): FetchLike {
  const proxied = PROXY_VARIABLES.some((name) => (process.env[name] ?? '') !== '');
  const runnerApi = process.env.GITHUB_API_URL || 'https://api.github.com';
  if (!proxied || !sameOrigin(runnerApi, baseUrl)) return (input, init) => fetch(input, init);
  let loading: Promise<FetchLike> | undefined;
  const load = async (): Promise<FetchLike> => {
    const { defaults } = await import('@actions/github/lib/utils');
    const proxyFetch: unknown = defaults.request?.fetch;
    return typeof proxyFetch === 'function'
      ? (proxyFetch as FetchLike)
      : (input, init) => fetch(input, init);
  };
  return async (input, init) => (await (loading ??= load()))(input, init);
}

function definedOnly<T extends object>(settings: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(settings).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
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
