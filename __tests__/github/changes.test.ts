import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ofKind, rejectionOf } from '../helpers/expect.js';
import { GitHubApiError, type GitHubApi } from '../../src/github/index.js';
import type { ChangedFile } from '../../src/core/types.js';
import { resourceNotAccessible, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { buildModels, manyFiles, recorder, testClient, TOKEN } from '../helpers/github-client.js';
import { GitRepo } from '../helpers/git-repo.js';

function byName(files: ChangedFile[]): ChangedFile[] {
  return [...files].sort((a, b) => (a.filename < b.filename ? -1 : 1));
}

function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  return rejectionOf(promise, GitHubApiError);
}

describe('the change calls against a fake GitHub built on a real repository', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;
  let sha: Record<string, string> = {};
  const rec = recorder();
  const api = (): GitHubApi => testClient(fake, rec);

  beforeAll(async () => {
    repo = GitRepo.create();
    sha = buildModels(repo, true);
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
    rec.clearWaits();
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
      const err = await failure(client.compare(unknown, 'feature'));
      expect(err.status).toBe(404);
      expect(err.kind).toBe('not-found');
      expect(err.message).toMatch(new RegExp(unknown));
      expect(err.message).toMatch(/force-pushed/);
      expect(err.message).toMatch(/cannot see acme\/models .*it lacks contents: read/);
      expect(client.requestCount()).toBe(1);
      expect(rec.waits).toStrictEqual([]);
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
      expect(
        fake.requests.map((r) => [r.query.per_page, r.query.page]).sort((a, b) => (a < b ? -1 : 1)),
      ).toStrictEqual([
        ['100', '1'],
        ['100', '2'],
        ['100', '3'],
      ]);
    });

    it('stops at 3,000 of 3,001 files after 30 requests and says the list is not complete', async () => {
      const client = api();
      const result = await client.pullRequestFiles(3);
      expect(result.files.length).toBe(3000);
      expect(result.complete).toBe(false);
      expect(client.requestCount()).toBe(30);
      // The first page names the last one; the others are asked for together.
      expect(fake.requests[0]?.query.page).toBe('1');
      expect(fake.requests.map((r) => Number(r.query.page)).sort((a, b) => a - b)).toStrictEqual(
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
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
      const err = await failure(client.pullRequestFiles(1));
      expect(err.status).toBe(403);
      expect(err.kind).toBe('forbidden');
      expect(err.message).toMatch(/pull-requests: read/);
      expect(client.requestCount()).toBe(1);
      expect(rec.waits).toStrictEqual([]);
    });

    it('explains an unknown pull request', async () => {
      const err = ofKind(await failure(api().pullRequestFiles(999)), 'not-found');
      expect(err.message).toMatch(/#999/);
    });

    it("reads the pull request's head commit", async () => {
      expect((await api().pullRequestHead(1)).headSha).toBe(sha.feature);
      expect(fake.requests.map((r) => r.path)).toStrictEqual(['/repos/acme/models/pulls/1']);
    });
  });

  describe('commits and their files', () => {
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
  });
});
