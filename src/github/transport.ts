/**
 * The one octokit client: how requests reach GitHub. Every HTTP attempt has a
 * timeout, every call (all its pages, retries and waits) a deadline; requests
 * are counted; the token is sent only in the Authorization header and is
 * removed from any message or log line that could echo it.
 */
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  explainFailure,
  GitHubApiError,
  RequestTimeout,
  seconds,
  type CallRecord,
  type Operation,
} from './errors.js';
import type { Json } from './map.js';
import type { ApiLog, ApiOptions, RetrySettings } from './types.js';

const API_VERSION = '2022-11-28';

export const DEFAULTS: Required<RetrySettings> = {
  retries: 3,
  retryAfterBaseMs: 1000,
  maxRateLimitWaitSeconds: 20,
  rateLimitRetries: 2,
  requestTimeoutMs: 15_000,
  callTimeoutMs: 60_000,
};

/** One call in progress: its deadline, and what it went through. */
export interface Call extends CallRecord {
  signal: AbortSignal;
  /** Epoch milliseconds. */
  deadline: number;
  rateLimitWaitMs: number;
}

export interface Transport {
  owner: string;
  repo: string;
  /** owner/repo */
  slug: string;
  /** The log, with the token removed from every line. */
  say: ApiLog;
  /** Runs one call within its deadline; whatever ends it becomes a GitHubApiError. */
  run<T>(op: Operation, body: (call: Call) => Promise<T>): Promise<T>;
  /** One request of a call (owner and repo filled in); `once` turns off retries. */
  request(
    call: Call,
    route: string,
    params: Json,
    once?: boolean,
  ): Promise<{ data: unknown; headers: Json }>;
  /** HTTP requests sent so far, retries included. */
  requestCount(): number;
}

type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export function createTransport(options: ApiOptions): Transport {
  const settings: Required<RetrySettings> = { ...DEFAULTS, ...definedOnly(options.retry ?? {}) };
  const log: ApiLog = options.log ?? { debug: () => undefined, warning: () => undefined };
  const { owner, repo, token } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const slug = `${owner}/${repo}`;
  const calls = new WeakMap<AbortSignal, Call>();
  let requests = 0;

  const scrub = (message: string): string =>
    token.length >= 4 ? message.split(token).join('***') : message;
  const say: ApiLog = {
    debug: (m) => log.debug(scrub(m)),
    warning: (m) => log.warning(scrub(m)),
  };
  const baseFetch = proxyAwareFetch(baseUrl);

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
        throw new RequestTimeout(limit);
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
      const explained = explainFailure(err, call, {
        slug,
        baseUrl,
        callTimeoutMs: settings.callTimeoutMs,
        now: Date.now(),
      });
      throw new GitHubApiError(explained.kind, explained.status, scrub(explained.message));
    } finally {
      clearTimeout(timer);
    }
  };

  const request: Transport['request'] = async (call, route, params, once = false) => {
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

  return { owner, repo, slug, say, run, request, requestCount: () => requests };
}

/** The fetch of @actions/github honours the runner's proxy settings, for GITHUB_API_URL. */
function proxyAwareFetch(baseUrl: string): FetchLike {
  const defaultsUrl = typeof actionsDefaults.baseUrl === 'string' ? actionsDefaults.baseUrl : '';
  const proxyFetch: unknown = actionsDefaults.request?.fetch;
  return typeof proxyFetch === 'function' && sameOrigin(defaultsUrl, baseUrl)
    ? (proxyFetch as FetchLike)
    : (input, init) => fetch(input, init);
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
