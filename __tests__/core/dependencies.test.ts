import { describe, expect, test } from '@jest/globals';
import { thrownBy } from '../helpers/expect.js';
import {
  analyzeDependencies,
  type DependencyReport,
  type Snapshot,
} from '../../src/core/dependencies.js';
import { readDependencySettings } from '../../src/core/dependency-settings.js';
import { evaluate, gateOutputs } from '../../src/core/engine.js';
import { parseFilters, type CompiledFilter } from '../../src/core/filters/index.js';
import { parseModels } from '../../src/core/models.js';
import { engineSettings } from '../../src/core/settings.js';
import { renderSummary } from '../../src/core/summary.js';
import {
  InputError,
  type ChangedFile,
  type GateReport,
  type OnError,
} from '../../src/core/types.js';

const BASE = '1111111111111111111111111111111111111111';
const HEAD = '2222222222222222222222222222222222222222';

/** A commit in memory; `reads` lists what the analysis read. */
function commit(contents: Record<string, string>, sha = HEAD) {
  const reads: string[] = [];
  const snapshot: Snapshot = {
    commit: sha,
    files: Object.keys(contents),
    read(path) {
      reads.push(path);
      return Promise.resolve(contents[path]);
    },
  };
  return { snapshot, reads };
}

/** The repository of the issue: a filter written in five minutes, and a month of imports later. */
const REPO = {
  'train.py': 'import torch\nfrom model import Net\nfrom config import settings\n',
  'model.py': 'import torch.nn as nn\nfrom utils.schedule import cosine\n',
  'config/__init__.py': '',
  'config/settings.py': 'LR = 0.01\n',
  'utils/__init__.py': '',
  'utils/schedule.py': 'import math\n',
  'scripts/plot.py': 'import matplotlib\n',
  'README.md': '# model\n',
};

const FILTERS = `training:
  - train.py
  - model.py
  - config/**
docs:
  - '**/*.md'
`;

function changed(filename: string, status: ChangedFile['status'] = 'modified'): ChangedFile {
  return { filename, status };
}

interface Case {
  files?: Record<string, string>;
  base?: Record<string, string>;
  changes: ChangedFile[];
  entrypoints?: string[];
  stages?: string[];
  roots?: string[];
  filters?: string;
}

function filtersOf(text: string): CompiledFilter[] {
  return parseFilters(text, 'the filters input');
}

async function analyze(c: Case): Promise<DependencyReport> {
  const settings = readDependencySettings(
    c.entrypoints ?? ['train.py'],
    c.roots ?? [],
    c.stages ?? [],
  );
  if (settings === undefined) throw new Error('no dependency settings');
  const base = c.base;
  return analyzeDependencies({
    settings,
    head: commit(c.files ?? REPO).snapshot,
    ...(base !== undefined ? { base: () => Promise.resolve(commit(base, BASE).snapshot) } : {}),
    changes: c.changes,
    filters: filtersOf(c.filters ?? FILTERS),
    trainOn: ['training'],
  });
}

async function gate(c: Case, onError: OnError = 'train'): Promise<GateReport> {
  const dependencies = await analyze(c);
  return evaluate({
    changeSet: {
      files: c.changes,
      complete: true,
      source: 'compare',
      baseSha: BASE,
      headSha: HEAD,
    },
    filters: filtersOf(c.filters ?? FILTERS),
    dependencies,
    settings: engineSettings({ trainOn: ['training'], onError }),
    context: {
      repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'vision' },
      eventName: 'pull_request',
      pullRequest: 7,
    },
  });
}

