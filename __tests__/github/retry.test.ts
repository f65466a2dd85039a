import { describe, expect, it, test } from '@jest/globals';
import {
  backoffWaits,
  decideRetry,
  FIRST_ATTEMPT,
  rateLimitWait,
  RETRY_DEFAULTS,
  waitScale,
  worstCaseCallMs,
  type AttemptFailure,
  type AttemptState,
  type PolicySettings,
  type RetryDecision,
  type Situation,
} from '../../src/github/retry.js';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes.';
const PRIMARY = 'API rate limit exceeded for installation ID 1.';

function answer(
  status: number,
  headers: Record<string, string> = {},
  message = 'Server Error',
): AttemptFailure {
  return { kind: 'answer', status, headers, message };
}

/** A failure of the first attempt of a read, a minute before the call's deadline. */
function situation(failure: AttemptFailure, more: Partial<Situation> = {}): Situation {
  return { failure, state: FIRST_ATTEMPT, write: false, now: NOW, deadline: NOW + 60_000, ...more };
}

function decide(s: Situation, settings: Partial<PolicySettings> = {}): RetryDecision {
  return decideRetry(s, { ...RETRY_DEFAULTS, ...settings });
}

/**
 * Feeds the policy the same failure until it gives up, as the transport does
 * (without time passing): the waits it asked for, and why it stopped.
 */
function waitsUntilGivenUp(
  failure: AttemptFailure,
  settings: Partial<PolicySettings> = {},
): { waits: number[]; reason: string } {
  const waits: number[] = [];
  let state: AttemptState = FIRST_ATTEMPT;
  for (;;) {
    const decision = decide(situation(failure, { state }), settings);
    if (!decision.retry) return { waits, reason: decision.reason };
    waits.push(decision.waitMs);
    state = decision.state;
  }
}

