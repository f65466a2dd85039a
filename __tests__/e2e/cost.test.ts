/**
 * End to end: runner price presets, training time measured from past runs, the
 * budget guard and the sticky pull-request comment, with the built action run
 * as a process (GITHUB_RUN_ID set, a pull_request payload) against a loopback
 * GitHub API that answers from a real git repository and from workflow runs
 * configured here.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { COMMENT_MARKER, isGateComment, commentKey } from '../../src/core/comment.js';
import { formatAmount, formatHours } from '../../src/core/outputs.js';
import {
  startFakeGitHub,
  type FakeGitHub,
  type FakeJob,
  type FakeWorkflowRun,
} from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { pullRequestEvent } from '../helpers/events.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'test-token-0123456789';
const WORKFLOW_ID = 4242;
const CURRENT_RUN = 9000;
const PR = 7;

const FILTERS = `training:
  - 'src/training/**'
`;

let repo: GitRepo;
const sha: Record<string, string> = {};

function prPayload(number: number, base: string, head: string, fork = false) {
  return pullRequestEvent({ number, base, head, fork });
}

const T0 = Date.parse('2026-11-20T09:00:00Z');

/** The gate job and a training job that took `minutes` (or was skipped). */
function jobs(minutes: number | 'skipped'): FakeJob[] {
  const start = new Date(T0).toISOString();
  const gate: FakeJob = {
    name: 'detect-changes',
    startedAt: start,
    completedAt: new Date(T0 + 20_000).toISOString(),
  };
  if (minutes === 'skipped') {
    return [gate, { name: 'train', conclusion: 'skipped', startedAt: start, completedAt: start }];
  }
  return [
    gate,
    {
      name: 'train',
      startedAt: new Date(T0 + 60_000).toISOString(),
      completedAt: new Date(T0 + 60_000 + minutes * 60_000).toISOString(),
    },
  ];
}

/**
 * The current run, then the workflow's past runs. The ten newest successful
 * runs hold eight trainings (40 … 60 min, median 46) and two skipped ones;
 * older runs, a failed run and another workflow's run must not count.
 */
function history(): FakeWorkflowRun[] {
  const newest: Array<number | 'skipped'> = [46, 'skipped', 40, 52, 44, 'skipped', 46, 60, 45, 50];
  const runs: FakeWorkflowRun[] = [
    { id: CURRENT_RUN, workflowId: WORKFLOW_ID, status: 'in_progress', jobs: jobs('skipped') },
    { id: 8999, workflowId: WORKFLOW_ID, conclusion: 'failure', jobs: jobs(500) },
    { id: 8998, workflowId: WORKFLOW_ID + 1, jobs: jobs(400) },
  ];
  newest.forEach((m, i) => runs.push({ id: 8900 - i, workflowId: WORKFLOW_ID, jobs: jobs(m) }));
  for (let i = 0; i < 5; i++) runs.push({ id: 8000 - i, workflowId: WORKFLOW_ID, jobs: jobs(300) });
  return runs;
}

interface GateOptions {
  inputs?: Record<string, string>;
  runs?: FakeWorkflowRun[];
  runId?: number;
  job?: string;
  head?: string;
  fork?: boolean;
  setup?: (fake: FakeGitHub) => void;
}

interface GateRun extends ActionRun {
  requests: FakeGitHub['requests'];
}

/** Runs the action once against `fake`, and returns what it did and the requests it made. */
async function gateOn(fake: FakeGitHub, opts: GateOptions = {}): Promise<GateRun> {
  fake.resetRequests();
  fake.clearFaults();
  opts.setup?.(fake);
  const run = await runAction({
    eventName: 'pull_request',
    payload: prPayload(PR, sha.base!, opts.head ?? sha.training!, opts.fork),
    apiUrl: fake.url,
    sha: 'f'.repeat(40),
    ref: `refs/pull/${PR}/merge`,
    inputs: { filters: FILTERS, token: TOKEN, ...opts.inputs },
    env: {
      GITHUB_RUN_ID: String(opts.runId ?? CURRENT_RUN),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: opts.job ?? 'detect-changes',
    },
  });
  return { ...run, requests: [...fake.requests] };
}

/** Runs the action once against its own loopback API. */
async function gate(opts: GateOptions = {}): Promise<GateRun & { fake: FakeGitHub }> {
  const fake = await startFakeGitHub({
    repo,
    token: TOKEN,
    runs: opts.runs ?? history(),
    pulls: { [PR]: { base: 'main', head: 'training' } },
  });
  try {
    return { ...(await gateOn(fake, opts)), fake };
  } finally {
    await fake.close();
  }
}

