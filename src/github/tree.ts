/**
 * A commit's files through the API, for the dependency analysis without a
 * checkout: the recursive tree of the commit (one request), and each file's
 * blob as the analysis reaches it (one request a file, each blob read once).
 */
import { badResponse } from './errors.js';
import { isRecord, text } from './map.js';
import type { Transport } from './transport.js';
import type { GitHubApi, RepositoryTree } from './types.js';

export type TreeCalls = Pick<GitHubApi, 'repositoryTree' | 'blobText'>;

export function treeCalls(t: Transport): TreeCalls {
  return {
    repositoryTree: (commit) => repositoryTree(t, commit),
    blobText: (sha) => blobText(t, sha),
  };
}

function repositoryTree(t: Transport, commit: string): Promise<RepositoryTree> {
  return t.run(
    {
      action: `listing the files of ${commit} in ${t.slug}`,
      notFound: (answer) => `GitHub found no commit ${commit} in ${t.slug} (${answer}).`,
      permission: 'contents: read',
    },
    async (call) => {
      const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        tree_sha: commit,
        recursive: '1',
      });
      if (!isRecord(data) || !Array.isArray(data.tree)) {
        throw badResponse(call.op.action, 'the tree has no list of files');
      }
      const blobs = new Map<string, string>();
      for (const entry of data.tree) {
        if (!isRecord(entry)) continue;
        const path = text(entry.path);
        const sha = text(entry.sha);
        if (entry.type === 'blob' && entry.mode !== '120000' && path && sha) blobs.set(path, sha);
      }
      return { blobs, truncated: data.truncated === true };
    },
  );
}

function blobText(t: Transport, sha: string): Promise<string> {
  return t.run(
    {
      action: `reading blob ${sha} in ${t.slug}`,
      notFound: (answer) => `GitHub found no blob ${sha} in ${t.slug} (${answer}).`,
      permission: 'contents: read',
    },
    async (call) => {
      const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
        file_sha: sha,
      });
      if (!isRecord(data) || typeof data.content !== 'string') {
        throw badResponse(call.op.action, 'the blob has no content');
      }
      const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
      return bytes.toString('utf8');
    },
  );
}
