/**
 * Which source lists the change set, and when a list is whole.
 *
 * The cheapest source that can see everything is tried first, and a list that
 * may have been cut short is never called complete:
 * - compare API: one request, at most 300 files;
 * - pull-request files API: 100 a page, at most 3,000 files;
 * - git in a checkout: any size;
 * - without a checkout, the files of each commit in the range (a superset of the
 *   change, so it can only make the gate train more), within a request budget.
 * When none of them sees everything, the result has `complete: false` and says why.
 */
import { messageOf as message } from './format.js';
import type { ChangeSet, ChangedFile } from './types.js';
import type { PullRequestInfo } from './events.js';

/** The GitHub API as this module needs it (see github.ts). */
export interface ChangeApi {
  compare(
    base: string,
    head: string,
  ): Promise<{
    files: ChangedFile[];
    truncated: boolean;
    baseSha: string;
    headSha: string;
    mergeBaseSha?: string;
  }>;
  /** `ended`: the pages ended (GitHub offered no page beyond the ones read). */
  pullRequestFiles(
    pr: number,
  ): Promise<{ files: ChangedFile[]; complete: boolean; ended: boolean }>;
  /** The commit the pull request's head points at now, and how many files it reports changed. */
  pullRequestHead(pr: number): Promise<{ headSha: string; changedFiles?: number }>;
  commitsInRange(
    base: string,
    head: string,
  ): Promise<{ commits: { sha: string; parents: string[] }[]; complete: boolean }>;
  commitFiles(sha: string): Promise<{ files: ChangedFile[]; complete: boolean }>;
}

/** A local checkout as this module needs it (see git.ts). */
export interface ChangeGit {
  changedFiles(base: string, head: string): Promise<ChangedFile[]>;
}

export interface ChangeLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ChangeRequest {
  base: string;
  head: string;
  pullRequest?: PullRequestInfo;
}

export interface ChangeSetDeps {
  api: ChangeApi;
  /** Present when the workflow has a git checkout. */
  git?: ChangeGit;
  log: ChangeLog;
  /** Most requests the per-commit source may spend (default 400). */
  maxCommitRequests?: number;
}

/** GitHub's compare API lists at most this many files. */
export const COMPARE_FILE_LIMIT = 300;
/** GitHub's pull-request files API lists at most this many files. */
export const PULL_FILES_LIMIT = 3000;

/** One entry per path; a later entry for the same path replaces an earlier one. */
function union(lists: ChangedFile[][]): ChangedFile[] {
  const byPath = new Map<string, ChangedFile>();
  for (const list of lists) {
    for (const file of list) {
      const earlier = byPath.get(file.filename);
      byPath.delete(file.filename);
      // Keep an old path seen earlier: the file still counts at both paths.
      if (earlier?.previousFilename && !file.previousFilename) {
        byPath.set(file.filename, { ...file, previousFilename: earlier.previousFilename });
      } else byPath.set(file.filename, file);
    }
  }
  return [...byPath.values()];
}

