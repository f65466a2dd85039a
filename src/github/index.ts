/**
 * The GitHub REST API as the gate uses it; src/github is the only user of
 * octokit. Answers are mapped to the project's own types, and every failure
 * becomes a GitHubApiError whose message says what is wrong in words a
 * workflow author can act on.
 *
 * One module per concern:
 * - transport: the octokit client, per-request timeouts, per-call deadlines,
 *   retries, request counting, token scrubbing;
 * - retry: the retry and rate-limit policy, a pure function;
 * - errors: GitHubApiError and the translation of failures into messages;
 * - map: narrowing GitHub's JSON to the project's types;
 * - changes, commits, contents, runs, comments: the calls, by what they are about.
 */
import { changeCalls } from './changes.js';
import { commentCalls } from './comments.js';
import { commitCalls } from './commits.js';
import { contentCalls } from './contents.js';
import { pullCalls } from './pulls.js';
import { runCalls } from './runs.js';
import { treeCalls } from './tree.js';
import { createTransport } from './transport.js';
import type { ApiOptions, GitHubApi } from './types.js';

export { COMMIT_FILES_LIMIT, COMPARE_FILE_LIMIT, PULL_FILES_LIMIT } from './changes.js';
export { GitHubApiError, type GitHubErrorKind } from './errors.js';
export { measureTrainingTimes, type TrainingTimeRequest } from './runs.js';
export type {
  ApiLog,
  ApiOptions,
  CommentResult,
  CommitRef,
  CompareResult,
  GitHubApi,
  IssueComment,
  JobHistoryRequest,
  LastRun,
  LastRunRequest,
  PullRequestDetails,
  RepositoryTree,
  RetrySettings,
} from './types.js';

export { limited } from './pages.js';

export function createGitHubApi(options: ApiOptions): GitHubApi {
  const transport = createTransport(options);
  return {
    ...changeCalls(transport),
    ...contentCalls(transport),
    ...commitCalls(transport),
    ...runCalls(transport),
    ...pullCalls(transport),
    ...treeCalls(transport),
    ...commentCalls(transport),
    requestCount: () => transport.requestCount(),
  };
}
