/**
 * What changed between commits: the comparison, a pull request's files and
 * head, the commits of a range and the files of one commit. Each list is
 * bounded by GitHub's own limits, and says when it reached them.
 */
import type { ChangedFile } from '../core/types.js';
import { badResponse } from './errors.js';
import {
  count,
  hasNextPage,
  isFullSha,
  isRecord,
  mapFiles,
  parentsOf,
  shaOf,
  text,
  type Json,
} from './map.js';
import { lastPage, pageReader } from './pages.js';
import type { Call, Transport } from './transport.js';
import type { CommitRef, CompareResult, GitHubApi, PullRequestNow } from './types.js';

/** GitHub's documented limits. */
export const COMPARE_FILE_LIMIT = 300;
export const PULL_FILES_LIMIT = 3000;
export const COMMIT_FILES_LIMIT = 3000;
const PULL_FILES_PER_PAGE = 100;
const COMMITS_PER_PAGE = 100;
const MAX_COMMIT_PAGES = 30;
const MAX_COMMIT_FILE_PAGES = 10;

export type ChangeCalls = Pick<
  GitHubApi,
  'compare' | 'pullRequestFiles' | 'pullRequestHead' | 'commitsInRange' | 'commitFiles'
>;

export function changeCalls(t: Transport): ChangeCalls {
  return {
    compare: (base, head) => compare(t, base, head),
    pullRequestFiles: (pr) => pullRequestFiles(t, pr),
    pullRequestHead: (pr) => pullRequestHead(t, pr),
    commitsInRange: (base, head) => commitsInRange(t, base, head),
    commitFiles: (sha) => commitFiles(t, sha),
  };
}

const UNREACHABLE =
  'it may have been force-pushed away or its branch deleted, or the name or SHA may be misspelled';

function rangeNotFound(slug: string, base: string, head: string) {
  return (answer: string): string =>
    `GitHub could not find ${base} or ${head} in ${slug}, or the two share no history (${answer}). If a commit is missing, ${UNREACHABLE}.`;
}

function pullNotFound(slug: string, pr: number) {
  return (answer: string): string =>
    `GitHub found no pull request #${pr} in ${slug} (${answer}). The number may be wrong (a pull request from a fork is numbered in the repository it targets).`;
}

function filesOf(t: Transport, call: Call, value: unknown): ChangedFile[] {
  return mapFiles(value, call.op.action, t.say.debug);
}

function compare(t: Transport, base: string, head: string): Promise<CompareResult> {
  return t.run(
    {
      action: `comparing ${base}...${head} in ${t.slug}`,
      notFound: rangeNotFound(t.slug, base, head),
      permission: 'contents: read',
    },
    async (call) => {
      const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/compare/{basehead}', {
        basehead: `${base}...${head}`,
      });
      if (!isRecord(data)) throw badResponse(call.op.action, 'the comparison is not an object');
      const listed = Array.isArray(data.files) ? filesOf(t, call, data.files) : undefined;
      return compareResult(data, base, listed, await headOf(t, call, data, head));
    },
  );
}

/**
 * The head commit of a comparison. With nothing ahead, head is the merge base;
 * with every commit of the comparison listed (oldest first), head is the last
 * one. A longer comparison lists only some of its commits: the name is resolved
 * with one more request.
 */
async function headOf(t: Transport, call: Call, data: Json, head: string): Promise<string> {
  if (isFullSha(head)) return head.toLowerCase();
  const commits = Array.isArray(data.commits) ? data.commits : [];
  const totalCommits = count(data.total_commits) ?? commits.length;
  let headSha: string | undefined;
  if (totalCommits === 0) headSha = shaOf(data.merge_base_commit);
  else if (commits.length >= totalCommits) headSha = shaOf(commits.at(-1));
  else {
    const answer = await t.request(call, 'GET /repos/{owner}/{repo}/commits/{ref}', {
      ref: head,
      per_page: 1,
    });
    headSha = isRecord(answer.data) ? shaOf(answer.data) : undefined;
  }
  return headSha || head;
}

/** The comparison's answer; `listed` is undefined when the answer has no list of files. */
function compareResult(
  data: Json,
  base: string,
  listed: ChangedFile[] | undefined,
  headSha: string,
): CompareResult {
  const commits = Array.isArray(data.commits) ? data.commits : [];
  const totalCommits = count(data.total_commits) ?? commits.length;
  const files = listed ?? [];
  const apiStatus = text(data.status);
  const status =
    apiStatus === 'ahead' ||
    apiStatus === 'behind' ||
    apiStatus === 'diverged' ||
    apiStatus === 'identical'
      ? apiStatus
      : 'unknown';
  return {
    files,
    truncated: files.length >= COMPARE_FILE_LIMIT || (listed === undefined && totalCommits > 0),
    baseSha: shaOf(data.base_commit) ?? base,
    mergeBaseSha: shaOf(data.merge_base_commit) ?? '',
    headSha,
    status,
    aheadBy: count(data.ahead_by) ?? totalCommits,
    behindBy: count(data.behind_by) ?? 0,
    totalCommits,
  };
}

