import { describe, expect, test } from '@jest/globals';
import { thrownBy } from '../../helpers/expect.js';
import {
  DEFAULT_ROOTS,
  ImportCache,
  describeEntryPoint,
  formatChain,
  importClosure,
  parseEntryPoint,
  type EntryPoint,
  type ImportClosure,
  type ProjectFiles,
} from '../../../src/core/deps/closure.js';
import { DepsError } from '../../../src/core/deps/errors.js';
import { FileIndex } from '../../../src/core/deps/paths.js';
import { pyprojectLayout } from '../../../src/core/deps/pyproject.js';

/** A repository in memory; `read` counts what is read, and may answer later, as a fetch would. */
function repo(contents: Record<string, string>, lazy = false) {
  const reads: string[] = [];
  const project: ProjectFiles = {
    files: Object.keys(contents),
    read(path: string) {
      reads.push(path);
      const text = contents[path];
      return lazy ? Promise.resolve(text) : text;
    },
  };
  return { project, reads };
}

function chains(closure: ImportClosure): string[] {
  return closure.files.map(formatChain);
}

const TRAINING = {
  'train.py': 'import torch\nfrom model import Net\nfrom config import settings\n',
  'model.py': 'import torch.nn as nn\nfrom utils.schedule import cosine\n',
  'utils/__init__.py': '',
  'utils/schedule.py': 'import math\n',
  'utils/unused.py': 'import os\n',
  'config/__init__.py': 'from .defaults import settings\n',
  'config/defaults.py': 'settings = {}\n',
  'serve.py': 'from model import Net\n',
  'README.md': '# readme',
};

