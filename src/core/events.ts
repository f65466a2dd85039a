/**
 * Event payload → which commits to compare. Pure: the caller passes what the
 * runner provides (event name, payload, GITHUB_SHA) and the `base`/`ref` inputs.
 */

/** Commit SHA GitHub sends for "no commit" (a new or deleted branch). */
export const ZERO_SHA = '0000000000000000000000000000000000000000';

export interface EventInfo {
  eventName: string;
  payload: unknown;
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_REF */
  ref: string;
}

export interface Overrides {
  base?: string;
  ref?: string;
}

export interface PullRequestInfo {
  number: number;
  /** `pull_request.changed_files` from the payload, when present. */
  changedFiles?: number;
  labels: string[];
}

/**
 * A comparison `base...head` (three-dot: from their merge base to head).
 * `base` undefined means "the repository's default branch", which the caller
 * resolves (from the payload when it names it, else through the API).
 */
export interface ComparePlan {
  kind: 'compare';
  base: string | undefined;
  head: string;
  /** Words for the summary: how these commits were chosen. */
  description: string;
  pullRequest?: PullRequestInfo;
  /** The default branch named in the payload, when it names one. */
  defaultBranch?: string;
  /**
   * Compare the trees of base and head (`base..head`), not head with their
   * merge base: what base had and head lacks counts too. A force push is
   * compared so, as GitHub's own `paths` filter does, so that dropping a
   * training commit is a change to training.
   */
  twoDot?: boolean;
  /**
   * Set when the event names no commits and runs on no branch (a tag, a
   * release): the head is compared with the default branch only for want of
   * anything better. When that shows no change (the commit is already on the
   * default branch), the change is unseen for this reason, not "no files changed".
   */
  unplaced?: string;
  /**
   * The branch a manual or scheduled run is on. When the base (the default
   * branch) turns out to be this branch, there is nothing to compare it
   * with: the caller compares since the last run instead (SinceLastRunPlan).
   */
  runOn?: string;
}

/**
 * A manual or scheduled run of a branch, or any run of the default branch
 * that names no commits: the head against the commit of the last successful
 * run of this workflow on the branch (of the training job, when it is known),
 * which the caller looks up. Not found: the change is unseen, and on-error
 * decides — never "no files changed".
 */
export interface SinceLastRunPlan {
  kind: 'since-last-run';
  head: string;
  branch: string;
  description: string;
  defaultBranch?: string;
}

/**
 * An event about a pull request whose payload does not carry its commits
 * (a comment on a pull request): the caller reads them through the API.
 */
export interface PullRequestLookupPlan {
  kind: 'pull-request';
  number: number;
  description: string;
  defaultBranch?: string;
}

/** Nothing to compare (a deleted branch), or no base at all (the first push of a repository). */
export interface NoComparePlan {
  kind: 'none';
  /** True when a change exists but cannot be listed (no earlier commit to compare with). */
  unseen: boolean;
  reason: string;
  head: string;
  pullRequest?: PullRequestInfo;
}

export type ComparisonPlan = ComparePlan | NoComparePlan | SinceLastRunPlan | PullRequestLookupPlan;

/** A plan whose commits are known: what the change set is listed from. */
export type ResolvedPlan = ComparePlan | NoComparePlan;

