/**
 * The source-selection strategy, against an in-memory API that applies
 * GitHub's list limits to a known change, so every answer can be checked
 * against the whole truth.
 */
import { describe, expect, test } from '@jest/globals';
import {
  collectChangeSet,
  collectTwoDotChangeSet,
  type ChangeApi,
  type ChangeGit,
} from '../../src/core/changeset.js';
import type { ChangedFile } from '../../src/core/types.js';

const HEAD = 'h'.repeat(40);

function makeFiles(n: number, last = 'src/training/train.py'): ChangedFile[] {
  const files: ChangedFile[] = [];
  for (let i = 0; i < n - 1; i++) files.push({ filename: `docs/page-${i}.md`, status: 'modified' });
  files.push({ filename: last, status: 'modified' });
  return files;
}

interface Calls {
  compare: number;
  pullFiles: number;
  commits: number;
  commitFiles: number;
  git: number;
}

/** An API that knows the whole change and lists it as GitHub would. */
function fakeApi(
  all: ChangedFile[],
  opts: {
    fail?: boolean;
    /** Where the pull request's head points now (default: HEAD, the run's head). */
    prHead?: string;
    commits?: { sha: string; parents: string[]; files: ChangedFile[] }[];
  } = {},
): { api: ChangeApi; calls: Calls } {
  const calls: Calls = { compare: 0, pullFiles: 0, commits: 0, commitFiles: 0, git: 0 };
  const api: ChangeApi = {
    async compare(base, head) {
      calls.compare++;
      if (opts.fail) throw new Error('HTTP 502');
      const merge = opts.commits?.find((c) => c.sha === head && c.parents.includes(base));
      const files = merge ? merge.files : all;
      return {
        files: files.slice(0, 300),
        truncated: files.length >= 300,
        baseSha: 'b'.repeat(40),
        headSha: HEAD,
      };
    },
    async pullRequestFiles() {
      calls.pullFiles += Math.max(1, Math.ceil(Math.min(all.length, 3000) / 100));
      if (opts.fail) throw new Error('HTTP 502');
      return { files: all.slice(0, 3000), complete: all.length < 3000, ended: true };
    },
    async pullRequestHead() {
      if (opts.fail) throw new Error('HTTP 502');
      return { headSha: opts.prHead ?? HEAD, changedFiles: all.length };
    },
    async commitsInRange() {
      calls.commits++;
      if (opts.fail) throw new Error('HTTP 502');
      return {
        commits: (opts.commits ?? []).map(({ sha, parents }) => ({ sha, parents })),
        complete: true,
      };
    },
    async commitFiles(sha) {
      calls.commitFiles++;
      const c = opts.commits?.find((x) => x.sha === sha);
      return { files: c?.files ?? [], complete: true };
    },
  };
  return { api, calls };
}

function fakeGit(all: ChangedFile[], calls: Calls, fail = false): ChangeGit {
  return {
    async changedFiles() {
      calls.git++;
      if (fail) throw new Error('the base commit is not in the checkout');
      return all;
    },
  };
}

const log = { info: () => {}, warning: () => {} };

