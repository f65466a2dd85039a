/**
 * The retry policy: after an attempt failed, whether to try again and after
 * how long, or why not. It is a pure function of the failure, what the request
 * and its call have spent so far, and the time; the transport does the waiting.
 *
 * - A 5xx answer, a network error or a request that timed out is retried
 *   `retries` times, after 1×, 4×, 9× … `retryAfterBaseMs`.
 * - A rate limit (403 or 429) is waited out as GitHub documents: `retry-after`
 *   when given; else, with `x-ratelimit-remaining: 0`, until `x-ratelimit-reset`;
 *   else a minute. At most `rateLimitRetries` times and `maxRateLimitWaitSeconds`
 *   of waiting per call.
 * - Any other answer (400, 401, 403, 404, 410, 422, 451 …) is final, and so is
 *   every failure of a write (POST), so that nothing is created twice.
 * - No wait may reach past the call's deadline.
 */
import { plural } from '../core/format.js';
import { isRateLimit, seconds } from './errors.js';
import type { RetrySettings } from './types.js';

/** The settings the policy and the transport work with (RetrySettings without the sleep). */
export type PolicySettings = Required<Omit<RetrySettings, 'sleep'>>;

export const RETRY_DEFAULTS: PolicySettings = {
  retries: 3,
  retryAfterBaseMs: 1000,
  maxRateLimitWaitSeconds: 20,
  rateLimitRetries: 2,
  requestTimeoutMs: 15_000,
  callTimeoutMs: 60_000,
};

/** How one attempt failed: GitHub answered with an error, or did not answer. */
export type AttemptFailure =
  | {
      kind: 'answer';
      status: number;
      /** Header names in lower case. */
      headers: Record<string, string>;
      /** GitHub's message, e.g. "You have exceeded a secondary rate limit…". */
      message: string;
    }
  /** No answer within the request's timeout, or no connection at all. */
  | { kind: 'timeout' | 'network'; message: string };

/** What a request and its call have spent on retries so far. */
export interface AttemptState {
  /** Retries of this request after a 5xx answer, a network error or a timeout. */
  retries: number;
  /** Retries after a rate limit, in this call. */
  rateLimitRetries: number;
  /** Milliseconds this call has waited for rate limits. */
  rateLimitWaitMs: number;
}

export const FIRST_ATTEMPT: AttemptState = { retries: 0, rateLimitRetries: 0, rateLimitWaitMs: 0 };

export interface Situation {
  failure: AttemptFailure;
  state: AttemptState;
  /** The request creates something (POST). */
  write: boolean;
  /** Epoch milliseconds. */
  now: number;
  /** When the call must be over, in epoch milliseconds. */
  deadline: number;
}

export type RateLimitKind = 'rate limit' | 'secondary rate limit';

export type RetryDecision =
  | {
      retry: true;
      waitMs: number;
      /** What failed, e.g. "GitHub answered 502". */
      reason: string;
      /** The state to decide the next failure with. */
      state: AttemptState;
      rateLimit?: RateLimitKind;
    }
  | {
      retry: false;
      /** Why not, e.g. "it was still limited after 2 retries". */
      reason: string;
      rateLimit?: RateLimitKind;
    };

export function decideRetry(s: Situation, settings: PolicySettings): RetryDecision {
  const { failure } = s;
  const limit =
    failure.kind === 'answer' && isRateLimit(failure) ? rateLimitWait(failure, s.now) : undefined;
  if (s.write) {
    return {
      retry: false,
      reason: 'a write is never retried, so that it cannot happen twice',
      ...(limit ? { rateLimit: limit.kind } : {}),
    };
  }
  if (limit) return decideRateLimit(s, limit, settings);
  if (failure.kind === 'answer' && failure.status < 500) {
    return {
      retry: false,
      reason: `GitHub answered ${failure.status}, which a retry would not change`,
    };
  }
  const what = failure.kind === 'answer' ? `GitHub answered ${failure.status}` : failure.message;
  const { retries } = s.state;
  if (retries >= settings.retries) {
    return {
      retry: false,
      reason: `${what}, and ${plural(retries, 'retry', 'retries')} did not help`,
    };
  }
  const waitMs = backoffWaits(settings)[retries] ?? 0;
  if (s.now + waitMs >= s.deadline) {
    return { retry: false, reason: pastDeadline(waitMs, settings) };
  }
  return { retry: true, waitMs, reason: what, state: { ...s.state, retries: retries + 1 } };
}

