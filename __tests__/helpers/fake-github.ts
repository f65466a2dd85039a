/**
 * A loopback stand-in for the GitHub REST API. Every answer is computed from a
 * real git repository with git commands, with GitHub's shapes, limits and
 * pagination: compare (three-dot, at most 300 files), pull-request files (at
 * most 3,000, `Link` headers), single commits, contents and the repository.
 * The Actions endpoints (a run, a workflow's runs, a run's jobs) answer from
 * runs the test configures; issue comments are kept in memory (list, create,
 * update), so a test can see what the action wrote.
 *
 * Every request is recorded, and faults can be injected: the next N requests
 * (optionally only those whose path starts with a prefix) answer a given
 * status, headers and body, or never answer at all.
 *
 *   const fake = await startFakeGitHub({ repo, owner: 'acme', name: 'models', pulls: { 7: { base: 'main', head: 'feature' } } });
 *   fake.fail({ status: 502, times: 2 });
 *   fake.fail({ ...secondaryRateLimit(1), path: fake.repoPath('compare/') });
 *   fake.fail({ hang: true, times: Infinity });
 *   ... GITHUB_API_URL = fake.url ...
 *   await fake.close();
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { GIT_ENV, type GitRepo } from './git-repo.js';

const execFileAsync = promisify(execFile);

/** GitHub's limits, as documented for each endpoint. */
export const LIMITS = {
  compareFiles: 300,
  compareCommitsUnpaged: 250,
  pullFiles: 3000,
  commitFiles: 3000,
  commitFilesPerPage: 300,
} as const;

// ---------------------------------------------------------------------------
// Public types

export interface PullRequestSpec {
  /** Base branch (or any ref); resolved at each request. */
  base: string;
  /** Head branch (or any ref); resolved at each request. */
  head: string;
  labels?: string[];
  title?: string;
  state?: 'open' | 'closed';
}

/** One job of a workflow run, as a test configures it. */
export interface FakeJob {
  name: string;
  /** Default `completed`. */
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting';
  /** Default `success` when completed, else null. */
  conclusion?: 'success' | 'failure' | 'skipped' | 'cancelled' | 'neutral' | 'timed_out' | null;
  /** ISO 8601; null when the job never started. */
  startedAt?: string | null;
  completedAt?: string | null;
}

/** One workflow run, as a test configures it. */
export interface FakeWorkflowRun {
  id: number;
  workflowId: number;
  /** Default `completed`. */
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  /** Default `success` when completed, else null. */
  conclusion?:
    | 'success'
    | 'failure'
    | 'skipped'
    | 'cancelled'
    | 'neutral'
    | 'timed_out'
    | 'action_required'
    | 'stale'
    | 'startup_failure'
    | null;
  /** ISO 8601; default a time that grows with the id, so newer runs have larger ids. */
  createdAt?: string;
  headBranch?: string;
  /** The commit the run ran on (default ffff…). */
  headSha?: string;
  event?: string;
  jobs?: FakeJob[];
}

/** A comment kept by the fake, in GitHub's terms. */
export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakeGitHubOptions {
  /** The repository the answers come from. */
  repo: GitRepo | string;
  owner?: string;
  name?: string;
  defaultBranch?: string;
  private?: boolean;
  /** The numeric id GitHub uses in `Link` URLs (`/repositories/{id}/...`). */
  repoId?: number;
  pulls?: Record<number, PullRequestSpec>;
  /**
   * When set, a request must carry `Authorization: token <token>` (or `Bearer`);
   * anything else gets GitHub's 401 "Bad credentials".
   */
  token?: string;
  /** Extra routes, tried before the built-in ones. */
  routes?: RouteDef[];
  /** How long a hanging request is held before its connection is dropped (default 60 s). */
  hangMs?: number;
  /** Workflow runs the Actions endpoints answer from. */
  runs?: FakeWorkflowRun[];
  /** The login comments are written as (default `github-actions[bot]`). */
  commentUser?: string;
  /**
   * The login GET /user answers for the token (a personal access token's
   * user); unset, it answers 403 "Resource not accessible by integration", as
   * for GITHUB_TOKEN.
   */
  tokenUser?: string;
}

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** The path as sent (still percent-encoded), without the query. */
  path: string;
  /** Query parameters (the last value wins for repeated names). */
  query: Record<string, string>;
  /** The request target exactly as sent: path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The status answered; undefined while (or when) the request hangs. */
  status?: number;
  /** True when an injected fault answered. */
  faulted: boolean;
}

/** An answer. A string or Buffer body is sent as is; anything else as JSON. */
export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A fault to inject. */
export interface FaultSpec {
  /** Status to answer (default 500). Ignored with `hang`. */
  status?: number;
  headers?: Record<string, string>;
  /** Body (default GitHub's error shape for the status). */
  body?: unknown;
  /** How many matching requests it answers (default 1; Infinity for every one). */
  times?: number;
  /** Only requests whose (encoded) path starts with this, or matches this expression. */
  path?: string | RegExp;
  method?: string;
  /** Never answer (the connection is held open until close() or `hangMs`). */
  hang?: boolean;
  /** Answer after this many milliseconds. */
  delayMs?: number;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  request: RecordedRequest;
  git: GitData;
  server: FakeGitHub;
}

export interface RouteDef {
  method: string;
  /**
   * A path template. Relative templates live under `/repos/{owner}/{name}/`
   * (the empty template is the repository itself); templates starting with `/`
   * are absolute. `:name` matches one segment, `:name+` one or more, `:name*`
   * zero or more.
   */
  path: string;
  handler: (ctx: RouteContext) => FakeResponse | Promise<FakeResponse>;
}

