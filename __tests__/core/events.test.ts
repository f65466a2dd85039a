import { describe, expect, test } from '@jest/globals';
import { thrownBy } from '../helpers/expect.js';
import { EventError, ZERO_SHA, planComparison, type ComparePlan } from '../../src/core/events.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const MERGE = 'e'.repeat(40);
const repository = { default_branch: 'main', full_name: 'acme/models' };

function compare(plan: ReturnType<typeof planComparison>): ComparePlan {
  expect(plan.kind).toBe('compare');
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
    expect(plan.base).toBe(A);
    expect(plan.head).toBe(B);
    expect(plan.pullRequest).toStrictEqual({
      number: 7,
      changedFiles: 12,
      labels: ['retrain', 'docs'],
    });
    expect(plan.defaultBranch).toBe('main');
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
    expect(plan.base).toBe(A);
    expect(plan.head).toBe(B);
  });

  test('pull_request without base/head in the payload is a clear error', () => {
    const error = thrownBy(
      () =>
        planComparison({
          eventName: 'pull_request',
          sha: A,
          ref: '',
          payload: { pull_request: { number: 1 } },
        }),
      EventError,
    );
    expect(error.message).toMatch(/pull_request\.base\.sha/);
    expect(error.message).toMatch(/base and ref inputs/);
  });

  test.each([
    ['no number', { base: { sha: A }, head: { sha: B } }, /pull_request\.number is null/],
    ['a number that is not one', { number: 'x', base: { sha: A }, head: { sha: B } }, /"x"/],
    [
      'a base that is not a SHA',
      { number: 2, base: { sha: 'main' }, head: { sha: B } },
      /base\.sha is "main"/,
    ],
    [
      'a head that is an option',
      { number: 2, base: { sha: A }, head: { sha: '-x' } },
      /head\.sha is "-x"/,
    ],
  ])('a pull request payload with %s is an EventError naming the field', (_, pr, message) => {
    const error = thrownBy(
      () =>
        planComparison({
          eventName: 'pull_request',
          sha: A,
          ref: '',
          payload: { pull_request: pr },
        }),
      EventError,
    );
    expect(error.message).toMatch(message);
  });

  test('a pull request payload without pull_request is an EventError', () => {
    expect(() =>
      planComparison({ eventName: 'pull_request_target', sha: A, ref: '', payload: { number: 3 } }),
    ).toThrow(/no pull_request object/);
  });

  test('push and merge_group commits must be SHAs', () => {
    expect(() =>
      planComparison({
        eventName: 'push',
        sha: B,
        ref: 'refs/heads/main',
        payload: { before: 'HEAD~1', after: B },
      }),
    ).toThrow(/before is "HEAD~1"; it must be a full commit SHA/);
    expect(() =>
      planComparison({
        eventName: 'merge_group',
        sha: B,
        ref: '',
        payload: { merge_group: { base_sha: A, head_sha: 'x'.repeat(40) } },
      }),
    ).toThrow(/merge_group\.head_sha/);
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
    expect(plan.base).toBe(A);
    expect(plan.head).toBe(B);
    expect(plan.description).toMatch(/push to main/);
  });

  test('a force push compares before..after (two-dot: the two trees), so dropped commits count', () => {
    const plan = compare(
      planComparison({
        eventName: 'push',
        sha: B,
        ref: 'refs/heads/feature',
        payload: { before: A, after: B, forced: true, ref: 'refs/heads/feature', repository },
      }),
    );
    expect(plan.base).toBe(A);
    expect(plan.twoDot).toBe(true);
    expect(plan.description).toMatch(/force push/);
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
    expect(plan.base).toBeUndefined();
    expect(plan.defaultBranch).toBe('main');
    expect(plan.head).toBe(B);
  });

  test('a deleted branch has nothing to compare', () => {
    const plan = planComparison({
      eventName: 'push',
      sha: A,
      ref: 'refs/heads/feature',
      payload: { before: A, after: ZERO_SHA, deleted: true, ref: 'refs/heads/feature', repository },
    });
    expect(plan.kind).toBe('none');
    expect(plan.kind === 'none' && plan.unseen).toBe(false);
  });

  test('the first push of the default branch has no base: the change is unseen', () => {
    const plan = planComparison({
      eventName: 'push',
      sha: B,
      ref: 'refs/heads/main',
      payload: { before: ZERO_SHA, after: B, created: true, ref: 'refs/heads/main', repository },
    });
    expect(plan.kind).toBe('none');
    expect(plan.kind === 'none' && plan.unseen).toBe(true);
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
    expect(plan.base).toBe(A);
    expect(plan.head).toBe(B);
  });

  test.each(['workflow_dispatch', 'schedule'])(
    '%s compares GITHUB_SHA with the default branch',
    (eventName) => {
      const plan = compare(
        planComparison({ eventName, sha: B, ref: 'refs/heads/feature', payload: { repository } }),
      );
      expect(plan.base).toBeUndefined();
      expect(plan.head).toBe(B);
    },
  );

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
    expect(pr.base).toBe('v1.0');
    expect(pr.head).toBe('release');
    const push = compare(
      planComparison(
        { eventName: 'push', sha: B, ref: 'refs/heads/main', payload: { before: A, after: B } },
        { base: 'v0.9' },
      ),
    );
    expect(push.base).toBe('v0.9');
    expect(push.head).toBe(B);
    const dispatch = compare(
      planComparison(
        { eventName: 'workflow_dispatch', sha: B, ref: '', payload: {} },
        { base: 'main~3', ref: 'dev' },
      ),
    );
    expect(dispatch.base).toBe('main~3');
    expect(dispatch.head).toBe('dev');
  });
});

