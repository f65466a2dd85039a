import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ofKind, rejectionOf } from '../helpers/expect.js';
import { performance } from 'node:perf_hooks';
import {
  createGitHubApi,
  GitHubApiError,
  type ApiOptions,
  type GitHubApi,
  type IssueComment,
  type RetrySettings,
} from '../../src/github/index.js';
import { measureHistory, runDuration } from '../../src/core/history.js';
import type { ChangedFile, WorkflowJob } from '../../src/core/types.js';
import {
  COMMENT_MAX_CHARS,
  badCredentials,
  primaryRateLimit,
  resourceNotAccessible,
  secondaryRateLimit,
  serverError,
  startFakeGitHub,
  type FakeGitHub,
  type FakeJob,
  type FakeWorkflowRun,
} from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';

const TOKEN = 'ghs_TestToken0123456789abcdefSECRET';

/** Files named `${dir}/f0000.txt` … for one wide commit. */
function manyFiles(dir: string, n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`${dir}/f${String(i).padStart(4, '0')}.txt`] = `${dir} ${i}\n`;
  return files;
}

function byName(files: ChangedFile[]): ChangedFile[] {
  return [...files].sort((a, b) => (a.filename < b.filename ? -1 : 1));
}

function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  return rejectionOf(promise, GitHubApiError);
}

