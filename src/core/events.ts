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

export type ComparisonPlan = ComparePlan | NoComparePlan;

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

function isZero(sha: string | undefined): boolean {
  return sha === undefined || /^0+$/.test(sha);
}

function pullRequestInfo(payload: unknown): PullRequestInfo | undefined {
  const pr = field(payload, 'pull_request');
  if (!isObject(pr)) return undefined;
  const number = typeof pr.number === 'number' ? pr.number : Number(field(payload, 'number'));
  const labels: string[] = [];
  if (Array.isArray(pr.labels)) {
    for (const label of pr.labels) {
      const name = field(label, 'name');
      if (typeof name === 'string') labels.push(name);
    }
  }
  const info: PullRequestInfo = { number, labels };
  if (typeof pr.changed_files === 'number') info.changedFiles = pr.changed_files;
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
      const pullRequest = pullRequestInfo(payload);
      const prBase = requireString(eventName, payload, 'pull_request.base.sha');
      const prHead = requireString(eventName, payload, 'pull_request.head.sha');
      const plan: ComparePlan = {
        kind: 'compare',
        base: base ?? prBase,
        head: ref ?? prHead,
        description:
          base || ref
            ? `pull request #${pullRequest?.number ?? '?'}, commits from the base and ref inputs`
            : `pull request #${pullRequest?.number ?? '?'}: its base and head`,
      };
      if (pullRequest) plan.pullRequest = pullRequest;
      return withDefault(plan);
    }

    case 'push': {
      const after = stringField(payload, 'after') ?? event.sha;
      const before = stringField(payload, 'before');
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
          ? `force push to ${shortRef(pushedRef)}: the new head against its common ancestor with the old one`
          : `push to ${shortRef(pushedRef)}: before and after`,
      });
    }

    case 'merge_group': {
      const mgBase = requireString(eventName, payload, 'merge_group.base_sha');
      const mgHead = requireString(eventName, payload, 'merge_group.head_sha');
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

    default:
      return withDefault({
        kind: 'compare',
        base,
        head: ref ?? event.sha,
        description: `${eventName}: ${ref ? 'the ref input' : 'the workflow commit'} against ${base ? 'the base input' : 'the default branch'}`,
      });
  }
}

function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}
