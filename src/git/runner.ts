/**
 * Starts git: the one place in the project that starts a process.
 *
 * git is started with an argument array, never through a shell, so no
 * argument is ever read as shell syntax. Its output is kept as the chunks
 * arrive and joined once when it ends: reading `-z` output of many megabytes
 * takes time in proportion to its size, not to its square.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { GitError } from './errors.js';

/** How one git command is run. */
export interface GitRunOptions {
  /** The folder git runs in. */
  cwd: string;
  /** The whole environment git runs with; the PATH in it is where git is looked for. */
  env: Record<string, string>;
  /** What git reads on its standard input; without it, git's standard input is empty. */
  input?: Buffer;
  /** Called with each chunk of standard output as it arrives (the output is collected all the same). */
  onStdout?: (chunk: Buffer) => void;
}

/** What a git command did. */
export interface GitRunResult {
  /** git's exit code; when a signal ended git, 128 plus the signal's number, as a shell reports it. */
  exitCode: number;
  /** Standard output, read as UTF-8. */
  stdout: string;
  /** Standard error, read as UTF-8. */
  stderr: string;
}

/** Runs git commands. */
export interface GitRunner {
  /**
   * Runs git with `args` and resolves when it has ended, whatever its exit
   * code (the caller checks it). Rejects with a GitError only when git could
   * not be started.
   */
  run(args: readonly string[], options: GitRunOptions): Promise<GitRunResult>;
}

export interface GitRunnerOptions {
  /** The git program: a name looked for on the PATH of the environment given, or a path. Default `git`. */
  executable?: string;
  /**
   * How long to wait, once git has exited, for its output to end: a process
   * git started in the background may hold it open. Default 10 seconds.
   */
  closeGraceMs?: number;
}

const DEFAULT_CLOSE_GRACE_MS = 10_000;

/** A runner that starts git with node:child_process. */
export function createGitRunner(options: GitRunnerOptions = {}): GitRunner {
  const executable = options.executable ?? 'git';
  const grace = options.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS;
  return {
    run: (args, runOptions) => runProcess(executable, args, runOptions, grace),
  };
}

/** Output kept as the chunks arrive and decoded once, at the end. */
class Output {
  private readonly chunks: Buffer[] = [];
  private size = 0;

  add(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  text(): string {
    return Buffer.concat(this.chunks, this.size).toString('utf8');
  }
}

function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const number = signal === null ? undefined : constants.signals[signal];
  return number === undefined ? 1 : 128 + number;
}

/** The error for a git that could not be started: not found (the usual case), or refused its arguments. */
function notStarted(reason: unknown, notFound = true): GitError {
  const message = reason instanceof Error ? reason.message : String(reason);
  const hint = notFound ? ' (is it installed and on PATH?)' : '';
  return new GitError(`git could not be started${hint}: ${message}`);
}

function runProcess(
  executable: string,
  args: readonly string[],
  options: GitRunOptions,
  grace: number,
): Promise<GitRunResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawn(executable, [...args], {
        cwd: options.cwd,
        env: options.env,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        shell: false,
        windowsHide: true,
      });
    } catch (err) {
      // Node refuses arguments it cannot pass to a process (a NUL byte, for one).
      reject(notStarted(err, false));
      return;
    }
    const stdout = new Output();
    const stderr = new Output();
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ exitCode: exitCodeOf(code, signal), stdout: stdout.text(), stderr: stderr.text() });
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout.add(chunk);
      options.onStdout?.(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk));
    child.on('error', (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(notStarted(err));
    });
    child.on('exit', (code, signal) => {
      // The output normally ends with git; stop waiting for a process that inherited it.
      timer = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        finish(code, signal);
      }, grace);
    });
    child.on('close', finish);
    if (child.stdin) {
      // git may exit without reading all of its input; its exit code tells what happened.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }
  });
}
