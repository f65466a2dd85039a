/**
 * GitHub's answers are unknown JSON: these narrow them, and map files, jobs
 * and comments to the project's own types. A missing or malformed field the
 * gate needs is a bad-response error, never a guess.
 */
import type { ChangedFile, ChangeStatus, WorkflowJob } from '../core/types.js';
import { badResponse } from './errors.js';
import type { IssueComment } from './types.js';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function shaOf(value: unknown): string | undefined {
  return isRecord(value) ? text(value.sha) : undefined;
}

/** The SHAs of a commit's parents, as GitHub lists them. */
export function parentsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(shaOf).filter((p): p is string => p !== undefined) : [];
}

export function isFullSha(ref: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}

/** Whether a Link header names a next page. */
export function hasNextPage(link: unknown): boolean {
  return typeof link === 'string' && /<[^>]*>\s*;\s*rel="next"/.test(link);
}

const STATUS_MAP: Record<string, ChangeStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'changed',
};

/**
 * A list of files as the compare, pull-request files and commit APIs give it.
 * `action` names the call in errors ("comparing main...feature in acme/models");
 * `note` hears of a status GitHub has added since, which is counted as modified.
 */
export function mapFiles(
  value: unknown,
  action: string,
  note: (message: string) => void,
): ChangedFile[] {
  if (!Array.isArray(value)) throw badResponse(action, 'the list of files is missing');
  return value.map((entry: unknown): ChangedFile => {
    if (!isRecord(entry)) throw badResponse(action, 'a file entry is not an object');
    const filename = text(entry.filename);
    const apiStatus = text(entry.status);
    if (filename === undefined || apiStatus === undefined) {
      throw badResponse(action, 'a file entry has no filename or status');
    }
    let status = STATUS_MAP[apiStatus];
    if (status === undefined) {
      note(`GitHub listed ${filename} with status "${apiStatus}"; counted as modified.`);
      status = 'modified';
    }
    const previous = text(entry.previous_filename);
    return previous !== undefined && (status === 'renamed' || status === 'copied')
      ? { filename, status, previousFilename: previous }
      : { filename, status };
  });
}

/** The jobs of a workflow run: `{ jobs: [...] }`. */
export function mapJobs(value: unknown, action: string): WorkflowJob[] {
  if (!isRecord(value) || !Array.isArray(value.jobs)) {
    throw badResponse(action, 'the list of jobs is missing');
  }
  return value.jobs.map((entry: unknown): WorkflowJob => {
    if (!isRecord(entry)) throw badResponse(action, 'a job is not an object');
    const name = text(entry.name);
    const status = text(entry.status);
    if (name === undefined || status === undefined) {
      throw badResponse(action, 'a job has no name or status');
    }
    const job: WorkflowJob = { name, status, conclusion: text(entry.conclusion) ?? null };
    const startedAt = text(entry.started_at);
    const completedAt = text(entry.completed_at);
    if (startedAt !== undefined) job.startedAt = startedAt;
    if (completedAt !== undefined) job.completedAt = completedAt;
    return job;
  });
}

export function mapComment(value: unknown, action: string): IssueComment {
  if (!isRecord(value)) throw badResponse(action, 'a comment is not an object');
  const id = count(value.id);
  if (id === undefined) throw badResponse(action, 'a comment has no id');
  return {
    id,
    body: text(value.body) ?? '',
    user: isRecord(value.user) ? (text(value.user.login) ?? '') : '',
    htmlUrl: text(value.html_url) ?? '',
  };
}
