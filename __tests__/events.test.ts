import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EventError, ZERO_SHA, planComparison, type ComparePlan } from '../src/events.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const MERGE = 'e'.repeat(40);
const repository = { default_branch: 'main', full_name: 'acme/models' };

function compare(plan: ReturnType<typeof planComparison>): ComparePlan {
  assert.equal(plan.kind, 'compare');
  return plan as ComparePlan;
}

describe('planComparison', () => {
  test('pull_request compares the payload base and head, never GITHUB_SHA (a merge commit)', () => {
    const plan = compare(
      planComparison({
        eventName: 'pull_request',
        sha: MERGE,
        ref: 'refs/pull/7/merge',
        payload: {
          number: 7,
          repository,
          pull_request: {
            number: 7,
            changed_files: 12,
            labels: [{ name: 'retrain' }, { name: 'docs' }],
            base: { sha: A, ref: 'main' },
            head: { sha: B, ref: 'feature' },
          },
        },
      }),
    );
    assert.equal(plan.base, A);
    assert.equal(plan.head, B);
    assert.deepEqual(plan.pullRequest, {
      number: 7,
      changedFiles: 12,
      labels: ['retrain', 'docs'],
    });
    assert.equal(plan.defaultBranch, 'main');
  });

  test('pull_request_target also uses the pull request head, not the default-branch GITHUB_SHA', () => {
    const plan = compare(
      planComparison({
        eventName: 'pull_request_target',
        sha: 'c'.repeat(40),
        ref: 'refs/heads/main',
        payload: { pull_request: { number: 3, base: { sha: A }, head: { sha: B }, labels: [] } },
      }),
    );
    assert.equal(plan.base, A);
    assert.equal(plan.head, B);
  });

  test('pull_request without base/head in the payload is a clear error', () => {
    assert.throws(
      () =>
        planComparison({
          eventName: 'pull_request',
          sha: A,
          ref: '',
          payload: { pull_request: { number: 1 } },
        }),
      (e: unknown) =>
        e instanceof EventError &&
        /pull_request\.base\.sha/.test(e.message) &&
        /base and ref inputs/.test(e.message),
    );
  });

  test('push compares before...after', () => {
    const plan = compare(
      planComparison({
        eventName: 'push',
        sha: B,
        ref: 'refs/heads/main',
        payload: { before: A, after: B, ref: 'refs/heads/main', repository },
      }),
    );
    assert.equal(plan.base, A);
    assert.equal(plan.head, B);
    assert.match(plan.description, /push to main/);
  });

  test('a force push still compares before...after (three-dot: from the common ancestor)', () => {
    const plan = compare(
      planComparison({
        eventName: 'push',
        sha: B,
        ref: 'refs/heads/feature',
        payload: { before: A, after: B, forced: true, ref: 'refs/heads/feature', repository },
      }),
    );
    assert.equal(plan.base, A);
    assert.match(plan.description, /force push/);
  });

  test('a new branch (before all zeros) compares with the default branch', () => {
    const plan = compare(
      planComparison({
        eventName: 'push',
        sha: B,
        ref: 'refs/heads/feature',
        payload: {
          before: ZERO_SHA,
          after: B,
          created: true,
          ref: 'refs/heads/feature',
          repository,
        },
      }),
    );
    assert.equal(plan.base, undefined);
    assert.equal(plan.defaultBranch, 'main');
    assert.equal(plan.head, B);
  });

  test('a deleted branch has nothing to compare', () => {
    const plan = planComparison({
      eventName: 'push',
      sha: A,
      ref: 'refs/heads/feature',
      payload: { before: A, after: ZERO_SHA, deleted: true, ref: 'refs/heads/feature', repository },
    });
    assert.equal(plan.kind, 'none');
    assert.equal(plan.kind === 'none' && plan.unseen, false);
  });

  test('the first push of the default branch has no base: the change is unseen', () => {
    const plan = planComparison({
      eventName: 'push',
      sha: B,
      ref: 'refs/heads/main',
      payload: { before: ZERO_SHA, after: B, created: true, ref: 'refs/heads/main', repository },
    });
    assert.equal(plan.kind, 'none');
    assert.equal(plan.kind === 'none' && plan.unseen, true);
  });

  test('merge_group compares base_sha...head_sha', () => {
    const plan = compare(
      planComparison({
        eventName: 'merge_group',
        sha: MERGE,
        ref: 'refs/heads/gh-readonly-queue/main/pr-1',
        payload: { merge_group: { base_sha: A, head_sha: B }, repository },
      }),
    );
    assert.equal(plan.base, A);
    assert.equal(plan.head, B);
  });

  test('workflow_dispatch and schedule compare GITHUB_SHA with the default branch', () => {
    for (const eventName of ['workflow_dispatch', 'schedule']) {
      const plan = compare(
        planComparison({ eventName, sha: B, ref: 'refs/heads/feature', payload: { repository } }),
      );
      assert.equal(plan.base, undefined);
      assert.equal(plan.head, B);
    }
  });

  test('base and ref inputs override every event', () => {
    const pr = compare(
      planComparison(
        {
          eventName: 'pull_request',
          sha: MERGE,
          ref: '',
          payload: { pull_request: { number: 1, base: { sha: A }, head: { sha: B } } },
        },
        { base: 'v1.0', ref: 'release' },
      ),
    );
    assert.equal(pr.base, 'v1.0');
    assert.equal(pr.head, 'release');
    const push = compare(
      planComparison(
        { eventName: 'push', sha: B, ref: 'refs/heads/main', payload: { before: A, after: B } },
        { base: 'v0.9' },
      ),
    );
    assert.equal(push.base, 'v0.9');
    assert.equal(push.head, B);
    const dispatch = compare(
      planComparison(
        { eventName: 'workflow_dispatch', sha: B, ref: '', payload: {} },
        { base: 'main~3', ref: 'dev' },
      ),
    );
    assert.equal(dispatch.base, 'main~3');
    assert.equal(dispatch.head, 'dev');
  });
});
