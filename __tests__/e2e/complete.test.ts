/**
 * End to end: the built action runs as a process against a loopback GitHub
 * API that answers from a real repository, with and without a checkout.
 *
 * What is proved: a change set is called complete only when every changed
 * file was seen, whatever the size of the change and whichever source had to
 * list it; when it cannot be seen whole, `on-error` decides and says so; and
 * failing APIs are retried as the retry policy decides, given up on, or
 * replaced by git (the waits are shortened: see run-action.ts). The last test sweeps every run made here for the one result the gate
 * must never give: `should-train=false` for a change that touched training
 * files, without `complete=false` and `on-error: skip`.
 */
import { afterAll, beforeAll, describe, expect, it, test } from '@jest/globals';
import { defined } from '../helpers/expect.js';
import { makeCheckout, type Checkout } from '../helpers/checkout.js';
import { scoped, type Scope } from '../helpers/scope.js';
import {
  secondaryRateLimit,
  serverError,
  startFakeGitHub,
  type FakeGitHub,
  type PullRequestSpec,
  type RecordedRequest,
} from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { pullRequestEvent } from '../helpers/events.js';
import { retriesLogged, runAction, type ActionRun } from '../helpers/run-action.js';

const FILTERS = `training:
  - 'src/training/**'
data:
  - 'data/training/**'
`;
/** What FILTERS matches, for checking the gate against git's own answer. */
const TRAINING_PATH = /^(?:src\/training\/|data\/training\/)/;
const TRAIN_FILE = 'src/training/train.py';
const DATA_FILE = 'data/training/labels.csv';
/** Kills a run that hangs, so that the test fails instead. */
const RUN_KILL_MS = 150_000;

type OnError = 'train' | 'skip' | 'fail';

// ---------------------------------------------------------------------------
// The repository: one history, a branch per scenario, all from the same fork point.

interface Shas {
  /** The commit every scenario branch starts from. */
  fork: string;
  /** main after it moved on from the fork point: the base of every pull request. */
  main: string;
  pr301: string;
  pr3001: string;
  pr3001Split: string;
  push400: string;
  push300Commits: string;
  smallTrain: string;
  smallDocs: string;
  /** A pull request head (training changed) that its branch no longer points at. */
  raceOld: string;
  /** What the branch was force-pushed to: as many files, none of them training. */
  raceNew: string;
  /** main merged with pr-3001, as GitHub makes refs/pull/N/merge. */
  pr3001Merge: string;
}

/** Files `a-docs/<group>/f0000.md` …: they sort before every training path. */
function docs(group: string, from: number, to: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = from; i < to; i++) {
    files[`a-docs/${group}/f${String(i).padStart(4, '0')}.md`] = `${group} page ${i}\n`;
  }
  return files;
}

function buildRepository(repo: GitRepo): Shas {
  repo.commit(
    { 'README.md': 'models\n', [TRAIN_FILE]: 'print("v0")\n', 'a-docs/index.md': 'docs\n' },
    'initial',
  );
  for (let i = 1; i <= 3; i++) repo.commit({ 'README.md': `models ${i}\n` }, `history ${i}`);
  const fork = repo.head();

  const branch = (name: string, build: () => void): string => {
    repo.checkout(fork);
    repo.checkout(name, true);
    build();
    return repo.head();
  };

  const pr301 = branch('pr-301', () => {
    repo.commitMany({ ...docs('pr301', 0, 300), [TRAIN_FILE]: 'print("301")\n' }, '301 files');
  });
  const pr3001 = branch('pr-3001', () => {
    repo.commitMany({ ...docs('wide', 0, 3000), [TRAIN_FILE]: 'print("3001")\n' }, '3001 files');
  });
  const pr3001Split = branch('pr-3001-split', () => {
    repo.commitMany(docs('split', 0, 1500), 'first half');
    repo.commitMany({ ...docs('split', 1500, 3000), [TRAIN_FILE]: 'print("split")\n' }, 'rest');
  });
  const push400 = branch('push-400', () => {
    repo.commitMany({ ...docs('push400', 0, 399), [TRAIN_FILE]: 'print("400")\n' }, '400 files');
  });
  const push300Commits = branch('push-300-commits', () => {
    // 300 commits of one file each, the first with 21 more: 321 files in all.
    repo.commitMany(docs('series', 0, 22), 'commit 0');
    for (let i = 1; i < 300; i++) {
      const edit = i === 150 ? { [DATA_FILE]: 'label\n' } : docs('series', 21 + i, 22 + i);
      repo.commit(edit, `commit ${i}`);
    }
  });
  const smallTrain = branch('small-train', () => {
    repo.commit({ 'a-docs/small/train-notes.md': 'notes\n', [TRAIN_FILE]: 'print("small")\n' });
  });
  const smallDocs = branch('small-docs', () => {
    repo.commit({ 'a-docs/small/one.md': 'one\n', 'a-docs/small/two.md': 'two\n' });
  });

  const raceOld = branch('pr-race', () => {
    repo.commitMany({ ...docs('race', 0, 300), [TRAIN_FILE]: 'print("race")\n' }, 'race, v1');
  });
  repo.checkout(fork);
  repo.commitMany(docs('race', 0, 301), 'race, v2');
  const raceNew = repo.head();
  repo.git('branch', '-f', 'pr-race', raceNew);

  repo.checkout('main');
  repo.commit({ 'README.md': 'models, moved on\n' }, 'main moves on');
  const main = repo.commit({ 'a-docs/index.md': 'docs, moved on\n' }, 'main moves on again');
  repo.checkout(main);
  repo.git('merge', '-q', '--no-ff', '--no-edit', pr3001);
  const pr3001Merge = repo.head();
  repo.git('update-ref', `refs/pull/${PR}/merge`, pr3001Merge);
  repo.checkout('main');
  return {
    fork,
    main,
    pr301,
    pr3001,
    pr3001Split,
    push400,
    push300Commits,
    smallTrain,
    smallDocs,
    raceOld,
    raceNew,
    pr3001Merge,
  };
}