describe('github.ts against a fake GitHub built on a real repository', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;
  const logLines: string[] = [];
  const errors: GitHubApiError[] = [];
  const sha: Record<string, string> = {};

  const api = (retry: RetrySettings = {}, overrides: Partial<ApiOptions> = {}): GitHubApi =>
    createGitHubApi({
      token: TOKEN,
      owner: 'acme',
      repo: 'models',
      baseUrl: fake.url,
      log: {
        debug: (m) => logLines.push(m),
        warning: (m) => logLines.push(m),
      },
      retry: { retryAfterBaseMs: 5, ...retry },
      ...overrides,
    });

  const expectFailure = async (promise: Promise<unknown>): Promise<GitHubApiError> => {
    const err = await failure(promise);
    errors.push(err);
    return err;
  };

  beforeAll(() => {
    repo = GitRepo.create();
    sha.root = repo.commit(
      {
        'README.md': 'models\n',
        'src/training/train.py': 'print("train")\n',
        'src/training/old_loss.py': 'loss = 1\n',
        'config/training.yaml': 'lr: 0.1\n',
        'data/training/labels.csv': 'a,b\n',
        'docs/guide.md': 'guide\n',
      },
      'initial layout',
    );
    repo.git('tag', 'v0');
    repo.git('branch', 'release/1.0');

    repo.checkout('feature', true);
    repo.commit(
      {
        'src/training/train.py': 'print("train harder")\n',
        'data/training/labels.csv': null,
        'src/training/model.py': 'model = "ünïcode"\n',
      },
      'change training',
    );
    sha.featureRename = repo.rename('src/training/old_loss.py', 'src/losses/loss.py');
    sha.feature = repo.head();

    // main moves on after the branch point: three-dot must not show this file.
    repo.checkout('main');
    sha.main = repo.commit({ 'docs/guide.md': 'guide, revised\n' }, 'docs on main');

    for (const [branch, n] of [
      ['wide250', 250],
      ['wide301', 301],
      ['wide3001', 3001],
    ] as const) {
      repo.checkout('main');
      repo.checkout(branch, true);
      sha[branch] = repo.commitMany(manyFiles(branch, n), `${n} files`);
    }

    repo.checkout('main');
    repo.checkout('history', true);
    for (let i = 0; i < 120; i++) repo.git('commit', '-q', '--allow-empty', '-m', `step ${i}`);
    sha.history = repo.head();
    repo.checkout('main');
  });

  beforeAll(async () => {
    fake = await startFakeGitHub({
      repo,
      owner: 'acme',
      name: 'models',
      token: TOKEN,
      pulls: {
        1: { base: 'main', head: 'feature' },
        2: { base: 'main', head: 'wide250' },
        3: { base: 'main', head: 'wide3001' },
      },
    });
  });

  afterAll(async () => {
    await fake.close();
    repo.remove();
  });

  beforeEach(() => {
    fake.clearFaults();
    fake.resetRequests();
  });

  describe('compare', () => {
    it('lists a small change from the merge base, with renames and deletions, in one request', async () => {
      const client = api();
      const result = await client.compare('main', 'feature');

      expect(byName(result.files)).toStrictEqual([
        { filename: 'data/training/labels.csv', status: 'deleted' },
        {
          filename: 'src/losses/loss.py',
          status: 'renamed',
          previousFilename: 'src/training/old_loss.py',
        },
        { filename: 'src/training/model.py', status: 'added' },
        { filename: 'src/training/train.py', status: 'modified' },
      ]);
      // The same set git itself gives for the three-dot range.
      const gitNames = repo
        .git('diff', '--name-only', '-M', 'main...feature')
        .trim()
        .split('\n')
        .sort();
      expect(result.files.map((f) => f.filename).sort()).toStrictEqual(gitNames);
      expect(result.truncated).toBe(false);
      expect(result.baseSha).toBe(sha.main);
      expect(result.mergeBaseSha).toBe(sha.root);
      // the head branch is resolved from the answer
      expect(result.headSha).toBe(sha.feature);
      expect(result.status).toBe('diverged');
      expect(result.aheadBy).toBe(2);
      expect(result.behindBy).toBe(1);

      expect(client.requestCount()).toBe(1);
      expect(fake.requests.length).toBe(1);
      expect(fake.requests[0]?.path).toBe('/repos/acme/models/compare/main...feature');
    });

    it('keeps a head SHA as given and resolves a head behind the base through the merge base', async () => {
      const client = api();
      const bySha = await client.compare(sha.root ?? '', sha.featureRename ?? '');
      expect(bySha.headSha).toBe(sha.featureRename);
      expect(bySha.files.map((f) => f.filename).sort()).toStrictEqual([
        'data/training/labels.csv',
        'src/losses/loss.py',
        'src/training/model.py',
        'src/training/train.py',
      ]);

      const behind = await client.compare('main', 'v0');
      expect(behind.status).toBe('behind');
      expect(behind.headSha).toBe(sha.root);
      expect(behind.files).toStrictEqual([]);
      expect(behind.truncated).toBe(false);
      expect(client.requestCount()).toBe(2);
    });

    it('resolves a head named by a branch further ahead than the commits listed', async () => {
      // 260 commits ahead: more than the 250 an unpaged comparison lists.
      const lines = ['commit refs/heads/long', `from ${sha.main}`];
      const stream: string[] = [];
      for (let i = 0; i < 260; i++) {
        stream.push(
          ...lines.slice(0, 1),
          'committer T <t@example.com> 1700000000 +0000',
          `data 8`,
          `step ${String(i).padStart(3, '0')}`,
        );
        if (i === 0) stream.push(lines[1] ?? '');
        stream.push('');
      }
      execFileSync('git', ['fast-import', '--quiet'], {
        cwd: repo.dir,
        input: `${stream.join('\n')}\n`,
      });
      const tip = repo.revParse('refs/heads/long');
      const client = api();
      const result = await client.compare('main', 'long');
      expect(result.totalCommits).toBe(260);
      expect(result.headSha).toBe(tip);
      // one compare, and one request for the head
      expect(client.requestCount()).toBe(2);
    });

    it('accepts branch names with slashes', async () => {
      repo.git('branch', '-f', 'team/exp', 'feature');
      const result = await api().compare('release/1.0', 'team/exp');
      expect(result.headSha).toBe(sha.feature);
      expect(result.files.length).toBe(4);
      expect(result.baseSha).toBe(sha.root);
    });

    it('reports 301 changed files as 300 and truncated', async () => {
      const client = api();
      const result = await client.compare('main', 'wide301');
      expect(result.files.length).toBe(300);
      expect(result.truncated).toBe(true);
      expect(result.headSha).toBe(sha.wide301);
      expect(client.requestCount()).toBe(1);
    });

    it('does not call 250 files truncated', async () => {
      const result = await api().compare('main', 'wide250');
      expect(result.files.length).toBe(250);
      expect(result.truncated).toBe(false);
    });

    it('explains a 404 for an unknown base SHA and does not retry it', async () => {
      const unknown = '0123456789abcdef0123456789abcdef01234567';
      const client = api();
      const err = await expectFailure(client.compare(unknown, 'feature'));
      expect(err.status).toBe(404);
      expect(err.kind).toBe('not-found');
      expect(err.message).toMatch(new RegExp(unknown));
      expect(err.message).toMatch(/force-pushed/);
      expect(err.message).toMatch(/private repository/);
      expect(client.requestCount()).toBe(1);
    });
  });

  describe('pull request files', () => {
    it('reads 250 files in 3 requests of 100 and calls them complete', async () => {
      const client = api();
      const result = await client.pullRequestFiles(2);
      expect(result.complete).toBe(true);
      expect(result.files.length).toBe(250);
      expect(result.files.map((f) => f.filename)).toStrictEqual(
        Object.keys(manyFiles('wide250', 250)),
      );
      expect(result.files.every((f) => f.status === 'added')).toBeTruthy();
      expect(client.requestCount()).toBe(3);
      expect(fake.requests.map((r) => [r.query.per_page, r.query.page])).toStrictEqual([
        ['100', '1'],
        ['100', '2'],
        ['100', '3'],
      ]);
    });

    it('stops at 3,000 of 3,001 files after 30 requests and says the list is not complete', async () => {
      const client = api();
      const started = performance.now();
      const result = await client.pullRequestFiles(3);
      expect(result.files.length).toBe(3000);
      expect(result.complete).toBe(false);
      expect(client.requestCount()).toBe(30);
      expect(performance.now() - started).toBeLessThan(10_000);
    });

    it('keeps the previous name of a renamed file', async () => {
      const result = await api().pullRequestFiles(1);
      expect(result.complete).toBe(true);
      expect(result.files.find((f) => f.status === 'renamed')).toStrictEqual({
        filename: 'src/losses/loss.py',
        status: 'renamed',
        previousFilename: 'src/training/old_loss.py',
      });
    });

    it('explains a 403 on pull-request files with the pull-requests permission', async () => {
      fake.fail({ ...resourceNotAccessible(), path: '/repos/acme/models/pulls/' });
      const client = api();
      const err = await expectFailure(client.pullRequestFiles(1));
      expect(err.status).toBe(403);
      expect(err.kind).toBe('forbidden');
      expect(err.message).toMatch(/pull-requests: read/);
      expect(client.requestCount()).toBe(1);
    });

    it('explains an unknown pull request', async () => {
      const err = ofKind(await expectFailure(api().pullRequestFiles(999)), 'not-found');
      expect(err.message).toMatch(/#999/);
    });
  });

  describe('commits and files', () => {
    it('lists the commits of a range oldest first, 100 a request', async () => {
      const client = api();
      const result = await client.commitsInRange('main', 'history');
      expect(result.total).toBe(120);
      expect(result.commits.length).toBe(120);
      expect(result.complete).toBe(true);
      const expected = repo.git('rev-list', '--reverse', 'main..history').trim().split('\n');
      expect(result.commits.map((c) => c.sha)).toStrictEqual(expected);
      expect(result.commits[0]?.parents[0]).toBe(sha.main);
      expect(result.commits.at(-1)?.sha).toBe(sha.history);
      expect(client.requestCount()).toBe(2);
    });

    it('reads the files of a 301-file commit over two pages', async () => {
      const client = api();
      const result = await client.commitFiles(sha.wide301 ?? '');
      expect(result.sha).toBe(sha.wide301);
      expect(result.parents).toStrictEqual([sha.main]);
      expect(result.files.length).toBe(301);
      expect(result.complete).toBe(true);
      expect(client.requestCount()).toBe(2);
    });

    it('reads a file at a ref through the contents API', async () => {
      const client = api();
      expect(await client.fileText('src/training/model.py', 'feature')).toBe('model = "ünïcode"\n');
      expect(await client.fileText('docs/guide.md', sha.root ?? '')).toBe('guide\n');
      const missing = ofKind(
        await expectFailure(client.fileText('config/filters.yaml', 'main')),
        'not-found',
      );
      expect(missing.message).toMatch(/config\/filters\.yaml/);
      expect(missing.message).toMatch(/main/);
      const folder = await expectFailure(client.fileText('src/training', 'main'));
      expect(folder.message).toMatch(/folder/);
    });

    it('reads the default branch', async () => {
      const other = await startFakeGitHub({ repo, defaultBranch: 'develop' });
      try {
        const client = createGitHubApi({
          token: TOKEN,
          owner: 'acme',
          repo: 'models',
          baseUrl: other.url,
        });
        expect(await client.defaultBranch()).toBe('develop');
      } finally {
        await other.close();
      }
    });
  });

  describe('failures and retries', () => {
    it('retries a 502 twice and then succeeds', async () => {
      fake.fail({ ...serverError(502), times: 2 });
      const client = api();
      const result = await client.compare('main', 'feature');
      expect(result.files.length).toBe(4);
      expect(client.requestCount()).toBe(3);
      expect(fake.requests.map((r) => r.status)).toStrictEqual([502, 502, 200]);
    });

    it('waits out a secondary rate limit with retry-after 1, then succeeds', async () => {
      fake.fail(secondaryRateLimit(1));
      const client = api();
      const started = performance.now();
      const result = await client.compare('main', 'feature');
      const waited = performance.now() - started;
      expect(result.files.length).toBe(4);
      expect(client.requestCount()).toBe(2);
      expect(waited).toBeGreaterThanOrEqual(950);
      expect(waited).toBeLessThan(5000);
      expect(
        logLines.some((l) => /secondary rate limit/.test(l) && /retrying in 1 s/.test(l)),
      ).toBeTruthy();
    });

    it('honours retry-after on a 429 that exhausted the rate limit, then succeeds', async () => {
      fake.fail(primaryRateLimit({ resetInSeconds: 3600, retryAfterSeconds: 1, status: 429 }));
      const client = api();
      const started = performance.now();
      const result = await client.pullRequestFiles(1);
      const waited = performance.now() - started;
      expect(result.complete).toBe(true);
      expect(client.requestCount()).toBe(2);
      expect(waited).toBeGreaterThanOrEqual(950);
      expect(waited).toBeLessThan(5000);
    });

    it('gives up at once when the rate limit resets later than it may wait', async () => {
      fake.fail(primaryRateLimit({ resetInSeconds: 3600 }));
      const client = api();
      const started = performance.now();
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(performance.now() - started).toBeLessThan(2000);
      expect(err.kind).toBe('rate-limited');
      expect(err.status).toBe(403);
      expect(err.message).toMatch(/resets at \d\d:\d\d:\d\d UTC/);
      expect(err.message).toMatch(/20 s this action waits/);
      expect(client.requestCount()).toBe(1);
    });

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
    });

    it('ends an always-failing API in bounded time with the last status', async () => {
      fake.fail({ ...serverError(500), times: Infinity });
      const client = api({ retries: 2, retryAfterBaseMs: 10 });
      const started = performance.now();
      const err = await expectFailure(client.compare('main', 'feature'));
      expect(performance.now() - started).toBeLessThan(2000);
      expect(err.kind).toBe('server-error');
      expect(err.status).toBe(500);
      expect(err.message).toMatch(/3 attempts/);
      expect(client.requestCount()).toBe(3);
    });

    it('times out each attempt of a hanging API and gives up', async () => {
      fake.hang({ path: '/repos/acme/models/compare/' });
      const client = api({ retries: 1, requestTimeoutMs: 200 });
      const started = performance.now();
      const err = await expectFailure(client.compare('main', 'feature'));
      const took = performance.now() - started;
      expect(took >= 350 && took < 3000).toBeTruthy();
      expect(err.kind).toBe('timeout');
      expect(err.status).toBe(0);
      expect(err.message).toMatch(/did not answer/);
      expect(client.requestCount()).toBe(2);
    });

    it('stops a call at its deadline even when each request may take longer', async () => {
      fake.hang();
      const client = api({ requestTimeoutMs: 30_000, callTimeoutMs: 400 });
      const started = performance.now();
      const err = await expectFailure(client.pullRequestFiles(1));
      const took = performance.now() - started;
      expect(took >= 350 && took < 2000).toBeTruthy();
      expect(err.kind).toBe('timeout');
      expect(err.message).toMatch(/within 0\.4 s/);
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
      for (const line of logLines) expect(line).not.toContain(TOKEN);
    });
  });
});