/** The event payload does not have what the event needs. */
export class EventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventError';
  }
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (!isObject(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

function stringField(obj: unknown, path: string): string | undefined {
  const v = field(obj, path);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function requireString(eventName: string, obj: unknown, path: string): string {
  const v = stringField(obj, path);
  if (v === undefined) {
    throw new EventError(
      `The ${eventName} event payload has no ${path}; cannot tell which commits to compare. ` +
        'Set the base and ref inputs to choose them.',
    );
  }
  return v;
}

/** A commit SHA as GitHub writes it: 40 (SHA-1) or 64 (SHA-256) lowercase hex digits. */
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** A field that names a commit: a full SHA, or an EventError naming the field. */
function requireSha(eventName: string, obj: unknown, path: string): string {
  const v = requireString(eventName, obj, path);
  checkSha(eventName, path, v);
  return v;
}

function checkSha(eventName: string, path: string, value: string | undefined): void {
  if (value !== undefined && !SHA.test(value)) {
    throw new EventError(
      `The ${eventName} event payload's ${path} is ${JSON.stringify(value.slice(0, 80))}; it must be a full commit SHA (40 or 64 hexadecimal digits). ` +
        'Set the base and ref inputs to choose the commits.',
    );
  }
}

/** An optional SHA field: undefined when absent, an EventError when present but not a SHA. */
function shaField(eventName: string, obj: unknown, path: string): string | undefined {
  const v = stringField(obj, path);
  checkSha(eventName, path, v);
  return v;
}

function isPullNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
}

function isZero(sha: string | undefined): boolean {
  return sha === undefined || /^0+$/.test(sha);
}

function pullRequestInfo(eventName: string, payload: unknown): PullRequestInfo {
  const pr = field(payload, 'pull_request');
  if (!isObject(pr)) {
    throw new EventError(
      `The ${eventName} event payload has no pull_request object; the runner's event file is not a pull request event.`,
    );
  }
  const number = isPullNumber(pr.number) ? pr.number : field(payload, 'number');
  if (!isPullNumber(number)) {
    throw new EventError(
      `The ${eventName} event payload's pull_request.number is ${JSON.stringify(pr.number ?? null)}; it must be the pull request's number, a whole number of 1 or more.`,
    );
  }
  const labels: string[] = [];
  if (Array.isArray(pr.labels)) {
    for (const label of pr.labels) {
      const name = field(label, 'name');
      if (typeof name === 'string') labels.push(name);
    }
  }
  const info: PullRequestInfo = { number, labels };
  const changed = pr.changed_files;
  if (typeof changed === 'number' && Number.isSafeInteger(changed) && changed >= 0) {
    info.changedFiles = changed;
  }
  return info;
}

/** Decides which commits the gate compares for an event. */
export function planComparison(event: EventInfo, overrides: Overrides = {}): ComparisonPlan {
  const { eventName, payload } = event;
  const defaultBranch = stringField(payload, 'repository.default_branch');
  const withDefault = (plan: ComparePlan): ComparePlan =>
    defaultBranch === undefined ? plan : { ...plan, defaultBranch };

  const base = overrides.base || undefined;
  const ref = overrides.ref || undefined;

  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pullRequest = pullRequestInfo(eventName, payload);
      const prBase = requireSha(eventName, payload, 'pull_request.base.sha');
      const prHead = requireSha(eventName, payload, 'pull_request.head.sha');
      const plan: ComparePlan = {
        kind: 'compare',
        base: base ?? prBase,
        head: ref ?? prHead,
        description:
          base || ref
            ? `pull request #${pullRequest.number}, commits from the base and ref inputs`
            : `pull request #${pullRequest.number}: its base and head`,
        pullRequest,
      };
      return withDefault(plan);
    }

    case 'push': {
      const after = shaField(eventName, payload, 'after') ?? event.sha;
      const before = shaField(eventName, payload, 'before');
      const pushedRef = stringField(payload, 'ref') ?? event.ref;
      if (base || ref) {
        return withDefault({
          kind: 'compare',
          base: base ?? (isZero(before) ? undefined : before),
          head: ref ?? after,
          description: 'push, commits from the base and ref inputs',
        });
      }
      if (field(payload, 'deleted') === true || isZero(after)) {
        return {
          kind: 'none',
          unseen: false,
          reason: `${pushedRef} was deleted: there is no new commit to train on`,
          head: after,
        };
      }
      if (before === undefined || isZero(before) || field(payload, 'created') === true) {
        if (defaultBranch !== undefined && pushedRef === `refs/heads/${defaultBranch}`) {
          return {
            kind: 'none',
            unseen: true,
            reason: `first push of the default branch ${defaultBranch}: there is no earlier commit to compare with`,
            head: after,
          };
        }
        return withDefault({
          kind: 'compare',
          base: undefined,
          head: after,
          description: `new ${pushedRef.startsWith('refs/tags/') ? 'tag' : 'branch'} ${shortRef(pushedRef)}, compared with the default branch`,
        });
      }
      const forced = field(payload, 'forced') === true;
      return withDefault({
        kind: 'compare',
        base: before,
        head: after,
        description: forced
          ? `force push to ${shortRef(pushedRef)}: the old head's and the new head's files (before..after), so that dropped commits count`
          : `push to ${shortRef(pushedRef)}: before and after`,
        ...(forced ? { twoDot: true } : {}),
      });
    }

    case 'merge_group': {
      const mgBase = requireSha(eventName, payload, 'merge_group.base_sha');
      const mgHead = requireSha(eventName, payload, 'merge_group.head_sha');
      return withDefault({
        kind: 'compare',
        base: base ?? mgBase,
        head: ref ?? mgHead,
        description:
          base || ref
            ? 'merge queue entry, commits from the base and ref inputs'
            : 'merge queue entry: its base and head',
      });
    }

    case 'workflow_run':
      if (base || ref) break;
      return workflowRunPlan(payload, defaultBranch);

    case 'issue_comment': {
      if (base || ref) break;
      const number = field(payload, 'issue.number');
      if (!isObject(field(payload, 'issue.pull_request'))) {
        return {
          kind: 'none',
          unseen: true,
          reason:
            'the comment is on an issue, not a pull request, so there is no change to look at; set the base and ref inputs to choose commits',
          head: event.sha,
        };
      }
      if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
        throw new EventError(
          'The issue_comment event payload has no issue.number; cannot tell which pull request to compare. Set the base and ref inputs to choose the commits.',
        );
      }
      return {
        kind: 'pull-request',
        number,
        description: `a comment on pull request #${number}: its base and head`,
        ...(defaultBranch !== undefined ? { defaultBranch } : {}),
      };
    }
  }
  return otherEvent(event, base, ref, defaultBranch);
}

