/** A pull request read by number: its base and head commits, labels and size. */
import { badResponse } from './errors.js';
import { count, isRecord, shaOf, text } from './map.js';
import type { Transport } from './transport.js';
import type { GitHubApi, PullRequestDetails } from './types.js';

export type PullCalls = Pick<GitHubApi, 'pullRequest'>;

export function pullCalls(t: Transport): PullCalls {
  return { pullRequest: (number) => pullRequest(t, number) };
}

function pullRequest(t: Transport, number: number): Promise<PullRequestDetails> {
  return t.run(
    {
      action: `reading pull request #${number} in ${t.slug}`,
      notFound: (answer) => `GitHub found no pull request #${number} in ${t.slug} (${answer}).`,
      permission: 'pull-requests: read',
    },
    async (call) => {
      const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        pull_number: number,
      });
      const base = isRecord(data) ? shaOf(data.base) : undefined;
      const head = isRecord(data) ? shaOf(data.head) : undefined;
      if (!isRecord(data) || base === undefined || head === undefined) {
        throw badResponse(call.op.action, 'the pull request has no base or head commit');
      }
      const labels = Array.isArray(data.labels)
        ? data.labels
            .map((label) => (isRecord(label) ? text(label.name) : undefined))
            .filter((name): name is string => name !== undefined)
        : [];
      const changedFiles = count(data.changed_files);
      return {
        baseSha: base.toLowerCase(),
        headSha: head.toLowerCase(),
        labels,
        ...(changedFiles !== undefined ? { changedFiles } : {}),
      };
    },
  );
}
