/**
 * Event payloads as GitHub sends them to a workflow, with the fields the gate
 * reads (and a few it does not, so that it is shown a realistic payload).
 */

export interface PullRequestEventSpec {
  number: number;
  base: string;
  head: string;
  /** The head branch (default `pr-<number>`). */
  headRef?: string;
  labels?: string[];
  /** `pull_request.changed_files`; left out when undefined. */
  changedFiles?: number;
  /** The head is in a fork. */
  fork?: boolean;
}

/** A `pull_request` (or `pull_request_target`) payload for the repository acme/models. */
export function pullRequestEvent(spec: PullRequestEventSpec): Record<string, unknown> {
  const fork = spec.fork ?? false;
  return {
    action: 'synchronize',
    number: spec.number,
    repository: { default_branch: 'main', full_name: 'acme/models' },
    pull_request: {
      number: spec.number,
      state: 'open',
      labels: (spec.labels ?? []).map((name) => ({ name })),
      base: { sha: spec.base, ref: 'main', repo: { full_name: 'acme/models' } },
      head: {
        sha: spec.head,
        ref: spec.headRef ?? `pr-${spec.number}`,
        repo: { full_name: fork ? 'someone/models' : 'acme/models', fork },
      },
      ...(spec.changedFiles === undefined ? {} : { changed_files: spec.changedFiles }),
    },
  };
}
