import { describe, expect, test } from '@jest/globals';
import {
  FileIndex,
  folderOf,
  isWithin,
  joinPath,
  normalizePath,
} from '../../../src/core/deps/paths.js';
import { pyprojectLayout } from '../../../src/core/deps/pyproject.js';
import { scanPython, type PythonImport } from '../../../src/core/deps/python.js';
import {
  ModuleResolver,
  absoluteName,
  isPackageInit,
  moduleNameOf,
  type Resolution,
  type SearchPath,
} from '../../../src/core/deps/resolve.js';

function resolver(files: readonly string[], path: Partial<SearchPath> = {}): ModuleResolver {
  return new ModuleResolver(new FileIndex(files), { roots: ['', 'src'], ...path });
}

/** The paths a resolution loads, or its kind when it loads none. */
function paths(resolution: Resolution): string[] | string {
  if (resolution.kind === 'external') return 'external';
  const files = resolution.files.map((f) => f.path);
  return resolution.kind === 'missing' ? [`missing ${resolution.missing}`, ...files] : files;
}

/** The files (and problems) one import line loads from `importer`. */
function targets(
  files: readonly string[],
  line: string,
  importer: { path: string; module: string | undefined },
  path: Partial<SearchPath> = {},
): string[] {
  const found = scanPython(line).imports[0] as PythonImport;
  const result = resolver(files, path).resolveImport(found, importer);
  return [...result.files.map((f) => f.path), ...result.problems.map((p) => `! ${p.reason}`)];
}

describe('paths', () => {
  test.each([
    ['a/./b/../c', 'a/c'],
    ['./a//b/', 'a/b'],
    ['.', ''],
    ['a/..', ''],
    ['..', undefined],
    ['a/../../b', undefined],
    ['/etc/passwd', undefined],
  ])('normalizePath(%j) is %j', (path, normal) => {
    expect(normalizePath(path)).toBe(normal);
  });

  test('join, folder, within', () => {
    expect(joinPath('', 'a')).toBe('a');
    expect(joinPath('a/b', '../c')).toBe('a/c');
    expect(folderOf('a/b/c.py')).toBe('a/b');
    expect(folderOf('c.py')).toBe('');
    expect(isWithin('a/b', '')).toBe(true);
    expect(isWithin('a/b', 'a')).toBe(true);
    expect(isWithin('a', 'a')).toBe(true);
    expect(isWithin('ab/c', 'a')).toBe(false);
  });

  test('the index knows every folder that holds a file', () => {
    const index = new FileIndex(['a/b/c.py', 'a/d.py', 'e.py']);
    expect(['', 'a', 'a/b'].map((f) => index.hasFolder(f))).toEqual([true, true, true]);
    expect(index.hasFolder('a/b/c.py')).toBe(false);
    expect(index.hasFile('a/d.py')).toBe(true);
    expect(index.hasFile('a')).toBe(false);
  });
});