describe('a change to a file training imports', () => {
  test('trains although the filter forgot it, and the reason names the chain', async () => {
    const report = await gate({ changes: [changed('utils/schedule.py')] });
    expect(report.decision).toMatchObject({ shouldTrain: true, trigger: 'dependencies' });
    expect(report.decision.reason).toBe(
      'training: utils/schedule.py changed; train.py imports model.py, which imports utils/schedule.py',
    );
    const outputs = Object.fromEntries(gateOutputs(report, engineSettings()).outputs);
    expect(outputs['dependency-files']).toBe('["utils/schedule.py"]');
    expect(outputs['closure-size']).toBe('6');
  });

  test('counts the others it found besides the first', async () => {
    const report = await gate({
      changes: [changed('utils/schedule.py'), changed('utils/__init__.py')],
    });
    expect(report.decision.reason).toBe(
      'training: utils/schedule.py changed; train.py imports model.py, which imports utils/schedule.py (and 1 more file training depends on)',
    );
  });

  test('a filter match still decides first: dependencies only add trainings', async () => {
    const report = await gate({ changes: [changed('model.py'), changed('utils/schedule.py')] });
    expect(report.decision).toMatchObject({ shouldTrain: true, trigger: 'filters' });
    expect(report.dependencies?.matches.map((m) => m.file.filename)).toEqual([
      'model.py',
      'utils/schedule.py',
    ]);
  });

  test('a file nothing imports does not train', async () => {
    const report = await gate({ changes: [changed('scripts/plot.py'), changed('README.md')] });
    expect(report.decision).toMatchObject({ shouldTrain: false, trigger: 'no-match' });
    const outputs = Object.fromEntries(gateOutputs(report, engineSettings()).outputs);
    expect(outputs['dependency-files']).toBe('[]');
  });

  test('the entry point itself counts, with a reason that says so', async () => {
    const report = await analyze({ changes: [changed('train.py')], filters: 'other: [x]' });
    expect(report.matches.map((m) => m.reason)).toEqual([
      'train.py changed; train.py is the entry point train.py',
    ]);
  });
});

describe('files that left the closure', () => {
  const base = { ...REPO, 'utils/legacy.py': 'X = 1\n', 'model.py': 'from utils import legacy\n' };

  test('a deleted import is read at the base, and trains', async () => {
    const report = await gate({ base, changes: [changed('utils/legacy.py', 'deleted')] });
    expect(report.decision.shouldTrain).toBe(true);
    expect(report.decision.reason).toBe(
      'training: utils/legacy.py changed; train.py imports model.py, which imports utils/legacy.py (at the base)',
    );
  });

  test('a file moved away counts at its old path', async () => {
    const report = await gate({
      files: { ...REPO, 'old/legacy.py': 'X = 1\n' },
      base,
      changes: [
        { filename: 'old/legacy.py', previousFilename: 'utils/legacy.py', status: 'renamed' },
      ],
    });
    expect(report.decision.trigger).toBe('dependencies');
    expect(report.decision.reason).toContain('utils/legacy.py changed;');
  });

  test('the base is not read when nothing left the head', async () => {
    let asked = 0;
    const settings = readDependencySettings(['train.py'], [], []);
    if (settings === undefined) throw new Error('no settings');
    await analyzeDependencies({
      settings,
      head: commit(REPO).snapshot,
      base: () => {
        asked += 1;
        return Promise.resolve(commit(REPO, BASE).snapshot);
      },
      changes: [changed('scripts/plot.py'), changed('utils/schedule.py')],
      filters: filtersOf(FILTERS),
      trainOn: ['training'],
    });
    expect(asked).toBe(0);
  });
});

describe('an entry point that names nothing', () => {
  test('makes the change not seen whole: on-error train trains and says why', async () => {
    const report = await gate({ entrypoints: ['train2.py'], changes: [changed('README.md')] });
    expect(report.changeSet.complete).toBe(false);
    expect(report.decision).toMatchObject({ shouldTrain: true, trigger: 'incomplete' });
    expect(report.changeSet.incompleteReason).toBe(
      'what training depends on could not be worked out: the entry point train2.py is not at the head commit (no such file)',
    );
  });

  test('on-error fail fails the step', async () => {
    const report = await gate(
      { entrypoints: ['python -m trainer.main'], changes: [changed('README.md')] },
      'fail',
    );
    expect(report.decision.fail).toBe(true);
    expect(report.decision.reason).toContain(
      'the entry point python -m trainer.main is not at the head commit (no such module in the repository)',
    );
  });

  test('a glob that matches nothing is missing too', async () => {
    const report = await analyze({ entrypoints: ['scripts/train_*.py'], changes: [] });
    expect(report.missing).toEqual([
      'the entry point scripts/train_*.py is not at the head commit (the glob matches no file)',
    ]);
  });

  test.each(['python -c "import x"', '/abs/train.py', '../train.py', 'python -m 9lives'])(
    '%s is no entry point: an input error naming it, before anything is read',
    (text) => {
      const error = thrownBy(() => readDependencySettings([text], [], []), InputError);
      expect(error.input).toBe('training-entrypoints');
      expect(error.message).toBe(
        `Input training-entrypoints names ${JSON.stringify(text)}; an entry point is a script (train.py), a notebook (train.ipynb), a glob (scripts/train_*.py) or a module (python -m pkg.train), relative to the repository's root, one per line.`,
      );
    },
  );

  test.each(['train.py', 'python train.py', 'python3.11 -m pkg.train', '-m pkg', 'nb/*.ipynb'])(
    '%s is an entry point',
    (text) => {
      expect(readDependencySettings([text], [], [])?.entrypoints).toEqual([text]);
    },
  );
});

