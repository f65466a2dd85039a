/**
 * Issue and pull-request comments: find one, create one (never retried, so it
 * cannot be posted twice), update one, and keep one comment per issue.
 */
import { badResponse, GitHubApiError } from './errors.js';
import { hasNextPage, isRecord, mapComment, text } from './map.js';
import type { Transport } from './transport.js';
import type { CommentResult, GitHubApi, IssueComment } from './types.js';

const COMMENTS_PER_PAGE = 100;
const MAX_COMMENT_PAGES = 30;

export type CommentCalls = Pick<
  GitHubApi,
  'findIssueComment' | 'createIssueComment' | 'updateIssueComment' | 'upsertComment' | 'tokenLogin'
>;

/** Who writes comments with GITHUB_TOKEN (and cannot ask GET /user). */
export const ACTIONS_BOT = 'github-actions[bot]';

export function commentCalls(t: Transport): CommentCalls {
  return {
    findIssueComment: (issue, wanted) => findIssueComment(t, issue, wanted),
    createIssueComment: (issue, body) => createIssueComment(t, issue, body),
    updateIssueComment: (commentId, body) => updateIssueComment(t, commentId, body),
    upsertComment: (issue, body, isOurs) => upsertComment(t, issue, body, isOurs),
    tokenLogin: () => tokenLogin(t),
  };
}

/**
 * The login the token writes comments as: GET /user for a personal access
 * token or a user's token; an installation token (GITHUB_TOKEN) may not ask,
 * and writes as github-actions[bot].
 */
async function tokenLogin(t: Transport): Promise<string> {
  try {
    return await t.run(
      {
        action: 'reading the user the token belongs to',
        notFound: (answer) => `GitHub has no user for the token (${answer}).`,
        permission: 'none beyond the token itself',
      },
      async (call) => {
        const { data } = await t.request(call, 'GET /user', {});
        const login = isRecord(data) ? text(data.login) : undefined;
        if (login === undefined) throw badResponse(call.op.action, 'the user has no login');
        return login;
      },
    );
  } catch (err) {
    // An installation token (GITHUB_TOKEN) may not read GET /user.
    if (
      err instanceof GitHubApiError &&
      (err.kind === 'forbidden' || err.kind === 'not-found' || err.kind === 'unauthorized')
    ) {
      return ACTIONS_BOT;
    }
    throw err;
  }
}

function issueNotFound(slug: string, issue: number) {
  return (answer: string): string =>
    `GitHub found no issue or pull request #${issue} in ${slug} (${answer}).`;
}

function commentWrite(what: string) {
  return (answer: string): string =>
    `GitHub refused ${what} (${answer}). The token may not write to pull requests: give the job "permissions: pull-requests: write"; a pull request from a fork gets a read-only token, so the gate cannot comment there.`;
}

function findIssueComment(
  t: Transport,
  issue: number,
  wanted: (comment: IssueComment) => boolean,
): Promise<IssueComment | undefined> {
  return t.run(
    {
      action: `listing the comments of #${issue} in ${t.slug}`,
      notFound: issueNotFound(t.slug, issue),
      permission: 'pull-requests: read',
    },
    async (call) => {
      for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
        const { data, headers } = await t.request(
          call,
          'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
          { issue_number: issue, per_page: COMMENTS_PER_PAGE, page },
        );
        if (!Array.isArray(data)) {
          throw badResponse(call.op.action, 'the list of comments is missing');
        }
        for (const entry of data) {
          const comment = mapComment(entry, call.op.action);
          if (wanted(comment)) return comment;
        }
        if (!hasNextPage(headers.link) || data.length === 0) break;
      }
      return undefined;
    },
  );
}

/** A POST: the transport never retries it, so the comment cannot be posted twice. */
function createIssueComment(t: Transport, issue: number, body: string): Promise<IssueComment> {
  return t.run(
    {
      action: `commenting on #${issue} in ${t.slug}`,
      notFound: issueNotFound(t.slug, issue),
      permission: 'pull-requests: write',
      forbidden: commentWrite(`a comment on #${issue} in ${t.slug}`),
    },
    async (call) => {
      const { data } = await t.request(
        call,
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { issue_number: issue, body },
      );
      return mapComment(data, call.op.action);
    },
  );
}

function updateIssueComment(t: Transport, commentId: number, body: string): Promise<IssueComment> {
  return t.run(
    {
      action: `updating comment ${commentId} in ${t.slug}`,
      notFound: (answer) =>
        `GitHub found no comment ${commentId} in ${t.slug} (${answer}): it may have been deleted.`,
      permission: 'pull-requests: write',
      forbidden: commentWrite(`an update of comment ${commentId} in ${t.slug}`),
    },
    async (call) => {
      const { data } = await t.request(
        call,
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        { comment_id: commentId, body },
      );
      return mapComment(data, call.op.action);
    },
  );
}

/** One comment per issue: ours is updated in place, or created; a 403 is the answer `cannot-write`. */
async function upsertComment(
  t: Transport,
  issue: number,
  body: string,
  isOurs: (comment: IssueComment) => boolean,
): Promise<CommentResult> {
  try {
    const existing = await findIssueComment(t, issue, isOurs);
    if (existing === undefined) {
      return { kind: 'created', comment: await createIssueComment(t, issue, body) };
    }
    if (existing.body === body) return { kind: 'unchanged', comment: existing };
    return { kind: 'updated', comment: await updateIssueComment(t, existing.id, body) };
  } catch (err) {
    if (err instanceof GitHubApiError && err.kind === 'forbidden') {
      return { kind: 'cannot-write', status: err.status, message: err.message };
    }
    throw err;
  }
}
