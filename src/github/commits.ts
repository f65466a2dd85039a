/** A commit named by SHA, branch or tag, resolved to its SHA. */
import { badResponse } from './errors.js';
import { isRecord, shaOf } from './map.js';
import type { Transport } from './transport.js';
import type { GitHubApi } from './types.js';

export type CommitCalls = Pick<GitHubApi, 'commitSha'>;

export function commitCalls(t: Transport): CommitCalls {
  return { commitSha: (ref) => commitSha(t, ref) };
}

function commitSha(t: Transport, ref: string): Promise<string> {
  return t.run(
    {
      action: `resolving ${ref} in ${t.slug}`,
      notFound: (answer) =>
        `GitHub found no commit, branch or tag ${ref} in ${t.slug} (${answer}), or the token cannot see the repository.`,
      permission: 'contents: read',
    },
    async (call) => {
      const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/commits/{ref}', {
        ref,
        mediaType: { format: 'sha' },
      });
      const sha =
        typeof data === 'string'
          ? data.trim()
          : data instanceof ArrayBuffer
            ? new TextDecoder().decode(data).trim()
            : isRecord(data)
              ? shaOf(data)
              : undefined;
      if (sha === undefined || !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(sha)) {
        throw badResponse(call.op.action, 'the answer is not a commit SHA');
      }
      return sha.toLowerCase();
    },
  );
}