function actionsRequests(run: GateRun): GateRun['requests'] {
  return run.requests.filter((r) => r.path.includes('/actions/'));
}

function noTokenLeak(run: ActionRun): void {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.includes(TOKEN));
  expect(lines.filter((l) => !l.startsWith('::add-mask::'))).toStrictEqual([]);
  expect(run.summary.includes(TOKEN)).toBe(false);
}

beforeAll(() => {
  repo = GitRepo.create();
  sha.base = repo.commit(
    { 'src/training/train.py': 'def train(): pass\n', 'docs/README.md': '# docs\n' },
    'initial',
  );
  repo.checkout('training', true);
  sha.training = repo.commit({ 'src/training/train.py': 'def train(): return 1\n' }, 'train');
  sha.docs = repo.commit(
    { 'src/training/train.py': 'def train(): pass\n', 'docs/README.md': '# docs v2\n' },
    'back to docs only',
  );
  repo.checkout('main');
});

afterAll(() => {
  repo?.remove();
});

describe('cost from a runner preset and measured training time', () => {
  test.concurrent(
    'preset price × median of the last successful runs, both sources in the summary',
    async () => {
      const run = await gate({
        inputs: { 'gpu-runner': 'github-gpu-t4', 'training-job': 'train' },
      });
      expect(run.code).toBe(0);
      expect(run.outputs['should-train']).toBe('true');

      // the median, 46 minutes, is 0.77 h: the one number every figure comes from
      const hours = 0.77;
      expect(run.outputs['estimated-gpu-hours']).toBe(formatHours(hours));
      expect(run.outputs['estimated-gpu-hours']).toBe('0.77');
      expect(run.outputs['estimated-cost']).toBe(formatAmount(hours * 3.12));
      expect(run.outputs['estimated-cost']).toBe('2.40');
      expect(run.outputs['cost-avoided']).toBe('0.00');
      expect(run.outputs['over-limit']).toBe('false');

      expect(run.summary).toContain(
        '**Cost:** training this change takes **0.77 GPU-hours ≈ $2.40**',
      );
      expect(run.summary).toContain('- 0.77 h × 1 runner × $3.12 an hour = $2.40');
      expect(run.summary).toContain(
        '- Training time 0.77 h (46 min): the median of the last 8 successful runs of <code>train</code>',
      );
      expect(run.summary).toContain('- Price $3.12 an hour: the <code>github-gpu-t4</code> preset');
      expect(run.summary).toMatch(
        /<a href="https:\/\/docs\.github\.com\/en\/billing\/reference\/actions-runner-pricing">on-demand price<\/a> read on 2026-01-01, prices change/,
      );
      expect(run.stdout).toMatch(
        /median of job "train" in the last 8 successful runs where it ran: 46 min/,
      );

      // At most history-runs + 2 requests, newest runs of the same workflow only.
      const actions = actionsRequests(run);
      expect(actions.length).toBeLessThanOrEqual(12);
      expect(actions.map((r) => r.path)).toStrictEqual([
        `/repos/acme/models/actions/runs/${CURRENT_RUN}`,
        `/repos/acme/models/actions/workflows/${WORKFLOW_ID}/runs`,
        ...Array.from({ length: 10 }, (_, i) => `/repos/acme/models/actions/runs/${8900 - i}/jobs`),
      ]);
      expect(actions[1]?.query.status).toBe('success');
      expect(run.warnings).toStrictEqual([]);
      noTokenLeak(run);
    },
  );

  test.concurrent('history-runs 3: the median of the newest three', async () => {
    const run = await gate({
      inputs: { 'gpu-runner': 'aws-g5.xlarge', 'training-job': 'train', 'history-runs': '3' },
    });
    expect(run.code).toBe(0);
    // Three runs read: 46, (skipped), 40 → median 43 min, in 2 + 3 requests.
    expect(run.outputs['estimated-cost']).toBe(formatAmount((43 / 60) * 1.006));
    expect(run.outputs['estimated-cost']).toBe('0.72');
    expect(run.summary).toContain('median of the last 2 successful runs');
    expect(actionsRequests(run).length).toBe(5);
  });

  test.concurrent(
    'training-hours, when given, wins over training-job and nothing is read',
    async () => {
      const run = await gate({
        inputs: { 'gpu-runner': 'github-gpu-t4', 'training-job': 'train', 'training-hours': '2' },
      });
      expect(run.outputs['estimated-cost']).toBe('6.24');
      expect(run.summary).toContain(
        '- Training time 2 h (2 h): the <code>training-hours</code> input',
      );
      expect(actionsRequests(run).length).toBe(0);
    },
  );

  test.concurrent('no history yet: the summary says so, and no figure is invented', async () => {
    const run = await gate({
      inputs: { 'gpu-runner': 'github-gpu-t4', 'training-job': 'train', 'cost-limit': '1' },
      runs: [
        { id: CURRENT_RUN, workflowId: WORKFLOW_ID, status: 'in_progress' },
        { id: 8001, workflowId: WORKFLOW_ID, jobs: jobs('skipped') },
      ],
    });
    expect(run.code).toBe(0);
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs['estimated-cost']).toBe('');
    expect(run.outputs['estimated-gpu-hours']).toBe('');
    expect(run.outputs['cost-avoided']).toBe('');
    expect(run.outputs['over-limit']).toBe('false');
    expect(run.summary).toContain('**Cost:** not shown: the training time is not known.');
    expect(run.summary).toContain(
      '- Training time unknown: <code>train</code> did not run successfully in any of the last 1 successful run of this workflow',
    );
    expect(run.summary).toContain('- Cost limit $1.00: not checked, there is no cost estimate');
    expect(run.summary).not.toMatch(/GPU-hours|≈/);
    expect(run.warnings).toStrictEqual([]);
  });

  test.concurrent('a first run of the workflow: nothing to measure, said so', async () => {
    const run = await gate({
      inputs: { 'gpu-hourly-cost': '2.00', 'training-job': 'train' },
      runs: [{ id: CURRENT_RUN, workflowId: WORKFLOW_ID, status: 'in_progress' }],
    });
    expect(run.code).toBe(0);
    expect(run.outputs['estimated-cost']).toBe('');
    expect(run.summary).toContain('this workflow has no earlier successful run');
    expect(actionsRequests(run).length).toBe(2);
  });

  test.concurrent(
    'without actions: read, a warning; the step succeeds and decides as before',
    async () => {
      const run = await gate({
        inputs: { 'gpu-runner': 'github-gpu-t4', 'training-job': 'train' },
        setup: (fake) => fake.forbid({ path: fake.repoPath('actions/') }),
      });
      expect(run.code).toBe(0);
      expect(run.errors).toStrictEqual([]);
      expect(run.outputs['should-train']).toBe('true');
      expect(run.outputs['estimated-cost']).toBe('');
      expect(run.warnings.length).toBe(1);
      expect(run.warnings[0] ?? '').toMatch(/actions: read/);
      expect(run.warnings[0] ?? '').toMatch(/Resource not accessible by integration/);
      expect(run.summary).toContain('the <code>actions: read</code> permission');
      // a refusal is not retried
      expect(actionsRequests(run).length).toBe(1);
    },
  );

  test.concurrent('an unknown preset fails the step and lists the known ones', async () => {
    const run = await gate({ inputs: { 'gpu-runner': 'a100-box' } });
    expect(run.code).not.toBe(0);
    expect(run.errors[0] ?? '').toMatch(/Input gpu-runner is "a100-box"/);
    expect(run.errors[0] ?? '').toMatch(/github-gpu-t4, aws-g4dn\.xlarge, .*gcp-a2-highgpu-1g/);
    expect(run.outputs).toStrictEqual({});
  });
});

