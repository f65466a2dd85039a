/**
 * One engine, three front ends: for random changes and random settings, the
 * action (run in-process against the loopback GitHub API) and `check --json`
 * (run in-process against the same git repository) give the same value for
 * every output they share, and a backtest of the change's one commit gives
 * the same verdict and reason as `check`. The settings reach both front ends
 * as the same text: action inputs on one side, flags of the same names on the
 * other. PARITY_RUNS sets how many random cases are tried (default 30).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../src/action/run.js';
import type { ActionEvent, ActionRuntime } from '../src/action/runtime.js';
import { main } from '../src/cli/main.js';
import { RUNNER_PRESETS } from '../src/core/presets.js';
import type { EngineSettingName } from '../src/core/settings.js';
import { pullRequestEvent } from './helpers/events.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { GitRepo } from './helpers/git-repo.js';

const TOKEN = 'parity-token-0123456789';

const FILTERS = `training:
  - 'src/training/**'
  - 'config/training*.yaml'
  - '!src/training/**/*.md'
data:
  - added|modified: 'data/training/**'
docs: ['docs/**', '**/*.md']
notebooks: ['notebooks/**']
`;
const FILTER_NAMES = ['training', 'data', 'docs', 'notebooks'];

/** Models that share the filters and price themselves. */
const MODELS = `resnet:
  paths: ['config/training-resnet.yaml', 'src/training/model.py']
  filters: [data]
  training-hours: 1.5
  gpu-count: 2
vit:
  paths: ['config/training-vit.yaml']
  filters: [training]
  gpu-runner: aws-g5.xlarge