describe('resolving a dotted name', () => {
  const files = [
    'train.py',
    'pkg/__init__.py',
    'pkg/model.py',
    'pkg/sub/__init__.py',
    'pkg/sub/deep.py',
    'pkg/data/loader.py',
    'pkg/both.py',
    'pkg/both/__init__.py',
    'pkg/onlydir/readme.md',
    'pkg/onlydir.py',
    'src/lib/__init__.py',
    'src/lib/core.py',
    'ns/part_a/a.py',
    'src/ns/part_b/b.py',
    'stubbed.pyi',
    'typed.py',
    'typed.pyi',
  ];

  test.each([
    ['train', ['train.py']],
    ['pkg', ['pkg/__init__.py']],
    ['pkg.model', ['pkg/__init__.py', 'pkg/model.py']],
    ['pkg.sub.deep', ['pkg/__init__.py', 'pkg/sub/__init__.py', 'pkg/sub/deep.py']],
    // a folder without __init__.py inside a regular package: a namespace portion
    ['pkg.data.loader', ['pkg/__init__.py', 'pkg/data/loader.py']],
    // a package wins over a module of the same name; a module over a bare folder
    ['pkg.both', ['pkg/__init__.py', 'pkg/both/__init__.py']],
    ['pkg.onlydir', ['pkg/__init__.py', 'pkg/onlydir.py']],
    // src layout
    ['lib.core', ['src/lib/__init__.py', 'src/lib/core.py']],
    // src itself is a namespace package under the repository root
    ['src.lib.core', ['src/lib/__init__.py', 'src/lib/core.py']],
    // namespace package portions gathered across roots
    ['ns.part_a.a', ['ns/part_a/a.py']],
    ['ns.part_b.b', ['src/ns/part_b/b.py']],
    ['ns', []],
    ['torch', 'external'],
    ['os.path', 'external'],
    ['stubbed', 'external'],
    ['typed', ['typed.py']],
    ['pkg.missing', ['missing pkg.missing', 'pkg/__init__.py']],
    ['pkg.model.attr', ['missing pkg.model.attr', 'pkg/__init__.py', 'pkg/model.py']],
    ['pkg.missing.deeper', ['missing pkg.missing', 'pkg/__init__.py']],
  ])('%s', (name, expected) => {
    expect(paths(resolver(files).resolve(name))).toEqual(expected);
  });

  test('each file has the module name it is imported as', () => {
    const found = resolver(files).resolve('pkg.sub.deep');
    expect(found.kind === 'found' ? found.files : []).toEqual([
      { path: 'pkg/__init__.py', module: 'pkg' },
      { path: 'pkg/sub/__init__.py', module: 'pkg.sub' },
      { path: 'pkg/sub/deep.py', module: 'pkg.sub.deep' },
    ]);
  });

  test('with stubs, a stub counts beside its module and alone', () => {
    const stubs = resolver(files, { stubs: true });
    expect(paths(stubs.resolve('typed'))).toEqual(['typed.py', 'typed.pyi']);
    expect(paths(stubs.resolve('stubbed'))).toEqual(['stubbed.pyi']);
  });

  test('roots are searched in order: the first module found wins', () => {
    const both = ['scripts/utils.py', 'utils.py', 'scripts/train.py'];
    expect(paths(resolver(both, { roots: ['scripts', ''] }).resolve('utils'))).toEqual([
      'scripts/utils.py',
    ]);
    expect(paths(resolver(both, { roots: ['', 'scripts'] }).resolve('utils'))).toEqual([
      'utils.py',
    ]);
  });

  test('a regular package in a later root wins over a namespace portion in an earlier one', () => {
    const layout = ['pkg/notes/x.txt', 'src/pkg/__init__.py', 'src/pkg/m.py'];
    expect(paths(resolver(layout).resolve('pkg.m'))).toEqual([
      'src/pkg/__init__.py',
      'src/pkg/m.py',
    ]);
  });

  test('a package mapped to a folder of another name is found there first', () => {
    const mapped = ['lib/__init__.py', 'lib/x.py', 'pkg/__init__.py', 'nsdir/y.py'];
    const packageDirs = new Map([
      ['pkg', 'lib'],
      ['ns', 'nsdir'],
      ['gone', 'nowhere'],
    ]);
    const r = resolver(mapped, { packageDirs });
    expect(paths(r.resolve('pkg.x'))).toEqual(['lib/__init__.py', 'lib/x.py']);
    expect(paths(r.resolve('ns.y'))).toEqual(['nsdir/y.py']);
    expect(paths(r.resolve('gone'))).toEqual('external');
  });

  test('answers are remembered', () => {
    const r = resolver(files);
    expect(r.resolve('pkg.model')).toBe(r.resolve('pkg.model'));
  });
});