describe('the budget guard', () => {
  test.concurrent('over the limit: over-limit is true and the summary says so', async () => {
    const run = await gate({
      inputs: { 'gpu-runner': 'github-gpu-t4', 'training-job': 'train', 'cost-limit': '2.00' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs['over-limit']).toBe('true');
    expect(run.summary).toContain(
      '> **Over the cost limit:** training this change is estimated at $2.40, above the <code>cost-limit</code> of $2.00',
    );
  });

  test.concurrent('under the limit: over-limit is false', async () => {
    const run = await gate({
      inputs: { 'gpu-hourly-cost': '1.60', 'training-hours': '0.75', 'cost-limit': '1.20' },
    });
    expect(run.outputs['estimated-cost']).toBe('1.20');
    expect(run.outputs['over-limit']).toBe('false');
    expect(run.summary).toContain('- Cost limit $1.20: within it');
    expect(run.summary).not.toContain('[!WARNING]');
  });

  test.concurrent('a skipped change is never over the limit', async () => {
    const run = await gate({
      head: sha.docs,
      inputs: { 'gpu-hourly-cost': '1.60', 'training-hours': '0.75', 'cost-limit': '0' },
    });
    expect(run.outputs['should-train']).toBe('false');
    expect(run.outputs['over-limit']).toBe('false');
    expect(run.outputs['cost-avoided']).toBe('1.20');
  });
});

describe('the sticky pull-request comment', () => {
  let fake: FakeGitHub;

  beforeAll(async () => {
    const pushes: FakeWorkflowRun[] = [9101, 9102].map((id) => ({
      id,
      workflowId: WORKFLOW_ID,
      status: 'in_progress',
    }));
    fake = await startFakeGitHub({
      repo,
      token: TOKEN,
      runs: [...history(), ...pushes],
      pulls: { [PR]: { base: 'main', head: 'training' } },
    });
  });

  afterAll(async () => {
    await fake?.close();
  });

  test('three runs on one pull request leave exactly one comment, updated in place', async () => {
    fake.addComment(PR, 'Looks good to me', 'reviewer');
    const inputs = { comment: 'true', 'gpu-runner': 'github-gpu-t4', 'training-job': 'train' };
    const key = commentKey('CI', 'detect-changes');

    const first = await gateOn(fake, { inputs, runId: 9101 });
    expect(first.code).toBe(0);
    expect(first.warnings).toStrictEqual([]);
    const created = fake.comments(PR).filter((c) => isGateComment(c.body, key));
    expect(created.length).toBe(1);
    expect(created[0]?.body ?? '').toMatch(/^<!-- ml-change-gate -->\n/);
    expect(created[0]?.body).toContain('## 🚀 Training will run');
    expect(created[0]?.body).toContain(
      '**Cost:** training this change takes **0.77 GPU-hours ≈ $2.40**',
    );
    expect(created[0]?.body).toContain('median of the last 8 successful runs');
    expect(created[0]?.body).toContain('| <code>training</code> | yes | ✅ 1 |');
    expect(created[0]?.body).toContain('/actions/runs/9101">job summary</a>');
    expect(first.requests.filter((r) => r.method === 'POST').length).toBe(1);

    // A new push: the training change is undone, so the verdict changes.
    const second = await gateOn(fake, { inputs, runId: 9102, head: sha.docs });
    expect(second.code).toBe(0);
    expect(second.outputs['should-train']).toBe('false');
    expect(second.requests.filter((r) => r.method === 'POST').length).toBe(0);
    expect(second.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toStrictEqual([
      `/repos/acme/models/issues/comments/${created[0]?.id}`,
    ]);

    // The same run again (a re-run): found, and left as it is.
    const third = await gateOn(fake, { inputs, runId: 9102, head: sha.docs });
    expect(third.code).toBe(0);
    expect(third.requests.filter((r) => r.method !== 'GET').length).toBe(0);

    const gateComments = fake.comments(PR).filter((c) => isGateComment(c.body, key));
    // exactly one comment of the gate
    expect(gateComments.length).toBe(1);
    expect(gateComments[0]?.id).toBe(created[0]?.id);
    expect(gateComments[0]?.body).toContain('## ⏭️ Training skipped');
    expect(gateComments[0]?.body).toContain('/actions/runs/9102">job summary</a>');
    expect(gateComments[0]?.body).not.toContain('Training will run');
    // the reviewer's comment is untouched
    expect(fake.comments(PR).map((c) => c.user)).toStrictEqual(['reviewer', 'github-actions[bot]']);
    expect(fake.comments(PR)[0]?.body).toBe('Looks good to me');
  });

  test('another gate job keeps its own comment', async () => {
    const before = fake.comments(PR).length;
    const run = await gateOn(fake, { inputs: { comment: 'true' }, job: 'detect-data-changes' });
    expect(run.code).toBe(0);
    expect(fake.comments(PR).length).toBe(before + 1);
    const mine = fake
      .comments(PR)
      .filter((c) => isGateComment(c.body, commentKey('CI', 'detect-data-changes')));
    expect(mine.length).toBe(1);
  });

  test('a pull request from a fork: the token cannot write, a warning, and the step succeeds', async () => {
    const before = fake.comments(PR).map((c) => c.body);
    const run = await gateOn(fake, {
      inputs: { comment: 'true', 'gpu-hourly-cost': '1.60', 'training-hours': '0.75' },
      runId: 9200,
      fork: true,
      setup: (f) => {
        f.forbid({ path: f.repoPath('issues/'), method: 'POST' });
        f.forbid({ path: f.repoPath('issues/'), method: 'PATCH' });
      },
    });
    expect(run.code).toBe(0);
    expect(run.errors).toStrictEqual([]);
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs['estimated-cost']).toBe('1.20');
    expect(run.warnings.length).toBe(1);
    expect(run.warnings[0] ?? '').toMatch(/The pull-request comment was not written/);
    expect(run.warnings[0] ?? '').toMatch(/fork/);
    expect(run.warnings[0] ?? '').toMatch(/pull-requests: write/);
    // nothing was written
    expect(fake.comments(PR).map((c) => c.body)).toStrictEqual(before);
    // not retried
    expect(run.requests.filter((r) => r.method !== 'GET').length).toBe(1);
  });

  test('comment off (the default): no comment request at all', async () => {
    const run = await gateOn(fake, { inputs: { 'gpu-hourly-cost': '1.60' } });
    expect(run.code).toBe(0);
    expect(run.requests.filter((r) => r.path.includes('/issues/')).length).toBe(0);
  });

  test('a push has no pull request: nothing is commented', async () => {
    fake.resetRequests();
    const run = await runAction({
      eventName: 'push',
      payload: {
        ref: 'refs/heads/training',
        before: sha.base,
        after: sha.training,
        repository: { default_branch: 'main' },
      },
      apiUrl: fake.url,
      sha: sha.training!,
      ref: 'refs/heads/training',
      inputs: { filters: FILTERS, token: TOKEN, comment: 'true' },
      env: { GITHUB_RUN_ID: '9300', GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'detect-changes' },
    });
    expect(run.code).toBe(0);
    expect(fake.requests.filter((r) => r.path.includes('/issues/')).length).toBe(0);
    expect(run.stdout).toMatch(/no pull request to comment on/);
  });
});

describe('the sticky comment is only ever one the token wrote', () => {
  /** A comment that copies the gate's markers, posted by someone else first. */
  function impostor(fake: FakeGitHub, user: string): number {
    const key = commentKey('CI', 'detect-changes');
    const body = `${COMMENT_MARKER}\n<!-- ml-change-gate:${key} -->\nTraining skipped, all fine.`;
    expect(isGateComment(body, key)).toBe(true);
    return fake.addComment(PR, body, user).id;
  }

  test('with GITHUB_TOKEN: a marked comment by someone else is left alone', async () => {
    const fake = await startFakeGitHub({
      repo,
      token: TOKEN,
      pulls: { [PR]: { base: 'main', head: 'training' } },
    });
    try {
      const theirs = impostor(fake, 'mallory');
      const run = await gateOn(fake, { inputs: { comment: 'true' } });
      expect(run.code).toBe(0);
      expect(run.requests.filter((r) => r.method === 'PATCH')).toStrictEqual([]);
      const all = fake.comments(PR);
      expect(all.find((c) => c.id === theirs)?.body).toMatch(/all fine/);
      const ours = all.filter((c) => c.user === 'github-actions[bot]');
      expect(ours).toHaveLength(1);
      expect(isGateComment(ours[0]?.body ?? '', commentKey('CI', 'detect-changes'))).toBe(true);
      // a second run updates the gate's own comment, still not the other one
      const again = await gateOn(fake, { inputs: { comment: 'true' }, head: sha.base });
      expect(again.requests.filter((r) => r.method === 'POST')).toStrictEqual([]);
      expect(fake.comments(PR).find((c) => c.id === theirs)?.body).toMatch(/all fine/);
    } finally {
      await fake.close();
    }
  });

  test('with a personal token: its user is asked for, and only its comment is updated', async () => {
    const fake = await startFakeGitHub({
      repo,
      token: TOKEN,
      pulls: { [PR]: { base: 'main', head: 'training' } },
      tokenUser: 'ci-robot',
      commentUser: 'ci-robot',
    });
    try {
      impostor(fake, 'github-actions[bot]');
      const mine = impostor(fake, 'CI-Robot');
      const run = await gateOn(fake, { inputs: { comment: 'true' } });
      expect(run.code).toBe(0);
      expect(run.requests.some((r) => r.path === '/user')).toBe(true);
      const patched = run.requests.filter((r) => r.method === 'PATCH').map((r) => r.path);
      expect(patched).toStrictEqual([`/repos/acme/models/issues/comments/${mine}`]);
    } finally {
      await fake.close();
    }
  });
});