describe('the closure', () => {
  test('every file reached, with the chain that reached it', async () => {
    const { project } = repo(TRAINING);
    const closure = await importClosure(project, ['train.py']);
    expect(chains(closure)).toEqual([
      'train.py',
      'train.py → model.py',
      'train.py → config/__init__.py',
      'train.py → model.py → utils/__init__.py',
      'train.py → model.py → utils/schedule.py',
      'train.py → config/__init__.py → config/defaults.py',
    ]);
    const schedule = closure.files.find((f) => f.path === 'utils/schedule.py');
    expect(schedule?.via).toEqual({ line: 2, module: 'utils.schedule' });
    expect(schedule?.entry).toBe('train.py');
    expect(closure.entries).toEqual([{ entry: 'train.py', files: ['train.py'] }]);
    expect(closure.issues).toEqual([]);
    expect(closure.missing).toEqual([]);
  });

  test('only the files the closure reaches are read, a level at a time', async () => {
    const { project, reads } = repo(TRAINING, true);
    const closure = await importClosure(project, ['train.py']);
    expect(reads.sort()).toEqual(
      [
        'config/__init__.py',
        'config/defaults.py',
        'model.py',
        'train.py',
        'utils/__init__.py',
        'utils/schedule.py',
      ].sort(),
    );
    expect(closure.reads).toBe(6);
    expect(closure.parses).toBe(6);
  });

  test('several entry points: a file shared by both keeps the first chain; each is read once', async () => {
    const { project, reads } = repo(TRAINING);
    const closure = await importClosure(project, ['train.py', 'serve.py']);
    expect(closure.files.find((f) => f.path === 'model.py')?.entry).toBe('train.py');
    expect(closure.files.map((f) => f.path)).toContain('serve.py');
    expect(reads.filter((r) => r === 'model.py')).toHaveLength(1);
  });

  test('a cycle of imports ends', async () => {
    const { project } = repo({
      'a.py': 'import b',
      'b.py': 'import a\nimport c',
      'c.py': 'from a import x',
    });
    const closure = await importClosure(project, ['a.py']);
    expect(chains(closure)).toEqual(['a.py', 'a.py → b.py', 'a.py → b.py → c.py']);
  });

  test('the entry point folder comes first on the path, then the roots', async () => {
    const { project } = repo({
      'scripts/train.py': 'import helpers\nimport shared',
      'scripts/helpers.py': '',
      'helpers.py': '',
      'src/shared/__init__.py': '',
    });
    const closure = await importClosure(project, ['scripts/train.py']);
    expect(chains(closure)).toEqual([
      'scripts/train.py',
      'scripts/train.py → scripts/helpers.py',
      'scripts/train.py → src/shared/__init__.py',
    ]);
  });

  test('roots can be set, and pyproject.toml layouts add theirs', async () => {
    const files = {
      'run.py': 'import core\nimport mapped',
      'lib/core.py': '',
      'packages/mapped/__init__.py': '',
    };
    const { project } = repo(files);
    const plain = await importClosure(project, ['run.py']);
    expect(plain.files.map((f) => f.path)).toEqual(['run.py']);
    const layout = pyprojectLayout(
      'pyproject.toml',
      '[tool.setuptools.package-dir]\nmapped = "packages/mapped"',
    );
    const set = await importClosure(project, ['run.py'], { roots: ['lib'], layouts: [layout] });
    expect(set.files.map((f) => f.path)).toEqual([
      'run.py',
      'lib/core.py',
      'packages/mapped/__init__.py',
    ]);
    expect(DEFAULT_ROOTS).toEqual(['', 'src']);
  });

  test('src layout: a script in src/pkg imports its package by its installed name', async () => {
    const { project } = repo({
      'src/pkg/__init__.py': '',
      'src/pkg/train.py': 'from pkg.model import Net\nfrom .data import load\n',
      'src/pkg/model.py': 'from . import layers\n',
      'src/pkg/layers.py': '',
      'src/pkg/data.py': '',
    });
    const closure = await importClosure(project, ['src/pkg/train.py']);
    expect(chains(closure)).toEqual([
      'src/pkg/train.py',
      'src/pkg/train.py → src/pkg/__init__.py',
      'src/pkg/train.py → src/pkg/model.py',
      'src/pkg/train.py → src/pkg/data.py',
      'src/pkg/train.py → src/pkg/model.py → src/pkg/layers.py',
    ]);
    expect(closure.issues).toEqual([]);
  });

  test('namespace packages: folders without __init__.py', async () => {
    const { project } = repo({
      'train.py': 'from research.models import vit\nimport research.data.io',
      'research/models/vit.py': '',
      'src/research/data/io.py': '',
    });
    const closure = await importClosure(project, ['train.py']);
    expect(closure.files.map((f) => f.path)).toEqual([
      'train.py',
      'research/models/vit.py',
      'src/research/data/io.py',
    ]);
  });

  test('what cannot be followed is reported with its file and line', async () => {
    const { project } = repo({
      'train.py': [
        'import importlib',
        'from . import sibling',
        'model = importlib.import_module(f"models.{name}")',
        'import pkg.generated',
        'import pkg.inner',
        "importlib.import_module('pkg.plugin')",
      ].join('\n'),
      'pkg/__init__.py': '',
      'pkg/inner.py': 'from ... import far',
    });
    const closure = await importClosure(project, ['train.py']);
    expect(closure.issues).toEqual([
      {
        file: 'train.py',
        line: 3,
        text: 'importlib.import_module(f"models.{name}")',
        reason: 'the module name is computed',
      },
      {
        file: 'train.py',
        line: 2,
        text: 'from . import sibling',
        reason: 'a relative import in a module with no known parent package',
      },
      {
        file: 'train.py',
        line: 4,
        text: 'import pkg.generated',
        reason: 'pkg.generated is not in the repository, though its package is',
      },
      {
        file: 'train.py',
        line: 6,
        text: 'import of pkg.plugin',
        reason: 'pkg.plugin is not in the repository, though its package is',
      },
      {
        file: 'pkg/inner.py',
        line: 1,
        text: 'from ... import far',
        reason: 'a relative import beyond the top-level package',
      },
    ]);
  });

  test('a file that cannot be read, and a notebook that is not JSON, are issues', async () => {
    const project: ProjectFiles = {
      files: ['train.py', 'gone.py', 'nb.ipynb'],
      read: (path) => (path === 'train.py' ? 'import gone' : path === 'nb.ipynb' ? '{' : undefined),
    };
    const closure = await importClosure(project, ['train.py', 'nb.ipynb']);
    expect(closure.files.map((f) => f.path)).toEqual(['train.py', 'gone.py', 'nb.ipynb']);
    expect(closure.issues).toEqual([
      { file: 'gone.py', line: 0, text: '', reason: 'the file could not be read' },
      { file: 'nb.ipynb', line: 0, text: '', reason: 'the notebook is not JSON' },
    ]);
  });

  test('a notebook entry point: imports from its code cells, with cell numbers', async () => {
    const notebook = JSON.stringify({
      cells: [
        { cell_type: 'markdown', source: ['import nothing'] },
        { cell_type: 'code', source: ['%pip install x\n', 'from helpers import plot\n'] },
      ],
    });
    const { project } = repo({ 'notebooks/explore.ipynb': notebook, 'notebooks/helpers.py': '' });
    const closure = await importClosure(project, ['notebooks/explore.ipynb']);
    expect(closure.files[1]).toEqual({
      path: 'notebooks/helpers.py',
      entry: 'notebooks/explore.ipynb',
      chain: ['notebooks/explore.ipynb', 'notebooks/helpers.py'],
      via: { line: 2, cell: 2, module: 'helpers' },
    });
  });
});

