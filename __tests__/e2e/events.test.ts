/**
 * End to end: events that name no commits of their own — a manual or
 * scheduled run of the default branch, a comment on a pull request, a
 * workflow started by another one — compared as the README's "Supported
 * events" says, never reported as "no files changed" when the change was not
 * looked at.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { pullRequestEvent } from '../helpers/events.js';
import { startFakeGitHub, type FakeJob, type FakeWorkflowRun } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'test-token-0123456789';
const FILTERS = "training:\n  - 'src/training/**'\ndocs:\n  - 'docs/**'\n";
const RUN_ID = 5000;
const WORKFLOW = 77;

let repo: GitRepo;
const sha: Record<string, string> = {};

beforeAll(() => {
  repo = GitRepo.create('gate-e2e-events-');
  sha.trained = repo.commit(
    { 'src/training/train.py': 'v1\n', 'docs/index.md': 'd\n' },
    'trained here',
  );
  sha.docs = repo.commit({ 'docs/index.md': 'd2\n' }, 'docs only');
  sha.training = repo.commit({ 'src/training/train.py': 'v2\n' }, 'training change');
  sha.docsAgain = repo.commit({ 'docs/index.md': 'd3\n' }, 'more docs');
  repo.checkout('feature', true);
  sha.feature = repo.commit({ 'docs/guide.md': 'g\n' }, 'feature docs');
  repo.checkout('main');
});

afterAll(() => repo?.remove());

const job = (name: string, conclusion: FakeJob['conclusion']): FakeJob => ({
  name,
  conclusion,
  startedAt: '2026-11-20T10:00:00Z',
  completedAt: '2026-11-20T10:30:00Z',
});

async function gate(
  eventName: string,
  payload: unknown,
  runs: FakeWorkflowRun[],
  inputs: Record<string, string> = {},
  at: { sha?: string; ref: string } = { sha: sha.docsAgain, ref: 'refs/heads/main' },
): Promise<ActionRun> {
  const fake = await startFakeGitHub({
    repo,
    token: TOKEN,
    runs: [{ id: RUN_ID, workflowId: WORKFLOW, status: 'in_progress' }, ...runs],
    pulls: { 3: { base: 'main', head: 'feature', labels: ['retrain'] } },
  });
  try {
    return await runAction({
      apiUrl: fake.url,
      eventName,
      payload,
      sha: at.sha ?? '',
      ref: at.ref,
      inputs: { filters: FILTERS, token: TOKEN, 'train-on': 'training', ...inputs },
      env: { GITHUB_RUN_ID: String(RUN_ID) },
    });
  } finally {
    await fake.close();
  }
}

const onMain = { repository: { default_branch: 'main', full_name: 'acme/models' } };

describe('manual and scheduled runs of the default branch', () => {
  test.concurrent.each(['schedule', 'workflow_dispatch'])(
    '%s compares since the last successful run, and trains for what changed since',
    async (eventName) => {
      const run = await gate(eventName, onMain, [
        { id: 4001, workflowId: WORKFLOW, headSha: sha.docs },
        { id: 4000, workflowId: WORKFLOW, headSha: sha.trained },
      ]);
      expect(run.code).toBe(0);
      expect(run.outputs['base-sha']).toBe(sha.docs);
      expect(run.outputs['should-train']).toBe('true');
      expect(run.outputs.complete).toBe('true');
      expect(run.outputs.reason).toBe(
        'training: training matched 1 file (src/training/train.py) of 2 changed files',
      );
      expect(run.stdout).toContain(
        `Comparing since run 4001, the last successful run of this workflow on main, at ${sha.docs?.slice(0, 7)}.`,
      );
    },
  );

  test.concurrent(
    'with the training job named: since the last run in which it succeeded',
    async () => {
      const run = await gate(
        'schedule',
        onMain,
        [
          {
            id: 4002,
            workflowId: WORKFLOW,
            headSha: sha.training,
            jobs: [job('train', 'skipped')],
          },
          { id: 4001, workflowId: WORKFLOW, headSha: sha.docs, jobs: [job('train', 'success')] },
        ],
        { 'training-job': 'train' },
      );
      // run 4002 skipped the training, so the training change after run 4001 still trains
      expect(run.outputs['base-sha']).toBe(sha.docs);
      expect(run.outputs['should-train']).toBe('true');
    },
  );

  test.concurrent('no change since the last run: skipped, and says since when', async () => {
    const run = await gate('schedule', onMain, [
      { id: 4003, workflowId: WORKFLOW, headSha: sha.docsAgain },
    ]);
    expect(run.outputs['should-train']).toBe('false');
    expect(run.outputs.complete).toBe('true');
    expect(run.outputs.reason).toBe('skipped: no files changed');
    expect(run.stdout).toContain('Comparing since run 4003');
  });

  test.concurrent.each([
    ['train', 'true'],
    ['skip', 'false'],
  ])(
    'no earlier run to compare with: never "no files changed"; on-error %s decides',
    async (onError, expected) => {
      const run = await gate('workflow_dispatch', onMain, [], { 'on-error': onError });
      expect(run.code).toBe(0);
      expect(run.outputs['should-train']).toBe(expected);
      expect(run.outputs.complete).toBe('false');
      expect(run.outputs.reason).toMatch(
        /there is no last successful run of this workflow on main to compare with/,
      );
      expect(run.warnings.some((w) => /could not be seen whole/.test(w))).toBe(true);
    },
  );

  test.concurrent(
    'a manual run of another branch compares it with the default branch, as before',
    async () => {
      const run = await gate(
        'workflow_dispatch',
        onMain,
        [],
        {},
        {
          sha: sha.feature,
          ref: 'refs/heads/feature',
        },
      );
      expect(run.outputs['base-sha']).toBe(sha.docsAgain);
      expect(run.outputs['head-sha']).toBe(sha.feature);
      expect(run.outputs.changes).toBe('["docs"]');
      expect(run.outputs.complete).toBe('true');
    },
  );
});

describe('events about a pull request that do not carry its commits', () => {
  test.concurrent(
    'issue_comment on a pull request compares its base and head, with its labels',
    async () => {
      const run = await gate(
        'issue_comment',
        {
          ...onMain,
          issue: { number: 3, pull_request: { url: 'x' } },
          comment: { body: '/retrain' },
        },
        [],
        { 'force-label': 'retrain' },
      );
      expect(run.code).toBe(0);
      expect(run.outputs['head-sha']).toBe(sha.feature);
      expect(run.outputs['should-train']).toBe('true');
      expect(run.outputs.reason).toBe('training forced: the pull request has the label "retrain"');
    },
  );

  test.concurrent(
    'workflow_run of a pull request compares its base with the triggering head',
    async () => {
      const pr = pullRequestEvent({
        number: 3,
        base: sha.docsAgain ?? '',
        head: sha.feature ?? '',
      });
      const run = await gate(
        'workflow_run',
        {
          ...onMain,
          workflow_run: {
            event: 'pull_request',
            head_sha: sha.feature,
            head_branch: 'feature',
            pull_requests: [(pr as { pull_request: unknown }).pull_request],
          },
        },
        [],
      );
      expect(run.outputs['base-sha']).toBe(sha.docsAgain);
      expect(run.outputs['head-sha']).toBe(sha.feature);
      expect(run.outputs.changes).toBe('["docs"]');
      expect(run.outputs['should-train']).toBe('false');
      expect(run.outputs.complete).toBe('true');
    },
  );
});