// ---------------------------------------------------------------------------
// Events

const PR = 7;

function pullRequestPayload(head: string, headRef: string, changedFiles?: number): unknown {
  return pullRequestEvent({
    number: PR,
    base: shas.main,
    head,
    headRef,
    ...(changedFiles === undefined ? {} : { changedFiles }),
  });
}

function pushEvent(before: string, after: string, ref: string, forced = false): unknown {
  return {
    ref: `refs/heads/${ref}`,
    before,
    after,
    created: false,
    deleted: false,
    forced,
    repository: { full_name: 'acme/models', default_branch: 'main' },
  };
}

// ---------------------------------------------------------------------------
// Running the gate, and what every run is checked against in the sweep

interface Truth {
  /** The files git itself lists for base...head. */
  count: number;
  training: boolean;
}

interface Observed {
  name: string;
  onError: OnError;
  truth: Truth;
  run: ActionRun;
}

const observed: Observed[] = [];
let started = 0;
const truths = new Map<string, Truth>();

function truthOf(base: string, head: string): Truth {
  const key = `${base}...${head}`;
  let truth = truths.get(key);
  if (!truth) {
    const files = repo
      .git('diff', '--name-only', '-z', '-M', key, '--')
      .split('\0')
      .filter((f) => f !== '');
    truth = { count: files.length, training: files.some((f) => TRAINING_PATH.test(f)) };
    truths.set(key, truth);
  }
  return truth;
}

interface GateSpec {
  name: string;
  fake: FakeGitHub;
  eventName: 'pull_request' | 'push';
  payload: unknown;
  onError?: OnError;
  checkout?: Checkout;
  /** The commits whose change the run is about, as they really are in the repository. */
  truth: { base: string; head: string };
  /** Inputs besides filters and on-error. */
  inputs?: Record<string, string>;
}

async function gate(spec: GateSpec): Promise<Observed> {
  started++;
  const onError = spec.onError ?? 'train';
  const run = await runAction({
    eventName: spec.eventName,
    payload: spec.payload,
    inputs: { ...spec.inputs, filters: FILTERS, 'on-error': onError },
    apiUrl: spec.fake.url,
    ...(spec.checkout ? { workspace: spec.checkout.dir } : {}),
    timeoutMs: RUN_KILL_MS,
  });
  const result: Observed = {
    name: spec.name,
    onError,
    truth: truthOf(spec.truth.base, spec.truth.head),
    run,
  };
  observed.push(result);
  return result;
}

/** The outputs every successful run writes. */
interface Outputs {
  'should-train': string;
  complete: string;
  'diff-source': string;
  'changed-count': string;
  reason: string;
  'head-sha': string;
  [name: string]: string | undefined;
}

/** The outputs of a run that must have succeeded, with its log when one is missing. */
function out(result: Observed): Outputs {
  const { run } = result;
  expect(run.code).toBe(0);
  const need = (name: string): string => {
    return defined(run.outputs[name]);
  };
  return {
    ...run.outputs,
    'should-train': need('should-train'),
    complete: need('complete'),
    'diff-source': need('diff-source'),
    'changed-count': need('changed-count'),
    reason: need('reason'),
    'head-sha': need('head-sha'),
  };
}

/**
 * The requests a fake answered, by kind. A request repeated with the same URL
 * (a retry after a failure or a timeout) is counted once, so counts are those
 * of distinct requests; `repeated` counts the repeats and `faulted` the
 * injected failures.
 */