describe('events that name no commits', () => {
  test.each(['workflow_dispatch', 'schedule', 'repository_dispatch'])(
    '%s on the default branch compares since the last successful run',
    (eventName) => {
      const plan = planComparison({
        eventName,
        sha: B,
        ref: 'refs/heads/main',
        payload: { repository },
      });
      expect(plan).toStrictEqual({
        kind: 'since-last-run',
        head: B,
        branch: 'main',
        description: `${eventName} on main: the commits since the last successful run`,
        defaultBranch: 'main',
      });
    },
  );

  test('on a tag (a release): compared with the default branch, marked as not placed when that shows nothing', () => {
    const plan = compare(
      planComparison({
        eventName: 'release',
        sha: B,
        ref: 'refs/tags/v1.0',
        payload: { repository },
      }),
    );
    expect(plan.base).toBeUndefined();
    expect(plan.head).toBe(B);
    expect(plan.unplaced).toMatch(/release event names no commits and runs on refs\/tags\/v1\.0/);
    const onBranch = compare(
      planComparison({
        eventName: 'workflow_dispatch',
        sha: B,
        ref: 'refs/heads/feature',
        payload: { repository },
      }),
    );
    expect(onBranch.unplaced).toBeUndefined();
    const chosen = compare(
      planComparison(
        { eventName: 'release', sha: B, ref: 'refs/tags/v1.0', payload: { repository } },
        { ref: 'v1.0' },
      ),
    );
    expect(chosen.unplaced).toBeUndefined();
  });

  test('on a branch whose default the payload does not name, the caller decides after looking it up', () => {
    const plan = compare(
      planComparison({ eventName: 'schedule', sha: B, ref: 'refs/heads/main', payload: {} }),
    );
    expect(plan.base).toBeUndefined();
    expect(plan.runOn).toBe('main');
  });

  test('workflow_run of a pull request compares its base with the triggering run head', () => {
    const plan = compare(
      planComparison({
        eventName: 'workflow_run',
        sha: 'c'.repeat(40),
        ref: 'refs/heads/main',
        payload: {
          repository,
          workflow_run: {
            event: 'pull_request',
            head_sha: B,
            head_branch: 'feature',
            pull_requests: [{ number: 12, base: { sha: A }, head: { sha: B } }],
          },
        },
      }),
    );
    expect([plan.base, plan.head, plan.pullRequest?.number]).toStrictEqual([A, B, 12]);
  });

  test("workflow_run of a fork's pull request (not named in the payload) is unseen, not compared with itself", () => {
    const plan = planComparison({
      eventName: 'workflow_run',
      sha: 'c'.repeat(40),
      ref: 'refs/heads/main',
      payload: {
        repository,
        workflow_run: {
          event: 'pull_request',
          head_sha: B,
          head_branch: 'main',
          pull_requests: [],
        },
      },
    });
    expect(plan.kind).toBe('none');
    expect(plan.kind === 'none' && plan.unseen).toBe(true);
    expect(plan.kind === 'none' && plan.reason).toMatch(
      /does not name \(as for pull requests from forks\)/,
    );
  });

  test('workflow_run of a push compares the triggering head since the last run on its branch', () => {
    const plan = planComparison({
      eventName: 'workflow_run',
      sha: 'c'.repeat(40),
      ref: 'refs/heads/main',
      payload: {
        repository,
        workflow_run: { event: 'push', head_sha: B, head_branch: 'main', pull_requests: [] },
      },
    });
    expect(plan.kind).toBe('since-last-run');
    expect(plan.kind === 'since-last-run' && [plan.head, plan.branch]).toStrictEqual([B, 'main']);
  });

  test('issue_comment on a pull request reads the pull request; on an issue there is no change', () => {
    const onPull = planComparison({
      eventName: 'issue_comment',
      sha: 'c'.repeat(40),
      ref: 'refs/heads/main',
      payload: { repository, issue: { number: 9, pull_request: { url: 'x' } } },
    });
    expect(onPull).toMatchObject({ kind: 'pull-request', number: 9 });
    const onIssue = planComparison({
      eventName: 'issue_comment',
      sha: 'c'.repeat(40),
      ref: 'refs/heads/main',
      payload: { repository, issue: { number: 9 } },
    });
    expect(onIssue.kind === 'none' && onIssue.unseen).toBe(true);
  });
});