describe('relative names', () => {
  test.each([
    ['x', 1, 'a.b', 'a.b.x'],
    ['', 1, 'a.b', 'a.b'],
    ['x', 2, 'a.b', 'a.x'],
    ['', 2, 'a.b', 'a'],
    ['x.y', 0, '', 'x.y'],
  ])('absoluteName(%j, %d, %j) is %j', (name, level, pkg, expected) => {
    expect(absoluteName(name, level, pkg)).toEqual({ name: expected });
  });

  test.each([
    ['x', 3, 'a.b', 'a relative import beyond the top-level package'],
    ['x', 1, '', 'a relative import in a module with no known parent package'],
  ])('absoluteName(%j, %d, %j) fails', (name, level, pkg, reason) => {
    expect(absoluteName(name, level, pkg)).toEqual({ reason });
  });

  const files = [
    'pkg/__init__.py',
    'pkg/a.py',
    'pkg/b.py',
    'pkg/sub/__init__.py',
    'pkg/sub/c.py',
    'pkg/sub/d.py',
    'top.py',
  ];
  const inC = { path: 'pkg/sub/c.py', module: 'pkg.sub.c' };
  const inInit = { path: 'pkg/sub/__init__.py', module: 'pkg.sub' };

  test.each([
    ['from . import d', inC, ['pkg/__init__.py', 'pkg/sub/__init__.py', 'pkg/sub/d.py']],
    ['from .d import f', inC, ['pkg/__init__.py', 'pkg/sub/__init__.py', 'pkg/sub/d.py']],
    ['from .. import a, b', inC, ['pkg/__init__.py', 'pkg/a.py', 'pkg/b.py']],
    ['from ..a import f', inC, ['pkg/__init__.py', 'pkg/a.py']],
    // in a package's __init__, `.` is the package itself
    ['from . import c', inInit, ['pkg/__init__.py', 'pkg/sub/__init__.py', 'pkg/sub/c.py']],
    ['from .. import a', inInit, ['pkg/__init__.py', 'pkg/a.py']],
    ['from ... import x', inC, ['! a relative import beyond the top-level package']],
    [
      'from . import x',
      { path: 'top.py', module: 'top' },
      ['! a relative import in a module with no known parent package'],
    ],
    [
      'from . import x',
      { path: 'my-scripts/x.py', module: undefined },
      ['! a relative import in a file whose module name is unknown'],
    ],
    [
      'from . import x',
      { path: 'nb/analysis.ipynb', module: 'nb.analysis' },
      ['! a relative import in a module with no known parent package'],
    ],
  ])('%s in %j', (line, importer, expected) => {
    expect(targets(files, line, importer)).toEqual(expected);
  });

  test.each([
    [
      "import importlib\nimportlib.import_module('.d', 'pkg.sub')",
      ['pkg/__init__.py', 'pkg/sub/__init__.py', 'pkg/sub/d.py'],
    ],
    [
      "import importlib\nimportlib.import_module('.d', __package__)",
      ['pkg/__init__.py', 'pkg/sub/__init__.py', 'pkg/sub/d.py'],
    ],
    // relative to the module's own name: pkg.sub.c.d does not exist
    [
      "import importlib\nimportlib.import_module('.d', __name__)",
      [
        'pkg/__init__.py',
        'pkg/sub/__init__.py',
        'pkg/sub/c.py',
        '! pkg.sub.c.d is not in the repository, though its package is',
      ],
    ],
    [
      "__import__('d', globals(), locals(), [], 1)",
      ['pkg/__init__.py', 'pkg/sub/__init__.py', 'pkg/sub/d.py'],
    ],
  ])('%j in pkg/sub/c.py', (source, expected) => {
    const found = scanPython(source).imports.find((i) => i.kind === 'call') as PythonImport;
    const result = resolver(files).resolveImport(found, inC);
    expect([
      ...result.files.map((f) => f.path),
      ...result.problems.map((p) => `! ${p.reason}`),
    ]).toEqual(expected);
  });
});