interface Tally {
  total: number;
  /** Compare requests for files (no paging parameters). */
  compare: number;
  /** Compare requests that page through the commits of a range. */
  commitList: number;
  pullFiles: number;
  commitFiles: number;
  other: number;
  repeated: number;
  faulted: number;
}

type Kind = 'compare' | 'commitList' | 'pullFiles' | 'commitFiles' | 'other';

function kindOf(fake: FakeGitHub, r: RecordedRequest): Kind {
  const repoPath = fake.repoPath();
  const rest = r.path.startsWith(`${repoPath}/`) ? r.path.slice(repoPath.length + 1) : r.path;
  if (rest.startsWith('compare/')) {
    return 'page' in r.query || 'per_page' in r.query ? 'commitList' : 'compare';
  }
  if (/^pulls\/\d+\/files$/.test(rest)) return 'pullFiles';
  if (rest.startsWith('commits/')) return 'commitFiles';
  return 'other';
}

function tally(fake: FakeGitHub): Tally {
  const t: Tally = {
    total: 0,
    compare: 0,
    commitList: 0,
    pullFiles: 0,
    commitFiles: 0,
    other: 0,
    repeated: 0,
    faulted: 0,
  };
  const seen = new Set<string>();
  for (const r of fake.requests) {
    if (r.faulted) t.faulted++;
    const key = `${r.method} ${r.url}`;
    if (seen.has(key)) {
      t.repeated++;
      continue;
    }
    seen.add(key);
    t.total++;
    t[kindOf(fake, r)]++;
  }
  return t;
}

/**
 * Asserts how many distinct requests of each kind a run sent (0 for a kind not
 * given). Reading the pull request itself, to learn where its head is, is the
 * only other request allowed.
 */
function assertRequests(
  fake: FakeGitHub,
  expected: Partial<
    Pick<Tally, 'compare' | 'commitList' | 'pullFiles' | 'commitFiles' | 'faulted'>
  >,
): Tally {
  const n = tally(fake);
  const { faulted, ...kinds } = expected;
  expect({
    compare: n.compare,
    commitList: n.commitList,
    pullFiles: n.pullFiles,
    commitFiles: n.commitFiles,
    ...(faulted === undefined ? {} : { faulted: n.faulted }),
  }).toStrictEqual({
    compare: 0,
    commitList: 0,
    pullFiles: 0,
    commitFiles: 0,
    ...kinds,
    ...(faulted === undefined ? {} : { faulted }),
  });
  const others = fake.requests.filter((r) => kindOf(fake, r) === 'other');
  expect(
    others.every((r) => r.method === 'GET' && r.path === fake.repoPath(`pulls/${PR}`)),
  ).toBeTruthy();
  // the pull request itself is read at most once: pull-request files cost at most ceil(n/100) + 1
  expect(new Set(others.map((r) => r.url)).size).toBeLessThanOrEqual(1);
  return n;
}

/** The pages asked for, in order, each once. */
function pagesAsked(requests: RecordedRequest[]): number[] {
  return [...new Set(requests.map((r) => Number(r.query.page ?? '1')))];
}

// ---------------------------------------------------------------------------

let repo: GitRepo;
let shas: Shas;

beforeAll(() => {
  repo = GitRepo.create('gate-e2e-complete-');
  shas = buildRepository(repo);
});

afterAll(() => {
  repo?.remove();
});

async function fakeGitHub(t: Scope, pulls?: Record<number, PullRequestSpec>): Promise<FakeGitHub> {
  const fake = await startFakeGitHub({ repo, ...(pulls ? { pulls } : {}) });
  t.after(() => fake.close());
  return fake;
}

function checkoutOf(t: Scope, sha: string, depth: number): Checkout {
  const ws = makeCheckout(repo, sha, { depth, prefix: 'gate-e2e-ws-' });
  t.after(() => ws.remove());
  return ws;
}

