/**
 * Runs the built action (dist/index.js) as a real process, with the variables
 * and files the GitHub runner provides, and reads back what it wrote.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE } from './node.js';

/** The bundle under test: the committed dist/index.js, or GATE_DIST when set. */
export const DIST =
  process.env.GATE_DIST ??
  resolve(fileURLToPath(new URL('.', import.meta.url)), '../../dist/index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The `::error::` / `::warning::` annotations printed. */
  errors: string[];
  warnings: string[];
  runnerTemp: string;
}

export interface RunOptions {
  eventName: string;
  payload: unknown;
  /** The event file's text as written, instead of the payload as JSON. */
  eventText?: string;
  /** Action inputs by name as in action.yml (e.g. `list-files`). */
  inputs: Record<string, string>;
  apiUrl: string;
  /** GITHUB_WORKSPACE: an empty folder unless a checkout is given. */
  workspace?: string;
  sha?: string;
  ref?: string;
  repository?: string;
  /** Variables besides the runner's; ML_CHANGE_GATE_WAIT_SCALE is 0.001 unless set here. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM`\nvalue\nDELIM, or name=value). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delim = ''] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++] ?? '');
      if (i >= lines.length) throw new Error(`unterminated output ${name}`);
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`bad output line: ${line}`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** Default inputs as action.yml declares them (the runner passes every input). */
const DEFAULT_INPUTS: Record<string, string> = {
  'train-on': '',
  token: 'test-token-0123456789',
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
};

/** Folders of finished runs; tests read their files, so they go when the test process ends. */
const homes: string[] = [];
process.once('exit', () => {
  for (const dir of homes) rmSync(dir, { recursive: true, force: true });
});

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const home = mkdtempSync(join(tmpdir(), 'gate-run-'));
  homes.push(home);
  const workspace = opts.workspace ?? join(home, 'workspace');
  const runnerTemp = join(home, 'temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const eventPath = join(home, 'event.json');
  const outputPath = join(home, 'output');
  const summaryPath = join(home, 'summary.md');
  writeFileSync(eventPath, opts.eventText ?? JSON.stringify(opts.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: opts.repository ?? 'acme/models',
    GITHUB_SHA: opts.sha ?? '',
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${opts.apiUrl}/graphql`,
    RUNNER_TEMP: runnerTemp,
    // Retry and rate-limit waits at a thousandth of their length: the waits the
    // action decides on are the same, the test does not sleep through them.
    ML_CHANGE_GATE_WAIT_SCALE: '0.001',
    ...opts.env,
  };
  for (const [name, value] of Object.entries({ ...DEFAULT_INPUTS, ...opts.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  const child = spawn(NODE, [DIST], { env, cwd: workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timeout = opts.timeoutMs ?? 60_000;
  const code = await new Promise<number | null>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the action did not finish within ${timeout} ms\n${stdout}\n${stderr}`));
    }, timeout);
    child.on('close', (c) => {
      clearTimeout(timer);
      done(c);
    });
  });

  const run: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    errors: annotations(stdout, 'error'),
    warnings: annotations(stdout, 'warning'),
    runnerTemp,
  };
  return run;
}

function annotations(stdout: string, kind: string): string[] {
  const re = new RegExp(`^::${kind}(?: [^:]*)?::(.*)$`, 'gm');
  return [...stdout.matchAll(re)].map((m) =>
    (m[1] ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'),
  );
}

/** A retry the action logged (as a debug line) before waiting: which request, after how long, why. */
export interface LoggedRetry {
  request: string;
  seconds: number;
  reason: string;
}

/** The retries after a failed request (not the rate-limit waits, which are warnings), in order. */
export function retriesLogged(run: ActionRun): LoggedRetry[] {
  return [...run.stdout.matchAll(/^::debug::Retrying (.+) in (\d+(?:\.\d+)?) s: (.*)\.$/gm)].map(
    (m) => ({ request: m[1] ?? '', seconds: Number(m[2]), reason: m[3] ?? '' }),
  );
}
