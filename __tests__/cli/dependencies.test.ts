/**
 * The command line's dependency options: `check` and `backtest` with
 * --training-entrypoints, --source-roots and --dvc-stages, and
 * `check --explain`, run as the bundled process on repositories built here.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE } from '../helpers/node.js';
import { GIT_ENV, GitRepo } from '../helpers/git-repo.js';

const CLI =
  process.env.GATE_CLI ??
  resolve(fileURLToPath(new URL('.', import.meta.url)), '../../dist/cli/index.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(
      NODE,
      [CLI, ...args],
      {
        cwd,
        env: { ...GIT_ENV, GITHUB_TOKEN: undefined, GH_TOKEN: undefined },
        encoding: 'utf8',
      },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : null;
        done({ code, stdout, stderr });
      },
    );
  });
}

function withoutShas(text: string): string {
  return text.replace(/\b[0-9a-f]{40}\b/g, '<sha>').replace(/\b[0-9a-f]{7}\b/g, '<short-sha>');
}

const FILTERS = `training:
  - train.py
  - scripts/old_train.py
  - requirements.txt
docs: ['**/*.md']
`;

let repo: GitRepo;
const sha: Record<string, string> = {};

/**
 * main: train.py imports the package; then a docs change, a change to a file
 * the filter forgot, a new import (the closure grows), and a refactor of a
 * script nothing imports.
 */
beforeAll(() => {
  repo = GitRepo.create('gate-cli-deps-');
  sha.init = repo.commit(
    {
      'train.py':
        'from trainer.model import Net\nimport importlib\nimportlib.import_module(name)\n',
      'trainer/__init__.py': '',
      'trainer/model.py': 'from .layers import Block\n',
      'trainer/layers.py': 'X = 1\n',
      'trainer/augment.py': 'Y = 1\n',
      'scripts/old_train.py': 'import os\n',
      'README.md': '# r\n',
    },
    'Initial import',
    '2025-02-01T09:00:00Z',
  );
  sha.docs = repo.commit({ 'README.md': '# readme\n' }, 'Document it', '2025-02-02T09:00:00Z');
  sha.layers = repo.commit(
    { 'trainer/layers.py': 'X = 2\n' },
    'Wider blocks',
    '2025-02-03T09:00:00Z',
  );
  sha.augment = repo.commit(
    { 'trainer/model.py': 'from .layers import Block\nfrom .augment import flip\n' },
    'Augment',
    '2025-02-04T09:00:00Z',
  );
  sha.script = repo.commit(
    { 'scripts/old_train.py': 'import sys\n' },
    'Tidy the old script',
    '2025-02-05T09:00:00Z',
  );
  repo.checkout('pr', true);
  sha.pr = repo.commit({ 'trainer/augment.py': 'Y = 2\n' }, 'Stronger flips');
  repo.checkout('main');
  writeFileSync(join(repo.dir, 'filters.yml'), FILTERS);
});

afterAll(() => repo?.remove());

const ENTRY = ['--filters', 'filters.yml', '--training-entrypoints', 'train.py'];

describe('check', () => {
  test('a change to a file training imports trains, with the chain, the same as the action outputs', async () => {
    const run = await cli(['check', ...ENTRY, '--base', 'main', '--head', 'pr'], repo.dir);
    expect(run.code).toBe(0);
    expect(withoutShas(run.stdout)).toMatchSnapshot();
    const outputs = JSON.parse(
      (await cli(['check', ...ENTRY, '--base', 'main', '--head', 'pr', '--json'], repo.dir)).stdout,
    ) as Record<string, string>;
    expect(outputs['should-train']).toBe('true');
    expect(outputs.reason).toBe(
      'training: trainer/augment.py changed; train.py imports trainer/model.py, which imports trainer/augment.py',
    );
    expect(outputs['dependency-files']).toBe('["trainer/augment.py"]');
    expect(outputs['closure-size']).toBe('5');
  });

  test('--explain lists the drift both ways, the dead pattern and what cannot be followed', async () => {
    const run = await cli(
      ['check', ...ENTRY, '--base', 'main', '--head', 'pr', '--explain'],
      repo.dir,
    );
    expect(run.code).toBe(0);
    const explain = run.stdout.slice(run.stdout.indexOf('\nFiles training depends on'));
    expect(explain).toMatchSnapshot();
  });

  test('without entry points, check still warns of a filter pattern that matches no file', async () => {
    const run = await cli(
      ['check', '--filters', 'filters.yml', '--base', 'main', '--head', 'pr'],
      repo.dir,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "warning:      the pattern 'requirements.txt' of filter training matches no file at the head commit",
    );
    expect(run.stdout).not.toContain('train.py');
  });

  test.each([
    [
      ['check', '--filters', 'filters.yml', '--explain'],
      '--explain compares the train-on filters with what training imports: give --training-entrypoints (or --dvc-stages) too.',
    ],
    [['check', ...ENTRY, '--explain', '--json'], '--explain prints text: leave out --json.'],
    [
      ['check', '--filters', 'filters.yml', '--training-entrypoints', '/etc/train.py'],
      '--training-entrypoints names "/etc/train.py"; an entry point is a script (train.py)',
    ],
    [
      ['check', '--filters', 'filters.yml', '--source-roots', 'src'],
      '--source-roots is set, but training-entrypoints and dvc-stages are empty',
    ],
  ])('%j is refused, saying why', async (args, message) => {
    const run = await cli(args, repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });
});

describe('backtest', () => {
  test('replays the closure at each commit: the misses of the filter, and where it changed', async () => {
    const run = await cli(
      ['backtest', ...ENTRY, '--branch', 'main', '--last', '10', '--json'],
      repo.dir,
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      dependencyOnly: number;
      closureChanges: number;
      trained: number;
      perEvent: {
        subject: string;
        shouldTrain: boolean;
        dependencyFiles: string[];
        closureSize: number;
        closureChanged: boolean;
      }[];
    };
    expect(
      out.perEvent.map((e) => [
        e.subject,
        e.shouldTrain,
        e.dependencyFiles,
        e.closureSize,
        e.closureChanged,
      ]),
    ).toStrictEqual([
      [
        'Initial import',
        true,
        ['train.py', 'trainer/__init__.py', 'trainer/layers.py', 'trainer/model.py'],
        4,
        false,
      ],
      ['Document it', false, [], 4, false],
      // The filter forgot trainer/: only the imports see these two.
      ['Wider blocks', true, ['trainer/layers.py'], 4, false],
      ['Augment', true, ['trainer/model.py'], 5, true],
      // Covered by the filter, imported by nothing: it trains for nothing.
      ['Tidy the old script', true, [], 5, false],
    ]);
    expect([out.trained, out.dependencyOnly, out.closureChanges]).toStrictEqual([4, 2, 1]);
  });

  test('the text names what decides, marks events seen through imports, and sums them up', async () => {
    const run = await cli(['backtest', ...ENTRY, '--branch', 'main', '--last', '10'], repo.dir);
    expect(run.code).toBe(0);
    expect(withoutShas(run.stdout)).toMatchSnapshot();
  });
});
