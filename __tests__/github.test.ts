import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import {
  createGitHubApi,
  GitHubApiError,
  type ApiOptions,
  type GitHubApi,
  type IssueComment,
  type RetrySettings,
} from '../src/github.js';
import { measureHistory, runDuration } from '../src/history.js';
import type { ChangedFile, WorkflowJob } from '../src/types.js';
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
} from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';

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

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof GitHubApiError, `expected a GitHubApiError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected the call to fail');
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

  before(() => {
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

  before(async () => {
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

  after(async () => {
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

      assert.deepEqual(byName(result.files), [
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
      assert.deepEqual(result.files.map((f) => f.filename).sort(), gitNames);
      assert.equal(result.truncated, false);
      assert.equal(result.baseSha, sha.main);
      assert.equal(result.mergeBaseSha, sha.root);
      assert.equal(result.headSha, sha.feature, 'the head branch is resolved from the answer');
      assert.equal(result.status, 'diverged');
      assert.equal(result.aheadBy, 2);
      assert.equal(result.behindBy, 1);

      assert.equal(client.requestCount(), 1);
      assert.equal(fake.requests.length, 1);
      assert.equal(fake.requests[0]?.path, '/repos/acme/models/compare/main...feature');
    });

    it('keeps a head SHA as given and resolves a head behind the base through the merge base', async () => {
      const client = api();
      const bySha = await client.compare(sha.root ?? '', sha.featureRename ?? '');
      assert.equal(bySha.headSha, sha.featureRename);
      assert.deepEqual(bySha.files.map((f) => f.filename).sort(), [
        'data/training/labels.csv',
        'src/losses/loss.py',
        'src/training/model.py',
        'src/training/train.py',
      ]);

      const behind = await client.compare('main', 'v0');
      assert.equal(behind.status, 'behind');
      assert.equal(behind.headSha, sha.root);
      assert.deepEqual(behind.files, []);
      assert.equal(behind.truncated, false);
      assert.equal(client.requestCount(), 2);
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
      assert.equal(result.totalCommits, 260);
      assert.equal(result.headSha, tip);
      assert.equal(client.requestCount(), 2, 'one compare, and one request for the head');
    });

    it('accepts branch names with slashes', async () => {
      repo.git('branch', '-f', 'team/exp', 'feature');
      const result = await api().compare('release/1.0', 'team/exp');
      assert.equal(result.headSha, sha.feature);
      assert.equal(result.files.length, 4);
      assert.equal(result.baseSha, sha.root);
    });

    it('reports 301 changed files as 300 and truncated', async () => {
      const client = api();
      const result = await client.compare('main', 'wide301');
      assert.equal(result.files.length, 300);
      assert.equal(result.truncated, true);
      assert.equal(result.headSha, sha.wide301);
      assert.equal(client.requestCount(), 1);
    });

    it('does not call 250 files truncated', async () => {
      const result = await api().compare('main', 'wide250');
      assert.equal(result.files.length, 250);
      assert.equal(result.truncated, false);
    });

    it('explains a 404 for an unknown base SHA and does not retry it', async () => {
      const unknown = '0123456789abcdef0123456789abcdef01234567';
      const client = api();
      const err = await expectFailure(client.compare(unknown, 'feature'));
      assert.equal(err.status, 404);
      assert.equal(err.kind, 'not-found');
      assert.match(err.message, new RegExp(unknown));
      assert.match(err.message, /force-pushed/);
      assert.match(err.message, /private repository/);
      assert.equal(client.requestCount(), 1);
    });
  });

  describe('pull request files', () => {
    it('reads 250 files in 3 requests of 100 and calls them complete', async () => {
      const client = api();
      const result = await client.pullRequestFiles(2);
      assert.equal(result.complete, true);
      assert.equal(result.files.length, 250);
      assert.deepEqual(
        result.files.map((f) => f.filename),
        Object.keys(manyFiles('wide250', 250)),
      );
      assert.ok(result.files.every((f) => f.status === 'added'));
      assert.equal(client.requestCount(), 3);
      assert.deepEqual(
        fake.requests.map((r) => [r.query.per_page, r.query.page]),
        [
          ['100', '1'],
          ['100', '2'],
          ['100', '3'],
        ],
      );
    });

    it('stops at 3,000 of 3,001 files after 30 requests and says the list is not complete', async () => {
      const client = api();
      const started = performance.now();
      const result = await client.pullRequestFiles(3);
      assert.equal(result.files.length, 3000);
      assert.equal(result.complete, false);
      assert.equal(client.requestCount(), 30);
      assert.ok(performance.now() - started < 10_000);
    });

    it('keeps the previous name of a renamed file', async () => {
      const result = await api().pullRequestFiles(1);
      assert.equal(result.complete, true);
      assert.deepEqual(
        result.files.find((f) => f.status === 'renamed'),
        {
          filename: 'src/losses/loss.py',
          status: 'renamed',
          previousFilename: 'src/training/old_loss.py',
        },
      );
    });

    it('explains a 403 on pull-request files with the pull-requests permission', async () => {
      fake.fail({ ...resourceNotAccessible(), path: '/repos/acme/models/pulls/' });
      const client = api();
      const err = await expectFailure(client.pullRequestFiles(1));
      assert.equal(err.status, 403);
      assert.equal(err.kind, 'forbidden');
      assert.match(err.message, /pull-requests: read/);
      assert.equal(client.requestCount(), 1);
    });

    it('explains an unknown pull request', async () => {
      const err = await expectFailure(api().pullRequestFiles(999));
      assert.equal(err.kind, 'not-found');
      assert.match(err.message, /#999/);
    });
  });

  describe('commits and files', () => {
    it('lists the commits of a range oldest first, 100 a request', async () => {
      const client = api();
      const result = await client.commitsInRange('main', 'history');
      assert.equal(result.total, 120);
      assert.equal(result.commits.length, 120);
      assert.equal(result.complete, true);
      const expected = repo.git('rev-list', '--reverse', 'main..history').trim().split('\n');
      assert.deepEqual(
        result.commits.map((c) => c.sha),
        expected,
      );
      assert.equal(result.commits[0]?.parents[0], sha.main);
      assert.equal(result.commits.at(-1)?.sha, sha.history);
      assert.equal(client.requestCount(), 2);
    });

    it('reads the files of a 301-file commit over two pages', async () => {
      const client = api();
      const result = await client.commitFiles(sha.wide301 ?? '');
      assert.equal(result.sha, sha.wide301);
      assert.deepEqual(result.parents, [sha.main]);
      assert.equal(result.files.length, 301);
      assert.equal(result.complete, true);
      assert.equal(client.requestCount(), 2);
    });

    it('reads a file at a ref through the contents API', async () => {
      const client = api();
      assert.equal(
        await client.fileText('src/training/model.py', 'feature'),
        'model = "ünïcode"\n',
      );
      assert.equal(await client.fileText('docs/guide.md', sha.root ?? ''), 'guide\n');
      const missing = await expectFailure(client.fileText('config/filters.yaml', 'main'));
      assert.equal(missing.kind, 'not-found');
      assert.match(missing.message, /config\/filters\.yaml/);
      assert.match(missing.message, /main/);
      const folder = await expectFailure(client.fileText('src/training', 'main'));
      assert.match(folder.message, /folder/);
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
        assert.equal(await client.defaultBranch(), 'develop');
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
      assert.equal(result.files.length, 4);
      assert.equal(client.requestCount(), 3);
      assert.deepEqual(
        fake.requests.map((r) => r.status),
        [502, 502, 200],
      );
    });

    it('waits out a secondary rate limit with retry-after 1, then succeeds', async () => {
      fake.fail(secondaryRateLimit(1));
      const client = api();
      const started = performance.now();
      const result = await client.compare('main', 'feature');
      const waited = performance.now() - started;
      assert.equal(result.files.length, 4);
      assert.equal(client.requestCount(), 2);
      assert.ok(waited >= 950, `waited only ${waited} ms`);
      assert.ok(waited < 5000, `waited ${waited} ms`);
      assert.ok(logLines.some((l) => /secondary rate limit/.test(l) && /retrying in 1 s/.test(l)));
    });

    it('honours retry-after on a 429 that exhausted the rate limit, then succeeds', async () => {
      fake.fail(primaryRateLimit({ resetInSeconds: 3600, retryAfterSeconds: 1, status: 429 }));
      const client = api();
      const started = performance.now();
      const result = await client.pullRequestFiles(1);
      const waited = performance.now() - started;
      assert.equal(result.complete, true);
      assert.equal(client.requestCount(), 2);
      assert.ok(waited >= 950, `waited only ${waited} ms`);
      assert.ok(waited < 5000, `waited ${waited} ms`);
    });

    it('gives up at once when the rate limit resets later than it may wait', async () => {
      fake.fail(primaryRateLimit({ resetInSeconds: 3600 }));
      const client = api();
      const started = performance.now();
      const err = await expectFailure(client.compare('main', 'feature'));
      assert.ok(performance.now() - started < 2000);
      assert.equal(err.kind, 'rate-limited');
      assert.equal(err.status, 403);
      assert.match(err.message, /resets at \d\d:\d\d:\d\d UTC/);
      assert.match(err.message, /20 s this action waits/);
      assert.equal(client.requestCount(), 1);
    });

    it('explains a 401 without retrying', async () => {
      const client = api({}, { token: 'ghs_expired_token_value' });
      const err = await expectFailure(client.compare('main', 'feature'));
      assert.equal(err.status, 401);
      assert.equal(err.kind, 'unauthorized');
      assert.match(err.message, /invalid or has expired/);
      assert.equal(client.requestCount(), 1);
      assert.ok(!err.message.includes('ghs_expired_token_value'));

      fake.fail(badCredentials());
      const again = await expectFailure(api().defaultBranch());
      assert.equal(again.kind, 'unauthorized');
    });

    it('explains a 403 with the contents permission', async () => {
      fake.fail(resourceNotAccessible());
      const client = api();
      const err = await expectFailure(client.compare('main', 'feature'));
      assert.equal(err.status, 403);
      assert.equal(err.kind, 'forbidden');
      assert.match(err.message, /contents: read/);
      assert.match(err.message, /Resource not accessible by integration/);
      assert.equal(client.requestCount(), 1);
    });

    it('ends an always-failing API in bounded time with the last status', async () => {
      fake.fail({ ...serverError(500), times: Infinity });
      const client = api({ retries: 2, retryAfterBaseMs: 10 });
      const started = performance.now();
      const err = await expectFailure(client.compare('main', 'feature'));
      assert.ok(performance.now() - started < 2000);
      assert.equal(err.kind, 'server-error');
      assert.equal(err.status, 500);
      assert.match(err.message, /3 attempts/);
      assert.equal(client.requestCount(), 3);
    });

    it('times out each attempt of a hanging API and gives up', async () => {
      fake.hang({ path: '/repos/acme/models/compare/' });
      const client = api({ retries: 1, requestTimeoutMs: 200 });
      const started = performance.now();
      const err = await expectFailure(client.compare('main', 'feature'));
      const took = performance.now() - started;
      assert.ok(took >= 350 && took < 3000, `took ${took} ms`);
      assert.equal(err.kind, 'timeout');
      assert.equal(err.status, 0);
      assert.match(err.message, /did not answer/);
      assert.equal(client.requestCount(), 2);
    });

    it('stops a call at its deadline even when each request may take longer', async () => {
      fake.hang();
      const client = api({ requestTimeoutMs: 30_000, callTimeoutMs: 400 });
      const started = performance.now();
      const err = await expectFailure(client.pullRequestFiles(1));
      const took = performance.now() - started;
      assert.ok(took >= 350 && took < 2000, `took ${took} ms`);
      assert.equal(err.kind, 'timeout');
      assert.match(err.message, /within 0\.4 s/);
    });

    it('never puts the token in an error, even when GitHub echoes it', async () => {
      fake.fail({
        status: 422,
        body: { message: `token ${TOKEN} is not valid for this call` },
      });
      const err = await expectFailure(api().compare('main', 'feature'));
      assert.ok(!err.message.includes(TOKEN));
      assert.match(err.message, /token \*\*\* is not valid/);
    });

    it('sent the token only as the Authorization header, and never logged or reported it', async () => {
      await api().compare('main', 'feature');
      assert.ok(fake.requests.length > 0);
      for (const request of fake.requests) {
        assert.equal(request.headers.authorization, `token ${TOKEN}`);
        assert.ok(!request.url.includes(TOKEN));
        const others = Object.entries(request.headers).filter(([name]) => name !== 'authorization');
        assert.ok(!JSON.stringify(others).includes(TOKEN));
      }
      assert.ok(errors.length >= 8, 'the failure tests above ran');
      for (const err of errors) assert.ok(!err.message.includes(TOKEN), err.message);
      for (const line of logLines) assert.ok(!line.includes(TOKEN), line);
    });
  });
});

describe('the fake GitHub', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;

  before(async () => {
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

  after(async () => {
    await fake.close();
    repo.remove();
  });

  it('formats Link headers as GitHub does', async () => {
    const first = await fetch(`${fake.url}/repos/o/r/pulls/5/files?per_page=100`);
    assert.equal(
      first.headers.get('link'),
      `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=2>; rel="next", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=3>; rel="last"`,
    );
    const body: unknown = await first.json();
    assert.ok(Array.isArray(body) && body.length === 100);

    const middle = await fetch(
      `${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=2`,
    );
    assert.equal(
      middle.headers.get('link'),
      `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=1>; rel="prev", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=3>; rel="next", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=3>; rel="last", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=1>; rel="first"`,
    );
    const last = await fetch(`${fake.url}/repos/o/r/pulls/5/files?per_page=100&page=3`);
    const lastBody: unknown = await last.json();
    assert.ok(Array.isArray(lastBody) && lastBody.length === 50);
    assert.doesNotMatch(last.headers.get('link') ?? '', /rel="next"/);
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
      assert.ok(typeof v === 'object' && v !== null && 'commits' in v && Array.isArray(v.commits));
      return {
        commits: v.commits.length,
        files: 'files' in v && Array.isArray(v.files) ? v.files.length : undefined,
        total: 'total_commits' in v ? v.total_commits : undefined,
      };
    };
    assert.deepEqual(shape(page1), { commits: 30, files: 250, total: 46 });
    assert.deepEqual(shape(page2), { commits: 16, files: undefined, total: 46 });
    assert.deepEqual(shape(unpaged), { commits: 46, files: 250, total: 46 });
  });

  it('records requests and answers injected faults in order, then normally', async () => {
    fake.resetRequests();
    fake.fail({ status: 503, times: 2, path: '/repos/o/r/compare/' });
    const statuses: number[] = [];
    statuses.push((await fetch(`${fake.url}/repos/o/r`)).status);
    for (let i = 0; i < 3; i++) {
      statuses.push((await fetch(`${fake.url}/repos/o/r/compare/main...topic`)).status);
    }
    assert.deepEqual(statuses, [200, 503, 503, 200]);
    assert.deepEqual(
      fake.requests.map((r) => r.faulted),
      [false, true, true, false],
    );
    assert.equal(fake.pendingFaults(), 0);
  });

  it('answers 404 for an unknown commit, another repository or an unknown route', async () => {
    for (const path of [
      '/repos/o/r/compare/main...ffffffffffffffffffffffffffffffffffffffff',
      '/repos/other/r/compare/main...topic',
      '/repos/o/r/nothing-here',
    ]) {
      const res = await fetch(`${fake.url}${path}`);
      assert.equal(res.status, 404, path);
      assert.deepEqual(((await res.json()) as { message: string }).message, 'Not Found');
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

  before(async () => {
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

  after(async () => {
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
      const answer = await api.jobHistory({ runId: CURRENT, samples: 5, isSample: isTrainSample });
      assert.equal(answer.kind, 'answered');
      assert.ok(answer.kind === 'answered');
      // The budget, 5 + 2 requests, reads the jobs of five runs: 809 and 806 skipped the job.
      assert.deepEqual(
        answer.runs.map((r) => r.runId),
        [810, 809, 808, 807, 806],
      );
      assert.equal(answer.requests, 7);
      assert.equal(api.requestCount(), 7);
      assert.deepEqual(
        fake.requests.map((r) => r.path),
        [
          '/repos/acme/models/actions/runs/900',
          '/repos/acme/models/actions/workflows/77/runs',
          ...[810, 809, 808, 807, 806].map((id) => `/repos/acme/models/actions/runs/${id}/jobs`),
        ],
      );
      assert.equal(fake.requests[1]?.query.status, 'success');
      assert.equal(fake.requests[1]?.query.per_page, '6');
      assert.deepEqual(measureHistory(answer, 'train', 5), {
        kind: 'measured',
        jobName: 'train',
        runs: 3,
        medianSeconds: 48 * 60,
        runsExamined: 5,
      });
    });

    it('gives all the samples asked for when the budget allows', async () => {
      const api = client();
      const answer = await api.jobHistory({
        runId: CURRENT,
        samples: 5,
        maxRequests: 20,
        isSample: isTrainSample,
      });
      assert.ok(answer.kind === 'answered');
      assert.deepEqual(
        answer.runs.map((r) => r.runId),
        [810, 809, 808, 807, 806, 805, 804],
      );
      assert.deepEqual(measureHistory(answer, 'train', 5), {
        kind: 'measured',
        jobName: 'train',
        runs: 5,
        medianSeconds: 47 * 60,
        runsExamined: 7,
      });
      assert.equal(api.requestCount(), 9, 'stops once five samples are found');
      assert.equal(fake.requests[1]?.query.per_page, '19');
    });

    it('never spends more than samples + 2 requests, even when the job never ran', async () => {
      fake.setRuns(
        history().map((run) => ({
          ...run,
          jobs: (run.jobs ?? []).map((job) => ({ ...job, conclusion: 'skipped' as const })),
        })),
      );
      const api = client();
      const answer = await api.jobHistory({ runId: CURRENT, samples: 3, isSample: isTrainSample });
      assert.ok(answer.kind === 'answered');
      assert.equal(api.requestCount(), 5);
      assert.equal(answer.runs.length, 3);
      assert.deepEqual(measureHistory(answer, 'train', 3), {
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
      const answer = await client().jobHistory({
        runId: CURRENT,
        samples: 2,
        isSample: isTrainSample,
      });
      assert.ok(answer.kind === 'answered');
      assert.deepEqual(
        answer.runs.map((r) => r.runId),
        [810, 809],
      );
      assert.equal(fake.requestsTo('/repos/acme/models/actions/runs/900/jobs').length, 0);
    });

    it('a workflow without earlier runs is an empty answer', async () => {
      fake.setRuns([{ id: CURRENT, workflowId: WORKFLOW, status: 'in_progress' }]);
      const answer = await client().jobHistory({
        runId: CURRENT,
        samples: 10,
        isSample: isTrainSample,
      });
      assert.deepEqual(answer, { kind: 'answered', runs: [], requests: 2 });
    });

    it('a 403 is the answer "forbidden", naming actions: read, after one request', async () => {
      fake.forbid({ path: fake.repoPath('actions/') });
      const answer = await client().jobHistory({
        runId: CURRENT,
        samples: 10,
        isSample: isTrainSample,
      });
      assert.equal(answer.kind, 'forbidden');
      assert.ok(answer.kind === 'forbidden');
      assert.match(answer.message, /Resource not accessible by integration/);
      assert.match(answer.message, /actions: read/);
      assert.equal(fake.requests.length, 1);
    });

    it('a 403 on the jobs of a run is also "forbidden"', async () => {
      fake.forbid({ path: /\/jobs$/ });
      const answer = await client().jobHistory({
        runId: CURRENT,
        samples: 10,
        isSample: isTrainSample,
      });
      assert.equal(answer.kind, 'forbidden');
    });

    it('other failures are the answer "failed", not an exception', async () => {
      fake.fail({ ...serverError(502), path: fake.repoPath('actions/'), times: Infinity });
      const failed = await client({ retries: 1 }).jobHistory({
        runId: CURRENT,
        samples: 10,
        isSample: isTrainSample,
      });
      assert.equal(failed.kind, 'failed');
      assert.ok(failed.kind === 'failed');
      assert.match(failed.message, /502/);
      fake.clearFaults();
      const unknownRun = await client().jobHistory({
        runId: 12345,
        samples: 10,
        isSample: isTrainSample,
      });
      assert.ok(unknownRun.kind === 'failed');
      assert.match(unknownRun.message, /no workflow run 12345/);
    });

    it('maps jobs to their name, status, conclusion and times', async () => {
      const jobs = await client().runJobs(810);
      assert.deepEqual(jobs, [
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
      assert.equal(fake.requests[0]?.query.per_page, '100');
    });
  });

  describe('comments', () => {
    const ours = (c: IssueComment): boolean => c.body.startsWith('<!-- ours -->');

    it('creates the comment once, then updates it in place', async () => {
      const api = client();
      const first = await api.upsertComment(7, '<!-- ours -->\nfirst', ours);
      assert.equal(first.kind, 'created');
      assert.ok(first.kind === 'created');
      const second = await api.upsertComment(7, '<!-- ours -->\nsecond', ours);
      assert.ok(second.kind === 'updated');
      assert.equal(second.comment.id, first.comment.id);
      const third = await api.upsertComment(7, '<!-- ours -->\nsecond', ours);
      assert.equal(third.kind, 'unchanged');
      assert.deepEqual(
        fake.comments(7).map((c) => [c.body, c.user]),
        [['<!-- ours -->\nsecond', 'github-actions[bot]']],
      );
      assert.deepEqual(
        fake.requests.map((r) => r.method),
        ['GET', 'POST', 'GET', 'PATCH', 'GET'],
      );
      assert.equal(
        fake.requests.find((r) => r.method === 'PATCH')?.path,
        `/repos/acme/models/issues/comments/${first.comment.id}`,
      );
      assert.match(first.comment.htmlUrl, /\/pull\/7#issuecomment-\d+$/);
    });

    it('finds its comment on a later page and leaves the others alone', async () => {
      for (let i = 0; i < 150; i++) fake.addComment(8, `review ${i}`, 'reviewer');
      fake.addComment(8, '<!-- ours -->\nold', 'github-actions[bot]');
      fake.resetRequests();
      const result = await client().upsertComment(8, '<!-- ours -->\nnew', ours);
      assert.equal(result.kind, 'updated');
      const gets = fake.requests.filter((r) => r.method === 'GET');
      assert.deepEqual(
        gets.map((r) => [r.query.page, r.query.per_page]),
        [
          ['1', '100'],
          ['2', '100'],
        ],
      );
      const all = fake.comments(8);
      assert.equal(all.length, 151);
      assert.equal(all.filter((c) => c.body.startsWith('review ')).length, 150);
      assert.equal(all.at(-1)?.body, '<!-- ours -->\nnew');
    });

    it('a 403 on writing is the answer "cannot-write", explaining forks and the permission', async () => {
      fake.forbid({ path: fake.repoPath('issues/'), method: 'POST' });
      fake.forbid({ path: fake.repoPath('issues/'), method: 'PATCH' });
      const result = await client().upsertComment(7, '<!-- ours -->\nx', ours);
      assert.equal(result.kind, 'cannot-write');
      assert.ok(result.kind === 'cannot-write');
      assert.equal(result.status, 403);
      assert.match(result.message, /pull-requests: write/);
      assert.match(result.message, /fork/);
      assert.equal(
        fake.requests.filter((r) => r.method === 'PATCH').length,
        1,
        'the comment made by the first test is there; its update is refused once, not retried',
      );
      assert.equal(fake.comments(7).at(0)?.body, '<!-- ours -->\nsecond');
      const fresh = await client().upsertComment(7, '<!-- another gate -->\nx', (c) =>
        c.body.startsWith('<!-- another gate -->'),
      );
      assert.equal(fresh.kind, 'cannot-write');
      assert.equal(fake.requests.filter((r) => r.method === 'POST').length, 1, 'not retried');
    });

    it('never posts a comment twice: a failed POST is not retried', async () => {
      fake.fail({ ...serverError(502), method: 'POST', times: 1 });
      const before = fake.comments(7).length;
      await expectFailure(client({ retries: 3 }).createIssueComment(7, 'hello'));
      assert.equal(fake.requests.filter((r) => r.method === 'POST').length, 1);
      assert.equal(fake.comments(7).length, before);
    });

    it('an update is sent as JSON with the new body', async () => {
      const created = await client().createIssueComment(7, 'one');
      const updated = await client().updateIssueComment(created.id, 'two');
      assert.equal(updated.body, 'two');
      const patch = fake.requests.find((r) => r.method === 'PATCH');
      assert.deepEqual(JSON.parse(patch?.body ?? '{}'), { body: 'two' });
      assert.equal(fake.comments(7).find((c) => c.id === created.id)?.body, 'two');
    });
  });

  async function expectFailure(promise: Promise<unknown>): Promise<GitHubApiError> {
    return failure(promise);
  }
});

describe('the fake GitHub: Actions and comments', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;

  before(async () => {
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

  after(async () => {
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
    assert.equal(body.total_count, expected.length);
    assert.deepEqual(
      body.workflow_runs.map((r) => r.id),
      expected.slice(0, 10),
    );
    assert.ok(body.workflow_runs.every((r) => r.workflow_id === 1 && r.status === 'completed'));
    assert.match(
      res.headers.get('link') ?? '',
      /actions\/workflows\/1\/runs\?status=success&per_page=10&page=2>; rel="next"/,
    );
    const failures = (await (
      await fetch(`${fake.url}/repos/o/r/actions/workflows/1/runs?status=failure`)
    ).json()) as { workflow_runs: { conclusion: string }[] };
    assert.ok(failures.workflow_runs.length > 0);
    assert.ok(failures.workflow_runs.every((r) => r.conclusion === 'failure'));
  });

  it('answers a run and pages its jobs (30 by default)', async () => {
    const run = (await (await fetch(`${fake.url}/repos/o/r/actions/runs/3`)).json()) as {
      workflow_id: number;
    };
    assert.equal(run.workflow_id, 2);
    const jobs = await fetch(`${fake.url}/repos/o/r/actions/runs/1/jobs`);
    const body = (await jobs.json()) as { total_count: number; jobs: { name: string }[] };
    assert.equal(body.total_count, 35);
    assert.equal(body.jobs.length, 30);
    assert.match(jobs.headers.get('link') ?? '', /rel="next"/);
    assert.equal((await fetch(`${fake.url}/repos/o/r/actions/runs/999`)).status, 404);
  });

  it('keeps comments, refuses an empty or too long body, and 404s an unknown issue', async () => {
    const post = (issue: number, body: unknown): Promise<Response> =>
      fetch(`${fake.url}/repos/o/r/issues/${issue}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const created = await post(3, { body: 'hi' });
    assert.equal(created.status, 201);
    const json = (await created.json()) as { id: number; user: { login: string; type: string } };
    assert.deepEqual(json.user.login, 'github-actions[bot]');
    assert.equal(json.user.type, 'Bot');
    assert.equal((await post(3, {})).status, 422);
    assert.equal((await post(3, { body: 'x'.repeat(COMMENT_MAX_CHARS + 1) })).status, 422);
    assert.equal((await post(4, { body: 'hi' })).status, 404);
    const patched = await fetch(`${fake.url}/repos/o/r/issues/comments/${json.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'bye' }),
    });
    assert.equal(patched.status, 200);
    assert.deepEqual(
      fake.comments(3).map((c) => c.body),
      ['bye'],
    );
  });
});
