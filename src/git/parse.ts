/**
 * The parsers of git's `-z` output. Pure: they read the text given and start
 * nothing.
 */
import type { ChangedFile, ChangeStatus } from '../core/types.js';
import { GitError } from './errors.js';

const STATUS_BY_LETTER: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/**
 * Parses `git diff --name-status -z` output. Pure.
 *
 * Each entry is a status followed by one path, or for renames and copies
 * (`R100`, `C075`) by the old and the new path; every field ends with NUL.
 * Statuses git does not print for a diff of two commits (unmerged `U`,
 * unknown `X`, broken `B`) are reported as `modified`, so a file is never
 * dropped.
 */
export function parseNameStatusZ(output: string): ChangedFile[] {
  if (output === '') return [];
  if (!output.endsWith('\0')) {
    throw new GitError('git diff printed a change list that does not end where expected.');
  }
  const fields = output.slice(0, -1).split('\0');
  const files: ChangedFile[] = [];
  let i = 0;
  while (i < fields.length) {
    const status = fields[i++] ?? '';
    const letter = status.charAt(0);
    if (!/^[A-Z][0-9]{0,3}$/.test(status)) {
      throw new GitError(
        `git diff printed an unexpected status ${JSON.stringify(status)} in its change list.`,
      );
    }
    const [file, next] = readEntry(fields, i, letter, 'git diff', '');
    files.push(file);
    i = next;
  }
  return files;
}

/**
 * One change entry of `-z --name-status` output whose status letter is
 * `letter`, its paths starting at fields[i]: a rename or copy has the old and
 * the new path, anything else one path. Returns the file and where the next
 * entry starts; `where` ends the error messages (` in commit …`).
 */
function readEntry(
  fields: readonly string[],
  i: number,
  letter: string,
  tool: string,
  where: string,
): [ChangedFile, number] {
  if (letter === 'R' || letter === 'C') {
    const from = fields[i];
    const to = fields[i + 1];
    if (from === undefined || to === undefined || from === '' || to === '') {
      throw new GitError(`${tool} printed a ${letter} entry without both of its paths${where}.`);
    }
    const status = letter === 'R' ? 'renamed' : 'copied';
    return [{ filename: to, status, previousFilename: from }, i + 2];
  }
  const path = fields[i];
  if (path === undefined || path === '') {
    throw new GitError(`${tool} printed a ${letter} entry without a path${where}.`);
  }
  return [{ filename: path, status: STATUS_BY_LETTER[letter] ?? 'modified' }, i + 1];
}

/** One commit of a first-parent history, with the files it changed from its first parent. */
export interface LogCommit {
  sha: string;
  /** The parents, first parent first; empty for a root commit. */
  parents: string[];
  /** The committer date, ISO 8601 with the committer's offset (`%cI`). */
  date: string;
  subject: string;
  /** The first line of the message body, empty when there is none (a pull request's title in GitHub's merge commits). */
  description: string;
  /** The files changed from the first parent (every file, as added, for a root commit). */
  files: ChangedFile[];
}

/**
 * The `--format` the history is read with: a start-of-commit byte, then the
 * SHA, the parents, the committer date, the subject and the body, each ending
 * in NUL.
 */
export const FIRST_PARENT_LOG_FORMAT = '%x01%H%x00%P%x00%cI%x00%s%x00%b';

// The start-of-commit byte the format prints.
// eslint-disable-next-line no-control-regex
const LOG_HEADER = /^\n?\x01([0-9a-f]{40}|[0-9a-f]{64})$/;
const LOG_PARENTS = /^(?:[0-9a-f]{40}|[0-9a-f]{64})(?: (?:[0-9a-f]{40}|[0-9a-f]{64}))*$/;
const LOG_STATUS = /^\n?([A-Z])[0-9]{0,3}$/;

/**
 * Parses `git log -z --name-status --format=FIRST_PARENT_LOG_FORMAT` output.
 * Pure.
 *
 * With `-z` every field ends in NUL, and a commit's change list follows its
 * subject (the first status after a newline). Fields are read by position:
 * each status is followed by exactly one path, or two for a rename or copy,
 * so a file name may hold any character, the start-of-commit byte and
 * newlines included. Statuses a diff of two commits never prints are read as
 * `modified`, so a file is never dropped.
 */
export function parseFirstParentLog(output: string): LogCommit[] {
  if (output === '') return [];
  if (!output.endsWith('\0')) {
    throw new GitError('git log printed a history that does not end where expected.');
  }
  const fields = output.slice(0, -1).split('\0');
  const commits: LogCommit[] = [];
  let i = 0;
  while (i < fields.length) {
    const header = fields[i++] ?? '';
    const sha = LOG_HEADER.exec(header)?.[1];
    if (sha === undefined) {
      throw new GitError(
        `git log printed ${JSON.stringify(header.slice(0, 80))} where a commit was expected.`,
      );
    }
    const parents = fields[i++];
    const date = fields[i++];
    const subject = fields[i++];
    const body = fields[i++];
    if (
      parents === undefined ||
      date === undefined ||
      subject === undefined ||
      body === undefined
    ) {
      throw new GitError(
        `git log printed commit ${sha} without its parents, date, subject and body.`,
      );
    }
    if (parents !== '' && !LOG_PARENTS.test(parents)) {
      throw new GitError(`git log printed unexpected parents for commit ${sha}.`);
    }
    if (!/^\d{4}-\d\d-\d\dT/.test(date)) {
      throw new GitError(`git log printed an unexpected date for commit ${sha}.`);
    }
    const files: ChangedFile[] = [];
    while (i < fields.length) {
      const status = fields[i] ?? '';
      if (LOG_HEADER.test(status)) break;
      const letter = LOG_STATUS.exec(status)?.[1];
      if (letter === undefined) {
        throw new GitError(
          `git log printed an unexpected status ${JSON.stringify(status.slice(0, 20))} in the change list of commit ${sha}.`,
        );
      }
      const [file, next] = readEntry(fields, i + 1, letter, 'git log', ` in commit ${sha}`);
      files.push(file);
      i = next;
    }
    commits.push({
      sha,
      parents: parents === '' ? [] : parents.split(' '),
      date,
      subject,
      description:
        body
          .split('\n')
          .find((line) => line.trim() !== '')
          ?.trim() ?? '',
      files,
    });
  }
  return commits;
}
