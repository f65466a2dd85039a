/**
 * The local change source: lists the files a change touched with git in the
 * workflow's checkout. The only user of @actions/exec.
 *
 * Every git process is started with an argument array (never a shell), with
 * output captured silently, so nothing is echoed to the log. A token is handed
 * to git only through environment variables, never on a command line.
 *
 * Shallow checkouts (actions/checkout's default `fetch-depth: 1`) lack the base
 * commit and the merge base; they are fetched from the remote by SHA, deepening
 * in bounded steps until the merge base is known to be the right one.
 */
import { getExecOutput, type ExecListeners, type ExecOutput } from '@actions/exec';
import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ChangedFile, ChangeStatus } from '../core/types.js';

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

/** The result of comparing two commits. */
export interface GitDiff {
  files: ChangedFile[];
  /** The base, resolved to a commit SHA. */
  baseSha: string;
  /** The head, resolved to a commit SHA. */
  headSha: string;
  /** The merge bases the files were listed from (one, or more after criss-cross merges). */
  mergeBases: string[];
}

/** Git could not answer; the message says what failed, in plain words. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

/** What a git command may be given besides its arguments: its standard input, output listeners. */
interface ExecExtra {
  input?: Buffer;
  listeners?: ExecListeners;
}

const DEFAULT_REMOTE = 'origin';
const DEFAULT_SERVER_URL = 'https://github.com';
const DEFAULT_MAX_FETCHES = 5;
/** History fetched with a commit that is missing from a shallow checkout. */
const FIRST_DEPTH = 50;
/** Further history fetched, step by step, before fetching all of it. */
const DEEPEN_STEPS = [200, 1000] as const;

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
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

/** True when `dir` is in a git work tree that git accepts (a checkout owned by another user included). */
export async function isGitCheckout(dir: string): Promise<boolean> {
  let session: Session;
  try {
    session = await Session.open({ cwd: dir });
  } catch {
    return false;
  }
  try {
    const out = await session.run(['rev-parse', '--is-inside-work-tree']);
    return out.exitCode === 0 && out.stdout.trim() === 'true';
  } catch {
    return false;
  } finally {
    await session.close();
  }
}

/**
 * The files changed between the merge base of `base` and `head`, and `head`
 * (what `git diff base...head` shows), with renames detected. Missing commits
 * are fetched from the remote.
 */
export async function changedFiles(
  opts: GitOptions,
  base: string,
  head: string,
): Promise<ChangedFile[]> {
  return (await diffCommits(opts, base, head)).files;
}

