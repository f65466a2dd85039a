/**
 * What the commands share: the streams and clock they run with, the
 * repository folder, git's options, the filters file, and refs given on the
 * command line.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseFilters, type CompiledFilter } from '../core/filters/index.js';
import { checkGate } from '../core/engine.js';
import { quote, shellWord } from '../core/format.js';
import { parseModels, type CompiledModel } from '../core/models.js';
import {
  GitError,
  UnknownRefError,
  isGitCheckout,
  resolveLocalCommit,
  type GitOptions,
} from '../git/index.js';
import { UsageError, type EngineOptions } from './args.js';
import { PROGRAM } from './help.js';

/** What the commands read from and write to. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard error is a terminal: a progress line may be drawn there. */
  progress: boolean;
  /** Width of the terminal, when standard output is one. */
  columns?: number;
  cwd: string;
  now: Date;
  /** The words that run this command line again, e.g. `node /path/dist/cli/index.js`. */
  program: readonly string[];
  /** The environment (for GITHUB_TOKEN and GITHUB_API_URL). */
  env: Readonly<Record<string, string | undefined>>;
}

export function gitOptions(dir: string, io: CliIo): GitOptions {
  return {
    cwd: dir,
    log: {
      info: (m) => io.stderr(`${m}\n`),
      debug: () => undefined,
      warning: (m) => io.stderr(`warning: ${m}\n`),
    },
  };
}

/** The repository folder: --repo, or the current folder; it must be in a git work tree. */
export async function repositoryDir(
  repo: string | undefined,
  io: CliIo,
  command: string,
): Promise<string> {
  const dir = resolve(io.cwd, repo ?? '.');
  if (repo !== undefined && (!existsSync(dir) || !statSync(dir).isDirectory())) {
    throw new UsageError(`--repo is ${quote(repo)}, which is not a folder.`, command);
  }
  if (!(await isGitCheckout(dir))) {
    const message = `${dir} is not in a git repository: run ${PROGRAM} in a clone, or give --repo DIR.`;
    if (repo !== undefined) throw new UsageError(message, command);
    throw new GitError(message);
  }
  return dir;
}

/** The text of the file an option names; a missing file is a bad argument. */
async function readOptionFile(
  option: string,
  path: string,
  io: CliIo,
  command: string,
): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, path), 'utf8');
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
      throw new UsageError(
        `--${option} is ${quote(path)}, which is not a file${code === 'ENOENT' ? ' (it does not exist)' : ''}.`,
        command,
      );
    }
    throw err;
  }
}

/** The filters and models files the options name, parsed; checked against the settings. */
export async function loadDocuments(
  cmd: EngineOptions,
  io: CliIo,
  command: string,
): Promise<{ filters: CompiledFilter[]; models: CompiledModel[] }> {
  const filters =
    cmd.filters === undefined
      ? []
      : parseFilters(await readOptionFile('filters', cmd.filters, io, command), cmd.filters);
  const models =
    cmd.models === undefined
      ? []
      : parseModels(await readOptionFile('models', cmd.models, io, command), cmd.models);
  // train-on, force and the models are checked before git is asked anything.
  checkGate(filters, models, cmd.settings);
  return { filters, models };
}

/** Resolves a ref the user gave, without fetching; a ref that names nothing is a bad argument. */
export async function checkRefOption(
  opts: GitOptions,
  option: string,
  ref: string,
  command: string,
): Promise<void> {
  let sha: string | undefined;
  try {
    sha = await resolveLocalCommit(opts, ref);
  } catch (err) {
    if (err instanceof GitError && !(err instanceof UnknownRefError)) {
      throw new UsageError(
        `--${option} is ${quote(ref)}, which is not a name git can use.`,
        command,
      );
    }
    throw err;
  }
  if (sha === undefined) {
    throw new UsageError(
      `--${option} is ${quote(ref)}, which names no branch, tag or commit in this repository` +
        ' (git fetch it first if it is only on the remote).',
      command,
    );
  }
}

/** A command line as a shell reads it back: words outside the safe set single-quoted. */
export function shellLine(words: readonly string[]): string {
  return words.map(shellWord).join(' ');
}