describe('source roots', () => {
  const layout = {
    'pyproject.toml': '[tool.setuptools.packages.find]\nwhere = ["lib"]\n',
    'scripts/train.py': 'from vision.net import Net\n',
    'lib/vision/__init__.py': '',
    'lib/vision/net.py': 'from .blocks import Block\n',
    'lib/vision/blocks.py': '',
  };

  test('the folders pyproject.toml declares are searched', async () => {
    const report = await analyze({
      files: layout,
      entrypoints: ['scripts/train.py'],
      changes: [changed('lib/vision/blocks.py')],
    });
    expect(report.matches.map((m) => m.reason)).toEqual([
      'lib/vision/blocks.py changed; scripts/train.py imports lib/vision/net.py, which imports lib/vision/blocks.py',
    ]);
  });

  test('a pyproject.toml that is not TOML is reported, not fatal', async () => {
    const report = await analyze({
      files: { ...layout, 'pyproject.toml': '[tool\n' },
      entrypoints: ['scripts/train.py'],
      changes: [],
    });
    expect(report.unresolved[0]).toMatchObject({ file: 'pyproject.toml', line: 0 });
    expect(report.unresolved[0]?.reason).toMatch(/^not read as TOML/);
    expect(report.closure).toEqual(['scripts/train.py']);
  });

  test("source-roots replaces the default roots, after the entry point's own folder", async () => {
    const files = {
      'jobs/train.py': 'import helpers\nimport local\n',
      'jobs/local.py': '',
      'code/helpers.py': '',
      'helpers.py': '',
    };
    const defaults = await analyze({ files, entrypoints: ['jobs/train.py'], changes: [] });
    expect(defaults.closure).toEqual(['jobs/train.py', 'helpers.py', 'jobs/local.py']);
    const set = await analyze({
      files,
      entrypoints: ['jobs/train.py'],
      roots: ['code'],
      changes: [],
    });
    expect(set.closure).toEqual(['jobs/train.py', 'code/helpers.py', 'jobs/local.py']);
  });
});

describe('DVC stages', () => {
  const dvc = {
    ...REPO,
    'dvc.yaml': `stages:
  prepare:
    cmd: python prepare.py
    deps: [prepare.py, data/raw]
    outs: [data/features]
  train:
    cmd: python train.py
    deps: [train.py, data/features]
    params: [train.lr]
`,
    'prepare.py': 'import pandas\n',
    'data/raw.dvc': 'outs:\n- path: raw\n',
    'params.yaml': 'train:\n  lr: 0.01\n  log_every: 10\n',
  };

  test('a dependency of a stage upstream trains, named by its stage', async () => {
    const report = await gate({
      files: dvc,
      entrypoints: [],
      stages: ['train'],
      changes: [changed('data/raw.dvc')],
    });
    expect(report.decision.reason).toBe(
      'training: data/raw.dvc changed: data tracked by DVC stage prepare',
    );
  });

  test('the scripts a stage runs feed the import analysis', async () => {
    const report = await analyze({
      files: dvc,
      entrypoints: [],
      stages: ['train'],
      changes: [changed('utils/schedule.py')],
    });
    expect(report.matches).toHaveLength(1);
    expect(report.matches[0]?.reason).toContain('imports utils/schedule.py');
  });

  test('a listed parameter that changed value trains; another key does not', async () => {
    const changedLr = await analyze({
      files: { ...dvc, 'params.yaml': 'train:\n  lr: 0.02\n  log_every: 10\n' },
      base: dvc,
      entrypoints: [],
      stages: ['train'],
      changes: [changed('params.yaml')],
    });
    expect(changedLr.matches.map((m) => m.reason)).toEqual([
      'params.yaml changed: train.lr changed from 0.01 to 0.02, a parameter of the DVC stages',
    ]);
    const changedLogging = await analyze({
      files: { ...dvc, 'params.yaml': 'train:\n  lr: 0.01\n  log_every: 50\n' },
      base: dvc,
      entrypoints: [],
      stages: ['train'],
      changes: [changed('params.yaml')],
    });
    expect(changedLogging.matches).toEqual([]);
  });

  test('a stage no dvc.yaml defines is missing, so the change is not seen whole', async () => {
    const report = await gate({
      files: dvc,
      entrypoints: [],
      stages: ['evaluate'],
      changes: [changed('README.md')],
    });
    expect(report.changeSet.incompleteReason).toBe(
      'what training depends on could not be worked out: no dvc.yaml at the head commit defines the DVC stage "evaluate"',
    );
  });
});

