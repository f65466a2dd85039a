/**
 * End to end: change sets at the edges of what GitHub lists and of the filter
 * grammar — a pull request of exactly 3,000 files, renames under change-type
 * rules, a leading extglob negation, a merge-queue entry of a merge commit
 * over 300 files, a force push that drops work, a token that cannot see the
 * repository. The built action runs as a process against the loopback API,
 * which answers from a real repository, and `complete` must be true to fact.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { pullRequestEvent } from '../helpers/events.js';
import {
  notFound,
  startFakeGitHub,
  type FakeGitHub,
  type PullRequestSpec,
} from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'test-token-0123456789';
const FILTERS = "training:\n  - 'src/training/**'\ndata:\n  - 'data/training/**'\n";
const RUN_KILL_MS = 150_000;

let repo: GitRepo;
const sha: Record<string, string> = {};

/** `n` documentation files under `docs/<group>/`, none of them training. */
function docs(group: string, n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    files[`docs/${group}/p${String(i).padStart(4, '0')}.md`] = `${group} ${i}\n`;
  }
  return files;
}

/** A branch from `from` built by `build`; returns its head. */
function branch(name: string, from: string, build: () => void): string {
  repo.checkout(from);
  repo.checkout(name, true);
  build();
  return repo.head();
}

beforeAll(() => {
  repo = GitRepo.create('gate-e2e-edges-');
  sha.base = repo.commit(
    {
      'README.md': 'models\n',
      'src/training/train.py': 'v1\n',
      'data/training/part-0000.csv': 'x,y\n1,2\n',
    },
    'initial',
  );
  sha.pr3000 = branch('pr-3000', sha.base, () => {
    repo.commitMany(docs('wide', 3000), '3000 pages');
  });
  sha.frontend = branch('frontend', sha.base, () => {
    repo.commit({ 'web/app/page.tsx': 'x\n', 'web/app/theme.less': 'y\n' }, 'frontend only');
  });
  sha.backend = branch('backend', sha.base, () => {
    repo.commit({ 'web/app/page.tsx': 'x\n', 'src/training/train.py': 'v2\n' }, 'both');
  });
  sha.moveData = branch('move-data', sha.base, () => {
    repo.rename('data/training/part-0000.csv', 'data/training/2025/part-0000.csv');
  });
  // A merge-queue entry: a pull request of two commits and 320 documentation
  // files, merged by the queue on top of main, which has moved on (with a
  // training change) since the pull request forked.
  sha.queuePr = branch('queue-pr', sha.base, () => {
    repo.commitMany(docs('queue-a', 160), 'first half of the pages');
    repo.commitMany(docs('queue-b', 160), 'second half of the pages');
  });
  repo.checkout('main');
  sha.mainLater = repo.commit({ 'src/training/train.py': 'v3\n' }, 'training moves on');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #40', 'queue-pr');
  sha.queueEntry = repo.head();
  repo.git('branch', 'gh-readonly-queue/main/pr-40', sha.queueEntry);
  repo.git('reset', '-q', '--hard', sha.mainLater);
});

afterAll(() => repo?.remove());

interface GateSpec {
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  pulls?: Record<number, PullRequestSpec>;
  /** Changes the fake before the run (faults). */
  prepare?: (fake: FakeGitHub) => void;
  sha?: string;
  ref?: string;
}

async function gate(spec: GateSpec): Promise<ActionRun> {
  const fake = await startFakeGitHub({
    repo,
    token: TOKEN,
    ...(spec.pulls ? { pulls: spec.pulls } : {}),
  });
  spec.prepare?.(fake);
  try {
    return await runAction({
      apiUrl: fake.url,
      eventName: spec.eventName,
      payload: spec.payload,
      sha: spec.sha ?? '',
      ref: spec.ref ?? 'refs/heads/main',
      inputs: { filters: FILTERS, token: TOKEN, ...spec.inputs },
      timeoutMs: RUN_KILL_MS,
    });
  } finally {
    await fake.close();
  }
}

describe('GitHub list limits', () => {
  test.concurrent(
    'a pull request of exactly 3,000 files is seen whole through its files API: docs only, no training',
    async () => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pullRequestEvent({
          number: 30,
          base: sha.base ?? '',
          head: sha.pr3000 ?? '',
          changedFiles: 3000,
        }),
        pulls: { 30: { base: sha.base ?? '', head: 'pr-3000' } },
      });
      expect(run.code).toBe(0);
      expect(run.outputs['changed-count']).toBe('3000');
      expect(run.outputs['diff-source']).toBe('pull-files');
      expect(run.outputs.complete).toBe('true');
      expect(run.outputs['should-train']).toBe('false');
    },
  );
});

describe('change-type rules', () => {
  test.concurrent(
    "a data file moved within data/ is added at its new path for 'added|modified', as in dorny",
    async () => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pullRequestEvent({ number: 31, base: sha.base ?? '', head: sha.moveData ?? '' }),
        pulls: { 31: { base: sha.base ?? '', head: 'move-data' } },
        inputs: {
          filters: "data:\n  - 'added|modified': 'data/**'\nmoved:\n  - renamed: 'data/**'\n",
          'list-files': 'json',
        },
      });
      expect(run.code).toBe(0);
      expect(run.outputs.complete).toBe('true');
      expect(run.outputs.data).toBe('true');
      expect(run.outputs.data_files).toBe('["data/training/2025/part-0000.csv"]');
      expect(run.outputs.moved).toBe('true');
      expect(run.outputs['should-train']).toBe('true');
    },
  );
});

