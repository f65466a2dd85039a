/**
 * `npm run local-action` (scripts/local-action.mjs): a `.env` file with a
 * multi-line input, quotes and comments, and an event payload, run through the
 * committed bundle against the loopback GitHub API; the outputs come back.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pullRequestEvent } from '../helpers/events.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { parseOutputFile } from '../helpers/run-action.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SCRIPT = join(ROOT, 'scripts', 'local-action.mjs');
const TOKEN = 'local-token-0123456789';

let repo: GitRepo;
let fake: FakeGitHub;
let dir: string;
const sha: Record<string, string> = {};

beforeAll(async () => {
  repo = GitRepo.create();
  sha.base = repo.commit({ 'src/training/train.py': 'a\n', 'docs/a.md': '# a\n' }, 'base');
  repo.checkout('pr', true);
  sha.head = repo.commit({ 'src/training/train.py': 'b\n', 'docs/a.md': '# b\n' }, 'change');
  fake = await startFakeGitHub({ repo, token: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'gate-local-action-'));
});

afterAll(async () => {
  await fake?.close();
  repo?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs the script; asynchronously, so that the loopback API in this process can answer. */
function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}

test('runs the bundle with the inputs and the event of a .env file', async () => {
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify(pullRequestEvent({ number: 3, base: sha.base!, head: sha.head! })),
  );
  const env = join(dir, 'test.env');
  writeFileSync(
    env,
    [
      '# a comment, and a blank line',
      '',
      'INPUT_FILTERS="training:',
      "  - 'src/training/**'",
      'docs:',
      "  - '**/*.md'\"",
      "INPUT_TRAIN-ON='training'",
      'INPUT_LIST-FILES=json # a trailing comment',
      'export INPUT_GPU-HOURLY-COST=1.60',
      'INPUT_TRAINING-HOURS="0.75"',
      'GITHUB_EVENT_NAME=pull_request',
      `GITHUB_EVENT_PATH=${event}`,
      'GITHUB_REPOSITORY=acme/models',
      `GITHUB_TOKEN=${TOKEN}`,
      `GITHUB_API_URL=${fake.url}`,
      '',
    ].join('\n'),
  );
  const result = await run(['--env', env]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^ {2}should-train +true$/m);
  expect(result.stdout).toMatch(/^ {2}training_files +\["src\/training\/train\.py"\]$/m);
  expect(result.stdout).toMatch(/^ {2}estimated-cost +1\.20$/m);
  // the token went in through the default of the token input, and is masked
  expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
  expect(result.stdout.split(TOKEN).length).toBe(2);

  const outputs = parseOutputFile(
    readFileSync(join(ROOT, '.tmp', 'local-action', 'run', 'output'), 'utf8'),
  );
  expect(outputs.changes).toBe('["training","docs"]');
  expect(outputs.docs_count).toBe('1');
  expect(outputs['base-sha']).toBe(sha.base);
  expect(outputs['diff-source']).toBe('compare');
});

test('says what to do without a .env file or with a bad one', async () => {
  const missing = await run(['--env', join(dir, 'none.env')]);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(/copy examples\/local\/\.env\.example to \.env/);

  const bad = join(dir, 'bad.env');
  writeFileSync(bad, 'INPUT_FILTERS="training: src/**\n');
  const unclosed = await run(['--env', bad]);
  expect(unclosed.status).toBe(2);
  expect(unclosed.stderr).toMatch(/\.env line 1: the value of INPUT_FILTERS has no closing "/);
});
