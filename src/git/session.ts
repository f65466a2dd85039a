/**
 * One call's git state: the environment every command runs with, the config
 * that keeps what git prints the same whatever the user's or the repository's
 * settings, the token, the secrets to keep out of messages, and the number of
 * fetches made.
 *
 * A token is handed to git only through environment variables, never on a
 * command line. A checkout owned by another user is marked safe for the
 * commands of the call only, nothing is written to the user's config.
 */
import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GitError } from './errors.js';
import { createGitRunner, type GitRunner, type GitRunResult } from './runner.js';

export interface GitLog {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
}

export interface GitOptions {
  /** The checkout (its top level or any folder inside it). */
  cwd: string;
  /** Token for fetching from the remote; empty or absent: use what the checkout has. */
  token?: string;
  /** The server the token is for, e.g. `https://github.com`. */
  serverUrl?: string;
  /** The remote to fetch missing commits from. Default `origin`. */
  remote?: string;
  log?: GitLog;
  /** Most `git fetch` runs one call may make. Default 5. */
  maxFetches?: number;
}

/** What a git command may be given besides its arguments: its standard input, an output listener. */
export interface RunExtra {
  input?: Buffer;
  onStdout?: (chunk: Buffer) => void;
}

const DEFAULT_REMOTE = 'origin';
const DEFAULT_SERVER_URL = 'https://github.com';
const DEFAULT_MAX_FETCHES = 5;

const DUBIOUS_OWNERSHIP = /dubious ownership|unsafe repository/i;

/**
 * Config given to every git command so that no user or repository setting
 * changes what the commands print.
 */
const STABLE_CONFIG = [
  'core.quotePath=false',
  'color.ui=false',
  'diff.relative=false',
  'diff.ignoreSubmodules=none',
  'gc.auto=0',
  'maintenance.auto=false',
];

/**
 * Config given to every git command so that no setting of the repository (or
 * of the user) makes git run a program: the command line outranks every
 * config file. What git may start is git itself (upload-pack over the
 * transports below) and ssh.
 */
export const NO_PROGRAMS_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.sshCommand=ssh',
  'core.askPass=',
  'core.alternateRefsCommand=true',
  'core.editor=true',
  'core.pager=cat',
  'credential.helper=',
  'safe.bareRepository=explicit',
  'protocol.allow=never',
  'protocol.https.allow=always',
  'protocol.http.allow=always',
  'protocol.ssh.allow=always',
  'protocol.git.allow=always',
  'protocol.file.allow=always',
  'submodule.recurse=false',
  'fetch.recurseSubmodules=false',
];

/** `text` without any of `secrets` or credentials written into URLs. Pure. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
  for (const secret of secrets) {
    if (secret !== '') result = result.split(secret).join('***');
  }
  return result;
}

interface GitVersion {
  major: number;
  minor: number;
}

function parseVersion(text: string): GitVersion | undefined {
  const m = /(\d+)\.(\d+)/.exec(text);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}

function atLeast(version: GitVersion | undefined, major: number, minor: number): boolean {
  if (!version) return true;
  return version.major > major || (version.major === major && version.minor >= minor);
}

/** A value written in a git config file, quoted so that any character survives. */
function configValue(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t');
  return `"${escaped}"`;
}

/** A value for the older `GIT_CONFIG_PARAMETERS` form, single-quoted as git reads it. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function envWithoutUndefined(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  return env;
}

/** The git version each runner reported, by PATH (null: not understood), asked once. */
const versions = new WeakMap<GitRunner, Map<string, GitVersion | null>>();
let sharedRunner: GitRunner | undefined;

/** The runner sessions use unless given one: one per process. */
function defaultRunner(): GitRunner {
  sharedRunner ??= createGitRunner();
  return sharedRunner;
}

export class Session {
  readonly cwd: string;
  /** The remote missing commits are fetched from. */
  readonly remote: string;
  readonly log: GitLog | undefined;
  private readonly runner: GitRunner;
  private readonly maxFetches: number;
  private readonly token: string | undefined;
  private readonly secrets: string[] = [];
  private readonly serverUrl: string;
  private readonly safeDirectories: string[];
  private env: Record<string, string> = {};
  private version: GitVersion | undefined;
  /** A temporary global config file, for git versions that ignore safe.directory in the environment. */
  private tempDir: string | undefined;
  private fetches = 0;

  private constructor(
    cwd: string,
    opts: Omit<GitOptions, 'cwd'>,
    safeDirectories: string[],
    runner: GitRunner,
  ) {
    this.cwd = cwd;
    this.remote = opts.remote || DEFAULT_REMOTE;
    this.log = opts.log;
    this.maxFetches = opts.maxFetches ?? DEFAULT_MAX_FETCHES;
    this.token = opts.token || undefined;
    this.serverUrl = opts.serverUrl || DEFAULT_SERVER_URL;
    this.safeDirectories = safeDirectories;
    this.runner = runner;
  }