describe('the retry policy', () => {
  describe('5xx answers, network errors and timeouts', () => {
    test.each([
      ['a 500', answer(500)],
      ['a 502', answer(502)],
      ['a 503', answer(503)],
      ['a 504', answer(504)],
      ['no answer in time', { kind: 'timeout', message: 'no answer within 15 s' } as const],
      ['a refused connection', { kind: 'network', message: 'connect ECONNREFUSED' } as const],
    ])('%s is retried after 1, 4 and 9 s, then given up', (_, failure) => {
      const { waits, reason } = waitsUntilGivenUp(failure);
      expect(waits).toStrictEqual([1000, 4000, 9000]);
      expect(reason).toMatch(/3 retries did not help$/);
    });

    it('says what failed when it retries', () => {
      expect(decide(situation(answer(502)))).toStrictEqual({
        retry: true,
        waitMs: 1000,
        reason: 'GitHub answered 502',
        state: { retries: 1, rateLimitRetries: 0, rateLimitWaitMs: 0 },
      });
      expect(
        decide(situation({ kind: 'timeout', message: 'no answer within 15 s' })),
      ).toMatchObject({ retry: true, reason: 'no answer within 15 s' });
    });

    test.each([
      [{ retries: 0 }, []],
      [{ retries: 1 }, [1000]],
      [{ retries: 2, retryAfterBaseMs: 10 }, [10, 40]],
      [{ retries: 5, retryAfterBaseMs: 100 }, [100, 400, 900, 1600, 2500]],
    ])('with %j the waits are %j', (settings, waits) => {
      expect(waitsUntilGivenUp(answer(500), settings).waits).toStrictEqual(waits);
      expect(backoffWaits({ ...RETRY_DEFAULTS, ...settings })).toStrictEqual(waits);
    });

    it('does not wait past the deadline of the call', () => {
      const decision = decide(
        situation(answer(500), {
          state: { ...FIRST_ATTEMPT, retries: 2 },
          deadline: NOW + 8000,
        }),
      );
      expect(decision).toStrictEqual({
        retry: false,
        reason: 'waiting 9 s would pass the 60 s limit of one API call',
      });
    });
  });

  describe('answers a retry would not change', () => {
    test.each([400, 401, 403, 404, 405, 409, 410, 422, 451])('%i is final', (status) => {
      expect(decide(situation(answer(status, {}, 'Not Found')))).toStrictEqual({
        retry: false,
        reason: `GitHub answered ${status}, which a retry would not change`,
      });
    });
  });

  describe('writes', () => {
    test.each([
      ['a 502', answer(502)],
      ['no answer in time', { kind: 'timeout', message: 'no answer within 15 s' } as const],
      ['a refused connection', { kind: 'network', message: 'connect ECONNREFUSED' } as const],
    ])('a POST is never retried after %s', (_, failure) => {
      expect(decide(situation(failure, { write: true }))).toStrictEqual({
        retry: false,
        reason: 'a write is never retried, so that it cannot happen twice',
      });
    });

    it('not even after a rate limit, which is named', () => {
      expect(
        decide(situation(answer(403, { 'retry-after': '1' }, SECONDARY), { write: true })),
      ).toStrictEqual({
        retry: false,
        reason: 'a write is never retried, so that it cannot happen twice',
        rateLimit: 'secondary rate limit',
      });
    });
  });

  describe('rate limits', () => {
    const reset = (inSeconds: number): string => String(NOW / 1000 + inSeconds);

    test.each([
      [
        'a secondary limit with retry-after 1',
        answer(403, { 'retry-after': '1' }, SECONDARY),
        { kind: 'secondary rate limit', waitMs: 1000 },
      ],
      [
        'a 429 with retry-after 1 and a reset an hour away: retry-after wins',
        answer(
          429,
          { 'retry-after': '1', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset(3600) },
          PRIMARY,
        ),
        { kind: 'rate limit', waitMs: 1000 },
      ],
      [
        'a used-up primary limit: until a second past its reset',
        answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset(5) }, PRIMARY),
        { kind: 'rate limit', waitMs: 6000 },
      ],
      [
        'a reset already past: a second',
        answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset(-30) }, PRIMARY),
        { kind: 'rate limit', waitMs: 1000 },
      ],
      [
        'a secondary limit that does not say: a minute',
        answer(403, {}, SECONDARY),
        { kind: 'secondary rate limit', waitMs: 60_000 },
      ],
      [
        'a bare 429: a minute',
        answer(429, {}, 'Too Many Requests'),
        { kind: 'rate limit', waitMs: 60_000 },
      ],
      [
        'retry-after as an HTTP date',
        answer(403, { 'retry-after': new Date(NOW + 3000).toUTCString() }, SECONDARY),
        { kind: 'secondary rate limit', waitMs: 3000 },
      ],
      [
        'an unreadable retry-after: as if absent',
        answer(403, { 'retry-after': 'soon' }, SECONDARY),
        { kind: 'secondary rate limit', waitMs: 60_000 },
      ],
    ])('%s', (_, failure, expected) => {
      if (failure.kind !== 'answer') throw new Error('an answer');
      expect(rateLimitWait(failure, NOW)).toStrictEqual(expected);
    });

    it('waits out a short limit and counts it against the call', () => {
      expect(decide(situation(answer(403, { 'retry-after': '1' }, SECONDARY)))).toStrictEqual({
        retry: true,
        waitMs: 1000,
        reason: 'secondary rate limit',
        rateLimit: 'secondary rate limit',
        state: { retries: 0, rateLimitRetries: 1, rateLimitWaitMs: 1000 },
      });
    });

    test.each([
      [
        'more than 2 retries',
        answer(403, { 'retry-after': '1' }, SECONDARY),
        { rateLimitRetries: 2, rateLimitWaitMs: 2000 },
        {},
        'it was still limited after 2 retries',
        'secondary rate limit',
      ],
      [
        'no rate-limit retries at all',
        answer(403, { 'retry-after': '1' }, SECONDARY),
        {},
        { rateLimitRetries: 0 },
        'rate limits are not retried',
        'secondary rate limit',
      ],
      [
        'one wait over 20 s',
        answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset(3600) }, PRIMARY),
        {},
        {},
        'a wait of 3601 s is more than the 20 s this action waits for rate limits',
        'rate limit',
      ],
      [
        'a minute when GitHub does not say',
        answer(403, {}, SECONDARY),
        {},
        {},
        'a wait of 60 s is more than the 20 s this action waits for rate limits',
        'secondary rate limit',
      ],
      [
        'waits adding up to more than 20 s',
        answer(403, { 'retry-after': '15' }, SECONDARY),
        { rateLimitRetries: 1, rateLimitWaitMs: 15_000 },
        {},
        'a wait of 15 s after 15 s already is more than the 20 s this action waits for rate limits',
        'secondary rate limit',
      ],
      [
        'a wait past the deadline',
        answer(403, { 'retry-after': '10' }, SECONDARY),
        {},
        { callTimeoutMs: 5000 },
        'waiting 10 s would pass the 5 s limit of one API call',
        'secondary rate limit',
      ],
    ] as const)('gives up on %s', (_, failure, state, settings, reason, rateLimit) => {
      const deadline = NOW + { ...RETRY_DEFAULTS, ...settings }.callTimeoutMs;
      expect(
        decide(situation(failure, { state: { ...FIRST_ATTEMPT, ...state }, deadline }), settings),
      ).toStrictEqual({
        retry: false,
        reason,
        rateLimit,
      });
    });

    it('retries a limit that keeps coming twice, then gives up', () => {
      expect(waitsUntilGivenUp(answer(403, { 'retry-after': '1' }, SECONDARY))).toStrictEqual({
        waits: [1000, 1000],
        reason: 'it was still limited after 2 retries',
      });
      expect(waitsUntilGivenUp(answer(429, { 'retry-after': '8' }, PRIMARY))).toStrictEqual({
        waits: [8000, 8000],
        reason: 'it was still limited after 2 retries',
      });
      expect(waitsUntilGivenUp(answer(403, { 'retry-after': '12' }, SECONDARY))).toStrictEqual({
        waits: [12_000],
        reason:
          'a wait of 12 s after 12 s already is more than the 20 s this action waits for rate limits',
      });
    });

    it('keeps the 5xx retries of a request apart from the rate-limit retries of its call', () => {
      const state = { retries: 3, rateLimitRetries: 0, rateLimitWaitMs: 0 };
      expect(
        decide(situation(answer(403, { 'retry-after': '1' }, SECONDARY), { state })),
      ).toMatchObject({
        retry: true,
        state: { retries: 3, rateLimitRetries: 1, rateLimitWaitMs: 1000 },
      });
    });

    test.each([
      [403, { 'x-ratelimit-remaining': '1' }, 'Resource not accessible by integration', false],
      [403, { 'x-ratelimit-remaining': '0' }, 'Forbidden', true],
      [403, { 'retry-after': '5' }, 'Forbidden', true],
      [403, {}, PRIMARY, true],
      [429, {}, 'Too Many Requests', true],
      [404, { 'retry-after': '5' }, 'Not Found', false],
    ])('a %i with %j and "%s" is a rate limit: %s', (status, headers, message, limited) => {
      const decision = decide(situation(answer(status, headers, message)));
      expect(decision.rateLimit !== undefined).toBe(limited);
    });
  });

  describe('ML_CHANGE_GATE_WAIT_SCALE', () => {
    test.each([
      [undefined, 1],
      ['', 1],
      [' ', 1],
      ['0', 0],
      ['0.001', 0.001],
      ['0.5', 0.5],
      ['1', 1],
      ['1.5', 1],
      ['-0.5', 1],
      ['Infinity', 1],
      ['NaN', 1],
      ['fast', 1],
    ])('%j scales waits by %d', (value, scale) => {
      expect(waitScale(value)).toBe(scale);
    });
  });
});