describe('extglobs', () => {
  test.concurrent.each([
    ['frontend', 'false'],
    ['backend', 'true'],
  ])(
    "'!(**/*.tsx|**/*.less)' is every file but those: a push of %s changes gives should-train=%s",
    async (name, expected) => {
      const run = await gate({
        eventName: 'push',
        payload: {
          ref: `refs/heads/${name}`,
          before: sha.base,
          after: sha[name],
          created: false,
          deleted: false,
          forced: false,
          repository: { full_name: 'acme/models', default_branch: 'main' },
        },
        inputs: { filters: "not-frontend:\n  - '!(**/*.tsx|**/*.less)'\n", 'list-files': 'json' },
      });
      expect(run.code).toBe(0);
      expect(run.outputs.complete).toBe('true');
      expect(run.outputs['changed-count']).toBe('2');
      expect(run.outputs['should-train']).toBe(expected);
      expect(run.outputs['not-frontend_files']).toBe(
        expected === 'true' ? '["src/training/train.py"]' : '[]',
      );
    },
  );
});

describe('a token that cannot see the repository', () => {
  /** GitHub answers 404 to every request about a repository the token has no access to. */
  const hidden = (fake: FakeGitHub): void =>
    fake.fail({ ...notFound(), path: fake.repoPath(''), times: Infinity });

  test.concurrent(
    'the compare API: the error names contents: read and the permissions line',
    async () => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pullRequestEvent({ number: 32, base: sha.base ?? '', head: sha.backend ?? '' }),
        inputs: { 'on-error': 'fail' },
        prepare: hidden,
      });
      expect(run.code).not.toBe(0);
      const said = run.errors.join('\n');
      expect(said).toMatch(/compare API failed/);
      expect(said).toContain(
        'it lacks contents: read: grant it in the job with "permissions: { contents: read, pull-requests: read }"',
      );
    },
  );

  test.concurrent(
    'the pull-request files API: the warning names pull-requests: read and the permissions line',
    async () => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pullRequestEvent({
          number: 30,
          base: sha.base ?? '',
          head: sha.pr3000 ?? '',
          changedFiles: 3000,
        }),
        prepare: hidden,
      });
      expect(run.code).toBe(0);
      expect(run.outputs.complete).toBe('false');
      expect(run.outputs['should-train']).toBe('true');
      expect(run.warnings.join('\n')).toContain(
        'it lacks pull-requests: read: grant it in the job with "permissions: { contents: read, pull-requests: read }"',
      );
    },
  );
});

describe('a merge-queue entry over 300 files, without a checkout', () => {
  test.concurrent(
    "a merge commit (the default merge method): its files against its first parent, the queue's base, exactly",
    async () => {
      const run = await gate({
        eventName: 'merge_group',
        ref: 'refs/heads/gh-readonly-queue/main/pr-40',
        sha: sha.queueEntry ?? '',
        payload: {
          action: 'checks_requested',
          merge_group: {
            base_sha: sha.mainLater,
            head_sha: sha.queueEntry,
            head_ref: 'refs/heads/gh-readonly-queue/main/pr-40',
          },
          repository: { default_branch: 'main', full_name: 'acme/models' },
        },
        inputs: { 'list-files': 'json' },
      });
      expect(run.code).toBe(0);
      expect(run.outputs['base-sha']).toBe(sha.mainLater);
      expect(run.outputs['head-sha']).toBe(sha.queueEntry);
      expect(run.outputs.complete).toBe('true');
      expect(run.outputs['diff-source']).toBe('commits');
      // as git itself counts base...head
      const truth = repo
        .git('diff', '--name-only', `${sha.mainLater}...${sha.queueEntry}`)
        .trim()
        .split('\n');
      expect(truth.length).toBe(320);
      expect(run.outputs['changed-count']).toBe('320');
      expect(run.outputs['should-train']).toBe('false');
    },
  );
});

describe('events the gate cannot place', () => {
  test.concurrent.each([
    ['train', 'true'],
    ['skip', 'false'],
  ])(
    'a release of a commit already on the default branch: never "no files changed"; on-error %s decides',
    async (onError, expected) => {
      const run = await gate({
        eventName: 'release',
        payload: {
          action: 'published',
          release: { tag_name: 'v1.0' },
          repository: { default_branch: 'main', full_name: 'acme/models' },
        },
        sha: sha.mainLater ?? '',
        ref: 'refs/tags/v1.0',
        inputs: { 'on-error': onError },
      });
      expect(run.code).toBe(0);
      expect(run.outputs.complete).toBe('false');
      expect(run.outputs['should-train']).toBe(expected);
      expect(run.outputs.reason).toMatch(
        /release event names no commits and runs on refs\/tags\/v1\.0/,
      );
      expect(run.outputs.reason).not.toMatch(/no files changed/);
    },
  );
});
