import { describe, expect, it, test } from '@jest/globals';
import {
  errorShape,
  explainFailure,
  GitHubApiError,
  isRateLimit,
  RequestTimeout,
  seconds,
  type CallRecord,
  type ErrorContext,
} from '../../src/github/errors.js';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const CTX: ErrorContext = {
  slug: 'acme/models',
  baseUrl: 'https://api.github.com',
  callTimeoutMs: 60_000,
  now: NOW,
};

function call(more: Partial<CallRecord> = {}): CallRecord {
  return {
    op: {
      action: 'comparing main...feature in acme/models',
      notFound: (answer) => `not found (${answer})`,
      permission: 'contents: read',
    },
    attempts: 1,
    timedOut: false,
    ...more,
  };
}

/** An error as octokit throws it for an HTTP answer. */
function answered(status: number, message: string, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(`${message} - https://docs.github.com/rest`), {
    status,
    response: { status, headers, data: { message } },
  });
}

describe('errorShape', () => {
  it('reads the status, headers (in lower case) and GitHub message of an answer', () => {
    const err = answered(403, 'Forbidden', { 'Retry-After': '5' });
    expect(errorShape(err)).toStrictEqual({
      status: 403,
      headers: { 'retry-after': '5' },
      message: 'Forbidden - https://docs.github.com/rest',
      hasResponse: true,
      githubMessage: 'Forbidden',
    });
  });

  it('takes a text answer as the message, cut to 300 characters', () => {
    const err = Object.assign(new Error('x'), {
      status: 502,
      response: { headers: {}, data: ` ${'bad gateway '.repeat(40)}` },
    });
    expect(errorShape(err)?.githubMessage?.length).toBe(300);
  });

  test.each([
    [
      'a network failure, as octokit reports it',
      Object.assign(new Error('fetch failed'), { status: 500 }),
      false,
    ],
    ['an error without a status', new Error('boom'), undefined],
    ['not an error at all', 'boom', undefined],
  ])('%s', (_, err, hasResponse) => {
    expect(errorShape(err)?.hasResponse).toBe(hasResponse);
  });
});

describe('isRateLimit', () => {
  test.each([
    [429, {}, 'Too Many Requests', true],
    [403, { 'x-ratelimit-remaining': '0' }, 'Forbidden', true],
    [403, { 'retry-after': '60' }, 'Forbidden', true],
    [403, {}, 'You have exceeded a secondary rate limit.', true],
    [403, {}, 'Resource not accessible by integration', false],
    [404, { 'x-ratelimit-remaining': '0' }, 'Not Found', false],
    [500, {}, 'rate limit', false],
  ])('%i with %j and "%s": %s', (status, headers, message, expected) => {
    expect(isRateLimit({ status, headers, message })).toBe(expected);
  });
});

describe('seconds', () => {
  test.each([
    [1000, '1 s'],
    [400, '0.4 s'],
    [60_000, '60 s'],
    [1250, '1.3 s'],
  ])('%i ms is "%s"', (ms, text) => {
    expect(seconds(ms)).toBe(text);
  });
});