export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly owner: string;
  readonly name: string;
  readonly repoId: number;
  readonly git: GitData;
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Free-form state for routes added later (e.g. posted comments). */
  readonly state: Map<string, unknown>;
  /** The path of a repository endpoint: repoPath('compare/') → `/repos/o/r/compare/`. */
  repoPath(suffix?: string): string;
  /** Requests whose path starts with the prefix (or matches the expression). */
  requestsTo(path: string | RegExp): RecordedRequest[];
  /** Injects a fault; faults are tried in the order given. */
  fail(fault: FaultSpec): void;
  /** Makes matching requests hang: shorthand for fail({ hang: true, ... }). */
  hang(options?: { path?: string | RegExp; times?: number; method?: string }): void;
  clearFaults(): void;
  /** How many injected answers are still to be given (Infinity when one never runs out). */
  pendingFaults(): number;
  addRoute(route: RouteDef): void;
  setPull(number: number, spec: PullRequestSpec): void;
  /** Replaces the workflow runs the Actions endpoints answer from. */
  setRuns(runs: FakeWorkflowRun[]): void;
  /** The comments of an issue or pull request, oldest first (copies). */
  comments(issue: number): FakeComment[];
  /** Adds a comment as someone else, as if written on github.com. */
  addComment(issue: number, body: string, user?: string): FakeComment;
  /**
   * Makes matching requests answer 403 "Resource not accessible by integration",
   * as GitHub does when the token lacks a permission (every time, by default).
   */
  forbid(options: { path: string | RegExp; method?: string; times?: number }): void;
  resetRequests(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------
// Canned GitHub error answers, to spread into fail({...})

const DOCS = 'https://docs.github.com/rest';

export function badCredentials(): FakeResponse {
  return {
    status: 401,
    body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' },
  };
}

export function resourceNotAccessible(): FakeResponse {
  return {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: DOCS,
      status: '403',
    },
  };
}

export function notFound(): FakeResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

export function serverError(status = 500): FakeResponse {
  const message =
    status === 502
      ? 'Server Error'
      : status === 503
        ? 'Service Unavailable'
        : 'Internal Server Error';
  return { status, body: { message, documentation_url: DOCS, status: String(status) } };
}

/** A secondary rate limit as GitHub answers it: retry-after and a message naming it. */
export function secondaryRateLimit(
  retryAfterSeconds?: number,
  status: 403 | 429 = 403,
): FakeResponse {
  return {
    status,
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status),
    },
  };
}

/** The primary rate limit exhausted: x-ratelimit-remaining 0 and the reset time (and retry-after if given). */
export function primaryRateLimit(options: {
  resetInSeconds: number;
  retryAfterSeconds?: number;
  status?: 403 | 429;
}): FakeResponse {
  const status = options.status ?? 403;
  const reset = Math.floor(Date.now() / 1000) + options.resetInSeconds;
  return {
    status,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
      ...(options.retryAfterSeconds === undefined
        ? {}
        : { 'retry-after': String(options.retryAfterSeconds) }),
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
      status: String(status),
    },
  };
}

// ---------------------------------------------------------------------------
// Git: every answer comes from here. Results keyed by commit SHAs are cached
// (they cannot change); names are resolved at each request.

export interface DiffEntry {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';
  previous_filename?: string;
  sha: string;
  additions: number;
  deletions: number;
  changes: number;
}

export interface CommitInfo {
  sha: string;
  parents: string[];
  tree: string;
  authorName: string;
  authorEmail: string;
  authorDate: string;
  committerDate: string;
  message: string;
}

const ZERO_SHA = /^0+$/;

export class GitData {
  readonly dir: string;
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(dir: string) {
    this.dir = dir;
  }

  async run(args: string[]): Promise<string> {
    const { stdout } = await execFileAsync('git', args, {
      cwd: this.dir,
      env: GIT_ENV,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    });
    return stdout;
  }

  async runBuffer(args: string[]): Promise<Buffer> {
    const { stdout } = await execFileAsync('git', args, {
      cwd: this.dir,
      env: GIT_ENV,
      encoding: 'buffer',
      maxBuffer: 1024 * 1024 * 1024,
    });
    return stdout;
  }

  private cached<T>(key: string, make: () => Promise<T>): Promise<T> {
    let hit = this.cache.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = make();
      this.cache.set(key, hit);
      hit.catch(() => this.cache.delete(key));
    }
    return hit;
  }

  /** The commit a ref names (SHA, short SHA, branch, tag, `heads/x`), or undefined. */
  async resolve(ref: string): Promise<string | undefined> {
    if (ref === '' || ref.startsWith('-') || ZERO_SHA.test(ref)) return undefined;
    try {
      const out = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      const sha = out.trim();
      return sha === '' ? undefined : sha;
    } catch {
      return undefined;
    }
  }

  mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.cached(`mb ${a} ${b}`, async () => {
      try {
        const out = await this.run(['merge-base', a, b]);
        return out.trim() || undefined;
      } catch {
        return undefined;
      }
    });
  }

  /** Commits reachable from `to` and not from `from`, oldest first. */
  range(from: string, to: string): Promise<CommitInfo[]> {
    return this.cached(`range ${from} ${to}`, async () => {
      const out = await this.run([
        'log',
        '-z',
        '--topo-order',
        '--reverse',
        `--format=${COMMIT_FORMAT}`,
        `${from}..${to}`,
        '--',
      ]);
      return parseCommits(out);
    });
  }

  commit(sha: string): Promise<CommitInfo> {
    return this.cached(`commit ${sha}`, async () => {
      const out = await this.run(['log', '-z', '-1', `--format=${COMMIT_FORMAT}`, sha, '--']);
      const [info] = parseCommits(out);
      if (!info) throw new Error(`no commit ${sha}`);
      return info;
    });
  }

  emptyTree(): Promise<string> {
    return this.cached('empty-tree', async () =>
      (await this.run(['hash-object', '-t', 'tree', '/dev/null'])).trim(),
    );
  }

  /** `git diff from to` with renames, in GitHub's diff-entry shape, sorted by path. */
  diff(from: string, to: string): Promise<DiffEntry[]> {
    return this.cached(`diff ${from} ${to}`, async () => {
      const [raw, numstat] = await Promise.all([
        this.run(['diff', '--raw', '--no-abbrev', '-z', '-M', from, to, '--']),
        this.run(['diff', '--numstat', '-z', '-M', from, to, '--']),
      ]);
      const counts = parseNumstat(numstat);
      return parseRaw(raw).map((entry) => {
        const n = counts.get(entry.filename) ?? { additions: 0, deletions: 0 };
        return { ...entry, ...n, changes: n.additions + n.deletions };
      });
    });
  }

  /** The object at `sha:path`: its type, id and (for blobs) content. */
  async object(
    sha: string,
    path: string,
  ): Promise<
    | { type: 'blob'; id: string; content: Buffer }
    | { type: 'tree'; id: string; entries: TreeEntry[] }
    | undefined
  > {
    let id: string;
    let type: string;
    try {
      id = (await this.run(['rev-parse', '--verify', '--quiet', `${sha}:${path}`])).trim();
      if (id === '') return undefined;
      type = (await this.run(['cat-file', '-t', id])).trim();
    } catch {
      return undefined;
    }
    if (type === 'blob')
      return { type, id, content: await this.runBuffer(['cat-file', 'blob', id]) };
    if (type === 'tree')
      return { type, id, entries: parseTree(await this.run(['ls-tree', '-z', '-l', id])) };
    return undefined;
  }
}

export interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  size: number;
  name: string;
}

const COMMIT_FORMAT = ['%H', '%P', '%T', '%an', '%ae', '%aI', '%cI', '%B'].join('%x1f');

function parseCommits(out: string): CommitInfo[] {
  const commits: CommitInfo[] = [];
  for (const record of out.split('\0')) {
    if (record.trim() === '') continue;
    const [sha = '', parents = '', tree = '', an = '', ae = '', ad = '', cd = '', ...rest] = record
      .replace(/^\n/, '')
      .split('\x1f');
    commits.push({
      sha,
      parents: parents.split(' ').filter(Boolean),
      tree,
      authorName: an,
      authorEmail: ae,
      authorDate: ad,
      committerDate: cd,
      message: rest.join('\x1f').replace(/\n+$/, ''),
    });
  }
  return commits;
}

const STATUS_BY_LETTER: Record<string, DiffEntry['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

function parseRaw(out: string): Omit<DiffEntry, 'additions' | 'deletions' | 'changes'>[] {
  const tokens = out.split('\0');
  const entries: Omit<DiffEntry, 'additions' | 'deletions' | 'changes'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const header = tokens[i] ?? '';
    if (!header.startsWith(':')) continue;
    const [, , , dstSha = '', statusField = ''] = header.slice(1).split(' ');
    const letter = statusField.charAt(0);
    const status = STATUS_BY_LETTER[letter] ?? 'modified';
    if (letter === 'R' || letter === 'C') {
      const from = tokens[++i] ?? '';
      const to = tokens[++i] ?? '';
      entries.push({ filename: to, status, previous_filename: from, sha: dstSha });
    } else {
      const path = tokens[++i] ?? '';
      const [, , srcSha = ''] = header.slice(1).split(' ');
      entries.push({ filename: path, status, sha: letter === 'D' ? srcSha : dstSha });
    }
  }
  return entries.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}

function parseNumstat(out: string): Map<string, { additions: number; deletions: number }> {
  const counts = new Map<string, { additions: number; deletions: number }>();
  const tokens = out.split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const match = /^(\d+|-)\t(\d+|-)\t(.*)$/s.exec(tokens[i] ?? '');
    if (!match) continue;
    const additions = match[1] === '-' ? 0 : Number(match[1]);
    const deletions = match[2] === '-' ? 0 : Number(match[2]);
    let path = match[3] ?? '';
    if (path === '') {
      i += 2;
      path = tokens[i] ?? '';
    }
    counts.set(path, { additions, deletions });
  }
  return counts;
}

function parseTree(out: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t(.*)$/s.exec(record);
    if (!match) continue;
    entries.push({
      mode: match[1] ?? '',
      type: match[2] ?? '',
      sha: match[3] ?? '',
      size: match[4] === '-' ? 0 : Number(match[4]),
      name: match[5] ?? '',
    });
  }
  return entries;
}

// ---------------------------------------------------------------------------
// Routing