export async function collectChangeSet(
  request: ChangeRequest,
  deps: ChangeSetDeps,
): Promise<ChangeSet> {
  const { api, git, log } = deps;
  const { base, head, pullRequest } = request;
  let baseSha = base;
  let headSha = head;
  let mergeBaseSha = '';
  /** Why each source tried so far did not give a whole list. */
  const gaps: string[] = [];
  /** The longest partial list seen, reported when nothing sees everything. */
  let partial: ChangedFile[] = [];
  let partialSource: ChangeSet['source'] = 'none';
  let apiUsable = true;

  const done = (files: ChangedFile[], source: ChangeSet['source']): ChangeSet => ({
    files,
    complete: true,
    source,
    baseSha,
    headSha,
    ...(mergeBaseSha !== '' ? { mergeBaseSha } : {}),
  });
  const keepPartial = (files: ChangedFile[], source: ChangeSet['source']): void => {
    if (files.length >= partial.length) {
      partial = files;
      partialSource = source;
    }
  };

  const known = pullRequest?.changedFiles;
  const skipCompare = known !== undefined && known >= COMPARE_FILE_LIMIT;

  if (skipCompare) {
    log.info(
      `Pull request #${pullRequest?.number} changes ${known} files, more than the compare API lists; reading the pull-request files instead.`,
    );
  } else {
    try {
      const result = await api.compare(base, head);
      baseSha = result.baseSha;
      headSha = result.headSha;
      mergeBaseSha = result.mergeBaseSha ?? '';
      if (!result.truncated) return done(result.files, 'compare');
      keepPartial(result.files, 'compare');
      gaps.push(`the compare API stopped at its limit of ${COMPARE_FILE_LIMIT} files`);
    } catch (err) {
      apiUsable = false;
      gaps.push(`the compare API failed: ${message(err)}`);
    }
  }

  if (
    pullRequest &&
    (apiUsable || skipCompare) &&
    (known === undefined || known <= PULL_FILES_LIMIT)
  ) {
    try {
      const result = await api.pullRequestFiles(pullRequest.number);
      // That API lists the pull request as it is now: once its branch has been
      // pushed again, the list is of another commit than this run's head.
      const now = await api.pullRequestHead(pullRequest.number);
      // At exactly 3,000 files the list alone cannot tell a whole list from one
      // GitHub cut short: the count the pull request reports at that head can.
      const whole = result.complete || (result.ended && now.changedFiles === result.files.length);
      if (now.headSha !== headSha.toLowerCase()) {
        gaps.push(
          `pull request #${pullRequest.number} has moved on to ${now.headSha.slice(0, 7)}, so its files API no longer lists ${headSha.slice(0, 7)}`,
        );
      } else if (whole) {
        return done(result.files, 'pull-files');
      } else {
        keepPartial(result.files, 'pull-files');
        gaps.push(`the pull-request files API stopped at its limit of ${PULL_FILES_LIMIT} files`);
      }
    } catch (err) {
      apiUsable = false;
      gaps.push(`the pull-request files API failed: ${message(err)}`);
    }
  } else if (pullRequest && known !== undefined && known > PULL_FILES_LIMIT) {
    gaps.push(
      `the pull request changes ${known} files, more than the ${PULL_FILES_LIMIT} the pull-request files API lists`,
    );
  }

  if (git) {
    try {
      log.info('Listing the changed files with git in the checkout.');
      return done(await git.changedFiles(baseSha, headSha), 'git');
    } catch (err) {
      gaps.push(`git in the checkout failed: ${message(err)}`);
    }
  } else {
    gaps.push('there is no git checkout to list the change with');
  }

  if (apiUsable) {
    const viaCommits = await filesOfEachCommit(baseSha, headSha, deps);
    // The union of the commits is a superset of the change: it must hold every
    // file any other source already listed, or it is not to be trusted.
    const listed = new Set(viaCommits.files.map((f) => f.filename));
    const missing = partial.filter((f) => !listed.has(f.filename));
    if (viaCommits.complete && missing.length > 0) {
      viaCommits.complete = false;
      viaCommits.gap = `the files of its commits miss ${missing.length} of the files the API listed for the change`;
    }
    if (viaCommits.complete) {
      log.info(
        `Listed the change through the files of each of its commits (${viaCommits.commits} commits).`,
      );
      return done(viaCommits.files, 'commits');
    }
    keepPartial(viaCommits.files, 'commits');
    gaps.push(viaCommits.gap);
  }

  return {
    files: partial,
    complete: false,
    source: partialSource,
    incompleteReason: gaps.join('; '),
    baseSha,
    headSha,
  };
}

/**
 * The files of base...head through the commits of the range. When head's first
 * parent is base (a merge-queue entry), head's own files are the change, exactly.
 * Otherwise, the union of the files each commit changed: a merge commit against
 * each of its parents, so that a change made while resolving a merge is seen
 * too. Any file that differs between the merge base and head lies on some path
 * of commits from head to the merge base, so the union holds it.
 */