describe('from imports', () => {
  const files = ['pkg/__init__.py', 'pkg/mod.py', 'pkg/util.py', 'single.py'];
  const importer = { path: 'train.py', module: 'train' };

  test.each([
    // a name that is a submodule loads it; a name that is not is an attribute
    ['from pkg import mod, helper', ['pkg/__init__.py', 'pkg/mod.py']],
    ['from pkg import *', ['pkg/__init__.py']],
    ['from pkg.mod import thing', ['pkg/__init__.py', 'pkg/mod.py']],
    ['from single import name', ['single.py']],
    ['from numpy import array', []],
    ['import pkg.mod, pkg.util', ['pkg/__init__.py', 'pkg/mod.py']],
    [
      'from pkg.gone import x',
      ['pkg/__init__.py', '! pkg.gone is not in the repository, though its package is'],
    ],
    ["__import__('pkg', fromlist=['util'])", ['pkg/__init__.py', 'pkg/util.py']],
  ])('%s', (line, expected) => {
    expect(targets(files, line, importer)).toEqual(expected);
  });
});

describe('module names of files', () => {
  test.each([
    ['train.py', ['', 'src'], 'train'],
    ['pkg/sub/mod.py', [''], 'pkg.sub.mod'],
    ['pkg/__init__.py', [''], 'pkg'],
    ['src/pkg/mod.py', ['', 'src'], 'pkg.mod'],
    ['src/pkg/mod.py', ['src', ''], 'pkg.mod'],
    ['my-scripts/train.py', ['', 'src'], undefined],
    ['my-scripts/train.py', ['', 'my-scripts'], 'train'],
    ['notebooks/explore.ipynb', [''], 'notebooks.explore'],
    ['pkg/stub.pyi', [''], 'pkg.stub'],
    ['src', ['src'], undefined],
  ])('%s under %j is %j', (path, roots, name) => {
    expect(moduleNameOf(path, roots)).toBe(name);
  });

  test('isPackageInit', () => {
    expect(isPackageInit('a/__init__.py')).toBe(true);
    expect(isPackageInit('__init__.pyi')).toBe(true);
    expect(isPackageInit('a/not__init__.py')).toBe(false);
  });
});

describe('pyproject.toml', () => {
  test.each([
    ['[tool.setuptools.packages.find]\nwhere = ["src", "lib"]', ['src', 'lib'], {}],
    ['[tool.setuptools.packages.find]\ninclude = ["pkg*"]', [''], {}],
    [
      '[tool.setuptools]\npackage-dir = {"" = "src", "pkg" = "lib/pkg", "bad-name" = "x"}',
      ['src'],
      { pkg: 'lib/pkg' },
    ],
    [
      '[tool.poetry]\npackages = [{ include = "pkg", from = "src" }, { include = "other" }, "junk"]',
      ['src', ''],
      {},
    ],
    ['[tool.hatch.build.targets.wheel]\npackages = ["src/pkg", "top/"]', ['src', ''], {}],
    ['[tool.hatch.build]\nsources = ["src"]', ['src'], {}],
    [
      '[tool.hatch.build.targets.wheel.sources]\n"src" = ""\n"lib/x" = "x"\n"odd" = 1',
      ['src'],
      { x: 'lib/x' },
    ],
    ['[tool.pdm.build]\npackage-dir = "src"', ['src'], {}],
    ['[tool.maturin]\npython-source = "python"', ['python'], {}],
    ['[project]\nname = "plain"', [], {}],
    ['[tool.setuptools.packages.find]\nwhere = ["../outside"]', [], {}],
  ])('%s', (text, roots, packageDirs) => {
    const layout = pyprojectLayout('pyproject.toml', text);
    expect(layout.roots).toEqual(roots);
    expect(Object.fromEntries(layout.packageDirs)).toEqual(packageDirs);
  });

  test('folders are relative to the pyproject.toml', () => {
    const layout = pyprojectLayout(
      'services/trainer/pyproject.toml',
      '[tool.setuptools.packages.find]\nwhere = ["src"]\n[tool.setuptools.package-dir]\nmine = "lib"',
    );
    expect(layout.roots).toEqual(['services/trainer/src']);
    expect(layout.packageDirs.get('mine')).toBe('services/trainer/lib');
  });
});
