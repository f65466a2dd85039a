import { createServer } from 'node:net';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  test,
} from '@jest/globals';
import { rejectionOf } from '../helpers/expect.js';
import {
  createGitHubApi,
  GitHubApiError,
  type GitHubApi,
  type RetrySettings,
} from '../../src/github/index.js';
import {
  badCredentials,
  primaryRateLimit,
  resourceNotAccessible,
  secondaryRateLimit,
  serverError,
  startFakeGitHub,
  type FakeGitHub,
} from '../helpers/fake-github.js';
import { buildModels, recorder, testClient, TOKEN } from '../helpers/github-client.js';
import { GitRepo } from '../helpers/git-repo.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('requests, retries and failures against a fake GitHub', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;
  const rec = recorder();
  const errors: GitHubApiError[] = [];

  const api = (retry: RetrySettings = {}, overrides = {}): GitHubApi =>
    testClient(fake, rec, retry, overrides);

  const expectFailure = async (promise: Promise<unknown>): Promise<GitHubApiError> => {
    const err = await rejectionOf(promise, GitHubApiError);
    errors.push(err);
    return err;
  };

  beforeAll(async () => {
    repo = GitRepo.create();
    buildModels(repo);
    fake = await startFakeGitHub({
      repo,
      owner: 'acme',
      name: 'models',
      token: TOKEN,
      pulls: { 1: { base: 'main', head: 'feature' } },
    });
  });

  afterAll(async () => {
    await fake.close();
    repo.remove();
  });

  beforeEach(() => {
    fake.clearFaults();
    fake.resetRequests();
    rec.clearWaits();
    rec.warnings.length = 0;
  });

  describe('the request budget', () => {
    it('sends no request past maxRequests, retries included, and says which input sets it', async () => {
      fake.fail({ ...serverError(502), times: 1 });
      const client = api({}, { maxRequests: 3 });
      await client.compare('main', 'feature');
      expect(client.requestCount()).toBe(2);
      await client.defaultBranch();
      const err = await expectFailure(client.defaultBranch());
      expect(err.kind).toBe('request-budget');
      expect(err.message).toMatch(
        /budget of 3 GitHub API requests \(input max-api-requests\) is spent/,
      );
      expect(fake.requests).toHaveLength(3);
      expect(client.requestCount()).toBe(3);
    });
  });

  describe('retries', () => {
    it('retries a 502 twice and then succeeds, after 1 and 4 s', async () => {
      fake.fail({ ...serverError(502), times: 2 });
      const client = api();
      const result = await client.compare('main', 'feature');
      expect(result.files.length).toBe(4);
      expect(client.requestCount()).toBe(3);
      expect(fake.requests.map((r) => r.status)).toStrictEqual([502, 502, 200]);
      expect(rec.waits).toStrictEqual([1000, 4000]);
    });

    it('waits out a secondary rate limit with retry-after 1, then succeeds', async () => {
      fake.fail(secondaryRateLimit(1));
      const client = api();
      const result = await client.compare('main', 'feature');
      expect(result.files.length).toBe(4);
      expect(client.requestCount()).toBe(2);
      expect(rec.waits).toStrictEqual([1000]);
      expect(
        rec.lines.some((l) => /secondary rate limit/.test(l) && /retrying in 1 s/.test(l)),
      ).toBeTruthy();
      expect(rec.warnings).toStrictEqual([
        'GitHub API secondary rate limit hit while comparing main...feature in acme/models; retrying in 1 s.',
      ]);
    });

    it('honours retry-after on a 429 that exhausted the rate limit, then succeeds', async () => {
      fake.fail(primaryRateLimit({ resetInSeconds: 3600, retryAfterSeconds: 1, status: 429 }));
      const client = api();
      const result = await client.pullRequestFiles(1);
      expect(result.complete).toBe(true);
      expect(client.requestCount()).toBe(2);
      // retry-after, not the reset an hour away
      expect(rec.waits).toStrictEqual([1000]);
      expect(rec.warnings).toStrictEqual([
        'GitHub API rate limit hit while listing the files of pull request #1 in acme/models; retrying in 1 s.',
      ]);
    });

    it('waits until a second past the reset of a used-up limit without retry-after', async () => {
      fake.fail(primaryRateLimit({ resetInSeconds: 5 }));
      const client = api();
      await client.compare('main', 'feature');
      expect(client.requestCount()).toBe(2);
      // the reset is 4 to 5 s away when the answer is read
      expect(rec.waits.length).toBe(1);
      expect([5000, 6000]).toContain(rec.waits[0]);
    });

    it('waits 1, 4 and 9 s between the attempts of an API that keeps failing', async () => {
      fake.fail({ ...serverError(503), times: Infinity });
      const client = api();
      const err = await expectFailure(client.defaultBranch());
      expect(err.kind).toBe('server-error');
      expect(err.message).toMatch(/4 attempts/);
      expect(client.requestCount()).toBe(4);
      expect(rec.waits).toStrictEqual([1000, 4000, 9000]);
    });

    it('retries a refused connection as a network error, then explains it', async () => {
      const port = await closedPort();
      const client = api({}, { baseUrl: `http://127.0.0.1:${port}` });
      const err = await expectFailure(client.defaultBranch());
      expect(err.kind).toBe('network');
      expect(err.status).toBe(0);
      expect(err.message).toMatch(/Could not reach the GitHub API at http:\/\/127\.0\.0\.1/);
      expect(err.message).toMatch(/4 attempts/);
      expect(client.requestCount()).toBe(4);
      expect(rec.waits).toStrictEqual([1000, 4000, 9000]);
    });

    test.each([400, 404, 410, 422, 451])('never retries a %i', async (status) => {
      fake.fail({ status, times: Infinity });
      const client = api();
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(err.status).toBe(status);
      expect(client.requestCount()).toBe(1);
      expect(rec.waits).toStrictEqual([]);
    });
  });

  describe('ML_CHANGE_GATE_WAIT_SCALE', () => {
    const saved = process.env.ML_CHANGE_GATE_WAIT_SCALE;
    afterEach(() => {
      if (saved === undefined) delete process.env.ML_CHANGE_GATE_WAIT_SCALE;
      else process.env.ML_CHANGE_GATE_WAIT_SCALE = saved;
    });

    test.each([
      ['0.5', [500, 2000]],
      ['0', [0, 0]],
      ['1', [1000, 4000]],
      // anything else is ignored: waits can only be shortened
      ['2', [1000, 4000]],
      ['-1', [1000, 4000]],
      ['soon', [1000, 4000]],
      ['', [1000, 4000]],
    ])('%j multiplies the waits asked for: %j', async (value, waits) => {
      process.env.ML_CHANGE_GATE_WAIT_SCALE = value;
      fake.fail({ ...serverError(502), times: 2 });
      await api().compare('main', 'feature');
      expect(rec.waits).toStrictEqual(waits);
    });

    it('leaves the warning as GitHub asked: retrying in 1 s', async () => {
      process.env.ML_CHANGE_GATE_WAIT_SCALE = '0.001';
      fake.fail(secondaryRateLimit(1));
      await api().compare('main', 'feature');
      expect(rec.waits).toStrictEqual([1]);
      expect(rec.warnings).toStrictEqual([
        'GitHub API secondary rate limit hit while comparing main...feature in acme/models; retrying in 1 s.',
      ]);
    });
  });

  describe('waiting', () => {
    it('waits with a timer when no sleep is given', async () => {
      fake.fail({ ...serverError(502), times: 1 });
      const client = createGitHubApi({
        token: TOKEN,
        owner: 'acme',
        repo: 'models',
        baseUrl: fake.url,
        retry: { retryAfterBaseMs: 1 },
      });
      expect((await client.compare('main', 'feature')).files.length).toBe(4);
      expect(client.requestCount()).toBe(2);
    });

    it('a sleep that outlasts the deadline of the call ends the call there', async () => {
      fake.fail({ ...serverError(502), times: Infinity });
      const slept: number[] = [];
      const client = api({
        retryAfterBaseMs: 1,
        callTimeoutMs: 300,
        sleep: async (ms) => {
          slept.push(ms);
          await new Promise((done) => setTimeout(done, 600));
        },
      });
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(err.kind).toBe('timeout');
      expect(err.message).toMatch(
        /did not finish comparing main\.\.\.feature in acme\/models within 0\.3 s \(1 attempt\)/,
      );
      expect(slept).toStrictEqual([1]);
      expect(client.requestCount()).toBe(1);
    });
  });

  describe('rate limits given up on', () => {
    it('gives up at once when the rate limit resets later than it may wait', async () => {
      fake.fail(primaryRateLimit({ resetInSeconds: 3600 }));
      const client = api();
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(rec.waits).toStrictEqual([]);
      expect(err.kind).toBe('rate-limited');
      expect(err.status).toBe(403);
      expect(err.message).toMatch(/resets at \d\d:\d\d:\d\d UTC/);
      expect(err.message).toMatch(/20 s this action waits/);
      expect(client.requestCount()).toBe(1);
    });

    it('gives up on a secondary rate limit that does not say how long to wait (a minute)', async () => {
      fake.fail(secondaryRateLimit());
      const client = api();
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(err.kind).toBe('rate-limited');
      expect(err.message).toMatch(
        /GitHub did not say how long to wait; not retried: a wait of 60 s is more than the 20 s this action waits for rate limits\./,
      );
      expect(client.requestCount()).toBe(1);
      expect(rec.waits).toStrictEqual([]);
    });

    it('retries a rate limit at most twice in one call', async () => {
      fake.fail({ ...secondaryRateLimit(1), times: 3 });
      const client = api();
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(err.kind).toBe('rate-limited');
      expect(err.message).toMatch(/not retried: it was still limited after 2 retries/);
      expect(client.requestCount()).toBe(3);
      expect(rec.waits).toStrictEqual([1000, 1000]);
      expect(rec.warnings.length).toBe(2);
    });

    it('waits at most 20 s in all for rate limits in one call', async () => {
      fake.fail({ ...secondaryRateLimit(15), times: 2 });
      const client = api();
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(err.message).toMatch(
        /not retried: a wait of 15 s after 15 s already is more than the 20 s this action waits for rate limits/,
      );
      expect(rec.waits).toStrictEqual([15_000]);
      expect(client.requestCount()).toBe(2);
    });

    it('does not wait past the deadline of the call', async () => {
      fake.fail(secondaryRateLimit(10));
      const client = api({ callTimeoutMs: 5000 });
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(err.kind).toBe('rate-limited');
      expect(err.message).toMatch(
        /not retried: waiting 10 s would pass the 5 s limit of one API call/,
      );
      expect(rec.waits).toStrictEqual([]);
    });
  });

  describe('failures explained', () => {
    it('explains a 401 without retrying', async () => {
      const client = api({}, { token: 'ghs_expired_token_value' });
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(err.status).toBe(401);
      expect(err.kind).toBe('unauthorized');
      expect(err.message).toMatch(/invalid or has expired/);
      expect(client.requestCount()).toBe(1);
      expect(err.message).not.toContain('ghs_expired_token_value');

      fake.fail(badCredentials());
      expect((await expectFailure(api().defaultBranch())).kind).toBe('unauthorized');
      expect(rec.waits).toStrictEqual([]);
    });

    it('explains a 403 with the contents permission', async () => {
      fake.fail(resourceNotAccessible());
      const client = api();
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(err.status).toBe(403);
      expect(err.kind).toBe('forbidden');
      expect(err.message).toMatch(/contents: read/);
      expect(err.message).toMatch(/Resource not accessible by integration/);
      expect(client.requestCount()).toBe(1);
      expect(rec.waits).toStrictEqual([]);
    });

    it('ends an always-failing API with the last status', async () => {
      fake.fail({ ...serverError(500), times: Infinity });
      const client = api({ retries: 2, retryAfterBaseMs: 10 });
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(err.kind).toBe('server-error');
      expect(err.status).toBe(500);
      expect(err.message).toMatch(/3 attempts/);
      expect(client.requestCount()).toBe(3);
      expect(rec.waits).toStrictEqual([10, 40]);
    });

    it('times out each attempt of a hanging API and gives up', async () => {
      fake.hang({ path: '/repos/acme/models/compare/' });
      const client = api({ retries: 1, requestTimeoutMs: 200 });
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(err.kind).toBe('timeout');
      expect(err.status).toBe(0);
      expect(err.message).toMatch(/did not answer/);
      expect(err.message).toMatch(/\(2 attempts, no answer within 0\.2 s each\)/);
      expect(client.requestCount()).toBe(2);
      expect(rec.waits).toStrictEqual([1000]);
    });

    it('stops a call at its deadline even when each request may take longer', async () => {
      fake.hang();
      const client = api({ requestTimeoutMs: 30_000, callTimeoutMs: 400 });
      const err = await expectFailure(client.pullRequestFiles(1));
      expect(err.kind).toBe('timeout');
      expect(err.message).toMatch(/within 0\.4 s/);
      // the one attempt is cut at the deadline, and no retry could wait past it
      expect(client.requestCount()).toBe(1);
      expect(rec.waits).toStrictEqual([]);
    });

    it('never puts the token in an error, even when GitHub echoes it', async () => {
      fake.fail({
        status: 422,
        body: { message: `token ${TOKEN} is not valid for this call` },
      });
      const err = await expectFailure(api().compare('main', 'feature'));
      expect(err.message).not.toContain(TOKEN);
      expect(err.message).toMatch(/token \*\*\* is not valid/);
    });

    it('sent the token only as the Authorization header, and never logged or reported it', async () => {
      await api().compare('main', 'feature');
      expect(fake.requests.length).toBeGreaterThan(0);
      for (const request of fake.requests) {
        expect(request.headers.authorization).toBe(`token ${TOKEN}`);
        expect(request.url).not.toContain(TOKEN);
        const others = Object.entries(request.headers).filter(([name]) => name !== 'authorization');
        expect(JSON.stringify(others)).not.toContain(TOKEN);
      }
      // the failure tests above ran
      expect(errors.length).toBeGreaterThanOrEqual(8);
      for (const err of errors) expect(err.message).not.toContain(TOKEN);
      for (const line of rec.lines) expect(line).not.toContain(TOKEN);
    });
  });
});