/** Events that name no commits: the workflow commit (or ref input) against the base input or the default branch. */
function otherEvent(
  event: EventInfo,
  base: string | undefined,
  ref: string | undefined,
  defaultBranch: string | undefined,
): ComparisonPlan {
  const { eventName } = event;
  const head = ref ?? event.sha;
  const branch = !ref && event.ref.startsWith('refs/heads/') ? shortRef(event.ref) : undefined;
  if (!base && branch !== undefined && branch === defaultBranch) {
    return {
      kind: 'since-last-run',
      head,
      branch,
      description: `${eventName} on ${branch}: the commits since the last successful run`,
      defaultBranch,
    };
  }
  const plan: ComparePlan = {
    kind: 'compare',
    base,
    head,
    description: `${eventName}: ${ref ? 'the ref input' : 'the workflow commit'} against ${base ? 'the base input' : 'the default branch'}`,
    ...(defaultBranch !== undefined ? { defaultBranch } : {}),
  };
  if (!base && branch !== undefined) plan.runOn = branch;
  if (!base && !ref && branch === undefined) {
    plan.unplaced = `the ${eventName} event names no commits and runs on ${event.ref || 'no branch'}, not a branch, and its commit has no change against the default branch (it is already on it), so what it brings cannot be told; set the base and ref inputs to choose the commits`;
  }
  return plan;
}

/**
 * A workflow started by another one finishing (how teams give pull requests
 * from forks GPU runners and secrets): the triggering run's head, against its
 * pull request's base when the payload names one, else since the last run.
 */
function workflowRunPlan(payload: unknown, defaultBranch: string | undefined): ComparisonPlan {
  const head = requireSha('workflow_run', payload, 'workflow_run.head_sha');
  const pulls = field(payload, 'workflow_run.pull_requests');
  const pull = Array.isArray(pulls) ? (pulls[0] as unknown) : undefined;
  const prBase = stringField(pull, 'base.sha');
  checkSha('workflow_run', 'workflow_run.pull_requests[0].base.sha', prBase);
  const number = field(pull, 'number');
  const withDefault = defaultBranch !== undefined ? { defaultBranch } : {};
  if (prBase !== undefined && isPullNumber(number)) {
    return {
      kind: 'compare',
      base: prBase,
      head,
      description: `workflow_run of pull request #${number}: its base and the triggering run's head`,
      pullRequest: { number, labels: [] },
      ...withDefault,
    };
  }
  if (stringField(payload, 'workflow_run.event') === 'pull_request') {
    return {
      kind: 'none',
      unseen: true,
      reason:
        'the triggering run is of a pull request the workflow_run payload does not name (as for pull requests from forks), so its base is unknown; set the base and ref inputs to choose the commits',
      head,
    };
  }
  const branch = stringField(payload, 'workflow_run.head_branch');
  if (branch === undefined) {
    return {
      kind: 'none',
      unseen: true,
      reason: 'the workflow_run payload names no branch to compare on',
      head,
    };
  }
  return {
    kind: 'since-last-run',
    head,
    branch,
    description: `workflow_run on ${branch}: the triggering run's head, against the last successful run`,
    ...withDefault,
  };
}

function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}