interface CompiledRoute {
  method: string;
  regex: RegExp;
  names: string[];
  handler: RouteDef['handler'];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileRoute(route: RouteDef): CompiledRoute {
  const template = route.path.startsWith('/')
    ? route.path
    : `/repos/:owner/:repo${route.path === '' ? '' : `/${route.path}`}`;
  const names: string[] = [];
  let pattern = '';
  for (const segment of template.split('/').slice(1)) {
    const param = /^:(\w+)([+*]?)$/.exec(segment);
    if (!param) {
      pattern += `/${escapeRegExp(segment)}`;
      continue;
    }
    names.push(param[1] ?? '');
    if (param[2] === '+') pattern += '/(.+?)';
    else if (param[2] === '*') pattern += '(?:/(.*?))?';
    else pattern += '/([^/]+)';
  }
  return {
    method: route.method.toUpperCase(),
    regex: new RegExp(`^${pattern}/?$`),
    names,
    handler: route.handler,
  };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** GitHub's page and per_page rules: bad values fall back to the defaults, per_page is capped. */
export function pageParams(
  query: URLSearchParams,
  defaultPerPage: number,
  maxPerPage: number,
): { page: number; perPage: number } {
  const pageValue = Number.parseInt(query.get('page') ?? '', 10);
  const perValue = Number.parseInt(query.get('per_page') ?? '', 10);
  const page = Number.isFinite(pageValue) && pageValue >= 1 ? pageValue : 1;
  const perPage =
    Number.isFinite(perValue) && perValue >= 1 ? Math.min(perValue, maxPerPage) : defaultPerPage;
  return { page, perPage };
}

// ---------------------------------------------------------------------------
// The server

const JSON_TYPE = 'application/json; charset=utf-8';

function pullMap(pulls: Record<number, PullRequestSpec> | undefined): Map<number, PullRequestSpec> {
  const map = new Map<number, PullRequestSpec>();
  for (const [key, spec] of Object.entries(pulls ?? {})) map.set(Number(key), spec);
  return map;
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function wrapBase64(content: Buffer): string {
  const text = content.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 60) lines.push(text.slice(i, i + 60));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function errorBody(status: number): unknown {
  const messages: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    422: 'Validation Failed',
    429: 'Too Many Requests',
    502: 'Server Error',
    503: 'Service Unavailable',
  };
  return {
    message: messages[status] ?? 'Internal Server Error',
    documentation_url: DOCS,
    status: String(status),
  };
}

/** Run statuses the `status` query parameter can name; any other value is a conclusion. */
const RUN_STATUSES = new Set([
  'completed',
  'in_progress',
  'queued',
  'requested',
  'waiting',
  'pending',
]);

/** The `body` of a comment request, or undefined when it has none. */
function commentBody(raw: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'body' in parsed) {
      return typeof parsed.body === 'string' ? parsed.body : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** GitHub's limit on the length of a comment, in characters (UTF-16 code units here). */
export const COMMENT_MAX_CHARS = 65_536;

function tooLong(): FakeResponse {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${COMMENT_MAX_CHARS} characters)`,
        },
      ],
      documentation_url: DOCS,
      status: '422',
    },
  };
}

function invalidComment(): FakeResponse {
  return {
    status: 422,
    body: {
      message: 'Invalid request.\n\n"body" wasn\'t supplied.',
      documentation_url: DOCS,
      status: '422',
    },
  };
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const dir = typeof options.repo === 'string' ? options.repo : options.repo.dir;
  const owner = options.owner ?? 'acme';
  const name = options.name ?? 'models';
  const repoId = options.repoId ?? 1296269;
  const defaultBranch = options.defaultBranch ?? 'main';
  const hangMs = options.hangMs ?? 60_000;
  const git = new GitData(dir);
  const pulls = pullMap(options.pulls);
  let runs: FakeWorkflowRun[] = [...(options.runs ?? [])];
  const comments: FakeComment[] = [];
  const commentUser = options.commentUser ?? 'github-actions[bot]';
  let nextCommentId = 1_000_001;
  const requests: RecordedRequest[] = [];
  const faults: (FaultSpec & { remaining: number })[] = [];
  const hanging = new Set<ServerResponse>();
  const rateLimitReset = Math.floor(Date.now() / 1000) + 3600;
  const routes: CompiledRoute[] = [];
  let url = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': JSON_TYPE });
        res.end(JSON.stringify({ message: `fake GitHub failed: ${String(err)}` }));
      }
    });
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address() as AddressInfo;
  url = `http://127.0.0.1:${address.port}`;
  const apiRepo = `${url}/repos/${owner}/${name}`;
  const htmlRepo = `https://github.com/${owner}/${name}`;

  // --- JSON shapes -------------------------------------------------------

  const commitJson = (info: CommitInfo): Record<string, unknown> => ({
    sha: info.sha,
    node_id: `C_${info.sha.slice(0, 20)}`,
    url: `${apiRepo}/commits/${info.sha}`,
    html_url: `${htmlRepo}/commit/${info.sha}`,
    commit: {
      author: { name: info.authorName, email: info.authorEmail, date: info.authorDate },
      committer: { name: info.authorName, email: info.authorEmail, date: info.committerDate },
      message: info.message,
      tree: { sha: info.tree, url: `${apiRepo}/git/trees/${info.tree}` },
      comment_count: 0,
    },
    parents: info.parents.map((sha) => ({
      sha,
      url: `${apiRepo}/commits/${sha}`,
      html_url: `${htmlRepo}/commit/${sha}`,
    })),
  });

  const fileJson = (entry: DiffEntry, ref: string): Record<string, unknown> => {
    const path = entry.filename.split('/').map(encodeURIComponent).join('/');
    return {
      sha: entry.sha,
      filename: entry.filename,
      status: entry.status,
      additions: entry.additions,
      deletions: entry.deletions,
      changes: entry.changes,
      blob_url: `${htmlRepo}/blob/${ref}/${path}`,
      raw_url: `${htmlRepo}/raw/${ref}/${path}`,
      contents_url: `${apiRepo}/contents/${path}?ref=${ref}`,
      ...(entry.previous_filename === undefined
        ? {}
        : { previous_filename: entry.previous_filename }),
    };
  };

  /** GitHub's Link header: prev, next, last, first, with /repositories/{id}/ URLs. */
  const linkHeader = (
    request: RecordedRequest,
    repoRest: string,
    page: number,
    lastPage: number,
  ): Record<string, string> => {
    if (lastPage <= 1) return {};
    const at = (n: number): string => {
      const query = new URLSearchParams(request.query);
      query.set('page', String(n));
      return `<${url}/repositories/${repoId}/${repoRest}?${query.toString()}>`;
    };
    const parts: string[] = [];
    if (page > 1) parts.push(`${at(Math.min(page - 1, lastPage))}; rel="prev"`);
    if (page < lastPage) parts.push(`${at(page + 1)}; rel="next"`, `${at(lastPage)}; rel="last"`);
    if (page > 1) parts.push(`${at(1)}; rel="first"`);
    return parts.length === 0 ? {} : { link: parts.join(', ') };
  };

  const splitBasehead = (basehead: string): [string, string] | undefined => {
    const three = basehead.indexOf('...');
    const at = three >= 0 ? three : basehead.indexOf('..');
    if (at <= 0) return undefined;
    const strip = (ref: string): string => {
      const colon = ref.indexOf(':');
      return colon > 0 && ref.slice(0, colon).toLowerCase() === owner.toLowerCase()
        ? ref.slice(colon + 1)
        : ref;
    };
    const base = basehead.slice(0, at);
    const head = basehead.slice(at + (three >= 0 ? 3 : 2));
    return head === '' ? undefined : [strip(base), strip(head)];
  };

  // --- Actions and comments ---------------------------------------------

  const runStatus = (run: FakeWorkflowRun): string => run.status ?? 'completed';
  const runConclusion = (run: FakeWorkflowRun): string | null =>
    run.conclusion !== undefined
      ? run.conclusion
      : runStatus(run) === 'completed'
        ? 'success'
        : null;
  const createdAt = (run: FakeWorkflowRun): string =>
    run.createdAt ?? new Date(Date.UTC(2026, 0, 1) + run.id * 60_000).toISOString();

  const runJson = (run: FakeWorkflowRun): Record<string, unknown> => ({
    id: run.id,
    name: 'CI',
    node_id: `WFR_${run.id}`,
    head_branch: run.headBranch ?? 'main',
    head_sha: run.headSha ?? 'f'.repeat(40),
    path: '.github/workflows/ci.yml',
    display_title: `Run ${run.id}`,
    run_number: run.id,
    event: run.event ?? 'push',
    status: runStatus(run),
    conclusion: runConclusion(run),
    workflow_id: run.workflowId,
    url: `${apiRepo}/actions/runs/${run.id}`,
    html_url: `${htmlRepo}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: createdAt(run),
    updated_at: createdAt(run),
    run_attempt: 1,
    run_started_at: createdAt(run),
    jobs_url: `${apiRepo}/actions/runs/${run.id}/jobs`,
    workflow_url: `${apiRepo}/actions/workflows/${run.workflowId}`,
  });

  const jobJson = (run: FakeWorkflowRun, job: FakeJob, index: number): Record<string, unknown> => {
    const status = job.status ?? 'completed';
    const id = run.id * 1000 + index + 1;
    return {
      id,
      run_id: run.id,
      run_url: `${apiRepo}/actions/runs/${run.id}`,
      node_id: `CR_${id}`,
      head_sha: run.headSha ?? 'f'.repeat(40),
      url: `${apiRepo}/actions/jobs/${id}`,
      html_url: `${htmlRepo}/actions/runs/${run.id}/job/${id}`,
      status,
      conclusion:
        job.conclusion !== undefined ? job.conclusion : status === 'completed' ? 'success' : null,
      created_at: job.startedAt ?? createdAt(run),
      started_at: job.startedAt === undefined ? createdAt(run) : job.startedAt,
      completed_at: job.completedAt === undefined ? null : job.completedAt,
      name: job.name,
      steps: [],
      check_run_url: `${apiRepo}/check-runs/${id}`,
      labels: ['ubuntu-latest'],
      runner_id: 1,
      runner_name: 'GitHub Actions 1',
      runner_group_id: 1,
      runner_group_name: 'GitHub Actions',
      run_attempt: 1,
      workflow_name: 'CI',
      head_branch: run.headBranch ?? 'main',
    };
  };

  const issueExists = (issue: number): boolean =>
    pulls.has(issue) || comments.some((c) => c.issue === issue);

  const commentJson = (comment: FakeComment): Record<string, unknown> => ({
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${apiRepo}/issues/comments/${comment.id}`,
    html_url: `${htmlRepo}/pull/${comment.issue}#issuecomment-${comment.id}`,
    issue_url: `${apiRepo}/issues/${comment.issue}`,
    body: comment.body,
    user: {
      login: comment.user,
      id: comment.user.length,
      type: comment.user.endsWith('[bot]') ? 'Bot' : 'User',
    },
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
  });

  const storeComment = (issue: number, body: string, user: string): FakeComment => {
    const now = new Date().toISOString();
    const comment: FakeComment = {
      id: nextCommentId++,
      issue,
      body,
      user,
      createdAt: now,
      updatedAt: now,
    };
    comments.push(comment);
    return comment;
  };

  // --- Built-in routes ---------------------------------------------------

  const builtIn: RouteDef[] = [
    {
      method: 'GET',
      path: '',
      handler: () => ({
        status: 200,
        body: {
          id: repoId,
          node_id: `R_${repoId}`,
          name,
          full_name: `${owner}/${name}`,
          private: options.private ?? false,
          visibility: options.private ? 'private' : 'public',
          owner: { login: owner, type: 'Organization' },
          html_url: htmlRepo,
          url: apiRepo,
          default_branch: defaultBranch,
        },
      }),
    },
    {
      method: 'GET',
      path: 'compare/:basehead+',
      handler: async ({ params, query, request }) => {
        const split = splitBasehead(params.basehead ?? '');
        if (!split) return notFound();
        const [baseRef, headRef] = split;
        const [base, head] = await Promise.all([git.resolve(baseRef), git.resolve(headRef)]);
        if (!base || !head) return notFound();
        const mergeBase = await git.mergeBase(base, head);
        if (!mergeBase) {
          return {
            status: 404,
            body: {
              message: `No common ancestor between ${baseRef} and ${headRef}.`,
              documentation_url: DOCS,
              status: '404',
            },
          };
        }
        const [ahead, behind, files, baseInfo, mergeBaseInfo] = await Promise.all([
          git.range(base, head),
          git.range(head, base),
          git.diff(mergeBase, head),
          git.commit(base),
          git.commit(mergeBase),
        ]);
        const paged = query.has('page') || query.has('per_page');
        let commits: CommitInfo[];
        let withFiles = true;
        let headers: Record<string, string> = {};
        if (!paged) {
          commits = ahead.slice(-LIMITS.compareCommitsUnpaged);
        } else {
          const { page, perPage } = pageParams(query, 30, 100);
          commits = ahead.slice((page - 1) * perPage, page * perPage);
          withFiles = page === 1;
          const lastPage = Math.max(1, Math.ceil(ahead.length / perPage));
          headers = linkHeader(request, `compare/${params.basehead ?? ''}`, page, lastPage);
        }
        const status =
          ahead.length > 0 && behind.length > 0
            ? 'diverged'
            : ahead.length > 0
              ? 'ahead'
              : behind.length > 0
                ? 'behind'
                : 'identical';
        return {
          status: 200,
          headers,
          body: {
            url: `${apiRepo}/compare/${params.basehead ?? ''}`,
            html_url: `${htmlRepo}/compare/${params.basehead ?? ''}`,
            permalink_url: `${htmlRepo}/compare/${owner}:${base}...${owner}:${head}`,
            diff_url: `${htmlRepo}/compare/${params.basehead ?? ''}.diff`,
            patch_url: `${htmlRepo}/compare/${params.basehead ?? ''}.patch`,
            base_commit: commitJson(baseInfo),
            merge_base_commit: commitJson(mergeBaseInfo),
            status,
            ahead_by: ahead.length,
            behind_by: behind.length,
            total_commits: ahead.length,
            commits: commits.map(commitJson),
            ...(withFiles
              ? { files: files.slice(0, LIMITS.compareFiles).map((f) => fileJson(f, head)) }
              : {}),
          },
        };
      },
    },
    {
      method: 'GET',
      path: 'pulls/:number',
      handler: async ({ params }) => {
        const number = Number(params.number);
        const spec = pulls.get(number);
        if (!spec) return notFound();
        const [base, head] = await Promise.all([git.resolve(spec.base), git.resolve(spec.head)]);
        if (!base || !head) return notFound();
        const mergeBase = (await git.mergeBase(base, head)) ?? base;
        const [files, commits] = await Promise.all([
          git.diff(mergeBase, head),
          git.range(base, head),
        ]);
        return {
          status: 200,
          body: {
            url: `${apiRepo}/pulls/${number}`,
            html_url: `${htmlRepo}/pull/${number}`,
            number,
            state: spec.state ?? 'open',
            title: spec.title ?? `Pull request ${number}`,
            draft: false,
            labels: (spec.labels ?? []).map((label, i) => ({ id: i + 1, name: label })),
            base: {
              ref: spec.base,
              sha: base,
              label: `${owner}:${spec.base}`,
              repo: { full_name: `${owner}/${name}` },
            },
            head: {
              ref: spec.head,
              sha: head,
              label: `${owner}:${spec.head}`,
              repo: { full_name: `${owner}/${name}` },
            },
            commits: commits.length,
            changed_files: files.length,
            additions: files.reduce((n, f) => n + f.additions, 0),
            deletions: files.reduce((n, f) => n + f.deletions, 0),
          },
        };
      },
    },
    {
      method: 'GET',
      path: 'pulls/:number/files',
      handler: async ({ params, query, request }) => {
        const number = Number(params.number);
        const spec = pulls.get(number);
        if (!spec) return notFound();
        const [base, head] = await Promise.all([git.resolve(spec.base), git.resolve(spec.head)]);
        if (!base || !head) return notFound();
        const mergeBase = (await git.mergeBase(base, head)) ?? base;
        const files = (await git.diff(mergeBase, head)).slice(0, LIMITS.pullFiles);
        const { page, perPage } = pageParams(query, 30, 100);
        const lastPage = Math.max(1, Math.ceil(files.length / perPage));
        return {
          status: 200,
          headers: linkHeader(request, `pulls/${number}/files`, page, lastPage),
          body: files.slice((page - 1) * perPage, page * perPage).map((f) => fileJson(f, head)),
        };
      },
    },
    {
      method: 'GET',
      path: 'commits/:ref+',
      handler: async ({ params, query, request }) => {
        const ref = params.ref ?? '';
        const sha = await git.resolve(ref);
        if (!sha) {
          return {
            status: 422,
            body: {
              message: `No commit found for SHA: ${ref}`,
              documentation_url: DOCS,
              status: '422',
            },
          };
        }
        if (/application\/vnd\.github(\.v3)?\.sha/.test(String(request.headers.accept ?? ''))) {
          return {
            status: 200,
            headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' },
            body: sha,
          };
        }
        const info = await git.commit(sha);
        const parent = info.parents[0] ?? (await git.emptyTree());
        const files = (await git.diff(parent, sha)).slice(0, LIMITS.commitFiles);
        const { page, perPage } = pageParams(
          query,
          LIMITS.commitFilesPerPage,
          LIMITS.commitFilesPerPage,
        );
        const lastPage = Math.max(1, Math.ceil(files.length / perPage));
        const additions = files.reduce((n, f) => n + f.additions, 0);
        const deletions = files.reduce((n, f) => n + f.deletions, 0);
        return {
          status: 200,
          headers: linkHeader(request, `commits/${params.ref ?? ''}`, page, lastPage),
          body: {
            ...commitJson(info),
            stats: { total: additions + deletions, additions, deletions },
            files: files.slice((page - 1) * perPage, page * perPage).map((f) => fileJson(f, sha)),
          },
        };
      },
    },
    {
      method: 'GET',
      path: 'git/trees/:tree',
      handler: async ({ params, query }) => {
        // A tree by the commit (or tree) it is of, as GitHub takes a tree-ish here.
        const sha = await git.resolve(params.tree ?? '');
        if (!sha) return notFound();
        const recursive = query.get('recursive') !== null;
        const listing = await git.run([
          'ls-tree',
          ...(recursive ? ['-r', '-t'] : []),
          '-z',
          '-l',
          sha,
        ]);
        const tree = listing
          .split('\0')
          .filter((line) => line !== '')
          .map((line) => {
            const tab = line.indexOf('\t');
            const [mode, type, id, size] = line.slice(0, tab).split(/\s+/);
            return {
              path: line.slice(tab + 1),
              mode,
              type,
              sha: id,
              ...(type === 'blob' ? { size: Number(size) } : {}),
              url: `${apiRepo}/git/${type === 'tree' ? 'trees' : 'blobs'}/${id}`,
            };
          });
        return {
          status: 200,
          body: { sha, url: `${apiRepo}/git/trees/${sha}`, tree, truncated: false },
        };
      },
    },
    {
      method: 'GET',
      path: 'git/blobs/:blob',
      handler: async ({ params }) => {
        const id = params.blob ?? '';
        if (!/^[0-9a-f]{40}$/.test(id)) return notFound();
        let content: Buffer;
        try {
          content = await git.runBuffer(['cat-file', 'blob', id]);
        } catch {
          return notFound();
        }
        return {
          status: 200,
          body: {
            sha: id,
            node_id: `B_${id}`,
            size: content.length,
            url: `${apiRepo}/git/blobs/${id}`,
            content: content.toString('base64').replace(/(.{60})/g, '$1\n'),
            encoding: 'base64',
          },
        };
      },
    },
    {
      method: 'GET',
      path: 'contents/:path*',
      handler: async ({ params, query, request }) => {
        const ref = query.get('ref') ?? defaultBranch;
        const sha = await git.resolve(ref);
        if (!sha) {
          return {
            status: 404,
            body: {
              message: `No commit found for the ref ${ref}`,
              documentation_url: DOCS,
              status: '404',
            },
          };
        }
        const path = (params.path ?? '').replace(/\/+$/, '');
        const object = await git.object(sha, path);
        if (!object) return notFound();
        const links = (p: string, type: string, id: string): Record<string, unknown> => ({
          url: `${apiRepo}/contents/${p}?ref=${ref}`,
          html_url: `${htmlRepo}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${p}`,
          git_url: `${apiRepo}/git/${type === 'dir' ? 'trees' : 'blobs'}/${id}`,
          download_url:
            type === 'file'
              ? `https://raw.githubusercontent.com/${owner}/${name}/${ref}/${p}`
              : null,
        });
        if (object.type === 'tree') {
          return {
            status: 200,
            body: object.entries.map((entry) => {
              const type =
                entry.type === 'tree'
                  ? 'dir'
                  : entry.type === 'commit'
                    ? 'submodule'
                    : entry.mode === '120000'
                      ? 'symlink'
                      : 'file';
              const p = path === '' ? entry.name : `${path}/${entry.name}`;
              return {
                type,
                size: entry.size,
                name: entry.name,
                path: p,
                sha: entry.sha,
                ...links(p, type, entry.sha),
              };
            }),
          };
        }
        if (/application\/vnd\.github(\.v3)?\.raw/.test(String(request.headers.accept ?? ''))) {
          return {
            status: 200,
            headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
            body: object.content,
          };
        }
        return {
          status: 200,
          body: {
            type: 'file',
            encoding: 'base64',
            size: object.content.length,
            name: path.split('/').pop() ?? path,
            path,
            content: wrapBase64(object.content),
            sha: object.id,
            ...links(path, 'file', object.id),
          },
        };
      },
    },
    {
      method: 'GET',
      path: 'actions/runs/:run_id',
      handler: ({ params }) => {
        const run = runs.find((r) => String(r.id) === params.run_id);
        return run ? { status: 200, body: runJson(run) } : notFound();
      },
    },
    {
      method: 'GET',
      path: 'actions/workflows/:workflow_id/runs',
      handler: ({ params, query, request }) => {
        // A workflow is named by its id or by its file name; every run here is of ci.yml.
        const byFile = params.workflow_id === 'ci.yml';
        const workflowId = Number(params.workflow_id);
        if (!byFile && !Number.isSafeInteger(workflowId)) return notFound();
        const status = query.get('status');
        const branch = query.get('branch');
        const event = query.get('event');
        const listed = runs
          .filter((r) => byFile || r.workflowId === workflowId)
          .filter((r) => {
            if (status === null || status === '') return true;
            return RUN_STATUSES.has(status) ? runStatus(r) === status : runConclusion(r) === status;
          })
          .filter((r) => branch === null || (r.headBranch ?? 'main') === branch)
          .filter((r) => event === null || (r.event ?? 'push') === event)
          .sort((a, b) => createdAt(b).localeCompare(createdAt(a)) || b.id - a.id);
        const { page, perPage } = pageParams(query, 30, 100);
        const lastPage = Math.max(1, Math.ceil(listed.length / perPage));
        return {
          status: 200,
          headers: linkHeader(request, `actions/workflows/${workflowId}/runs`, page, lastPage),
          body: {
            total_count: listed.length,
            workflow_runs: listed.slice((page - 1) * perPage, page * perPage).map(runJson),
          },
        };
      },
    },
    {
      method: 'GET',
      path: 'actions/runs/:run_id/jobs',
      handler: ({ params, query, request }) => {
        const run = runs.find((r) => String(r.id) === params.run_id);
        if (!run) return notFound();
        const jobs = run.jobs ?? [];
        const { page, perPage } = pageParams(query, 30, 100);
        const lastPage = Math.max(1, Math.ceil(jobs.length / perPage));
        return {
          status: 200,
          headers: linkHeader(request, `actions/runs/${run.id}/jobs`, page, lastPage),
          body: {
            total_count: jobs.length,
            jobs: jobs
              .slice((page - 1) * perPage, page * perPage)
              .map((job, i) => jobJson(run, job, (page - 1) * perPage + i)),
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/user',
      handler: () =>
        options.tokenUser === undefined
          ? {
              status: 403,
              body: {
                message: 'Resource not accessible by integration',
                documentation_url: DOCS,
                status: '403',
              },
            }
          : { status: 200, body: { login: options.tokenUser, id: 1, type: 'User' } },
    },
    {
      method: 'GET',
      path: 'issues/:number/comments',
      handler: ({ params, query, request }) => {
        const issue = Number(params.number);
        if (!issueExists(issue)) return notFound();
        const list = comments.filter((c) => c.issue === issue);
        const { page, perPage } = pageParams(query, 30, 100);
        const lastPage = Math.max(1, Math.ceil(list.length / perPage));
        return {
          status: 200,
          headers: linkHeader(request, `issues/${issue}/comments`, page, lastPage),
          body: list.slice((page - 1) * perPage, page * perPage).map(commentJson),
        };
      },
    },
    {
      method: 'POST',
      path: 'issues/:number/comments',
      handler: ({ params, request }) => {
        const issue = Number(params.number);
        if (!issueExists(issue)) return notFound();
        const body = commentBody(request.body);
        if (body === undefined) return invalidComment();
        if (body.length > COMMENT_MAX_CHARS) return tooLong();
        return { status: 201, body: commentJson(storeComment(issue, body, commentUser)) };
      },
    },
    {
      method: 'PATCH',
      path: 'issues/comments/:comment_id',
      handler: ({ params, request }) => {
        const comment = comments.find((c) => String(c.id) === params.comment_id);
        if (!comment) return notFound();
        const body = commentBody(request.body);
        if (body === undefined) return invalidComment();
        if (body.length > COMMENT_MAX_CHARS) return tooLong();
        comment.body = body;
        comment.updatedAt = new Date().toISOString();
        return { status: 200, body: commentJson(comment) };
      },
    },
  ];

  for (const route of [...(options.routes ?? []), ...builtIn]) routes.push(compileRoute(route));

  // --- Faults, auth, dispatch -------------------------------------------

  const matches = (
    spec: { path?: string | RegExp; method?: string },
    request: RecordedRequest,
  ): boolean =>
    (spec.method === undefined || spec.method.toUpperCase() === request.method) &&
    (spec.path === undefined ||
      (typeof spec.path === 'string'
        ? request.path.startsWith(spec.path)
        : spec.path.test(request.path)));

  const takeFault = (request: RecordedRequest): FaultSpec | undefined => {
    const index = faults.findIndex((f) => f.remaining > 0 && matches(f, request));
    if (index < 0) return undefined;
    const fault = faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(index, 1);
    return fault;
  };

  const baseHeaders = (): Record<string, string> => ({
    'content-type': JSON_TYPE,
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': randomUUID().toUpperCase().slice(0, 23),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(Math.max(0, 5000 - requests.length)),
    'x-ratelimit-reset': String(rateLimitReset),
    'x-ratelimit-used': String(Math.min(5000, requests.length)),
    'x-ratelimit-resource': 'core',
  });

  const send = (res: ServerResponse, response: FakeResponse, record: RecordedRequest): void => {
    const headers = { ...baseHeaders(), ...(response.headers ?? {}) };
    let payload: string | Buffer;
    if (Buffer.isBuffer(response.body)) {
      payload = response.body;
    } else if (typeof response.body === 'string') {
      payload = response.body;
      if (!response.headers?.['content-type'])
        headers['content-type'] = 'text/plain; charset=utf-8';
    } else if (response.body === undefined) {
      payload = '';
    } else {
      payload = JSON.stringify(response.body);
    }
    record.status = response.status;
    res.writeHead(response.status, headers);
    res.end(payload);
  };

  const authorized = (headers: IncomingHttpHeaders): boolean => {
    if (options.token === undefined) return true;
    const header = headers.authorization ?? '';
    return header === `token ${options.token}` || header === `Bearer ${options.token}`;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const target = req.url ?? '/';
    const parsed = new URL(target, 'http://127.0.0.1');
    const record: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: parsed.pathname,
      query: Object.fromEntries(parsed.searchParams),
      url: target,
      headers: req.headers,
      body,
      faulted: false,
    };
    requests.push(record);

    const fault = takeFault(record);
    if (fault) {
      record.faulted = true;
      if (fault.hang) {
        hanging.add(res);
        const timer = setTimeout(() => res.destroy(), hangMs);
        timer.unref();
        res.on('close', () => {
          clearTimeout(timer);
          hanging.delete(res);
        });
        return;
      }
      if (fault.delayMs !== undefined) await sleep(fault.delayMs);
      if (fault.status !== undefined || fault.delayMs === undefined) {
        const status = fault.status ?? 500;
        send(
          res,
          { status, headers: fault.headers ?? {}, body: fault.body ?? errorBody(status) },
          record,
        );
        return;
      }
      record.faulted = false;
    }

    if (!authorized(req.headers)) {
      send(res, badCredentials(), record);
      return;
    }

    let path = parsed.pathname;
    const alias = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    if (alias && Number(alias[1]) === repoId) path = `/repos/${owner}/${name}${alias[2] ?? ''}`;

    for (const route of routes) {
      if (route.method !== record.method) continue;
      const match = route.regex.exec(path);
      if (!match) continue;
      const params: Record<string, string> = {};
      route.names.forEach((key, i) => {
        const value = match[i + 1];
        if (value !== undefined) params[key] = decode(value);
      });
      if (
        (params.owner !== undefined && params.owner.toLowerCase() !== owner.toLowerCase()) ||
        (params.repo !== undefined && params.repo.toLowerCase() !== name.toLowerCase())
      ) {
        send(res, notFound(), record);
        return;
      }
      const response = await route.handler({
        params,
        query: parsed.searchParams,
        request: record,
        git,
        server: fake,
      });
      send(res, response, record);
      return;
    }
    send(res, notFound(), record);
  }

  const fake: FakeGitHub = {
    url,
    owner,
    name,
    repoId,
    git,
    requests,
    state: new Map(),
    repoPath: (suffix = '') => `/repos/${owner}/${name}${suffix === '' ? '' : `/${suffix}`}`,
    requestsTo: (path) =>
      requests.filter((r) =>
        typeof path === 'string' ? r.path.startsWith(path) : path.test(r.path),
      ),
    fail: (fault) => {
      faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    hang: (opts = {}) => {
      faults.push({ ...opts, hang: true, remaining: opts.times ?? Infinity });
    },
    clearFaults: () => {
      faults.length = 0;
    },
    pendingFaults: () => faults.reduce((n, f) => n + f.remaining, 0),
    addRoute: (route) => {
      routes.unshift(compileRoute(route));
    },
    setPull: (number, spec) => {
      pulls.set(number, spec);
    },
    setRuns: (list) => {
      runs = [...list];
    },
    comments: (issue) => comments.filter((c) => c.issue === issue).map((c) => ({ ...c })),
    addComment: (issue, body, user = 'octocat') => ({ ...storeComment(issue, body, user) }),
    forbid: ({ path, method, times }) => {
      faults.push({
        ...resourceNotAccessible(),
        path,
        remaining: times ?? Infinity,
        ...(method ? { method } : {}),
      });
    },
    resetRequests: () => {
      requests.length = 0;
    },
    close: async () => {
      faults.length = 0;
      for (const res of hanging) res.destroy();
      hanging.clear();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
  return fake;
}
