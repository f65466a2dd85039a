/**
 * git in the workflow's checkout or a local repository: the files a change
 * touched (the action's diff engine), a branch's history (the command line's
 * history reader), and what a repository's refs and remote name.
 *
 *   runner    starts git (the only place that does), collects its output
 *   session   one call's environment, config, token, safe.directory, fetches
 *   parse     the pure parsers of git's -z output
 *   diff      changed files between two commits, fetching what a shallow checkout lacks
 *   history   the first-parent history, and repositories built from fast-import streams
 *   local     checkouts, refs, file contents, branches and the remote
 *   tree      a commit's files and their contents on demand, for the dependency analysis
 */
export { GitError, UnknownRefError } from './errors.js';
export { redactSecrets, type GitLog, type GitOptions } from './session.js';
export {
  FIRST_PARENT_LOG_FORMAT,
  parseFirstParentLog,
  parseNameStatusZ,
  type LogCommit,
} from './parse.js';
export { changedFiles, diffCommits, type GitDiff } from './diff.js';
export {
  importRepository,
  readFirstParentLog,
  type FirstParentLog,
  type FirstParentLogRequest,
} from './history.js';
export {
  currentBranch,
  defaultBranch,
  fileAt,
  isGitCheckout,
  parseRemoteUrl,
  remoteRepository,
  resolveCommit,
  resolveLocalCommit,
  workTreeTop,
  type RemoteRepository,
} from './local.js';
export {
  parseBatch,
  parseTree,
  snapshotAt,
  withTreeSession,
  type BlobTexts,
  type TreeSnapshot,
  type TreeSource,
} from './tree.js';