loader: ['src/common/**']
`;

/** The files of the base commit: ten lines each, so that a moved file is seen as renamed. */
const BASE_FILES = [
  'src/training/train.py',
  'src/training/model.py',
  'src/training/README.md',
  'src/common/io.py',
  'config/training-resnet.yaml',
  'data/training/part-0000.csv',
  'docs/guide.md',
  'notebooks/explore.ipynb',
  'README.md',
  'tests/test_model.py',
];
const NEW_PATHS = [
  'src/training/loss.py',
  'src/serving/app.py',
  'data/training/2025/part-0001.csv',
  'data/eval/part-0000.csv',
  'docs/howto.md',
  'notebooks/eda/new.ipynb',
  'config/training-vit.yaml',
  'scripts/tool.sh',
];

function content(path: string, version: number): string {
  return Array.from({ length: 10 }, (_, i) => `${path} line ${i}${i === 9 ? ` v${version}` : ''}`)
    .join('\n')
    .concat('\n');
}

type Op =
  | { kind: 'modify'; path: string }
  | { kind: 'delete'; path: string }
  | { kind: 'add'; path: string }
  | { kind: 'rename'; from: string; to: string };

/** One to five operations on distinct files. */
const change: fc.Arbitrary<Op[]> = fc
  .tuple(
    fc.shuffledSubarray(BASE_FILES, { minLength: 1, maxLength: 4 }),
    fc.shuffledSubarray(NEW_PATHS, { minLength: 0, maxLength: 3 }),
    fc.array(fc.constantFrom('modify', 'delete', 'rename'), { minLength: 4, maxLength: 4 }),
  )
  .map(([existing, fresh, kinds]) => {
    const ops: Op[] = [];
    const targets = [...fresh];
    existing.forEach((path, i) => {
      const kind = kinds[i] ?? 'modify';
      const to = kind === 'rename' ? targets.pop() : undefined;
      if (kind === 'rename' && to !== undefined) ops.push({ kind, from: path, to });
      else if (kind === 'delete') ops.push({ kind, path });
      else ops.push({ kind: 'modify', path });
    });
    for (const path of targets) ops.push({ kind: 'add', path });
    return ops;
  });

type Inputs = Partial<Record<EngineSettingName | 'models', string>>;

/** Inputs as a workflow's `with:` block gives them: text, empty for the default. */
const inputs: fc.Arbitrary<Inputs> = fc
  .record({
    'train-on': fc.option(
      fc.shuffledSubarray(FILTER_NAMES, { minLength: 1 }).map((names) => names.join(',')),
    ),
    force: fc.option(fc.constantFrom('true', 'false'), { freq: 4 }),
    'force-label': fc.option(fc.constant('retrain')),
    'on-error': fc.option(fc.constantFrom('train', 'skip', 'fail')),
    'predicate-quantifier': fc.option(fc.constantFrom('some', 'every')),
    'list-files': fc.option(fc.constantFrom('none', 'json', 'csv', 'shell', 'escape')),
    'gpu-hourly-cost': fc.option(fc.integer({ min: 1, max: 900 }).map((c) => (c / 100).toFixed(2))),
    'gpu-runner': fc.option(fc.constantFrom(...RUNNER_PRESETS.map((p) => p.name))),
    'training-hours': fc.option(fc.constantFrom('0.25', '0.75', '2', '7.5')),
    'gpu-count': fc.option(fc.constantFrom('1', '2', '8')),
    currency: fc.option(fc.constantFrom('USD', 'EUR')),
    'cost-limit': fc.option(fc.constantFrom('0', '1', '5', '250')),
    models: fc.option(fc.constant(MODELS), { freq: 2 }),
    forceModels: fc.option(fc.constantFrom('vit', 'resnet,loader')),
  })
  .map((record) => {
    const out: Partial<Record<EngineSettingName | 'models', string>> = {};
    const { forceModels, ...given } = record;
    for (const [name, value] of Object.entries(given)) {
      if (value !== null) out[name as EngineSettingName] = value;
    }
    if (out.models !== undefined) {
      // With models, each model says what it trains on; force may name models.
      delete out['train-on'];
      if (forceModels !== null) out.force = forceModels;
    }
    // A preset is priced in USD: with another currency the hourly cost must be given.
    if (out['gpu-runner'] !== undefined && out.currency === 'EUR') {
      out['gpu-hourly-cost'] ??= '1.00';
    }
    return out;
  });

const labels = fc.shuffledSubarray(['retrain', 'wip']);

let repo: GitRepo;
let base: string;
let fake: FakeGitHub;
let work: string;
let cases = 0;

beforeAll(async () => {
  repo = GitRepo.create('gate-parity-');
  base = repo.commit(Object.fromEntries(BASE_FILES.map((p) => [p, content(p, 0)])), 'base');
  fake = await startFakeGitHub({ repo, token: TOKEN });
  work = mkdtempSync(join(tmpdir(), 'gate-parity-work-'));
  writeFileSync(join(work, 'filters.yml'), FILTERS);
  writeFileSync(join(work, 'models.yml'), MODELS);
});

afterAll(async () => {
  await fake?.close();
  repo?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Commits the change on a new branch from the base; returns the branch and its head. */
function commitChange(ops: readonly Op[]): { branch: string; head: string } {
  const branch = `case-${++cases}`;
  repo.git('checkout', '-q', '-b', branch, base);
  for (const op of ops) {
    if (op.kind === 'modify') writeFileSync(join(repo.dir, op.path), content(op.path, cases));
    else if (op.kind === 'delete') repo.git('rm', '-q', '--', op.path);
    else if (op.kind === 'add') {
      mkdirSync(dirname(join(repo.dir, op.path)), { recursive: true });
      writeFileSync(join(repo.dir, op.path), content(op.path, cases));
    } else {
      mkdirSync(dirname(join(repo.dir, op.to)), { recursive: true });
      repo.git('mv', '--', op.from, op.to);
    }
  }
  repo.git('add', '-A');
  repo.git('commit', '-q', '--allow-empty', '-m', branch);
  const head = repo.head();
  repo.git('checkout', '-q', 'main');
  return { branch, head };
}

/** The action, in-process, with a runtime that records its outputs. */
async function action(
  given: Inputs,
  event: ActionEvent,
): Promise<{ outputs: Record<string, string>; failed: string | undefined }> {
  const values: Record<string, string> = {
    filters: FILTERS,
    token: TOKEN,
    summary: 'false',
    ...given,
  };
  const outputs: Record<string, string> = {};
  let failed: string | undefined;
  const runtime: ActionRuntime = {
    input: (name) => values[name] ?? '',
    event: () => event,
    workspace: join(work, 'no-checkout'),
    runnerTemp: work,
    hasSummary: false,
    log: {
      info: () => undefined,
      warning: () => undefined,
      debug: () => undefined,
      startGroup: () => undefined,
      endGroup: () => undefined,
    },
    setSecret: () => undefined,
    setOutput: (name, value) => void (outputs[name] = value),
    setFailed: (message) => void (failed = message),
    writeSummary: async () => undefined,
  };
  await runAction(runtime);
  return { outputs, failed };
}

/** The command line, in-process; the same inputs as flags of the same names. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    progress: false,
    env: {},
    program: ['ml-change-gate'],
    cwd: work,
    now: new Date('2026-01-01T00:00:00Z'),
  });
  return { code, stdout, stderr };
}

function flags(given: Inputs, names: string[]): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(given)) {
    if (name === 'models') out.push('--models', 'models.yml');
    else if (name === 'force') {
      if (value === 'true') out.push('--force');
      else if (value !== 'false') out.push(`--force=${value}`);
    } else out.push(`--${name}`, value);
  }
  for (const label of names) out.push('--label', label);
  return out;
}

describe('the action, check and backtest decide alike', () => {
  test('on random changes and settings, every shared output agrees', async () => {
    await fc.assert(
      fc.asyncProperty(change, inputs, labels, async (ops, given, prLabels) => {
        const { branch, head } = commitChange(ops);
        const event: ActionEvent = {
          eventName: 'pull_request',
          payload: pullRequestEvent({ number: cases, base, head, labels: prLabels }),
          sha: 'f'.repeat(40),
          ref: `refs/pull/${cases}/merge`,
          owner: 'acme',
          repo: 'models',
          apiUrl: fake.url,
          serverUrl: 'https://github.com',
          runId: 1000 + cases,
          workflow: 'CI',
          job: 'detect-changes',
        };
        const fromAction = await action(given, event);
        const checked = await cli([
          'check',
          '--repo',
          repo.dir,
          '--filters',
          'filters.yml',
          '--base',
          base,
          '--head',
          head,
          '--json',
          ...flags(given, prLabels),
        ]);
        expect(fromAction.failed).toBeUndefined();
        expect(checked.stderr).toBe('');
        expect(checked.code).toBe(0);
        const fromCheck = JSON.parse(checked.stdout) as Record<string, string>;
        // Where the list came from differs by design (the API, git); the JSON file of
        // complete lists is written by the action, and by check only with --files-json.
        const shared = (o: Record<string, string>): Record<string, string> => {
          const rest = { ...o };
          delete rest['diff-source'];
          delete rest['files-json-path'];
          return rest;
        };
        expect(shared(fromCheck)).toStrictEqual(shared(fromAction.outputs));
        expect(fromAction.outputs['diff-source']).toBe('compare');
        expect(fromCheck['diff-source']).toBe('git');

        const replayed = await cli([
          'backtest',
          '--repo',
          repo.dir,
          '--filters',
          'filters.yml',
          '--branch',
          branch,
          '--last',
          '1',
          '--json',
          ...flags(given, prLabels),
        ]);
        expect(replayed.code).toBe(0);
        const replay = JSON.parse(replayed.stdout) as {
          events: number;
          perEvent: Record<string, unknown>[];
        };
        expect(replay.events).toBe(1);
        const events = replay.perEvent;
        expect(events[0]?.sha).toBe(head);
        expect(String(events[0]?.shouldTrain)).toBe(fromCheck['should-train']);
        expect(events[0]?.reason).toBe(fromCheck.reason);
      }),
      { numRuns: Number(process.env.PARITY_RUNS ?? 30) },
    );
  });
});