describe('the filters against the head', () => {
  test('patterns that match no file, and files training imports that no train-on filter covers', async () => {
    const report = await analyze({
      filters: `training:
  - train.py
  - model.py
  - requirements.txt
  - config/**
`,
      changes: [],
    });
    expect(report.deadPatterns).toEqual([
      expect.objectContaining({ filter: 'training', pattern: 'requirements.txt' }),
    ]);
    expect(report.uncovered).toEqual(['utils/__init__.py', 'utils/schedule.py']);
  });

  test('an import that cannot be followed is reported with its file and line', async () => {
    const report = await analyze({
      files: {
        'train.py': 'import importlib\nname = "model"\nmod = importlib.import_module(name)\n',
      },
      changes: [],
    });
    expect(report.unresolved).toEqual([expect.objectContaining({ file: 'train.py', line: 3 })]);
  });
});

describe('the summary', () => {
  test('shows the chain, the drift, what cannot be followed and dead patterns', async () => {
    const report = await gate({
      files: {
        ...REPO,
        'model.py':
          'from utils.schedule import cosine\nimport importlib\nimportlib.import_module(f"heads.{x}")\n',
      },
      filters: `training:
  - train.py
  - model.py
  - requirements.txt
`,
      changes: [changed('utils/schedule.py')],
    });
    expect(renderSummary(report)).toMatchSnapshot();
  });

  test('says nothing about dependencies when none were asked for', async () => {
    const report = await gate({ changes: [changed('README.md')] });
    delete report.dependencies;
    expect(renderSummary(report)).not.toContain('Training dependencies');
  });
});

describe('settings', () => {
  test('entry points with models is refused: each model gives its paths', async () => {
    const dependencies = await analyze({ changes: [] });
    const error = thrownBy(
      () =>
        evaluate({
          changeSet: { files: [], complete: true, source: 'compare', baseSha: BASE, headSha: HEAD },
          filters: [],
          models: parseModels('detector:\n  paths: [train.py]\n', 'the models input'),
          dependencies,
          settings: engineSettings(),
          context: {
            repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'vision' },
            eventName: 'push',
          },
        }),
      InputError,
    );
    expect(error.input).toBe('training-entrypoints');
  });

  test('no entry points and no stages: no analysis', () => {
    expect(readDependencySettings([], [], [])).toBeUndefined();
  });

  test('source roots are relative folders of the repository', () => {
    expect(readDependencySettings(['train.py'], ['./', 'src/', 'lib//'], [])).toEqual({
      entrypoints: ['train.py'],
      dvcStages: [],
      roots: ['', 'src', 'lib'],
    });
    expect(thrownBy(() => readDependencySettings(['t.py'], ['../x'], []), InputError).message).toBe(
      'Input source-roots names "../x"; a source root is a folder of the repository, relative to its root, without "..".',
    );
    expect(thrownBy(() => readDependencySettings([], ['src'], []), InputError).input).toBe(
      'source-roots',
    );
  });
});