/**
 * What the end-to-end tests of an API that never recovers once proved with a
 * clock: that the gate decides within two minutes. The bound follows from the
 * settings, so it is proved from them.
 */
describe('an API that never recovers is given up on in bounded time', () => {
  const TWO_MINUTES = 120_000;

  it('one call ends at its deadline, 60 s, whatever fails', () => {
    // Without the deadline: 4 attempts of each request and 2 rate-limit retries,
    // each to its 15 s timeout, 14 s of backoff and 20 s of rate-limit waits.
    const { callTimeoutMs, requestTimeoutMs, maxRateLimitWaitSeconds } = RETRY_DEFAULTS;
    expect(6 * requestTimeoutMs + 14_000 + maxRateLimitWaitSeconds * 1000).toBe(124_000);
    expect(worstCaseCallMs(RETRY_DEFAULTS)).toBe(callTimeoutMs);
    expect(worstCaseCallMs(RETRY_DEFAULTS, 30)).toBe(callTimeoutMs);
    expect(callTimeoutMs).toBe(60_000);
  });

  it('with the deadline out of reach, the sum of timeouts and waits is what bounds a call', () => {
    const generous = { ...RETRY_DEFAULTS, callTimeoutMs: 3_600_000 };
    expect(worstCaseCallMs(generous)).toBe(124_000);
    expect(worstCaseCallMs({ ...generous, requestTimeoutMs: 1000 })).toBe(40_000);
  });

  it('a call answered only with 5xx waits 14 s in all, over 4 requests', () => {
    const { waits } = waitsUntilGivenUp(answer(500));
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBe(14_000);
    expect(waits.length + 1).toBe(4);
  });

  it('a rate-limited call waits at most 20 s in all', () => {
    for (const seconds of [1, 5, 10, 15, 20, 21, 60, 3600]) {
      const { waits } = waitsUntilGivenUp(
        answer(403, { 'retry-after': String(seconds) }, SECONDARY),
      );
      expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(20_000);
    }
  });

  test.each([
    // Once a call fails for good, the change set uses no other API call: a run
    // decides after one call (its default branch, filters file or comparison),
    // or two when it also measures past runs (training-job without training-hours).
    ['the change set', 1],
    ['the change set and the past runs', 2],
  ])('a run that reads %s decides within two minutes', (_, calls) => {
    expect(calls * worstCaseCallMs(RETRY_DEFAULTS)).toBeLessThanOrEqual(TWO_MINUTES);
  });
});