describe('the whole change set, end to end', () => {
  it.concurrent(
    'builds scenarios where the one training file is listed after every other file',
    scoped(async (t) => {
      const fake = await fakeGitHub(t);
      for (const [head, size] of [
        [shas.pr301, 301],
        [shas.pr3001, 3001],
        [shas.push400, 400],
      ] as const) {
        const base = (await fake.git.mergeBase(shas.main, head)) ?? '';
        const files = (await fake.git.diff(base, head)).map((f) => f.filename);
        expect(files.length).toBe(size);
        expect(files.at(-1)).toBe(TRAIN_FILE);
        expect(files.filter((f) => TRAINING_PATH.test(f)).length).toBe(1);
      }
      const series = (await fake.git.diff(shas.fork, shas.push300Commits)).map((f) => f.filename);
      expect(series.length).toBe(321);
      // the data file lies beyond the compare limit
      expect(series.indexOf(DATA_FILE)).toBeGreaterThanOrEqual(300);
    }),
  );

  it.concurrent(
    'reads all four pages of a 301-file pull request and finds the training file on the last',
    scoped(async (t) => {
      const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-301' } });
      const result = await gate({
        name: '301-file pull request',
        fake,
        eventName: 'pull_request',
        payload: pullRequestPayload(shas.pr301, 'pr-301', 301),
        truth: { base: shas.main, head: shas.pr301 },
      });
      const o = out(result);
      expect(o['should-train']).toBe('true');
      expect(o.complete).toBe('true');
      expect(o['diff-source']).toBe('pull-files');
      expect(o['changed-count']).toBe('301');
      expect(o.training).toBe('true');
      expect(o.training_count).toBe('1');
      expect(o.data).toBe('false');
      assertRequests(fake, { pullFiles: 4 });
      expect(pagesAsked(fake.requestsTo(fake.repoPath(`pulls/${PR}/files`)))).toStrictEqual([
        1, 2, 3, 4,
      ]);
      expect(result.run.warnings).toStrictEqual([]);
    }),
  );

  describe('a 3,001-file pull request, the training file last', () => {
    it.concurrent(
      'with a full checkout: git lists all 3,001 files without a single API request',
      scoped(async (t) => {
        const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-3001' } });
        const ws = checkoutOf(t, shas.pr3001, 0);
        const o = out(
          await gate({
            name: '3,001 files, full checkout',
            fake,
            eventName: 'pull_request',
            payload: pullRequestPayload(shas.pr3001, 'pr-3001', 3001),
            checkout: ws,
            truth: { base: shas.main, head: shas.pr3001 },
          }),
        );
        expect(o['should-train']).toBe('true');
        expect(o.complete).toBe('true');
        expect(o['diff-source']).toBe('git');
        expect(o['changed-count']).toBe('3001');
        expect(o.training_count).toBe('1');
        assertRequests(fake, {});
        expect(fake.requests.length).toBe(0);
      }),
    );

    it.concurrent(
      'without a checkout, over two commits: the files of each commit list it whole',
      scoped(async (t) => {
        const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-3001-split' } });
        const o = out(
          await gate({
            name: '3,001 files in two commits, no checkout',
            fake,
            eventName: 'pull_request',
            payload: pullRequestPayload(shas.pr3001Split, 'pr-3001-split', 3001),
            truth: { base: shas.main, head: shas.pr3001Split },
          }),
        );
        expect(o['should-train']).toBe('true');
        expect(o.complete).toBe('true');
        expect(o['diff-source']).toBe('commits');
        expect(o['changed-count']).toBe('3001');
        // One page of commits; 1,500 files (5 pages) and 1,501 files (6 pages).
        assertRequests(fake, { commitList: 1, commitFiles: 11 });
      }),
    );

    it.concurrent(
      'without a checkout or a changed_files count: compare, then all 30 pages of files, then the commits',
      scoped(async (t) => {
        const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-3001-split' } });
        const o = out(
          await gate({
            name: '3,001 files in two commits, no count in the payload',
            fake,
            eventName: 'pull_request',
            payload: pullRequestPayload(shas.pr3001Split, 'pr-3001-split'),
            truth: { base: shas.main, head: shas.pr3001Split },
          }),
        );
        expect(o['should-train']).toBe('true');
        expect(o.complete).toBe('true');
        expect(o['diff-source']).toBe('commits');
        expect(o['changed-count']).toBe('3001');
        assertRequests(fake, { compare: 1, pullFiles: 30, commitList: 1, commitFiles: 11 });
      }),
    );

    it.concurrent.each(['skip', 'train'] as const)(
      'without a checkout, in one commit of 3,001 files: not complete, on-error %s decides',
      scoped(async (t, onError) => {
        const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-3001' } });
        const result = await gate({
          name: `3,001 files in one commit, no checkout, on-error ${onError}`,
          fake,
          eventName: 'pull_request',
          payload: pullRequestPayload(shas.pr3001, 'pr-3001', 3001),
          onError,
          truth: { base: shas.main, head: shas.pr3001 },
        });
        const o = out(result);
        expect(o.complete).toBe('false');
        expect(o['should-train']).toBe(onError === 'train' ? 'true' : 'false');
        // The 3,000 files the commits API lists stop short of the training file.
        expect(o.training).toBe('false');
        expect(o['changed-count']).toBe('3000');
        expect(o.reason).toMatch(/could not be seen whole/);
        expect(o.reason).toMatch(/3000 files/);
        expect(o.reason).toMatch(/more files than the commits API lists/);
        expect(result.run.warnings.some((w) => /could not be seen whole/.test(w))).toBeTruthy();
        assertRequests(fake, { commitList: 1, commitFiles: 10 });
      }),
    );
  });

  describe('a 3,001-file pull request in a shallow checkout (fetch-depth 1)', () => {
    it.concurrent.each([
      ['of the pull request head', 'pr3001'],
      ['of the merge commit actions/checkout checks out', 'pr3001Merge'],
    ] as const)(
      '%s: fetches what is missing and lists all 3,001 files with git',
      scoped(async (t, label, commit) => {
        const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-3001' } });
        const ws = checkoutOf(t, shas[commit], 1);
        expect(ws.isShallow()).toBeTruthy();
        expect(ws.has(shas.fork)).toBe(false);
        if (commit === 'pr3001') expect(ws.has(shas.main)).toBe(false);
        const o = out(
          await gate({
            name: `3,001 files, shallow checkout ${label}`,
            fake,
            eventName: 'pull_request',
            payload: pullRequestPayload(shas.pr3001, 'pr-3001', 3001),
            checkout: ws,
            truth: { base: shas.main, head: shas.pr3001 },
          }),
        );
        expect(o['should-train']).toBe('true');
        expect(o.complete).toBe('true');
        expect(o['diff-source']).toBe('git');
        expect(o['changed-count']).toBe('3001');
        expect(o['head-sha']).toBe(shas.pr3001);
        // the base was fetched
        expect(ws.has(shas.main)).toBe(true);
        // the head was fetched
        expect(ws.has(shas.pr3001)).toBe(true);
        // the merge base was fetched
        expect(ws.has(shas.fork)).toBe(true);
        assertRequests(fake, {});
        expect(fake.requests.length).toBe(0);
      }),
    );
  });

  describe('a 400-file push: the compare API stops at 300', () => {
    it.concurrent(
      'with a shallow checkout: git lists all 400',
      scoped(async (t) => {
        const fake = await fakeGitHub(t);
        const ws = checkoutOf(t, shas.push400, 1);
        const o = out(
          await gate({
            name: '400-file push, shallow checkout',
            fake,
            eventName: 'push',
            payload: pushEvent(shas.fork, shas.push400, 'push-400'),
            checkout: ws,
            truth: { base: shas.fork, head: shas.push400 },
          }),
        );
        expect(o['should-train']).toBe('true');
        expect(o.complete).toBe('true');
        expect(o['diff-source']).toBe('git');
        expect(o['changed-count']).toBe('400');
        assertRequests(fake, { compare: 1 });
      }),
    );

    it.concurrent(
      'without a checkout: the files of its commit list all 400',
      scoped(async (t) => {
        const fake = await fakeGitHub(t);
        const o = out(
          await gate({
            name: '400-file push, no checkout',
            fake,
            eventName: 'push',
            payload: pushEvent(shas.fork, shas.push400, 'push-400'),
            truth: { base: shas.fork, head: shas.push400 },
          }),
        );
        expect(o['should-train']).toBe('true');
        expect(o.complete).toBe('true');
        expect(o['diff-source']).toBe('commits');
        expect(o['changed-count']).toBe('400');
        expect(o.training_count).toBe('1');
        assertRequests(fake, { compare: 1, commitList: 1, commitFiles: 2 });
      }),
    );
  });

  it.concurrent(
    'a push of 300 commits and 321 files without a checkout: one request per commit finds the data file',
    scoped(async (t) => {
      const fake = await fakeGitHub(t);
      const result = await gate({
        name: '300-commit push, no checkout',
        fake,
        eventName: 'push',
        payload: pushEvent(shas.fork, shas.push300Commits, 'push-300-commits'),
        truth: { base: shas.fork, head: shas.push300Commits },
      });
      const o = out(result);
      expect(o['should-train']).toBe('true');
      expect(o.complete).toBe('true');
      expect(o['diff-source']).toBe('commits');
      expect(o['changed-count']).toBe('321');
      expect(o.data).toBe('true');
      expect(o.data_count).toBe('1');
      // compare (cut at 300) + 3 pages of 100 commits + 300 commits.
      assertRequests(fake, { compare: 1, commitList: 3, commitFiles: 300 });
      const commits = new Set(fake.requestsTo(fake.repoPath('commits/')).map((r) => r.path));
      // each commit is read once
      expect(commits.size).toBe(300);
    }),
  );

  describe('an API that fails, then recovers', () => {
    it.concurrent(
      'two 502 answers to compare, then the answer: retried, complete',
      scoped(async (t) => {
        const fake = await fakeGitHub(t);
        fake.fail({ ...serverError(502), times: 2 });
        const o = out(
          await gate({
            name: 'compare answers 502 twice',
            fake,
            eventName: 'push',
            payload: pushEvent(shas.fork, shas.smallTrain, 'small-train'),
            truth: { base: shas.fork, head: shas.smallTrain },
          }),
        );
        expect(o['should-train']).toBe('true');
        expect(o.complete).toBe('true');
        expect(o['diff-source']).toBe('compare');
        expect(o['changed-count']).toBe('2');
        const n = assertRequests(fake, { compare: 1, faulted: 2 });
        // retried
        expect(n.repeated).toBeGreaterThanOrEqual(2);
      }),
    );

    it.concurrent(
      'two 500 answers to a docs-only push: retried, complete, not training',
      scoped(async (t) => {
        const fake = await fakeGitHub(t);
        fake.fail({ ...serverError(500), times: 2 });
        const o = out(
          await gate({
            name: 'compare answers 500 twice, docs only',
            fake,
            eventName: 'push',
            payload: pushEvent(shas.fork, shas.smallDocs, 'small-docs'),
            onError: 'train',
            truth: { base: shas.fork, head: shas.smallDocs },
          }),
        );
        expect(o['should-train']).toBe('false');
        expect(o.complete).toBe('true');
        expect(o['changed-count']).toBe('2');
        assertRequests(fake, { compare: 1, faulted: 2 });
      }),
    );

    it.concurrent(
      'two 503 answers to the first page of pull-request files: all 301 files still listed once',
      scoped(async (t) => {
        const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-301' } });
        fake.fail({ ...serverError(503), times: 2, path: fake.repoPath('pulls/') });
        const o = out(
          await gate({
            name: 'pull-request files answer 503 twice',
            fake,
            eventName: 'pull_request',
            payload: pullRequestPayload(shas.pr301, 'pr-301', 301),
            truth: { base: shas.main, head: shas.pr301 },
          }),
        );
        expect(o['should-train']).toBe('true');
        expect(o.complete).toBe('true');
        expect(o['diff-source']).toBe('pull-files');
        expect(o['changed-count']).toBe('301');
        const n = assertRequests(fake, { pullFiles: 4, faulted: 2 });
        // retried
        expect(n.repeated).toBeGreaterThanOrEqual(2);
      }),
    );

    it.concurrent(
      'a secondary rate limit asking for 1 s: waited for, then complete',
      scoped(async (t) => {
        const fake = await fakeGitHub(t);
        fake.fail({ ...secondaryRateLimit(1), times: 1 });
        const result = await gate({
          name: 'secondary rate limit, retry-after 1',
          fake,
          eventName: 'push',
          payload: pushEvent(shas.fork, shas.smallDocs, 'small-docs'),
          truth: { base: shas.fork, head: shas.smallDocs },
        });
        const o = out(result);
        expect(o['should-train']).toBe('false');
        expect(o.complete).toBe('true');
        expect(o['diff-source']).toBe('compare');
        const n = assertRequests(fake, { compare: 1, faulted: 1 });
        // retried
        expect(n.repeated).toBeGreaterThanOrEqual(1);
        expect(result.run.warnings.some((w) => /rate limit/i.test(w))).toBeTruthy();
        // the wait GitHub asked for, as the warning says
        expect(result.run.warnings).toContainEqual(
          expect.stringMatching(
            /^GitHub API secondary rate limit hit while comparing \w+\.\.\.\w+ in acme\/models; retrying in 1 s\.$/,
          ),
        );
      }),
    );

    it.concurrent(
      'a secondary rate limit asking for 10 minutes: not waited for, not complete, on-error train',
      scoped(async (t) => {
        const fake = await fakeGitHub(t);
        fake.fail({ ...secondaryRateLimit(600), times: Infinity });
        const result = await gate({
          name: 'secondary rate limit, retry-after 600',
          fake,
          eventName: 'push',
          payload: pushEvent(shas.fork, shas.smallDocs, 'small-docs'),
          truth: { base: shas.fork, head: shas.smallDocs },
        });
        const o = out(result);
        expect(o['should-train']).toBe('true');
        expect(o.complete).toBe('false');
        expect(o.reason).toMatch(/rate limit/i);
        // not waited for, and not retried
        expect(o.reason).toMatch(
          /GitHub asked to wait 600 s before trying again; not retried: a wait of 600 s is more than the 20 s this action waits for rate limits/,
        );
        expect(fake.requests.length).toBe(1);
        expect(result.run.warnings.some((w) => /retrying in/.test(w))).toBe(false);
      }),
    );
  });

  describe('an API that never recovers (every request answers 500)', () => {
    /** The retries of the one compare call, as the action logged them. */
    const UNRECOVERED_COMPARE = [1, 4, 9].map((s) => ({
      request: 'GET /repos/{owner}/{repo}/compare/{basehead}',
      seconds: s,
      reason: 'GitHub answered 500',
    }));
    const down = async (t: Scope): Promise<FakeGitHub> => {
      const fake = await fakeGitHub(t);
      fake.fail({ ...serverError(500), times: Infinity });
      return fake;
    };

    it.concurrent(
      'on-error train: trains, says the change set could not be listed',
      scoped(async (t) => {
        const fake = await down(t);
        const result = await gate({
          name: 'API down, on-error train',
          fake,
          eventName: 'push',
          payload: pushEvent(shas.fork, shas.smallDocs, 'small-docs'),
          onError: 'train',
          truth: { base: shas.fork, head: shas.smallDocs },
        });
        const o = out(result);
        expect(o['should-train']).toBe('true');
        expect(o.complete).toBe('false');
        expect(o.reason).toMatch(/could not be seen whole/);
        expect(o.reason).toMatch(/compare API failed/);
        expect(o.reason).toMatch(/500/);
        expect(o.reason).toMatch(/no git checkout/);
        expect(result.run.warnings.some((w) => /could not be seen whole/.test(w))).toBeTruthy();
        assertRequests(fake, { compare: 1 });
        // one call, retried three times, after 1, 4 and 9 s
        expect(fake.requests.length).toBe(4);
        expect(retriesLogged(result.run)).toStrictEqual(UNRECOVERED_COMPARE);
      }),
    );

    it.concurrent(
      'on-error skip: skips, and warns that the change set was not seen whole',
      scoped(async (t) => {
        const fake = await down(t);
        const result = await gate({
          name: 'API down, on-error skip',
          fake,
          eventName: 'push',
          payload: pushEvent(shas.fork, shas.smallTrain, 'small-train'),
          onError: 'skip',
          truth: { base: shas.fork, head: shas.smallTrain },
        });
        const o = out(result);
        expect(o['should-train']).toBe('false');
        expect(o.complete).toBe('false');
        expect(o.reason).toMatch(/on-error is skip/);
        expect(
          result.run.warnings.some((w) => /could not be seen whole/.test(w) && /500/.test(w)),
        ).toBeTruthy();
        expect(fake.requests.length).toBe(4);
        expect(retriesLogged(result.run)).toStrictEqual(UNRECOVERED_COMPARE);
      }),
    );

    it.concurrent(
      'on-error fail: the step fails and its error names the failing API',
      scoped(async (t) => {
        const fake = await down(t);
        const result = await gate({
          name: 'API down, on-error fail',
          fake,
          eventName: 'push',
          payload: pushEvent(shas.fork, shas.smallTrain, 'small-train'),
          onError: 'fail',
          truth: { base: shas.fork, head: shas.smallTrain },
        });
        expect(result.run.code).toBe(1);
        expect(result.run.outputs['should-train']).toBeUndefined();
        expect(
          result.run.errors.some((e) => /compare API failed/.test(e) && /500/.test(e)),
        ).toBeTruthy();
        expect(fake.requests.length).toBe(4);
        expect(retriesLogged(result.run)).toStrictEqual(UNRECOVERED_COMPARE);
      }),
    );

    it.concurrent.each([
      ['a docs-only push', 'smallDocs', 'small-docs', false],
      ['a training push', 'smallTrain', 'small-train', true],
    ] as const)(
      'with a checkout, %s: git lists it, complete',
      scoped(async (t, label, head, ref, training) => {
        const fake = await down(t);
        const ws = checkoutOf(t, shas[head], 1);
        const result = await gate({
          name: `API down, checkout, ${label}`,
          fake,
          eventName: 'push',
          payload: pushEvent(shas.fork, shas[head], ref),
          onError: 'train',
          checkout: ws,
          truth: { base: shas.fork, head: shas[head] },
        });
        const o = out(result);
        expect(o['should-train']).toBe(String(training));
        expect(o.complete).toBe('true');
        expect(o['diff-source']).toBe('git');
        expect(o['changed-count']).toBe('2');
        // the API was given up on after one call, then git listed the change
        expect(fake.requests.length).toBe(4);
        expect(retriesLogged(result.run)).toStrictEqual(UNRECOVERED_COMPARE);
      }),
    );
  });

  describe('a push whose before commit was force-pushed away', () => {
    const gone = 'feedc0de'.repeat(5);

    it.concurrent.each(['train', 'skip'] as const)(
      'without a checkout, on-error %s: not complete, and the missing commit is named',
      scoped(async (t, onError) => {
        const fake = await fakeGitHub(t);
        const result = await gate({
          name: `before missing, no checkout, on-error ${onError}`,
          fake,
          eventName: 'push',
          payload: pushEvent(gone, shas.smallTrain, 'small-train', true),
          onError,
          truth: { base: shas.fork, head: shas.smallTrain },
        });
        const o = out(result);
        expect(o.complete).toBe('false');
        expect(o['should-train']).toBe(onError === 'train' ? 'true' : 'false');
        expect(o.reason).toContain(gone);
        expect(o.reason).toMatch(/force-pushed/);
        expect(result.run.warnings.some((w) => w.includes(gone))).toBeTruthy();
      }),
    );

    it.concurrent(
      'with a shallow checkout: git cannot fetch it either; not complete',
      scoped(async (t) => {
        const fake = await fakeGitHub(t);
        const ws = checkoutOf(t, shas.smallTrain, 1);
        const result = await gate({
          name: 'before missing, shallow checkout',
          fake,
          eventName: 'push',
          payload: pushEvent(gone, shas.smallTrain, 'small-train', true),
          onError: 'skip',
          checkout: ws,
          truth: { base: shas.fork, head: shas.smallTrain },
        });
        const o = out(result);
        expect(o.complete).toBe('false');
        expect(o['should-train']).toBe('false');
        expect(o.reason).toMatch(/git in the checkout failed/);
        expect(o.reason).toContain(gone);
        expect(result.run.warnings.some((w) => w.includes(gone))).toBeTruthy();
      }),
    );
  });
});