describe('explainFailure', () => {
  test.each([
    [
      401,
      'Bad credentials',
      'unauthorized',
      /^GitHub rejected the token while comparing main\.\.\.feature in acme\/models \(401: Bad credentials\): the token is invalid or has expired\./,
    ],
    [
      403,
      'Resource not accessible by integration',
      'forbidden',
      /lacks the contents: read permission: give the job "permissions: \{ contents: read, pull-requests: read \}", or use a token with contents: read on acme\/models\.$/,
    ],
    [
      404,
      'Not Found',
      'not-found',
      /^not found \(404: Not Found\) If the token cannot see acme\/models \(GitHub answers 404, not 403, to a token without access\), it lacks contents: read: grant it in the job with "permissions: \{ contents: read, pull-requests: read \}"/,
    ],
    [422, 'No commit found for SHA: abc', 'not-found', /^not found \(422: No commit found/],
    [
      422,
      'Validation Failed',
      'invalid',
      /^GitHub could not handle comparing .* \(422: Validation Failed\)\.$/,
    ],
    [410, 'Gone', 'invalid', /\(410: Gone\)/],
    [
      503,
      'Service Unavailable',
      'server-error',
      /it answered 503: Service Unavailable \(4 attempts\)\. GitHub may be having an outage\.$/,
    ],
  ])('a %i "%s" is %s', (status, message, kind, text) => {
    const err = explainFailure(answered(status, message), call({ attempts: 4 }), CTX);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.kind).toBe(kind);
    expect(err.status).toBe(status);
    expect(err.message).toMatch(text);
  });

  test.each([
    ['pull-requests: read', 'permissions: { contents: read, pull-requests: read }'],
    ['actions: read', 'permissions: { contents: read, pull-requests: read, actions: read }'],
    ['pull-requests: write', 'permissions: { contents: read, pull-requests: write }'],
  ])(
    'a 404 of a call that needs %s names that permission and the line that grants it',
    (permission, line) => {
      const err = explainFailure(
        answered(404, 'Not Found'),
        call({ op: { ...call().op, permission } }),
        CTX,
      );
      expect(err.kind).toBe('not-found');
      expect(err.message).toContain(`it lacks ${permission}: grant it in the job with "${line}"`);
    },
  );

  it('a 404 for the repository itself names contents: read, as metadata cannot be granted', () => {
    const err = explainFailure(
      answered(404, 'Not Found'),
      call({ op: { ...call().op, permission: 'metadata: read' } }),
      CTX,
    );
    expect(err.message).toContain('"permissions: { contents: read, pull-requests: read }"');
    expect(err.message).not.toContain('metadata: read }');
  });

  it("uses the call's own words for a 403 when it has them", () => {
    const err = explainFailure(
      answered(403, 'Forbidden'),
      call({ op: { ...call().op, forbidden: (answer) => `refused (${answer})` } }),
      CTX,
    );
    expect(err.message).toBe('refused (403: Forbidden)');
  });

  describe('rate limits: what GitHub asked, and why it was not waited for', () => {
    const reset = String(NOW / 1000 + 90);
    test.each([
      [
        { 'retry-after': '600' },
        'a wait of 600 s is more than the 20 s this action waits for rate limits',
        'GitHub asked to wait 600 s before trying again; not retried: a wait of 600 s is more than the 20 s this action waits for rate limits.',
      ],
      [
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        'it was still limited after 2 retries',
        'The limit resets at 10:01:30 UTC, in 90 s; not retried: it was still limited after 2 retries.',
      ],
      [{}, undefined, 'GitHub did not say how long to wait.'],
    ])('%j', (headers, gaveUp, story) => {
      const err = explainFailure(
        answered(403, 'You have exceeded a secondary rate limit.', headers),
        call(gaveUp === undefined ? {} : { rateLimitGaveUp: gaveUp }),
        CTX,
      );
      expect(err.kind).toBe('rate-limited');
      expect(err.message).toBe(
        `The GitHub API rate limit stopped comparing main...feature in acme/models (403: You have exceeded a secondary rate limit.). ${story} Other jobs using the same token share this limit.`,
      );
    });
  });

  it('a call past its deadline is a timeout, whatever ended it', () => {
    const err = explainFailure(new Error('aborted'), call({ timedOut: true, attempts: 2 }), CTX);
    expect(err.kind).toBe('timeout');
    expect(err.status).toBe(0);
    expect(err.message).toBe(
      'The GitHub API did not finish comparing main...feature in acme/models within 60 s (2 attempts); GitHub is slow or unreachable from this runner.',
    );
  });

  it('requests without an answer in time are a timeout', () => {
    const err = explainFailure(new RequestTimeout(15_000), call({ attempts: 4 }), CTX);
    expect(err.kind).toBe('timeout');
    expect(err.message).toBe(
      'The GitHub API did not answer while comparing main...feature in acme/models (4 attempts, no answer within 15 s each); GitHub is slow or unreachable from this runner.',
    );
  });

  it('a failed connection is a network error naming the API address', () => {
    const err = explainFailure(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { status: 500 }),
      call(),
      CTX,
    );
    expect(err.kind).toBe('network');
    expect(err.message).toBe(
      'Could not reach the GitHub API at https://api.github.com while comparing main...feature in acme/models (1 attempt): connect ECONNREFUSED 127.0.0.1:9.',
    );
  });

  it('an error the call itself made is kept as it is', () => {
    const own = new GitHubApiError('bad-response', 200, 'unexpected');
    expect(explainFailure(own, call(), CTX)).toBe(own);
  });
});