describe('the fake GitHub', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;

  beforeAll(async () => {
    repo = GitRepo.create();
    repo.commit({ 'a.txt': 'a\n' }, 'root');
    repo.checkout('topic', true);
    repo.commitMany(manyFiles('t', 250));
    for (let i = 0; i < 45; i++) repo.git('commit', '-q', '--allow-empty', '-m', `c${i}`);
    repo.checkout('main');
    fake = await startFakeGitHub({
      repo,
      owner: 'o',
      name: 'r',
      pulls: { 5: { base: 'main', head: 'topic' } },
    });
  });

  afterAll(async () => {
    await fake.close();
    repo.remove();
  });

  it('formats Link headers as GitHub does', async () => {
    const first = await fetch(`${fake.url}/repos/o/r/pulls/5/files?per_page=100`);
    expect(first.headers.get('link')).toBe(
      `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=2>; rel="next", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=3>; rel="last"`,
    );
    const body: unknown = await first.json();
    expect(Array.isArray(body) && body.length === 100).toBeTruthy();

    const middle = await fetch(
      `${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=2`,
    );
    expect(middle.headers.get('link')).toBe(
      `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=1>; rel="prev", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=3>; rel="next", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=3>; rel="last", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=1>; rel="first"`,
    );
    const last = await fetch(`${fake.url}/repos/o/r/pulls/5/files?per_page=100&page=3`);
    const lastBody: unknown = await last.json();
    expect(Array.isArray(lastBody) && lastBody.length === 50).toBeTruthy();
    expect(last.headers.get('link') ?? '').not.toMatch(/rel="next"/);
  });

  it('pages compare commits and lists files only on the first page', async () => {
    const page1: unknown = await (
      await fetch(`${fake.url}/repos/o/r/compare/main...topic?per_page=30`)
    ).json();
    const page2: unknown = await (
      await fetch(`${fake.url}/repos/o/r/compare/main...topic?per_page=30&page=2`)
    ).json();
    const unpaged: unknown = await (
      await fetch(`${fake.url}/repos/o/r/compare/main...topic`)
    ).json();
    const shape = (v: unknown): { commits: number; files: number | undefined; total: unknown } => {
      expect(v).toEqual(expect.objectContaining({ commits: expect.any(Array) }));
      const answer = v as { commits: unknown[]; files?: unknown; total_commits?: unknown };
      return {
        commits: answer.commits.length,
        files: Array.isArray(answer.files) ? answer.files.length : undefined,
        total: answer.total_commits,
      };
    };
    expect(shape(page1)).toStrictEqual({ commits: 30, files: 250, total: 46 });
    expect(shape(page2)).toStrictEqual({ commits: 16, files: undefined, total: 46 });
    expect(shape(unpaged)).toStrictEqual({ commits: 46, files: 250, total: 46 });
  });

  it('records requests and answers injected faults in order, then normally', async () => {
    fake.resetRequests();
    fake.fail({ status: 503, times: 2, path: '/repos/o/r/compare/' });
    const statuses: number[] = [];
    statuses.push((await fetch(`${fake.url}/repos/o/r`)).status);
    for (let i = 0; i < 3; i++) {
      statuses.push((await fetch(`${fake.url}/repos/o/r/compare/main...topic`)).status);
    }
    expect(statuses).toStrictEqual([200, 503, 503, 200]);
    expect(fake.requests.map((r) => r.faulted)).toStrictEqual([false, true, true, false]);
    expect(fake.pendingFaults()).toBe(0);
  });

  it('answers 404 for an unknown commit, another repository or an unknown route', async () => {
    for (const path of [
      '/repos/o/r/compare/main...ffffffffffffffffffffffffffffffffffffffff',
      '/repos/other/r/compare/main...topic',
      '/repos/o/r/nothing-here',
    ]) {
      const res = await fetch(`${fake.url}${path}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { message: string }).message).toStrictEqual('Not Found');
    }
  });
});

describe('github.ts: past runs and pull-request comments', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;
  const CURRENT = 900;
  const WORKFLOW = 77;

  const client = (retry: RetrySettings = {}): GitHubApi =>
    createGitHubApi({
      token: TOKEN,
      owner: 'acme',
      repo: 'models',
      baseUrl: fake.url,
      retry: { retryAfterBaseMs: 5, ...retry },
    });

  const minutes = (start: string, m: number): FakeJob => ({
    name: 'train',
    startedAt: start,
    completedAt: new Date(Date.parse(start) + m * 60_000).toISOString(),
  });

  /** Newest first: 810 … 801 in workflow 77, with train skipped in 809 and 806. */
  const history = (): FakeWorkflowRun[] => {
    const runs: FakeWorkflowRun[] = [
      { id: CURRENT, workflowId: WORKFLOW, status: 'in_progress', jobs: [{ name: 'gate' }] },
      // A failed run and a run of another workflow are not history.
      {
        id: 899,
        workflowId: WORKFLOW,
        conclusion: 'failure',
        jobs: [minutes('2026-11-25T09:00:00Z', 500)],
      },
      { id: 898, workflowId: 78, jobs: [minutes('2026-11-25T08:00:00Z', 400)] },
    ];
    for (let id = 810; id >= 801; id--) {
      const skipped = id === 809 || id === 806;
      runs.push({
        id,
        workflowId: WORKFLOW,
        jobs: [
          { name: 'gate', startedAt: '2026-11-20T10:00:00Z', completedAt: '2026-11-20T10:00:30Z' },
          skipped
            ? {
                name: 'train',
                conclusion: 'skipped',
                startedAt: '2026-11-20T10:01:00Z',
                completedAt: '2026-11-20T10:01:00Z',
              }
            : minutes('2026-11-20T10:01:00Z', 40 + (id - 800)),
        ],
      });
    }
    return runs;
  };

  const isTrainSample = (jobs: WorkflowJob[]): boolean => runDuration(jobs, 'train') !== undefined;

  beforeAll(async () => {
    repo = GitRepo.create();
    repo.commit({ 'a.txt': 'a\n' }, 'root');
    fake = await startFakeGitHub({
      repo,
      owner: 'acme',
      name: 'models',
      token: TOKEN,
      pulls: { 7: { base: 'main', head: 'main' }, 8: { base: 'main', head: 'main' } },
    });
  });

  afterAll(async () => {
    await fake.close();
    repo.remove();
  });

  beforeEach(() => {
    fake.clearFaults();
    fake.resetRequests();
    fake.setRuns(history());
  });

  describe('jobHistory', () => {
    it('reads the newest successful runs of the same workflow until enough samples, in few requests', async () => {
      const api = client();
      const answer = ofKind(
        await api.jobHistory({ runId: CURRENT, samples: 5, isSample: isTrainSample }),
        'answered',
      );
      // The budget, 5 + 2 requests, reads the jobs of five runs: 809 and 806 skipped the job.
      expect(answer.runs.map((r) => r.runId)).toStrictEqual([810, 809, 808, 807, 806]);
      expect(answer.requests).toBe(7);
      expect(api.requestCount()).toBe(7);
      expect(fake.requests.map((r) => r.path)).toStrictEqual([
        '/repos/acme/models/actions/runs/900',
        '/repos/acme/models/actions/workflows/77/runs',
        ...[810, 809, 808, 807, 806].map((id) => `/repos/acme/models/actions/runs/${id}/jobs`),
      ]);
      expect(fake.requests[1]?.query.status).toBe('success');
      expect(fake.requests[1]?.query.per_page).toBe('6');
      expect(measureHistory(answer, 'train', 5)).toStrictEqual({
        kind: 'measured',
        jobName: 'train',
        runs: 3,
        medianSeconds: 48 * 60,
        runsExamined: 5,
      });
    });

    it('gives all the samples asked for when the budget allows', async () => {
      const api = client();
      const answer = ofKind(
        await api.jobHistory({
          runId: CURRENT,
          samples: 5,
          maxRequests: 20,
          isSample: isTrainSample,
        }),
        'answered',
      );
      expect(answer.runs.map((r) => r.runId)).toStrictEqual([810, 809, 808, 807, 806, 805, 804]);
      expect(measureHistory(answer, 'train', 5)).toStrictEqual({
        kind: 'measured',
        jobName: 'train',
        runs: 5,
        medianSeconds: 47 * 60,
        runsExamined: 7,
      });
      // stops once five samples are found
      expect(api.requestCount()).toBe(9);
      expect(fake.requests[1]?.query.per_page).toBe('19');
    });

    it('never spends more than samples + 2 requests, even when the job never ran', async () => {
      fake.setRuns(
        history().map((run) => ({
          ...run,
          jobs: (run.jobs ?? []).map((job) => ({ ...job, conclusion: 'skipped' as const })),
        })),
      );
      const api = client();
      const answer = ofKind(
        await api.jobHistory({ runId: CURRENT, samples: 3, isSample: isTrainSample }),
        'answered',
      );
      expect(api.requestCount()).toBe(5);
      expect(answer.runs.length).toBe(3);
      expect(measureHistory(answer, 'train', 3)).toStrictEqual({
        kind: 'no-history',
        jobName: 'train',
        runsExamined: 3,
      });
    });

    it('leaves out the current run when it is listed among the successful ones', async () => {
      fake.setRuns(
        history().map((run) =>
          run.id === CURRENT
            ? {
                ...run,
                status: 'completed',
                conclusion: 'success',
                createdAt: '2027-01-01T00:00:00Z',
              }
            : run,
        ),
      );
      const answer = ofKind(
        await client().jobHistory({
          runId: CURRENT,
          samples: 2,
          isSample: isTrainSample,
        }),
        'answered',
      );
      expect(answer.runs.map((r) => r.runId)).toStrictEqual([810, 809]);
      expect(fake.requestsTo('/repos/acme/models/actions/runs/900/jobs').length).toBe(0);
    });

    it('a workflow without earlier runs is an empty answer', async () => {
      fake.setRuns([{ id: CURRENT, workflowId: WORKFLOW, status: 'in_progress' }]);
      const answer = await client().jobHistory({
        runId: CURRENT,
        samples: 10,
        isSample: isTrainSample,
      });
      expect(answer).toStrictEqual({ kind: 'answered', runs: [], requests: 2 });
    });

    it('a 403 is the answer "forbidden", naming actions: read, after one request', async () => {
      fake.forbid({ path: fake.repoPath('actions/') });
      const answer = ofKind(
        await client().jobHistory({
          runId: CURRENT,
          samples: 10,
          isSample: isTrainSample,
        }),
        'forbidden',
      );
      expect(answer.message).toMatch(/Resource not accessible by integration/);
      expect(answer.message).toMatch(/actions: read/);
      expect(fake.requests.length).toBe(1);
    });

    it('a 403 on the jobs of a run is also "forbidden"', async () => {
      fake.forbid({ path: /\/jobs$/ });
      expect(
        (
          await client().jobHistory({
            runId: CURRENT,
            samples: 10,
            isSample: isTrainSample,
          })
        ).kind,
      ).toBe('forbidden');
    });

    it('other failures are the answer "failed", not an exception', async () => {
      fake.fail({ ...serverError(502), path: fake.repoPath('actions/'), times: Infinity });
      const failed = ofKind(
        await client({ retries: 1 }).jobHistory({
          runId: CURRENT,
          samples: 10,
          isSample: isTrainSample,
        }),
        'failed',
      );
      expect(failed.message).toMatch(/502/);
      fake.clearFaults();
      const unknownRun = ofKind(
        await client().jobHistory({
          runId: 12345,
          samples: 10,
          isSample: isTrainSample,
        }),
        'failed',
      );
      expect(unknownRun.message).toMatch(/no workflow run 12345/);
    });

    it('maps jobs to their name, status, conclusion and times', async () => {
      const jobs = await client().runJobs(810);
      expect(jobs).toStrictEqual([
        {
          name: 'gate',
          status: 'completed',
          conclusion: 'success',
          startedAt: '2026-11-20T10:00:00Z',
          completedAt: '2026-11-20T10:00:30Z',
        },
        {
          name: 'train',
          status: 'completed',
          conclusion: 'success',
          startedAt: '2026-11-20T10:01:00Z',
          completedAt: '2026-11-20T10:51:00.000Z',
        },
      ]);
      expect(fake.requests[0]?.query.per_page).toBe('100');
    });
  });

  describe('comments', () => {
    const ours = (c: IssueComment): boolean => c.body.startsWith('<!-- ours -->');

    it('creates the comment once, then updates it in place', async () => {
      const api = client();
      const first = ofKind(await api.upsertComment(7, '<!-- ours -->\nfirst', ours), 'created');
      const second = ofKind(await api.upsertComment(7, '<!-- ours -->\nsecond', ours), 'updated');
      expect(second.comment.id).toBe(first.comment.id);
      expect((await api.upsertComment(7, '<!-- ours -->\nsecond', ours)).kind).toBe('unchanged');
      expect(fake.comments(7).map((c) => [c.body, c.user])).toStrictEqual([
        ['<!-- ours -->\nsecond', 'github-actions[bot]'],
      ]);
      expect(fake.requests.map((r) => r.method)).toStrictEqual([
        'GET',
        'POST',
        'GET',
        'PATCH',
        'GET',
      ]);
      expect(fake.requests.find((r) => r.method === 'PATCH')?.path).toBe(
        `/repos/acme/models/issues/comments/${first.comment.id}`,
      );
      expect(first.comment.htmlUrl).toMatch(/\/pull\/7#issuecomment-\d+$/);
    });

    it('finds its comment on a later page and leaves the others alone', async () => {
      for (let i = 0; i < 150; i++) fake.addComment(8, `review ${i}`, 'reviewer');
      fake.addComment(8, '<!-- ours -->\nold', 'github-actions[bot]');
      fake.resetRequests();
      expect((await client().upsertComment(8, '<!-- ours -->\nnew', ours)).kind).toBe('updated');
      const gets = fake.requests.filter((r) => r.method === 'GET');
      expect(gets.map((r) => [r.query.page, r.query.per_page])).toStrictEqual([
        ['1', '100'],
        ['2', '100'],
      ]);
      const all = fake.comments(8);
      expect(all.length).toBe(151);
      expect(all.filter((c) => c.body.startsWith('review ')).length).toBe(150);
      expect(all.at(-1)?.body).toBe('<!-- ours -->\nnew');
    });

    it('a 403 on writing is the answer "cannot-write", explaining forks and the permission', async () => {
      fake.forbid({ path: fake.repoPath('issues/'), method: 'POST' });
      fake.forbid({ path: fake.repoPath('issues/'), method: 'PATCH' });
      const result = ofKind(
        await client().upsertComment(7, '<!-- ours -->\nx', ours),
        'cannot-write',
      );
      expect(result.status).toBe(403);
      expect(result.message).toMatch(/pull-requests: write/);
      expect(result.message).toMatch(/fork/);
      // the comment made by the first test is there; its update is refused once, not retried
      expect(fake.requests.filter((r) => r.method === 'PATCH').length).toBe(1);
      expect(fake.comments(7).at(0)?.body).toBe('<!-- ours -->\nsecond');
      expect(
        (
          await client().upsertComment(7, '<!-- another gate -->\nx', (c) =>
            c.body.startsWith('<!-- another gate -->'),
          )
        ).kind,
      ).toBe('cannot-write');
      // not retried
      expect(fake.requests.filter((r) => r.method === 'POST').length).toBe(1);
    });

    it('never posts a comment twice: a failed POST is not retried', async () => {
      fake.fail({ ...serverError(502), method: 'POST', times: 1 });
      const before = fake.comments(7).length;
      await expectFailure(client({ retries: 3 }).createIssueComment(7, 'hello'));
      expect(fake.requests.filter((r) => r.method === 'POST').length).toBe(1);
      expect(fake.comments(7).length).toBe(before);
    });

    it('an update is sent as JSON with the new body', async () => {
      const created = await client().createIssueComment(7, 'one');
      const updated = await client().updateIssueComment(created.id, 'two');
      expect(updated.body).toBe('two');
      const patch = fake.requests.find((r) => r.method === 'PATCH');
      expect(JSON.parse(patch?.body ?? '{}')).toStrictEqual({ body: 'two' });
      expect(fake.comments(7).find((c) => c.id === created.id)?.body).toBe('two');
    });
  });

  async function expectFailure(promise: Promise<unknown>): Promise<GitHubApiError> {
    return failure(promise);
  }
});

describe('the fake GitHub: Actions and comments', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;

  beforeAll(async () => {
    repo = GitRepo.create();
    repo.commit({ 'a.txt': 'a\n' }, 'root');
    const runs: FakeWorkflowRun[] = [];
    for (let id = 1; id <= 45; id++) {
      runs.push({
        id,
        workflowId: id % 3 === 0 ? 2 : 1,
        conclusion: id % 5 === 0 ? 'failure' : 'success',
        jobs: Array.from({ length: id === 1 ? 35 : 1 }, (_, i) => ({ name: `job ${i}` })),
      });
    }
    fake = await startFakeGitHub({
      repo,
      owner: 'o',
      name: 'r',
      runs,
      pulls: { 3: { base: 'main', head: 'main' } },
    });
  });

  afterAll(async () => {
    await fake.close();
    repo.remove();
  });

  it("lists a workflow's runs newest first, filtered by conclusion, with GitHub's paging", async () => {
    const res = await fetch(
      `${fake.url}/repos/o/r/actions/workflows/1/runs?status=success&per_page=10`,
    );
    const body = (await res.json()) as {
      total_count: number;
      workflow_runs: { id: number; conclusion: string; workflow_id: number; status: string }[];
    };
    const expected = Array.from({ length: 45 }, (_, i) => 45 - i).filter(
      (id) => id % 3 !== 0 && id % 5 !== 0,
    );
    expect(body.total_count).toBe(expected.length);
    expect(body.workflow_runs.map((r) => r.id)).toStrictEqual(expected.slice(0, 10));
    expect(
      body.workflow_runs.every((r) => r.workflow_id === 1 && r.status === 'completed'),
    ).toBeTruthy();
    expect(res.headers.get('link') ?? '').toMatch(
      /actions\/workflows\/1\/runs\?status=success&per_page=10&page=2>; rel="next"/,
    );
    const failures = (await (
      await fetch(`${fake.url}/repos/o/r/actions/workflows/1/runs?status=failure`)
    ).json()) as { workflow_runs: { conclusion: string }[] };
    expect(failures.workflow_runs.length).toBeGreaterThan(0);
    expect(failures.workflow_runs.every((r) => r.conclusion === 'failure')).toBeTruthy();
  });

  it('answers a run and pages its jobs (30 by default)', async () => {
    const run = (await (await fetch(`${fake.url}/repos/o/r/actions/runs/3`)).json()) as {
      workflow_id: number;
    };
    expect(run.workflow_id).toBe(2);
    const jobs = await fetch(`${fake.url}/repos/o/r/actions/runs/1/jobs`);
    const body = (await jobs.json()) as { total_count: number; jobs: { name: string }[] };
    expect(body.total_count).toBe(35);
    expect(body.jobs.length).toBe(30);
    expect(jobs.headers.get('link') ?? '').toMatch(/rel="next"/);
    expect((await fetch(`${fake.url}/repos/o/r/actions/runs/999`)).status).toBe(404);
  });

  it('keeps comments, refuses an empty or too long body, and 404s an unknown issue', async () => {
    const post = (issue: number, body: unknown): Promise<Response> =>
      fetch(`${fake.url}/repos/o/r/issues/${issue}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const created = await post(3, { body: 'hi' });
    expect(created.status).toBe(201);
    const json = (await created.json()) as { id: number; user: { login: string; type: string } };
    expect(json.user.login).toStrictEqual('github-actions[bot]');
    expect(json.user.type).toBe('Bot');
    expect((await post(3, {})).status).toBe(422);
    expect((await post(3, { body: 'x'.repeat(COMMENT_MAX_CHARS + 1) })).status).toBe(422);
    expect((await post(4, { body: 'hi' })).status).toBe(404);
    const patched = await fetch(`${fake.url}/repos/o/r/issues/comments/${json.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'bye' }),
    });
    expect(patched.status).toBe(200);
    expect(fake.comments(3).map((c) => c.body)).toStrictEqual(['bye']);
  });
});