function decideRateLimit(
  s: Situation,
  limit: { kind: RateLimitKind; waitMs: number },
  settings: PolicySettings,
): RetryDecision {
  const { kind, waitMs } = limit;
  const { rateLimitRetries, rateLimitWaitMs } = s.state;
  const maxMs = settings.maxRateLimitWaitSeconds * 1000;
  let refusal: string | undefined;
  if (rateLimitRetries >= settings.rateLimitRetries) {
    refusal =
      rateLimitRetries === 0
        ? 'rate limits are not retried'
        : `it was still limited after ${plural(rateLimitRetries, 'retry', 'retries')}`;
  } else if (rateLimitWaitMs + waitMs > maxMs) {
    refusal =
      rateLimitWaitMs === 0
        ? `a wait of ${seconds(waitMs)} is more than the ${settings.maxRateLimitWaitSeconds} s this action waits for rate limits`
        : `a wait of ${seconds(waitMs)} after ${seconds(rateLimitWaitMs)} already is more than the ${settings.maxRateLimitWaitSeconds} s this action waits for rate limits`;
  } else if (s.now + waitMs >= s.deadline) {
    refusal = pastDeadline(waitMs, settings);
  }
  if (refusal !== undefined) return { retry: false, reason: refusal, rateLimit: kind };
  return {
    retry: true,
    waitMs,
    reason: kind,
    rateLimit: kind,
    state: {
      ...s.state,
      rateLimitRetries: rateLimitRetries + 1,
      rateLimitWaitMs: rateLimitWaitMs + waitMs,
    },
  };
}

/**
 * How long a rate limit asks to wait, by GitHub's documented rule: the
 * `retry-after` header when there is one; else, when the limit is used up
 * (`x-ratelimit-remaining: 0`), until a second past `x-ratelimit-reset`; else
 * a minute. A message naming a secondary rate limit makes it one.
 */
export function rateLimitWait(
  answer: { headers: Record<string, string>; message: string },
  now: number,
): { kind: RateLimitKind; waitMs: number } {
  const kind: RateLimitKind = /secondary rate limit/i.test(answer.message)
    ? 'secondary rate limit'
    : 'rate limit';
  const retryAfter = retryAfterMs(answer.headers['retry-after'], now);
  if (retryAfter !== undefined) return { kind, waitMs: retryAfter };
  const reset = Number(answer.headers['x-ratelimit-reset']);
  if (answer.headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0) {
    return { kind, waitMs: (Math.max(0, Math.ceil(reset - now / 1000)) + 1) * 1000 };
  }
  return { kind, waitMs: 60_000 };
}

/** `retry-after` in milliseconds: seconds, or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const s = Number(value);
  if (Number.isFinite(s)) return s >= 0 ? Math.ceil(s * 1000) : undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/** The waits before each retry of a request that failed with a 5xx or got no answer. */
export function backoffWaits(
  settings: Pick<PolicySettings, 'retries' | 'retryAfterBaseMs'>,
): number[] {
  return Array.from(
    { length: settings.retries },
    (_, i) => settings.retryAfterBaseMs * (i + 1) ** 2,
  );
}

/**
 * The longest one call of `requests` requests can take: every attempt takes its
 * whole timeout, every retry waits, rate limits take all the waiting allowed;
 * and whatever that adds up to, the call's deadline ends it.
 */
export function worstCaseCallMs(settings: PolicySettings, requests = 1): number {
  const attempts = requests * (1 + settings.retries) + settings.rateLimitRetries;
  const backoff = backoffWaits(settings).reduce((sum, ms) => sum + ms, 0);
  const waits = requests * backoff + settings.maxRateLimitWaitSeconds * 1000;
  return Math.min(settings.callTimeoutMs, attempts * settings.requestTimeoutMs + waits);
}

/**
 * The factor every wait is multiplied by: ML_CHANGE_GATE_WAIT_SCALE when it is
 * a number from 0 to 1, else 1. It can only shorten waits (tests of the bundle
 * set it so that they do not sleep through real backoff).
 */
export function waitScale(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const scale = Number(value);
  return Number.isFinite(scale) && scale >= 0 && scale <= 1 ? scale : 1;
}

function pastDeadline(waitMs: number, settings: PolicySettings): string {
  return `waiting ${seconds(waitMs)} would pass the ${seconds(settings.callTimeoutMs)} limit of one API call`;
}