describe('collectChangeSet', () => {
  test('under 300 files: one compare request, complete', async () => {
    const all = makeFiles(299);
    const { api, calls } = fakeApi(all);
    const cs = await collectChangeSet({ base: 'b', head: HEAD }, { api, log });
    expect(cs.complete).toBe(true);
    expect(cs.source).toBe('compare');
    expect(cs.files.length).toBe(299);
    expect(calls.compare).toBe(1);
  });

  test('a push whose compare returns 300 files is never called complete without another source', async () => {
    const all = makeFiles(400);
    const { api, calls } = fakeApi(all, { fail: false, commits: [] });
    // No checkout and no commits listed: nothing sees the whole change.
    const cs = await collectChangeSet(
      { base: 'b', head: HEAD },
      { api, log, maxCommitRequests: 0 },
    );
    expect(cs.complete).toBe(false);
    expect(cs.files.length).toBe(300);
    expect(cs.incompleteReason ?? '').toMatch(/300 files/);
    expect(calls.compare).toBe(1);
  });

  test('a 301-file pull request goes straight to the pull-request files API: 4 requests', async () => {
    const all = makeFiles(301);
    const { api, calls } = fakeApi(all);
    const cs = await collectChangeSet(
      { base: 'b', head: HEAD, pullRequest: { number: 5, changedFiles: 301, labels: [] } },
      { api, log },
    );
    expect(cs.complete).toBe(true);
    expect(cs.source).toBe('pull-files');
    expect(cs.files.at(-1)?.filename).toBe('src/training/train.py');
    expect(calls.compare).toBe(0);
    expect(calls.pullFiles).toBe(4);
  });

  test('a pull request pushed again since the event: its files list is not used', async () => {
    const all = makeFiles(301);
    const { api, calls } = fakeApi(all, { prHead: 'n'.repeat(40) });
    const cs = await collectChangeSet(
      { base: 'b', head: HEAD, pullRequest: { number: 5, changedFiles: 301, labels: [] } },
      { api, git: fakeGit(all, calls), log },
    );
    // the checkout lists the event head instead
    expect(cs.source).toBe('git');
    expect(cs.complete).toBe(true);
    const noCheckout = await collectChangeSet(
      { base: 'b', head: HEAD, pullRequest: { number: 5, changedFiles: 301, labels: [] } },
      { api, log, maxCommitRequests: 0 },
    );
    expect(noCheckout.complete).toBe(false);
    expect(noCheckout.incompleteReason ?? '').toMatch(/has moved on to nnnnnnn/);
  });

  test('a pull request of exactly 3,000 files is listed whole by its files API, as the count it reports says', async () => {
    const all = makeFiles(3000);
    const { api, calls } = fakeApi(all);
    const cs = await collectChangeSet(
      { base: 'b', head: HEAD, pullRequest: { number: 5, changedFiles: 3000, labels: [] } },
      { api, log, maxCommitRequests: 0 },
    );
    expect(cs.complete).toBe(true);
    expect(cs.source).toBe('pull-files');
    expect(cs.files.length).toBe(3000);
    expect(calls.pullFiles).toBe(30);
  });

  test('a 3,001-file pull request uses git in a checkout', async () => {
    const all = makeFiles(3001);
    const { api, calls } = fakeApi(all);
    const cs = await collectChangeSet(
      { base: 'b', head: HEAD, pullRequest: { number: 5, changedFiles: 3001, labels: [] } },
      { api, git: fakeGit(all, calls), log },
    );
    expect(cs.complete).toBe(true);
    expect(cs.source).toBe('git');
    expect(cs.files.length).toBe(3001);
    expect(calls.pullFiles).toBe(0);
  });

  test('a push over 300 files without a checkout reads each commit (a superset)', async () => {
    const all = makeFiles(400);
    const first = all.slice(0, 250);
    const second = all.slice(250);
    const { api, calls } = fakeApi(all, {
      commits: [
        { sha: 'c1', parents: ['p0'], files: first },
        { sha: 'c2', parents: ['c1'], files: [...second, first[0] as ChangedFile] },
      ],
    });
    const cs = await collectChangeSet({ base: 'b', head: HEAD }, { api, log });
    expect(cs.complete).toBe(true);
    expect(cs.source).toBe('commits');
    expect(cs.files.length).toBe(400);
    expect(cs.files.some((f) => f.filename === 'src/training/train.py')).toBeTruthy();
    expect(calls.commitFiles).toBe(2);
  });

  test('commit files that do not cover what compare listed are not trusted', async () => {
    const all = makeFiles(400);
    const { api } = fakeApi(all, {
      commits: [{ sha: 'c1', parents: ['p0'], files: all.slice(0, 100) }],
    });
    const cs = await collectChangeSet({ base: 'b', head: HEAD }, { api, log });
    expect(cs.complete).toBe(false);
    expect(cs.incompleteReason ?? '').toMatch(/miss 200 of the files/);
  });

  test('a merge commit is compared with each parent', async () => {
    const all = makeFiles(350);
    const resolved: ChangedFile = {
      filename: 'src/training/resolved-in-merge.py',
      status: 'modified',
    };
    const { api, calls } = fakeApi(all, {
      commits: [
        { sha: 'c1', parents: ['p0'], files: all },
        { sha: 'm', parents: ['c1', 'x'], files: [resolved] },
      ],
    });
    const cs = await collectChangeSet({ base: 'b', head: HEAD }, { api, log });
    expect(cs.complete).toBe(true);
    expect(cs.files.some((f) => f.filename === resolved.filename)).toBeTruthy();
    // against its first parent through the commits API, against the other through compare
    expect(calls.commitFiles).toBe(2);
    expect(calls.compare).toBe(2);
  });

  test('a merge-queue entry made on top of the base: its head commit lists the change exactly', async () => {
    const all = makeFiles(320, 'docs/last.md');
    const { api, calls } = fakeApi(all, {
      commits: [
        { sha: 'c1', parents: ['f0'], files: all.slice(0, 160) },
        { sha: 'c2', parents: ['c1'], files: all.slice(160) },
        // main moved on since the fork: the other parent's side is not the entry's change
        { sha: HEAD, parents: ['b'.repeat(40), 'c2'], files: all },
      ],
    });
    const cs = await collectChangeSet({ base: 'b', head: HEAD }, { api, log });
    expect(cs.complete).toBe(true);
    expect(cs.source).toBe('commits');
    expect(cs.files).toStrictEqual(all);
    expect(calls.commitFiles).toBe(1);
    expect(calls.compare).toBe(1);
  });

  test('too many commits for the request budget: incomplete, and says so', async () => {
    const all = makeFiles(400);
    const commits = Array.from({ length: 10 }, (_, i) => ({
      sha: `c${i}`,
      parents: [`c${i - 1}`],
      files: [],
    }));
    const { api } = fakeApi(all, { commits });
    const cs = await collectChangeSet(
      { base: 'b', head: HEAD },
      { api, log, maxCommitRequests: 5 },
    );
    expect(cs.complete).toBe(false);
    expect(cs.incompleteReason ?? '').toMatch(/10 requests, more than the budget of 5/);
  });

  test('an API that fails for good falls back to git in a checkout', async () => {
    const all = makeFiles(10);
    const { api, calls } = fakeApi(all, { fail: true });
    const cs = await collectChangeSet(
      { base: 'b', head: HEAD, pullRequest: { number: 1, changedFiles: 10, labels: [] } },
      { api, git: fakeGit(all, calls), log },
    );
    expect(cs.complete).toBe(true);
    expect(cs.source).toBe('git');
    // a failing API is not asked again
    expect(calls.pullFiles).toBe(0);
  });

  test('an API that fails with no checkout: incomplete, with every reason', async () => {
    const { api } = fakeApi(makeFiles(10), { fail: true });
    const cs = await collectChangeSet({ base: 'b', head: HEAD }, { api, log });
    expect(cs.complete).toBe(false);
    expect(cs.incompleteReason ?? '').toMatch(/compare API failed: HTTP 502/);
    expect(cs.incompleteReason ?? '').toMatch(/no git checkout/);
  });

  test('git failing too leaves the change incomplete, never complete', async () => {
    const all = makeFiles(3500);
    const calls: Calls = { compare: 0, pullFiles: 0, commits: 0, commitFiles: 0, git: 0 };
    const { api } = fakeApi(all, { commits: [] });
    const cs = await collectChangeSet(
      { base: 'b', head: HEAD, pullRequest: { number: 1, changedFiles: 3500, labels: [] } },
      { api, git: fakeGit(all, calls, true), log, maxCommitRequests: 0 },
    );
    expect(cs.complete).toBe(false);
    expect(cs.incompleteReason ?? '').toMatch(/git in the checkout failed/);
  });
});

