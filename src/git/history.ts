/**
 * The history reader of the command line: a branch's first-parent history
 * with the files each commit changed, read by one `git log`; and the
 * repositories the demo builds from a `git fast-import` stream.
 */
import { UnknownRefError } from './errors.js';
import { FIRST_PARENT_LOG_FORMAT, parseFirstParentLog, type LogCommit } from './parse.js';
import { checkRef } from './refs.js';
import { Session, type GitOptions, type RunExtra } from './session.js';

export interface FirstParentLogRequest {
  /** The branch, tag or commit whose history is read. */
  ref: string;
  /** At most this many commits, the newest. */
  maxCount?: number;
  /** Only commits committed at or after this time. */
  since?: Date;
  /** Called as the output arrives, with the number of commits read so far. */
  onProgress?: (commits: number) => void;
}

export interface FirstParentLog {
  /** The commit `ref` names. */
  tip: string;
  /** Newest first. A commit whose parents a shallow clone lacks is left out. */
  commits: LogCommit[];
  /** The history stopped at the edge of a shallow clone. */
  shallow: boolean;
  /** git did not look for renames in some commit with very many files. */
  renamesSkipped: boolean;
}

/** The `git log` arguments that print the first-parent history of `tip` in FIRST_PARENT_LOG_FORMAT. */
function logArgs(session: Session, tip: string, request: FirstParentLogRequest): string[] {
  const { maxCount, since } = request;
  const args = [
    'log',
    '--first-parent',
    // Merges diffed against their first parent only (before git 2.31: -m with --first-parent).
    session.supports(2, 31) ? '--diff-merges=first-parent' : '-m',
    '--root',
    '-z',
    '-M',
    '--name-status',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--no-show-signature',
    '--ignore-submodules=none',
    `--format=${FIRST_PARENT_LOG_FORMAT}`,
  ];
  if (maxCount !== undefined) args.push(`--max-count=${maxCount}`);
  if (since !== undefined) args.push(`--since=${since.toISOString().replace(/\.\d+Z$/, 'Z')}`);
  args.push(tip, '--');
  return args;
}

/** A listener that counts the commits in the output as it arrives (each starts with byte 1). */
function progressCounter(onProgress: (commits: number) => void): (chunk: Buffer) => void {
  let read = 0;
  return (chunk) => {
    for (let at = chunk.indexOf(1); at !== -1; at = chunk.indexOf(1, at + 1)) read++;
    onProgress(read);
  };
}

/**
 * The first-parent history of `ref`, each commit with the files it changed
 * from its first parent (renames detected), read by one `git log` process
 * however long the window.
 */
export async function readFirstParentLog(
  opts: GitOptions,
  request: FirstParentLogRequest,
): Promise<FirstParentLog> {
  const { ref, onProgress } = request;
  checkRef(ref, 'branch');
  return Session.with(opts, async (session) => {
    const resolved = await session.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (resolved.exitCode !== 0) {
      throw new UnknownRefError(
        ref,
        `${JSON.stringify(ref)} names no branch, tag or commit in this repository.`,
      );
    }
    const tip = resolved.stdout.trim();
    const extra: RunExtra =
      onProgress === undefined ? {} : { onStdout: progressCounter(onProgress) };
    const out = await session.run(logArgs(session, tip, request), extra);
    if (out.exitCode !== 0) {
      throw session.error(`git could not read the history of ${ref}.`, out);
    }
    const commits = parseFirstParentLog(out.stdout);
    const boundary = await session.shallowCommits();
    const cut = commits.findIndex((commit) => boundary.has(commit.sha));
    return {
      tip,
      commits: cut === -1 ? commits : commits.slice(0, cut),
      shallow: cut !== -1,
      renamesSkipped: /rename detection was skipped/i.test(out.stderr),
    };
  });
}

/**
 * Makes `dir` (an existing, empty folder) a repository whose history is the
 * `git fast-import` stream given, with `branch` checked out.
 */
export async function importRepository(dir: string, branch: string, stream: Buffer): Promise<void> {
  checkRef(branch, 'branch');
  await Session.with({ cwd: dir }, async (session) => {
    const steps: [args: string[], what: string, extra: RunExtra][] = [
      [['init', '--quiet'], `git could not create a repository in ${dir}.`, {}],
      [['symbolic-ref', 'HEAD', `refs/heads/${branch}`], 'git could not name the branch.', {}],
      [
        ['fast-import', '--quiet', '--done'],
        'git could not import the history.',
        { input: stream },
      ],
      [['reset', '--quiet', '--hard'], 'git could not check out the imported branch.', {}],
    ];
    for (const [args, what, extra] of steps) {
      const out = await session.run(args, extra);
      if (out.exitCode !== 0) throw session.error(what, out);
    }
  });
}
