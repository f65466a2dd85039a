/**
 * End to end: the built action runs as a process against a loopback GitHub
 * API that answers from a real repository, with and without a checkout.
 *
 * What is proved: a change set is called complete only when every changed
 * file was seen, whatever the size of the change and whichever source had to
 * list it; when it cannot be seen whole, `on-error` decides and says so; and
 * failing or slow APIs are retried, given up on in bounded time, or replaced by
 * git. The last test sweeps every run made here for the one result the gate
 * must never give: `should-train=false` for a change that touched training
 * files, without `complete=false` and `on-error: skip`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it, test, type TestContext } from 'node:test';
import { performance } from 'node:perf_hooks';
import { makeCheckout, type Checkout } from './helpers/checkout.js';
import {
  secondaryRateLimit,
  serverError,
  startFakeGitHub,
  type FakeGitHub,
  type PullRequestSpec,
  type RecordedRequest,
} from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';
import { pullRequestEvent } from './helpers/events.js';
import { runAction, type ActionRun } from './helpers/run-action.js';

const FILTERS = `training:
  - 'src/training/**'
data:
  - 'data/training/**'
`;
/** What FILTERS matches, for checking the gate against git's own answer. */
const TRAINING_PATH = /^(?:src\/training\/|data\/training\/)/;
const TRAIN_FILE = 'src/training/train.py';
const DATA_FILE = 'data/training/labels.csv';
const RUN_LIMIT_MS = 120_000;

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
  ms: number;
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
  const t0 = performance.now();
  const run = await runAction({
    eventName: spec.eventName,
    payload: spec.payload,
    inputs: { ...spec.inputs, filters: FILTERS, 'on-error': onError },
    apiUrl: spec.fake.url,
    ...(spec.checkout ? { workspace: spec.checkout.dir } : {}),
    timeoutMs: RUN_LIMIT_MS + 30_000,
  });
  const ms = performance.now() - t0;
  const result: Observed = {
    name: spec.name,
    onError,
    truth: truthOf(spec.truth.base, spec.truth.head),
    run,
    ms,
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
  assert.equal(run.code, 0, `${result.name}: the step failed\n${run.stdout}\n${run.stderr}`);
  const need = (name: string): string => {
    const value = run.outputs[name];
    assert.ok(value !== undefined, `${result.name}: no ${name} output\n${run.stdout}`);
    return value;
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

/** The counts of a run, and what they were, in the test's diagnostics. */
function counted(t: TestContext, fake: FakeGitHub): Tally {
  const n = tally(fake);
  t.diagnostic(`requests: ${fake.requests.length} sent, ${JSON.stringify(n)}`);
  return n;
}

/**
 * Asserts how many distinct requests of each kind a run sent (0 for a kind not
 * given). Reading the pull request itself, to learn where its head is, is the
 * only other request allowed.
 */
function assertRequests(
  t: TestContext,
  fake: FakeGitHub,
  expected: Partial<
    Pick<Tally, 'compare' | 'commitList' | 'pullFiles' | 'commitFiles' | 'faulted'>
  >,
): Tally {
  const n = counted(t, fake);
  const { faulted, ...kinds } = expected;
  assert.deepEqual(
    {
      compare: n.compare,
      commitList: n.commitList,
      pullFiles: n.pullFiles,
      commitFiles: n.commitFiles,
      ...(faulted === undefined ? {} : { faulted: n.faulted }),
    },
    {
      compare: 0,
      commitList: 0,
      pullFiles: 0,
      commitFiles: 0,
      ...kinds,
      ...(faulted === undefined ? {} : { faulted }),
    },
  );
  const others = fake.requests.filter((r) => kindOf(fake, r) === 'other');
  assert.ok(
    others.every((r) => r.method === 'GET' && r.path === fake.repoPath(`pulls/${PR}`)),
    `unexpected requests: ${others.map((r) => `${r.method} ${r.url}`).join(', ')}`,
  );
  assert.ok(
    new Set(others.map((r) => r.url)).size <= 1,
    'the pull request itself is read at most once: pull-request files cost at most ceil(n/100) + 1',
  );
  return n;
}

/** The pages asked for, in order, each once. */
function pagesAsked(requests: RecordedRequest[]): number[] {
  return [...new Set(requests.map((r) => Number(r.query.page ?? '1')))];
}

// ---------------------------------------------------------------------------

let repo: GitRepo;
let shas: Shas;

before(() => {
  repo = GitRepo.create('gate-e2e-complete-');
  shas = buildRepository(repo);
});

after(() => {
  repo?.remove();
});

async function fakeGitHub(
  t: TestContext,
  pulls?: Record<number, PullRequestSpec>,
): Promise<FakeGitHub> {
  const fake = await startFakeGitHub({ repo, ...(pulls ? { pulls } : {}) });
  t.after(() => fake.close());
  return fake;
}

function checkoutOf(t: TestContext, sha: string, depth: number): Checkout {
  const ws = makeCheckout(repo, sha, { depth, prefix: 'gate-e2e-ws-' });
  t.after(() => ws.remove());
  return ws;
}

describe('the whole change set, end to end', { concurrency: true }, () => {
  it('builds scenarios where the one training file is listed after every other file', async (t) => {
    const fake = await fakeGitHub(t);
    for (const [head, size] of [
      [shas.pr301, 301],
      [shas.pr3001, 3001],
      [shas.push400, 400],
    ] as const) {
      const base = (await fake.git.mergeBase(shas.main, head)) ?? '';
      const files = (await fake.git.diff(base, head)).map((f) => f.filename);
      assert.equal(files.length, size);
      assert.equal(files.at(-1), TRAIN_FILE);
      assert.equal(files.filter((f) => TRAINING_PATH.test(f)).length, 1);
    }
    const series = (await fake.git.diff(shas.fork, shas.push300Commits)).map((f) => f.filename);
    assert.equal(series.length, 321);
    assert.ok(series.indexOf(DATA_FILE) >= 300, 'the data file lies beyond the compare limit');
  });

  it('reads all four pages of a 301-file pull request and finds the training file on the last', async (t) => {
    const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-301' } });
    const result = await gate({
      name: '301-file pull request',
      fake,
      eventName: 'pull_request',
      payload: pullRequestPayload(shas.pr301, 'pr-301', 301),
      truth: { base: shas.main, head: shas.pr301 },
    });
    const o = out(result);
    assert.equal(o['should-train'], 'true');
    assert.equal(o.complete, 'true');
    assert.equal(o['diff-source'], 'pull-files');
    assert.equal(o['changed-count'], '301');
    assert.equal(o.training, 'true');
    assert.equal(o.training_count, '1');
    assert.equal(o.data, 'false');
    assertRequests(t, fake, { pullFiles: 4 });
    assert.deepEqual(pagesAsked(fake.requestsTo(fake.repoPath(`pulls/${PR}/files`))), [1, 2, 3, 4]);
    assert.deepEqual(result.run.warnings, []);
  });

  describe('a 3,001-file pull request, the training file last', { concurrency: true }, () => {
    it('with a full checkout: git lists all 3,001 files without a single API request', async (t) => {
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
      assert.equal(o['should-train'], 'true');
      assert.equal(o.complete, 'true');
      assert.equal(o['diff-source'], 'git');
      assert.equal(o['changed-count'], '3001');
      assert.equal(o.training_count, '1');
      assertRequests(t, fake, {});
      assert.equal(fake.requests.length, 0);
    });

    it('without a checkout, over two commits: the files of each commit list it whole', async (t) => {
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
      assert.equal(o['should-train'], 'true');
      assert.equal(o.complete, 'true');
      assert.equal(o['diff-source'], 'commits');
      assert.equal(o['changed-count'], '3001');
      // One page of commits; 1,500 files (5 pages) and 1,501 files (6 pages).
      assertRequests(t, fake, { commitList: 1, commitFiles: 11 });
    });

    it('without a checkout or a changed_files count: compare, then all 30 pages of files, then the commits', async (t) => {
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
      assert.equal(o['should-train'], 'true');
      assert.equal(o.complete, 'true');
      assert.equal(o['diff-source'], 'commits');
      assert.equal(o['changed-count'], '3001');
      assertRequests(t, fake, { compare: 1, pullFiles: 30, commitList: 1, commitFiles: 11 });
    });

    for (const onError of ['skip', 'train'] as const) {
      it(`without a checkout, in one commit of 3,001 files: not complete, on-error ${onError} decides`, async (t) => {
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
        assert.equal(o.complete, 'false');
        assert.equal(o['should-train'], onError === 'train' ? 'true' : 'false');
        // The 3,000 files the commits API lists stop short of the training file.
        assert.equal(o.training, 'false');
        assert.equal(o['changed-count'], '3000');
        assert.match(o.reason, /could not be seen whole/);
        assert.match(o.reason, /3000 files/);
        assert.match(o.reason, /more files than the commits API lists/);
        assert.ok(
          result.run.warnings.some((w) => /could not be seen whole/.test(w)),
          `a warning says the change was not seen whole: ${JSON.stringify(result.run.warnings)}`,
        );
        assertRequests(t, fake, { commitList: 1, commitFiles: 10 });
      });
    }
  });

  describe(
    'a 3,001-file pull request in a shallow checkout (fetch-depth 1)',
    { concurrency: true },
    () => {
      for (const [label, commit] of [
        ['of the pull request head', 'pr3001'],
        ['of the merge commit actions/checkout checks out', 'pr3001Merge'],
      ] as const) {
        it(`${label}: fetches what is missing and lists all 3,001 files with git`, async (t) => {
          const fake = await fakeGitHub(t, { [PR]: { base: 'main', head: 'pr-3001' } });
          const ws = checkoutOf(t, shas[commit], 1);
          assert.ok(ws.isShallow());
          assert.equal(ws.has(shas.fork), false);
          if (commit === 'pr3001') assert.equal(ws.has(shas.main), false);
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
          assert.equal(o['should-train'], 'true');
          assert.equal(o.complete, 'true');
          assert.equal(o['diff-source'], 'git');
          assert.equal(o['changed-count'], '3001');
          assert.equal(o['head-sha'], shas.pr3001);
          assert.equal(ws.has(shas.main), true, 'the base was fetched');
          assert.equal(ws.has(shas.pr3001), true, 'the head was fetched');
          assert.equal(ws.has(shas.fork), true, 'the merge base was fetched');
          assertRequests(t, fake, {});
          assert.equal(fake.requests.length, 0);
        });
      }
    },
  );

  describe('a 400-file push: the compare API stops at 300', { concurrency: true }, () => {
    it('with a shallow checkout: git lists all 400', async (t) => {
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
      assert.equal(o['should-train'], 'true');
      assert.equal(o.complete, 'true');
      assert.equal(o['diff-source'], 'git');
      assert.equal(o['changed-count'], '400');
      assertRequests(t, fake, { compare: 1 });
    });

    it('without a checkout: the files of its commit list all 400', async (t) => {
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
      assert.equal(o['should-train'], 'true');
      assert.equal(o.complete, 'true');
      assert.equal(o['diff-source'], 'commits');
      assert.equal(o['changed-count'], '400');
      assert.equal(o.training_count, '1');
      assertRequests(t, fake, { compare: 1, commitList: 1, commitFiles: 2 });
    });
  });

  it('a push of 300 commits and 321 files without a checkout: one request per commit finds the data file', async (t) => {
    const fake = await fakeGitHub(t);
    const result = await gate({
      name: '300-commit push, no checkout',
      fake,
      eventName: 'push',
      payload: pushEvent(shas.fork, shas.push300Commits, 'push-300-commits'),
      truth: { base: shas.fork, head: shas.push300Commits },
    });
    const o = out(result);
    assert.equal(o['should-train'], 'true');
    assert.equal(o.complete, 'true');
    assert.equal(o['diff-source'], 'commits');
    assert.equal(o['changed-count'], '321');
    assert.equal(o.data, 'true');
    assert.equal(o.data_count, '1');
    // compare (cut at 300) + 3 pages of 100 commits + 300 commits.
    assertRequests(t, fake, { compare: 1, commitList: 3, commitFiles: 300 });
    const commits = new Set(fake.requestsTo(fake.repoPath('commits/')).map((r) => r.path));
    assert.equal(commits.size, 300, 'each commit is read once');
  });

  describe('an API that fails, then recovers', { concurrency: true }, () => {
    it('two 502 answers to compare, then the answer: retried, complete', async (t) => {
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
      assert.equal(o['should-train'], 'true');
      assert.equal(o.complete, 'true');
      assert.equal(o['diff-source'], 'compare');
      assert.equal(o['changed-count'], '2');
      const n = assertRequests(t, fake, { compare: 1, faulted: 2 });
      assert.ok(n.repeated >= 2, 'retried');
    });

    it('two 500 answers to a docs-only push: retried, complete, not training', async (t) => {
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
      assert.equal(o['should-train'], 'false');
      assert.equal(o.complete, 'true');
      assert.equal(o['changed-count'], '2');
      assertRequests(t, fake, { compare: 1, faulted: 2 });
    });

    it('two 503 answers to the first page of pull-request files: all 301 files still listed once', async (t) => {
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
      assert.equal(o['should-train'], 'true');
      assert.equal(o.complete, 'true');
      assert.equal(o['diff-source'], 'pull-files');
      assert.equal(o['changed-count'], '301');
      const n = assertRequests(t, fake, { pullFiles: 4, faulted: 2 });
      assert.ok(n.repeated >= 2, 'retried');
    });

    it('a secondary rate limit asking for 1 s: waited for, then complete', async (t) => {
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
      assert.equal(o['should-train'], 'false');
      assert.equal(o.complete, 'true');
      assert.equal(o['diff-source'], 'compare');
      const n = assertRequests(t, fake, { compare: 1, faulted: 1 });
      assert.ok(n.repeated >= 1, 'retried');
      assert.ok(
        result.run.warnings.some((w) => /rate limit/i.test(w)),
        `the wait is announced: ${JSON.stringify(result.run.warnings)}`,
      );
    });

    it('a secondary rate limit asking for 10 minutes: not waited for, not complete, on-error train', async (t) => {
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
      assert.equal(o['should-train'], 'true');
      assert.equal(o.complete, 'false');
      assert.match(o.reason, /rate limit/i);
      assert.ok(result.ms < 30_000, `gave up in ${Math.round(result.ms)} ms`);
    });
  });

  describe('an API that never recovers (every request answers 500)', { concurrency: true }, () => {
    const down = async (t: TestContext): Promise<FakeGitHub> => {
      const fake = await fakeGitHub(t);
      fake.fail({ ...serverError(500), times: Infinity });
      return fake;
    };

    it('on-error train: trains, says the change set could not be listed', async (t) => {
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
      assert.equal(o['should-train'], 'true');
      assert.equal(o.complete, 'false');
      assert.match(o.reason, /could not be seen whole/);
      assert.match(o.reason, /compare API failed/);
      assert.match(o.reason, /500/);
      assert.match(o.reason, /no git checkout/);
      assert.ok(result.run.warnings.some((w) => /could not be seen whole/.test(w)));
      assert.ok(result.ms < RUN_LIMIT_MS, `ran ${Math.round(result.ms)} ms`);
      assertRequests(t, fake, { compare: 1 });
      assert.equal(fake.requests.length, 4, 'one call, retried three times');
    });

    it('on-error skip: skips, and warns that the change set was not seen whole', async (t) => {
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
      assert.equal(o['should-train'], 'false');
      assert.equal(o.complete, 'false');
      assert.match(o.reason, /on-error is skip/);
      assert.ok(
        result.run.warnings.some((w) => /could not be seen whole/.test(w) && /500/.test(w)),
        `warned: ${JSON.stringify(result.run.warnings)}`,
      );
      assert.ok(result.ms < RUN_LIMIT_MS, `ran ${Math.round(result.ms)} ms`);
    });

    it('on-error fail: the step fails and its error names the failing API', async (t) => {
      const fake = await down(t);
      const result = await gate({
        name: 'API down, on-error fail',
        fake,
        eventName: 'push',
        payload: pushEvent(shas.fork, shas.smallTrain, 'small-train'),
        onError: 'fail',
        truth: { base: shas.fork, head: shas.smallTrain },
      });
      assert.equal(result.run.code, 1);
      assert.equal(result.run.outputs['should-train'], undefined);
      assert.ok(
        result.run.errors.some((e) => /compare API failed/.test(e) && /500/.test(e)),
        `error annotation: ${JSON.stringify(result.run.errors)}`,
      );
      assert.ok(result.ms < RUN_LIMIT_MS, `ran ${Math.round(result.ms)} ms`);
    });

    for (const [label, head, ref, training] of [
      ['a docs-only push', 'smallDocs', 'small-docs', false],
      ['a training push', 'smallTrain', 'small-train', true],
    ] as const) {
      it(`with a checkout, ${label}: git lists it, complete`, async (t) => {
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
        assert.equal(o['should-train'], String(training));
        assert.equal(o.complete, 'true');
        assert.equal(o['diff-source'], 'git');
        assert.equal(o['changed-count'], '2');
        assert.ok(result.ms < RUN_LIMIT_MS, `ran ${Math.round(result.ms)} ms`);
      });
    }
  });

  describe('a push whose before commit was force-pushed away', { concurrency: true }, () => {
    const gone = 'feedc0de'.repeat(5);

    for (const onError of ['train', 'skip'] as const) {
      it(`without a checkout, on-error ${onError}: not complete, and the missing commit is named`, async (t) => {
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
        assert.equal(o.complete, 'false');
        assert.equal(o['should-train'], onError === 'train' ? 'true' : 'false');
        assert.ok(o.reason.includes(gone), `the reason names ${gone}: ${o.reason}`);
        assert.match(o.reason, /force-pushed/);
        assert.ok(
          result.run.warnings.some((w) => w.includes(gone)),
          `a warning names ${gone}: ${JSON.stringify(result.run.warnings)}`,
        );
      });
    }

    it('with a shallow checkout: git cannot fetch it either; not complete', async (t) => {
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
      assert.equal(o.complete, 'false');
      assert.equal(o['should-train'], 'false');
      assert.match(o.reason, /git in the checkout failed/);
      assert.ok(o.reason.includes(gone));
      assert.ok(result.run.warnings.some((w) => w.includes(gone)));
    });
  });
});

/**
 * The pull-request files API lists the change of the pull request as it is
 * when asked, not of the commits this run is about. These runs show where the
 * two part, and that the gate then does not use that list.
 */
describe('a pull-request file list that describes other commits', { concurrency: true }, () => {
  it('the branch was force-pushed after the event: the change of the event head is the one listed', async (t) => {
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
    assert.equal(o['head-sha'], shas.raceOld);
    assert.ok(
      o['should-train'] === 'true' || o.complete === 'false',
      `should-train=${o['should-train']}, complete=${o.complete}, source ${o['diff-source']}: ${o.reason}`,
    );
  });

  it('the base and ref inputs choose other commits than the pull request: their change is the one listed', async (t) => {
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
    assert.equal(o['head-sha'], shas.smallTrain);
    assert.ok(
      o['should-train'] === 'true' || o.complete === 'false',
      `should-train=${o['should-train']}, complete=${o.complete}, source ${o['diff-source']}: ${o.reason}`,
    );
  });
});

test('no run skipped training on a change that touched training files, unless it said it could not see the change and on-error was skip', () => {
  assert.equal(observed.length, started, 'every run finished');
  assert.ok(observed.length >= 20, `runs checked: ${observed.length}`);
  assert.ok(observed.some((r) => !r.truth.training));
  assert.ok(observed.some((r) => r.run.outputs.complete === 'false' && r.onError === 'skip'));
  const problems: string[] = [];
  for (const r of observed) {
    const o = r.run.outputs;
    if (r.ms >= RUN_LIMIT_MS) problems.push(`${r.name}: ran ${Math.round(r.ms)} ms`);
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
  assert.deepEqual(problems, []);
});