describe('collectTwoDotChangeSet', () => {
  test('what the old head had and the new one lacks counts, seen from the new head', async () => {
    const OLD = 'o'.repeat(40);
    const NEW = 'n'.repeat(40);
    const byRange: Record<string, ChangedFile[]> = {
      [`${OLD}...${NEW}`]: [{ filename: 'docs/guide.md', status: 'added' }],
      [`${NEW}...${OLD}`]: [
        { filename: 'src/training/train.py', status: 'modified' },
        { filename: 'src/training/wip.py', status: 'added' },
      ],
    };
    const api: ChangeApi = {
      async compare(base, head) {
        const files = byRange[`${base}...${head}`] ?? [];
        return { files, truncated: false, baseSha: base, headSha: head };
      },
      async pullRequestFiles() {
        throw new Error('not used');
      },
      async pullRequestHead() {
        throw new Error('not used');
      },
      async commitsInRange() {
        throw new Error('not used');
      },
      async commitFiles() {
        throw new Error('not used');
      },
    };
    const cs = await collectTwoDotChangeSet({ base: OLD, head: NEW }, { api, log });
    expect(cs.complete).toBe(true);
    expect(cs.baseSha).toBe(OLD);
    expect(cs.headSha).toBe(NEW);
    expect(cs.files).toStrictEqual([
      { filename: 'src/training/train.py', status: 'modified' },
      // added by a dropped commit: gone from the new head
      { filename: 'src/training/wip.py', status: 'deleted' },
      { filename: 'docs/guide.md', status: 'added' },
    ]);
  });
});