/**
 * A pull request's files, 100 a page. At 3,000 files the list alone cannot
 * tell whether GitHub stopped at its limit: `complete` is false then, and
 * `ended` says whether the pages ended, so that the count the pull request
 * reports can decide.
 */
function pullRequestFiles(
  t: Transport,
  pr: number,
): Promise<{ files: ChangedFile[]; complete: boolean; ended: boolean }> {
  return t.run(
    {
      action: `listing the files of pull request #${pr} in ${t.slug}`,
      notFound: pullNotFound(t.slug, pr),
      permission: 'pull-requests: read',
    },
    async (call) => {
      const files: ChangedFile[] = [];
      let cut = false;
      const maxPages = PULL_FILES_LIMIT / PULL_FILES_PER_PAGE;
      const pages = pageReader((page) =>
        t.request(call, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
          pull_number: pr,
          per_page: PULL_FILES_PER_PAGE,
          page,
        }),
      );
      for (let page = 1; ; page++) {
        const { data, headers } = await pages.page(page);
        const list = filesOf(t, call, data);
        files.push(...list);
        if (!hasNextPage(headers.link) || list.length === 0) break;
        if (page >= maxPages) {
          cut = true;
          break;
        }
        // The first answer says how many pages there are: the rest are asked for together.
        if (page === 1) pages.prefetch(2, Math.min(lastPage(headers.link) ?? 0, maxPages));
      }
      return { files, complete: !cut && files.length < PULL_FILES_LIMIT, ended: !cut };
    },
  );
}

/** Where a pull request's head is now, and how many files it reports changed there. */
function pullRequestHead(t: Transport, pr: number): Promise<PullRequestNow> {
  return t.run(
    {
      action: `reading pull request #${pr} in ${t.slug}`,
      notFound: pullNotFound(t.slug, pr),
      permission: 'pull-requests: read',
    },
    async (call) => {
      const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        pull_number: pr,
      });
      const sha = isRecord(data) ? shaOf(data.head) : undefined;
      if (!isRecord(data) || sha === undefined) {
        throw badResponse(call.op.action, 'the pull request has no head commit');
      }
      const changedFiles = count(data.changed_files);
      return {
        headSha: sha.toLowerCase(),
        ...(changedFiles !== undefined ? { changedFiles } : {}),
      };
    },
  );
}

function commitsInRange(
  t: Transport,
  base: string,
  head: string,
): Promise<{ commits: CommitRef[]; total: number; complete: boolean }> {
  return t.run(
    {
      action: `listing the commits of ${base}...${head} in ${t.slug}`,
      notFound: rangeNotFound(t.slug, base, head),
      permission: 'contents: read',
    },
    async (call) => {
      const commits: CommitRef[] = [];
      let total = 0;
      for (let page = 1; page <= MAX_COMMIT_PAGES; page++) {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/compare/{basehead}', {
          basehead: `${base}...${head}`,
          per_page: COMMITS_PER_PAGE,
          page,
        });
        if (!isRecord(data) || !Array.isArray(data.commits)) {
          throw badResponse(call.op.action, 'the comparison has no list of commits');
        }
        if (page === 1) total = count(data.total_commits) ?? data.commits.length;
        for (const entry of data.commits) {
          const sha = shaOf(entry);
          if (sha === undefined || !isRecord(entry)) {
            throw badResponse(call.op.action, 'a commit has no SHA');
          }
          commits.push({ sha, parents: parentsOf(entry.parents) });
        }
        if (commits.length >= total || data.commits.length < COMMITS_PER_PAGE) break;
      }
      return { commits, total, complete: commits.length >= total };
    },
  );
}

function commitFiles(
  t: Transport,
  sha: string,
): Promise<{ sha: string; parents: string[]; files: ChangedFile[]; complete: boolean }> {
  return t.run(
    {
      action: `reading commit ${sha} in ${t.slug}`,
      notFound: (answer) =>
        `GitHub found no commit ${sha} in ${t.slug} (${answer}): ${UNREACHABLE}.`,
      permission: 'contents: read',
    },
    async (call) => {
      const files: ChangedFile[] = [];
      let parents: string[] = [];
      let resolved = sha;
      let cut = false;
      for (let page = 1; ; page++) {
        const { data, headers } = await t.request(call, 'GET /repos/{owner}/{repo}/commits/{ref}', {
          ref: sha,
          ...(page > 1 ? { page } : {}),
        });
        if (!isRecord(data)) throw badResponse(call.op.action, 'the commit is not an object');
        if (page === 1) {
          resolved = text(data.sha) ?? sha;
          parents = parentsOf(data.parents);
        }
        const list = filesOf(t, call, data.files ?? []);
        files.push(...list);
        if (!hasNextPage(headers.link) || list.length === 0) break;
        if (page >= MAX_COMMIT_FILE_PAGES) {
          cut = true;
          break;
        }
      }
      return {
        sha: resolved,
        parents,
        files,
        complete: !cut && files.length < COMMIT_FILES_LIMIT,
      };
    },
  );
}