/**
 * The pull-request files API lists the change of the pull request as it is
 * when asked, not of the commits this run is about. These runs show where the
 * two part, and that the gate then does not use that list.
 */
describe('a pull-request file list that describes other commits', () => {
  it.concurrent(
    'the branch was force-pushed after the event: the change of the event head is the one listed',
    scoped(async (t) => {
      const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-race' } });
      const result = await gate({
        name: 'pull request head moved after the event',
        fake,
        eventName: 'pull_request',
        payload: pullRequestPayload(shas.raceOld, 'pr-race', 301),
        onError: 'skip',
        truth: { base: shas.main, head: shas.raceOld },
      });
      const o = out(result);
      expect(o['head-sha']).toBe(shas.raceOld);
      expect(o['should-train'] === 'true' || o.complete === 'false').toBeTruthy();
    }),
  );

  it.concurrent(
    'the base and ref inputs choose other commits than the pull request: their change is the one listed',
    scoped(async (t) => {
      const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-race' } });
      const result = await gate({
        name: 'pull request with base and ref inputs',
        fake,
        eventName: 'pull_request',
        payload: pullRequestPayload(shas.raceNew, 'pr-race', 301),
        inputs: { base: shas.fork, ref: shas.smallTrain },
        onError: 'skip',
        truth: { base: shas.fork, head: shas.smallTrain },
      });
      const o = out(result);
      expect(o['head-sha']).toBe(shas.smallTrain);
      expect(o['should-train'] === 'true' || o.complete === 'false').toBeTruthy();
    }),
  );
});