async function filesOfEachCommit(
  base: string,
  head: string,
  deps: ChangeSetDeps,
): Promise<{ files: ChangedFile[]; complete: boolean; gap: string; commits: number }> {
  const budget = deps.maxCommitRequests ?? 400;
  const lists: ChangedFile[][] = [];
  let range: Awaited<ReturnType<ChangeApi['commitsInRange']>>;
  try {
    range = await deps.api.commitsInRange(base, head);
  } catch (err) {
    return {
      files: [],
      complete: false,
      gap: `listing the commits failed: ${message(err)}`,
      commits: 0,
    };
  }
  if (range.commits.length === 0) {
    return { files: [], complete: false, gap: 'no commits were listed for the change', commits: 0 };
  }
  const needed = range.commits.reduce((n, c) => n + Math.max(1, c.parents.length), 0);
  // The head made on top of the base, as a merge queue makes its entries (a
  // merge commit, or one squashed commit): the commits API lists its files
  // against its first parent, the base itself, which is exactly the change.
  const top = range.commits.find((c) => c.sha.toLowerCase() === head.toLowerCase());
  if (top !== undefined && top.parents[0]?.toLowerCase() === base.toLowerCase()) {
    try {
      const result = await deps.api.commitFiles(top.sha);
      if (result.complete) return { files: result.files, complete: true, gap: '', commits: 1 };
      lists.push(result.files);
    } catch (err) {
      return {
        files: [],
        complete: false,
        gap: `reading the files of commit ${top.sha.slice(0, 7)} failed: ${message(err)}`,
        commits: range.commits.length,
      };
    }
    return {
      files: union(lists),
      complete: false,
      gap: `commit ${top.sha.slice(0, 7)} changes more files than the commits API lists`,
      commits: range.commits.length,
    };
  }
  if (!range.complete || needed > budget) {
    return {
      files: [],
      complete: false,
      gap: range.complete
        ? `reading each of its ${range.commits.length} commits would take ${needed} requests, more than the budget of ${budget}`
        : 'the list of its commits was cut short',
      commits: range.commits.length,
    };
  }
  try {
    for (const commit of range.commits) {
      if (commit.parents.length <= 1) {
        const result = await deps.api.commitFiles(commit.sha);
        lists.push(result.files);
        if (!result.complete) {
          return {
            files: union(lists),
            complete: false,
            gap: `commit ${commit.sha.slice(0, 7)} changes more files than the commits API lists`,
            commits: range.commits.length,
          };
        }
      } else {
        // Against its first parent through the commits API (up to 3,000 files);
        // against the others through compare, so that a change made while
        // resolving the merge is seen too.
        const first = await deps.api.commitFiles(commit.sha);
        lists.push(first.files);
        if (!first.complete) {
          return {
            files: union(lists),
            complete: false,
            gap: `merge commit ${commit.sha.slice(0, 7)} changes more files than the commits API lists`,
            commits: range.commits.length,
          };
        }
        for (const parent of commit.parents.slice(1)) {
          const result = await deps.api.compare(parent, commit.sha);
          lists.push(result.files);
          if (result.truncated) {
            return {
              files: union(lists),
              complete: false,
              gap: `merge commit ${commit.sha.slice(0, 7)} changes more files than the compare API lists`,
              commits: range.commits.length,
            };
          }
        }
      }
    }
  } catch (err) {
    return {
      files: union(lists),
      complete: false,
      gap: `reading the files of each commit failed: ${message(err)}`,
      commits: range.commits.length,
    };
  }
  return { files: union(lists), complete: true, gap: '', commits: range.commits.length };
}

/** How a file changed seen from the other side: from head to base instead of base to head. */
function reversed(file: ChangedFile): ChangedFile {
  if (file.status === 'added') return { filename: file.filename, status: 'deleted' };
  if (file.status === 'deleted') return { filename: file.filename, status: 'added' };
  if (file.status === 'renamed' && file.previousFilename) {
    return { filename: file.previousFilename, status: 'renamed', previousFilename: file.filename };
  }
  return file;
}

/**
 * The change between the trees of base and head (`base..head`), through
 * three-dot comparisons only: base...head (what head added since the merge
 * base) and head...base (what base had since the merge base, which head
 * dropped), each listed as collectChangeSet lists a change. Every file that
 * differs between the two trees differs from the merge base in one of them, so
 * the union holds it (a superset: it can only train more). Complete only when
 * both halves are.
 */
export async function collectTwoDotChangeSet(
  request: ChangeRequest,
  deps: ChangeSetDeps,
): Promise<ChangeSet> {
  const ahead = await collectChangeSet(request, deps);
  const dropped = await collectChangeSet({ base: request.head, head: request.base }, deps);
  const files = union([dropped.files.map(reversed), ahead.files]);
  const gaps = [
    ...(ahead.complete ? [] : [`what the new head added: ${ahead.incompleteReason ?? ''}`]),
    ...(dropped.complete ? [] : [`what the old head had: ${dropped.incompleteReason ?? ''}`]),
  ];
  if (dropped.files.length > 0) {
    deps.log.info(
      `${dropped.files.length} files changed by commits the new head no longer has count as changed too.`,
    );
  }
  return {
    files,
    complete: gaps.length === 0,
    source: ahead.source === 'none' ? dropped.source : ahead.source,
    ...(gaps.length > 0 ? { incompleteReason: gaps.join('; ') } : {}),
    baseSha: dropped.headSha || ahead.baseSha,
    headSha: ahead.headSha,
  };
}