describe('entry points', () => {
  test.each<[string, EntryPoint]>([
    ['train.py', { kind: 'file', path: 'train.py' }],
    ['python3 scripts/train.py', { kind: 'file', path: 'scripts/train.py' }],
    ['python', { kind: 'module', module: 'python' }],
    ['  scripts/train  ', { kind: 'file', path: 'scripts/train' }],
    ['notebooks/a.ipynb', { kind: 'file', path: 'notebooks/a.ipynb' }],
    ['my-train', { kind: 'file', path: 'my-train' }],
    ['scripts/train_*.py', { kind: 'glob', pattern: 'scripts/train_*.py' }],
    ['./jobs/**/run.py', { kind: 'glob', pattern: 'jobs/**/run.py' }],
    ['python -m pkg.train', { kind: 'module', module: 'pkg.train' }],
    ['python3.11 -m pkg', { kind: 'module', module: 'pkg' }],
    ['-m pkg.train', { kind: 'module', module: 'pkg.train' }],
    ['pkg.train', { kind: 'module', module: 'pkg.train' }],
    ['train', { kind: 'module', module: 'train' }],
  ])('%j', (text, entry) => {
    expect(parseEntryPoint(text)).toEqual(entry);
  });

  test('an empty entry point is an error', () => {
    expect(thrownBy(() => parseEntryPoint('  '), DepsError).message).toBe(
      'an entry point is empty',
    );
  });

  test.each<[EntryPoint, string]>([
    [{ kind: 'file', path: 'train.py' }, 'train.py'],
    [{ kind: 'file', path: 'train.py', cwd: 'stages' }, 'train.py (in stages/)'],
    [{ kind: 'glob', pattern: '*.py' }, '*.py'],
    [{ kind: 'module', module: 'pkg.train', cwd: 'sub' }, 'python -m pkg.train (in sub/)'],
  ])('%j is shown as %j', (entry, text) => {
    expect(describeEntryPoint(entry)).toBe(text);
  });

  const files = {
    'scripts/train_a.py': 'import common',
    'scripts/train_b.py': '',
    'scripts/common.py': '',
    'pkg/__init__.py': 'import pkg.shared',
    'pkg/shared.py': '',
    'pkg/train.py': 'from . import shared',
    'pkg/cli/__init__.py': '',
    'pkg/cli/__main__.py': 'from ..train import run',
    'pkg/lib/__init__.py': '',
    'stages/fit/run.py': 'import local',
    'stages/fit/local.py': '',
    'bin/train': '#!/usr/bin/env python3\nimport pkg.train\n',
    'bin/prepare': '#!/bin/sh\nimport_data\n',
    'configs/train.yaml': 'lr: 1',
  };

  test('a glob: every file it matches is an entry point', async () => {
    const closure = await importClosure(repo(files).project, ['scripts/train_*.py']);
    expect(closure.entries).toEqual([
      { entry: 'scripts/train_*.py', files: ['scripts/train_a.py', 'scripts/train_b.py'] },
    ]);
    expect(closure.files.map((f) => f.path)).toContain('scripts/common.py');
  });

  test('python -m: the packages on the way, the module, and a package runs its __main__', async () => {
    const module = await importClosure(repo(files).project, ['python -m pkg.train']);
    expect(chains(module)).toEqual([
      'pkg/__init__.py',
      'pkg/train.py',
      'pkg/__init__.py → pkg/shared.py',
    ]);
    const main = await importClosure(repo(files).project, ['-m pkg.cli']);
    expect(main.entries[0]?.files).toEqual([
      'pkg/__init__.py',
      'pkg/cli/__init__.py',
      'pkg/cli/__main__.py',
    ]);
    expect(main.files.map((f) => f.path)).toContain('pkg/train.py');
    expect(main.issues).toEqual([]);
  });

  test('a file relative to a working folder', async () => {
    const entry: EntryPoint = { kind: 'file', path: 'run.py', cwd: 'stages/fit' };
    const closure = await importClosure(repo(files).project, [entry]);
    expect(chains(closure)).toEqual([
      'stages/fit/run.py',
      'stages/fit/run.py → stages/fit/local.py',
    ]);
    expect(closure.entries[0]?.entry).toBe('run.py (in stages/fit/)');
  });

  test('a script without a .py ending is read when its first line says python', async () => {
    const python = await importClosure(repo(files).project, ['bin/train']);
    expect(python.files.map((f) => f.path)).toContain('pkg/train.py');
    const shell = await importClosure(repo(files).project, ['bin/prepare', 'configs/train.yaml']);
    expect(shell.files.map((f) => f.path)).toEqual(['bin/prepare', 'configs/train.yaml']);
    expect(shell.issues).toEqual([]);
  });

  test.each([
    ['missing.py', 'no such file'],
    ['../outside.py', 'no such file'],
    ['jobs/*.py', 'the glob matches no file'],
    ['python -m nothing.here', 'no such module in the repository'],
    ['python -m pkg.lib', 'a package without __main__.py'],
    ['python -m pkg.cli.__main__.x', 'no such module in the repository'],
    ['python -m numpy', 'no such module in the repository'],
    ['python -m 1bad', 'not a module name'],
  ])('%j names nothing: %s', async (text, reason) => {
    const closure = await importClosure(repo(files).project, [text]);
    expect(closure.missing).toEqual([{ entry: describeEntryPoint(parseEntryPoint(text)), reason }]);
    expect(closure.files).toEqual([]);
  });

  test('a module entry point with a bad name', async () => {
    const closure = await importClosure(repo(files).project, [{ kind: 'module', module: 'a b' }]);
    expect(closure.missing).toEqual([{ entry: 'python -m a b', reason: 'not a module name' }]);
  });
});