test('no run skipped training on a change that touched training files, unless it said it could not see the change and on-error was skip', () => {
  // every run finished
  expect(observed.length).toBe(started);
  expect(observed.length).toBeGreaterThanOrEqual(20);
  expect(observed.some((r) => !r.truth.training)).toBeTruthy();
  expect(
    observed.some((r) => r.run.outputs.complete === 'false' && r.onError === 'skip'),
  ).toBeTruthy();
  const problems: string[] = [];
  for (const r of observed) {
    const o = r.run.outputs;
    if (r.run.code !== 0) {
      if (r.onError !== 'fail' || r.run.errors.length === 0) {
        problems.push(`${r.name}: the step failed (${r.run.code}) with on-error ${r.onError}`);
      }
      continue;
    }
    const complete = o.complete === 'true';
    if (r.truth.training && o['should-train'] !== 'true' && (complete || r.onError !== 'skip')) {
      problems.push(
        `${r.name}: should-train=${o['should-train']} for a training change (${o.reason})`,
      );
    }
    if (!complete && o['should-train'] === 'false' && r.run.warnings.length === 0) {
      problems.push(`${r.name}: skipped an incomplete change set without a warning`);
    }
    if (complete) {
      const count = Number(o['changed-count']);
      const countOk =
        o['diff-source'] === 'commits' ? count >= r.truth.count : count === r.truth.count;
      if (!countOk) {
        problems.push(`${r.name}: complete with ${count} files, git lists ${r.truth.count}`);
      }
      if (o['should-train'] === 'true' && !r.truth.training && o['diff-source'] !== 'commits') {
        problems.push(`${r.name}: trained on a complete change set without training files`);
      }
    }
  }
  expect(problems).toStrictEqual([]);
});