/** As `changedFiles`, with the commits that were compared. */
export async function diffCommits(opts: GitOptions, base: string, head: string): Promise<GitDiff> {
  return Session.with(opts, async (session) => {
    const [baseSha, headSha] = await session.resolvePair(base, head);
    const mergeBases = await session.findMergeBases(baseSha, headSha, base, head);
    const seen = new Set<string>();
    const files: ChangedFile[] = [];
    for (const mergeBase of mergeBases) {
      for (const file of await session.diff(mergeBase, headSha)) {
        const key = `${file.status}\0${file.filename}\0${file.previousFilename ?? ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          files.push(file);
        }
      }
    }
    return { files, baseSha, headSha, mergeBases };
  });
}

/** The commit SHA `ref` (a SHA, branch or tag) names, fetching it from the remote when missing. */
export async function resolveCommit(opts: GitOptions, ref: string): Promise<string> {
  return Session.with(opts, (session) => session.resolve(ref, 'requested', 1));
}

/** The content of `path` (repository-relative) at commit `ref`, as `git show ref:path`. */
export async function fileAt(opts: GitOptions, ref: string, path: string): Promise<string> {
  return Session.with(opts, async (session) => {
    const sha = await session.resolve(ref, 'requested', 1);
    // `rev:./x` would be read relative to cwd; paths here are repository-relative.
    const relative = path.replace(/^(?:\.\/|\/)+/, '');
    const out = await session.run(['cat-file', 'blob', `${sha}:${relative}`]);
    if (out.exitCode !== 0) {
      throw session.error(
        `${path} could not be read at ${describeRef(ref, sha)}: it does not exist there, or is not a file.`,
        out,
      );
    }
    return out.stdout;
  });
}

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

/** A folder and all folders above it: the work trees a checkout at `dir` can have. */
function selfAndAncestors(dir: string): string[] {
  const dirs: string[] = [];
  let current = dir;
  for (;;) {
    dirs.push(current);
    const parent = dirname(current);
    if (parent === current) return dirs;
    current = parent;
  }
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

function describeRef(ref: string, sha?: string): string {
  if (!sha || sha === ref) return ref;
  return `${ref} (${sha.slice(0, 12)})`;
}

function checkRef(ref: string, role: string): void {
  // Never let a ref be read as an option, a range or a path.
  // eslint-disable-next-line no-control-regex
  if (ref === '' || ref.startsWith('-') || ref.includes('..') || /[\s:\x00-\x1f\x7f]/.test(ref)) {
    throw new GitError(
      `The ${role} ref ${JSON.stringify(ref)} is not a commit SHA, branch or tag name git can use.`,
    );
  }
}

function envWithoutUndefined(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  return env;
}

/**
 * One call's git state: the environment every command runs with, the
 * secrets to keep out of messages, and the number of fetches made.
 */
class Session {
  private readonly cwd: string;
  private readonly remote: string;
  private readonly log: GitLog | undefined;
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

  private constructor(cwd: string, opts: Omit<GitOptions, 'cwd'>, safeDirectories: string[]) {
    this.cwd = cwd;
    this.remote = opts.remote || DEFAULT_REMOTE;
    this.log = opts.log;
    this.maxFetches = opts.maxFetches ?? DEFAULT_MAX_FETCHES;
    this.token = opts.token || undefined;
    this.serverUrl = opts.serverUrl || DEFAULT_SERVER_URL;
    this.safeDirectories = safeDirectories;
  }

  static async open(opts: GitOptions): Promise<Session> {
    let cwd: string;
    try {
      cwd = await realpath(resolve(opts.cwd));
    } catch {
      throw new GitError(`The folder ${opts.cwd} does not exist, so it has no git checkout.`);
    }
    const session = new Session(cwd, opts, selfAndAncestors(cwd));
    await session.start();
    return session;
  }

  static async with<T>(opts: GitOptions, work: (session: Session) => Promise<T>): Promise<T> {
    const session = await Session.open(opts);
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }

  private async start(): Promise<void> {
    this.env = this.baseEnv();
    const out = await this.exec(['version']);
    this.version = parseVersion(out.stdout);
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
    return {
      ...envWithoutUndefined(),
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

  private async exec(args: string[], extra: ExecExtra = {}): Promise<ExecOutput> {
    const full = [...STABLE_CONFIG.flatMap((c) => ['-c', c]), ...args];
    this.log?.debug(`git ${args.join(' ')}`);
    try {
      return await getExecOutput('git', full, {
        cwd: this.cwd,
        env: this.env,
        silent: true,
        ignoreReturnCode: true,
        ...(extra.input !== undefined ? { input: extra.input } : {}),
        ...(extra.listeners !== undefined ? { listeners: extra.listeners } : {}),
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new GitError(
        `git could not be started (is it installed and on PATH?): ${this.redact(reason)}`,
      );
    }
  }

  /** Runs git; the caller checks the exit code. */
  async run(args: string[], extra: ExecExtra = {}): Promise<ExecOutput> {
    const out = await this.exec(args, extra);
    if (out.exitCode !== 0 && !this.tempDir && DUBIOUS_OWNERSHIP.test(out.stderr)) {
      this.log?.debug('git refused the checkout as owned by another user; marking it safe.');
      await this.useGlobalSafeDirectory();
      return this.exec(args, extra);
    }
    return out;
  }

  /** Whether the git in use is at least `major.minor` (true when its version is unknown). */
  supports(major: number, minor: number): boolean {
    return atLeast(this.version, major, minor);
  }

  /** The commits whose parents the repository lacks (a shallow clone); empty when it has all history. */
  async shallowBoundary(): Promise<Set<string>> {
    return this.shallowCommits();
  }

  /** Runs git and fails with `what` when it fails. */
  private async must(args: string[], what: string): Promise<string> {
    const out = await this.run(args);
    if (out.exitCode !== 0) throw this.error(what, out);
    return out.stdout;
  }

  redact(text: string): string {
    return redactSecrets(text, this.secrets);
  }

  error(what: string, out?: ExecOutput): GitError {
    let detail = '';
    if (out) {
      const said = out.stderr.trim().split('\n').slice(-6).join(' ').slice(0, 1000);
      if (said) detail = ` (git said: ${said})`;
    }
    return new GitError(this.redact(`${what}${detail}`));
  }

  /** The commits whose parents a shallow checkout lacks; empty when it has all history. */
  private async shallowCommits(): Promise<Set<string>> {
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

  /** The commit `ref` names in the checkout, if it has it. */
  private async resolveLocal(ref: string): Promise<string | undefined> {
    const candidates = [ref];
    if (!FULL_SHA.test(ref) && !ref.startsWith('refs/')) {
      candidates.push(`refs/remotes/${this.remote}/${ref}`);
    }
    for (const candidate of candidates) {
      const out = await this.run(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
      if (out.exitCode === 0) return out.stdout.trim();
    }
    return undefined;
  }

  /** One `git fetch` from the remote, counted against the limit. */
  private async fetch(options: string[], refs: string[], why: string): Promise<ExecOutput> {
    if (this.fetches >= this.maxFetches) {
      throw new GitError(
        `${why}, and the limit of ${this.maxFetches} fetches from ${this.remote} was reached. ` +
          'Check out with full history (actions/checkout with fetch-depth: 0) to avoid fetching.',
      );
    }
    this.fetches++;
    return this.run([
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      '--quiet',
      ...options,
      this.remote,
      ...refs,
    ]);
  }

  /**
   * Resolves refs (SHAs, branch or tag names) to commit SHAs, fetching the
   * ones the checkout lacks from the remote. `depth` limits the history
   * fetched with them when the checkout is shallow.
   */
  async resolveRefs(items: { ref: string; role: string }[], depth: number): Promise<string[]> {
    for (const { ref, role } of items) checkRef(ref, role);
    const shas: (string | undefined)[] = [];
    for (const { ref } of items) shas.push(await this.resolveLocal(ref));
    const missing = items.filter((_, i) => shas[i] === undefined);
    if (missing.length === 0) return shas as string[];

    const shallow = await this.shallowCommits();
    const depthOptions = shallow.size > 0 ? [`--depth=${depth}`] : [];
    const depthNote = depthOptions.length > 0 ? ` (${depth} commits of history)` : '';

    // Missing SHAs are fetched together, by SHA.
    const missingShas = missing.filter((item) => FULL_SHA.test(item.ref));
    if (missingShas.length > 0) {
      const named = missingShas.map((item) => `${item.role} commit ${item.ref}`).join(' and the ');
      const why = `The checkout lacks the ${named}`;
      this.log?.info(`Fetching the ${named} from ${this.remote}${depthNote}.`);
      // A commit the checkout has without its parents gets the same history
      // in the same fetch: the merge base is usually within reach of both.
      const cutShort =
        depth > 1 ? shas.filter((sha): sha is string => sha !== undefined && shallow.has(sha)) : [];
      const refs = [
        ...new Set([...missingShas.map((item) => item.ref.toLowerCase()), ...cutShort]),
      ];
      const out = await this.fetch(depthOptions, refs, why);
      if (out.exitCode !== 0) {
        throw this.error(
          `${why}, and fetching it from ${this.remote} failed: it may have been force-pushed away ` +
            'or deleted, may never have existed, or the checkout may have no access to the remote.',
          out,
        );
      }
    }

    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === undefined || shas[i] !== undefined) continue;
      if (FULL_SHA.test(item.ref)) {
        const sha = await this.resolveLocal(item.ref);
        if (sha === undefined) {
          throw new GitError(
            `The ${item.role} commit ${item.ref} was fetched from ${this.remote} but is not a commit.`,
          );
        }
        shas[i] = sha;
        continue;
      }
      // A name: the remote resolves it as a branch or tag; the commit lands in FETCH_HEAD.
      const why = `The checkout has no ${item.role} branch or tag ${JSON.stringify(item.ref)}`;
      this.log?.info(`Fetching the ${item.role} ${item.ref} from ${this.remote}${depthNote}.`);
      const out = await this.fetch(depthOptions, [item.ref], why);
      if (out.exitCode !== 0) {
        throw this.error(
          `${why}, and fetching it from ${this.remote} failed: there is no branch or tag of that ` +
            'name there (an abbreviated SHA cannot be fetched; give the full SHA).',
          out,
        );
      }
      const fetched = await this.run(['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}']);
      if (fetched.exitCode !== 0) {
        throw new GitError(
          `The ${item.role} branch or tag ${item.ref} on ${this.remote} does not name a commit.`,
        );
      }
      shas[i] = fetched.stdout.trim();
    }
    return shas as string[];
  }

  async resolve(ref: string, role: string, depth: number): Promise<string> {
    const [sha] = await this.resolveRefs([{ ref, role }], depth);
    return sha as string;
  }

  async resolvePair(base: string, head: string): Promise<[string, string]> {
    const [baseSha, headSha] = await this.resolveRefs(
      [
        { ref: base, role: 'base' },
        { ref: head, role: 'head' },
      ],
      FIRST_DEPTH,
    );
    return [baseSha as string, headSha as string];
  }

  private async mergeBasesInCheckout(baseSha: string, headSha: string): Promise<string[]> {
    const out = await this.run(['merge-base', '--all', baseSha, headSha]);
    if (out.exitCode === 1 && out.stdout.trim() === '') return [];
    if (out.exitCode !== 0) {
      throw this.error(`git could not compute the merge base of ${baseSha} and ${headSha}.`, out);
    }
    return out.stdout.split('\n').filter((line) => line !== '');
  }

  /**
   * In a shallow checkout a merge base is only certain when no commit between
   * it and the tips has its parents cut off: otherwise the real merge base may
   * be hidden behind the cut, and an older common ancestor found instead.
   */
  private async historyComplete(
    tips: string[],
    mergeBases: string[],
    shallow: Set<string>,
  ): Promise<boolean> {
    const out = await this.must(
      ['rev-list', ...tips, '--not', ...mergeBases],
      'git could not list the commits between the merge base and the compared commits.',
    );
    return !out.split('\n').some((sha) => sha !== '' && shallow.has(sha));
  }

  /**
   * The merge bases of two commits the checkout has, deepening a shallow
   * checkout's history step by step until they are certain.
   */
  async findMergeBases(
    baseSha: string,
    headSha: string,
    base: string,
    head: string,
  ): Promise<string[]> {
    const pair = `the base ${describeRef(base, baseSha)} and the head ${describeRef(head, headSha)}`;
    for (let step = 0; ; step++) {
      const mergeBases = await this.mergeBasesInCheckout(baseSha, headSha);
      const shallow = await this.shallowCommits();
      if (shallow.size === 0) {
        if (mergeBases.length > 0) return mergeBases;
        throw new GitError(
          `${pair} have no common history, so there is no merge base to compare from.`,
        );
      }
      if (
        mergeBases.length > 0 &&
        (await this.historyComplete([baseSha, headSha], mergeBases, shallow))
      ) {
        return mergeBases;
      }
      const deepen = DEEPEN_STEPS[step];
      if (deepen === undefined && step > DEEPEN_STEPS.length) {
        // All history of both commits was fetched and the answer is still open.
        if (mergeBases.length > 0) return mergeBases;
        throw new GitError(
          `${pair} have no common history, so there is no merge base to compare from.`,
        );
      }
      const why =
        `The shallow checkout's history is too short to find where ${pair} diverge` +
        (this.fetches > 0 ? ' after fetching more of it' : '');
      this.log?.info(
        deepen === undefined
          ? `Fetching the whole history of both commits from ${this.remote} to find where they diverge.`
          : `Fetching ${deepen} more commits of history from ${this.remote} to find where the base and head diverge.`,
      );
      const options = deepen === undefined ? ['--unshallow'] : [`--deepen=${deepen}`];
      const out = await this.fetch(options, [baseSha, headSha], why);
      if (out.exitCode !== 0) {
        throw this.error(`${why}, and fetching more of it from ${this.remote} failed.`, out);
      }
    }
  }

  /** The files changed from `from` to `to`, with renames detected. */
  async diff(from: string, to: string): Promise<ChangedFile[]> {
    const out = await this.run([
      'diff',
      '--name-status',
      '-z',
      '-M',
      '--no-ext-diff',
      '--no-textconv',
      '--no-color',
      '--ignore-submodules=none',
      from,
      to,
      '--',
    ]);
    if (out.exitCode !== 0) {
      throw this.error(`git could not list the files changed from ${from} to ${to}.`, out);
    }
    if (/rename detection was skipped/i.test(out.stderr)) {
      this.log?.info(
        'Too many files changed for git to look for renames by content: a moved and edited file is listed as deleted and added.',
      );
    }
    return parseNameStatusZ(out.stdout);
  }
}

// ---------------------------------------------------------------------------
// Local use: refs, the default branch, the history of a branch

/** A ref given by the user names no commit in the repository. */
export class UnknownRefError extends GitError {
  readonly ref: string;
  constructor(ref: string, message: string) {
    super(message);
    this.name = 'UnknownRefError';
    this.ref = ref;
  }
}

/**
 * The commit `ref` names in the repository as it is, without fetching;
 * undefined when it names none. Refs that look like options, ranges or paths
 * are refused with a GitError.
 */
export async function resolveLocalCommit(
  opts: GitOptions,
  ref: string,
): Promise<string | undefined> {
  checkRef(ref, 'requested');
  return Session.with(opts, async (session) => {
    const out = await session.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return out.exitCode === 0 ? out.stdout.trim() : undefined;
  });
}

/**
 * The branch pull requests merge into, as a ref this repository has: what
 * `<remote>/HEAD` points at, else `<remote>/main`, `<remote>/master`, `main`
 * or `master`; undefined when there is none of these.
 */
export async function defaultBranch(opts: GitOptions): Promise<string | undefined> {
  const remote = opts.remote || DEFAULT_REMOTE;
  return Session.with(opts, async (session) => {
    const head = await session.run(['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`]);
    const target = head.stdout.trim();
    if (head.exitCode === 0 && target.startsWith('refs/remotes/')) {
      const verified = await session.run([
        'rev-parse',
        '--verify',
        '--quiet',
        `${target}^{commit}`,
      ]);
      if (verified.exitCode === 0) return target.slice('refs/remotes/'.length);
    }
    const candidates: [full: string, short: string][] = [
      [`refs/remotes/${remote}/main`, `${remote}/main`],
      [`refs/remotes/${remote}/master`, `${remote}/master`],
      ['refs/heads/main', 'main'],
      ['refs/heads/master', 'master'],
    ];
    for (const [full, short] of candidates) {
      const out = await session.run(['rev-parse', '--verify', '--quiet', `${full}^{commit}`]);
      if (out.exitCode === 0) return short;
    }
    return undefined;
  });
}

/** The name of the branch checked out, or undefined when HEAD is detached. */
export async function currentBranch(opts: GitOptions): Promise<string | undefined> {
  return Session.with(opts, async (session) => {
    const out = await session.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    const name = out.stdout.trim();
    return out.exitCode === 0 && name !== '' ? name : undefined;
  });
}

/** A repository on a GitHub server, for links. */
export interface RemoteRepository {
  serverUrl: string;
  owner: string;
  repo: string;
}

/**
 * The server, owner and repository of a remote URL in any of the forms git
 * accepts for GitHub (`https://host/owner/repo.git`, `git@host:owner/repo.git`,
 * `ssh://git@host/owner/repo`); undefined for anything else. Pure.
 */
export function parseRemoteUrl(url: string): RemoteRepository | undefined {
  const text = url.trim();
  const name = '([A-Za-z0-9_.-]+)';
  const path = `${name}/${name}?`;
  const forms = [
    new RegExp(`^https?://(?:[^@/\\s]+@)?([A-Za-z0-9.-]+(?::\\d+)?)/${path}(?:\\.git)?/?$`),
    new RegExp(`^ssh://(?:[^@/\\s]+@)?([A-Za-z0-9.-]+)(?::\\d+)?/${path}(?:\\.git)?/?$`),
    new RegExp(`^(?:[^@/\\s]+@)?([A-Za-z0-9.-]+):${path}(?:\\.git)?/?$`),
  ];
  for (const form of forms) {
    const m = form.exec(text);
    const [, host, owner, repo] = m ?? [];
    if (host === undefined || owner === undefined || repo === undefined) continue;
    const bare = repo.replace(/\.git$/, '');
    if (bare === '' || owner === '.' || owner === '..' || bare === '.' || bare === '..') continue;
    return { serverUrl: `https://${host}`, owner, repo: bare };
  }
  return undefined;
}

/** The GitHub repository the remote points at, when its URL is one. */
export async function remoteRepository(opts: GitOptions): Promise<RemoteRepository | undefined> {
  const remote = opts.remote || DEFAULT_REMOTE;
  return Session.with(opts, async (session) => {
    const out = await session.run(['config', '--get', `remote.${remote}.url`]);
    return out.exitCode === 0 ? parseRemoteUrl(out.stdout) : undefined;
  });
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

/**
 * The first-parent history of `ref`, each commit with the files it changed
 * from its first parent (renames detected), read by one `git log` process
 * however long the window.
 */
export async function readFirstParentLog(
  opts: GitOptions,
  request: FirstParentLogRequest,
): Promise<FirstParentLog> {
  const { ref, maxCount, since, onProgress } = request;
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
    let read = 0;
    const listeners: ExecListeners | undefined =
      onProgress === undefined
        ? undefined
        : {
            stdout: (data: Buffer) => {
              for (let at = data.indexOf(1); at !== -1; at = data.indexOf(1, at + 1)) read++;
              onProgress(read);
            },
          };
    const out = await session.run(args, listeners === undefined ? {} : { listeners });
    if (out.exitCode !== 0) {
      throw session.error(`git could not read the history of ${ref}.`, out);
    }
    const commits = parseFirstParentLog(out.stdout);
    const boundary = await session.shallowBoundary();
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
    const steps: [args: string[], what: string, extra: ExecExtra][] = [
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
