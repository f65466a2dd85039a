/** What is in the repository: a file's text at a ref, the default branch. */
import { badResponse, GitHubApiError } from './errors.js';
import { isRecord, text } from './map.js';
import type { Transport } from './transport.js';
import type { GitHubApi } from './types.js';

export type ContentCalls = Pick<GitHubApi, 'fileText' | 'defaultBranch'>;

export function contentCalls(t: Transport): ContentCalls {
  return {
    fileText: (path, ref) => fileText(t, path, ref),
    defaultBranch: () => defaultBranch(t),
  };
}

function fileText(t: Transport, path: string, ref: string): Promise<string> {
  const clean = path.replace(/^\/+/, '');
  return t.run(
    {
      action: `reading ${clean} at ${ref} in ${t.slug}`,
      notFound: (answer) =>
        `GitHub found no file ${clean} at ${ref} in ${t.slug} (${answer}): the path may be wrong (it is relative to the repository root), or ${ref} may not be a branch, tag or commit there.`,
      permission: 'contents: read',
    },
    async (call) => {
      const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/contents/{path}', {
        path: clean,
        ref,
        mediaType: { format: 'raw' },
      });
      if (typeof data === 'string') return data;
      if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
      if (Array.isArray(data)) {
        throw new GitHubApiError(
          'invalid',
          200,
          `${clean} at ${ref} in ${t.slug} is a folder, not a file.`,
        );
      }
      if (isRecord(data) && data.encoding === 'base64' && typeof data.content === 'string') {
        return Buffer.from(data.content, 'base64').toString('utf8');
      }
      throw badResponse(call.op.action, 'the file content is missing');
    },
  );
}

function defaultBranch(t: Transport): Promise<string> {
  return t.run(
    {
      action: `reading the repository ${t.slug}`,
      notFound: (answer) =>
        `GitHub found no repository ${t.slug} (${answer}): the name may be wrong.`,
      permission: 'metadata: read',
    },
    async (call) => {
      const { data } = await t.request(call, 'GET /repos/{owner}/{repo}', {});
      const branch = isRecord(data) ? text(data.default_branch) : undefined;
      if (!branch) throw badResponse(call.op.action, 'the repository has no default branch');
      return branch;
    },
  );
}