describe('the parse cache', () => {
  test('a backtest over commits parses each version of a file once, by content', async () => {
    const cache = new ImportCache();
    const first = repo(TRAINING).project;
    const changed = repo({ ...TRAINING, 'model.py': 'import torch\n' }).project;
    const a = await importClosure(first, ['train.py'], { cache });
    const b = await importClosure(changed, ['train.py'], { cache });
    expect(a.parses).toBe(6);
    expect(b.parses).toBe(1);
    expect(b.files.map((f) => f.path)).not.toContain('utils/schedule.py');
    expect(cache.size).toBe(7);
  });

  test('with content keys, a cached file is not even read', async () => {
    const cache = new ImportCache();
    const reads: string[] = [];
    const project = (model: string): ProjectFiles => ({
      files: new FileIndex(Object.keys(TRAINING)),
      read: (path) => {
        reads.push(path);
        return path === 'model.py' ? model : TRAINING[path as keyof typeof TRAINING];
      },
      contentKey: (path) => (path === 'model.py' ? `blob-${model.length}` : `blob-${path}`),
    });
    await importClosure(project(TRAINING['model.py']), ['train.py'], { cache });
    reads.length = 0;
    const second = await importClosure(project('import torch\n'), ['train.py'], { cache });
    expect(reads).toEqual(['model.py']);
    expect(second.reads).toBe(1);
    expect(second.parses).toBe(1);
  });

  test('the cache keeps at most its limit, dropping the oldest', () => {
    const cache = new ImportCache(2);
    const scan = { imports: [], unresolved: [] };
    cache.set('a', scan);
    cache.set('b', scan);
    cache.set('c', scan);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe(scan);
  });
});