  /** A session in the checkout `opts.cwd`, its git version known; close it when done. */
  static async open(opts: GitOptions, runner: GitRunner = defaultRunner()): Promise<Session> {
    let cwd: string;
    try {
      cwd = await realpath(resolve(opts.cwd));
    } catch {
      throw new GitError(`The folder ${opts.cwd} does not exist, so it has no git checkout.`);
    }
    // Only the checkout itself is marked safe (for a checkout owned by another
    // user), never the folders above it, so git's ownership check stays on for them.
    const session = new Session(cwd, opts, [cwd], runner);
    await session.start();
    return session;
  }

  /** Runs `work` in a session that is closed after it, whether it succeeded or not. */
  static async with<T>(
    opts: GitOptions,
    work: (session: Session) => Promise<T>,
    runner?: GitRunner,
  ): Promise<T> {
    const session = await Session.open(opts, runner);
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }

  private async start(): Promise<void> {
    this.env = this.baseEnv();
    // The same git answers every session of a process: asked once per runner
    // and PATH.
    let known = versions.get(this.runner);
    if (known === undefined) {
      known = new Map();
      versions.set(this.runner, known);
    }
    const path = process.env.PATH ?? '';
    let version = known.get(path);
    if (version === undefined) {
      const out = await this.exec(['version']);
      version = parseVersion(out.stdout) ?? null;
      known.set(path, version);
    }
    this.version = version ?? undefined;
    if (this.token) {
      let origin: string;
      try {
        origin = new URL(this.serverUrl).origin;
      } catch {
        throw new GitError(`The server URL ${JSON.stringify(this.serverUrl)} is not a URL.`);
      }
      const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`;
      this.secrets.push(this.token, header.slice('AUTHORIZATION: basic '.length));
      // An empty value first clears any header the checkout left in its
      // config, so the server never gets two Authorization headers.
      const key = `http.${origin}/.extraheader`;
      this.addConfig([
        [key, ''],
        [key, header],
      ]);
    }
    // safe.directory is honoured in the command scope (environment) from
    // git 2.38; older versions read it from global config only.
    if (atLeast(this.version, 2, 38)) {
      this.addConfig(this.safeDirectories.map((dir) => ['safe.directory', dir]));
    }
  }

  private baseEnv(): Record<string, string> {
    const env = envWithoutUndefined();
    // Variables that would point git at other files or programs than the checkout's.
    for (const name of [
      'GIT_DIR',
      'GIT_WORK_TREE',
      'GIT_COMMON_DIR',
      'GIT_INDEX_FILE',
      'GIT_OBJECT_DIRECTORY',
      'GIT_ALTERNATE_OBJECT_DIRECTORIES',
      'GIT_EXTERNAL_DIFF',
      'GIT_EXEC_PATH',
      'GIT_PROXY_COMMAND',
      'GIT_SSH',
      'GIT_SSH_COMMAND',
      'GIT_CONFIG',
      'GIT_CONFIG_PARAMETERS',
      'GIT_CONFIG_COUNT',
      'GIT_ASKPASS',
      'SSH_ASKPASS',
    ]) {
      delete env[name];
    }
    return {
      ...env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_PAGER: 'cat',
      GIT_TERMINAL_PROMPT: '0',
      GCM_INTERACTIVE: 'never',
      // A fetch that stalls (under 1 KB/s for a minute) is ended, not waited on.
      GIT_HTTP_LOW_SPEED_LIMIT: '1000',
      GIT_HTTP_LOW_SPEED_TIME: '60',
      GIT_OPTIONAL_LOCKS: '0',
      LC_ALL: 'C',
    };
  }

  /** Adds command-scope config through the environment, after any already there. */
  private addConfig(entries: [string, string][]): void {
    if (entries.length === 0) return;
    if (atLeast(this.version, 2, 31)) {
      const existing = Number.parseInt(this.env.GIT_CONFIG_COUNT ?? '', 10);
      let count = Number.isInteger(existing) && existing > 0 ? existing : 0;
      for (const [key, value] of entries) {
        this.env[`GIT_CONFIG_KEY_${count}`] = key;
        this.env[`GIT_CONFIG_VALUE_${count}`] = value;
        count++;
      }
      this.env.GIT_CONFIG_COUNT = String(count);
    } else {
      const params = entries.map(([key, value]) => shellQuote(`${key}=${value}`));
      const existing = this.env.GIT_CONFIG_PARAMETERS;
      this.env.GIT_CONFIG_PARAMETERS = [...(existing ? [existing] : []), ...params].join(' ');
    }
  }

  /**
   * For git before 2.38: a temporary global config that includes the user's
   * own and adds safe.directory, used once git has refused the checkout.
   */
  private async useGlobalSafeDirectory(): Promise<void> {
    this.tempDir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'ml-change-gate-git-'));
    const home = process.env.HOME || homedir();
    const xdg = process.env.XDG_CONFIG_HOME;
    const useConfigGlobal = atLeast(this.version, 2, 32);
    const includes: string[] = [];
    if (useConfigGlobal && process.env.GIT_CONFIG_GLOBAL) {
      includes.push(process.env.GIT_CONFIG_GLOBAL);
    } else {
      // With GIT_CONFIG_GLOBAL both global files are replaced; with HOME
      // only those found through HOME are.
      if (useConfigGlobal || !xdg)
        includes.push(join(xdg || join(home, '.config'), 'git', 'config'));
      includes.push(join(home, '.gitconfig'));
    }
    const lines = [
      '[include]',
      ...includes.map((path) => `\tpath = ${configValue(path)}`),
      '[safe]',
      ...this.safeDirectories.map((dir) => `\tdirectory = ${configValue(dir)}`),
      '',
    ];
    const file = join(this.tempDir, useConfigGlobal ? 'config' : '.gitconfig');
    await writeFile(file, lines.join('\n'), { mode: 0o600 });
    if (useConfigGlobal) {
      this.env.GIT_CONFIG_GLOBAL = file;
    } else {
      this.env.HOME = this.tempDir;
      delete this.env.GIT_CONFIG_GLOBAL;
    }
  }

  async close(): Promise<void> {
    if (this.tempDir) await rm(this.tempDir, { recursive: true, force: true });
    this.tempDir = undefined;
  }

  private async exec(args: string[], extra: RunExtra = {}): Promise<GitRunResult> {
    const full = [...[...STABLE_CONFIG, ...NO_PROGRAMS_CONFIG].flatMap((c) => ['-c', c]), ...args];
    this.log?.debug(`git ${args.join(' ')}`);
    try {
      return await this.runner.run(full, { cwd: this.cwd, env: this.env, ...extra });
    } catch (err) {
      // The runner's error says that git could not be started, and why.
      throw new GitError(this.redact(err instanceof Error ? err.message : String(err)));
    }
  }

  /** Runs git; the caller checks the exit code. */
  async run(args: string[], extra: RunExtra = {}): Promise<GitRunResult> {
    const out = await this.exec(args, extra);
    if (out.exitCode !== 0 && !this.tempDir && DUBIOUS_OWNERSHIP.test(out.stderr)) {
      this.log?.debug('git refused the checkout as owned by another user; marking it safe.');
      await this.useGlobalSafeDirectory();
      return this.exec(args, extra);
    }
    return out;
  }

  /** Runs git and fails with `what` when it fails; its standard output. */
  async must(args: string[], what: string): Promise<string> {
    const out = await this.run(args);
    if (out.exitCode !== 0) throw this.error(what, out);
    return out.stdout;
  }

  /** Whether the git in use is at least `major.minor` (true when its version is unknown). */
  supports(major: number, minor: number): boolean {
    return atLeast(this.version, major, minor);
  }

  redact(text: string): string {
    return redactSecrets(text, this.secrets);
  }

  /** A GitError saying `what` failed, with the end of what git said (secrets removed). */
  error(what: string, out?: GitRunResult): GitError {
    let detail = '';
    if (out) {
      const said = out.stderr.trim().split('\n').slice(-6).join(' ').slice(0, 1000);
      if (said) detail = ` (git said: ${said})`;
    }
    return new GitError(this.redact(`${what}${detail}`));
  }

  /** The commits whose parents a shallow checkout lacks; empty when it has all history. */
  async shallowCommits(): Promise<Set<string>> {
    const path = (
      await this.must(['rev-parse', '--git-path', 'shallow'], 'git could not locate its own files.')
    ).trim();
    let text: string;
    try {
      text = await readFile(resolve(this.cwd, path), 'utf8');
    } catch {
      return new Set();
    }
    return new Set(text.split('\n').filter((line) => line !== ''));
  }

  /** How many fetches this session has made. */
  get fetchCount(): number {
    return this.fetches;
  }

  /** One `git fetch` from the remote, counted against the limit. */
  async fetch(options: string[], refs: string[], why: string): Promise<GitRunResult> {
    if (this.fetches >= this.maxFetches) {
      throw new GitError(
        `${why}, and the limit of ${this.maxFetches} fetches from ${this.remote} was reached. ` +
          'Check out with full history (actions/checkout with fetch-depth: 0) to avoid fetching.',
      );
    }
    this.fetches++;
    return this.run([
      'fetch',
      // The command line outranks remote.<name>.uploadpack, of which git uses the first one set.
      '--upload-pack=git-upload-pack',
      '--no-tags',
      '--no-recurse-submodules',
      '--quiet',
      ...options,
      this.remote,
      ...refs,
    ]);
  }
}
