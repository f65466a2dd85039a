import { describe, expect, test } from '@jest/globals';
import { scanPython, type PythonImport } from '../../../src/core/deps/python.js';
import {
  cellPython,
  isNotebook,
  scanImports,
  scanNotebook,
} from '../../../src/core/deps/notebook.js';

/** The imports of `source` without their lines: kind, dotted name with its dots, names. */
function imports(source: string): string[] {
  return scanPython(source).imports.map(describeImport);
}

function describeImport(found: PythonImport): string {
  const name = '.'.repeat(found.level) + found.module;
  const names = found.names.length > 0 ? ` [${found.names.join(', ')}]` : '';
  const pkg =
    found.package === undefined
      ? ''
      : typeof found.package === 'string'
        ? ` in ${found.package}`
        : ` in <${found.package.current}>`;
  return `${found.kind} ${name}${names}${pkg}`;
}

describe('import statements', () => {
  test.each([
    ['import a', ['import a']],
    ['import a.b.c', ['import a.b.c']],
    ['import a as b, c.d', ['import a', 'import c.d']],
    ['import a.b as ab, c', ['import a.b', 'import c']],
    ['from a import b', ['from a [b]']],
    ['from a.b import c as d, e', ['from a.b [c, e]']],
    ['from a import (b,\n  c as d,\n  e,\n)', ['from a [b, c, e]']],
    ['from a import (\n  b,  # a comment\n  c)', ['from a [b, c]']],
    ['from . import c', ['from . [c]']],
    ['from .x import y', ['from .x [y]']],
    ['from ..x import y', ['from ..x [y]']],
    ['from ... import z', ['from ... [z]']],
    ['from .... import z', ['from .... [z]']],
    ['from .x import *', ['from .x [*]']],
    ['from a import *', ['from a [*]']],
    ['from __future__ import annotations', ['from __future__ [annotations]']],
    ['import a; import b', ['import a', 'import b']],
    ['x = 1; from a import b', ['from a [b]']],
    ['import a \\\n  .b', ['import a.b']],
    ['from \\\n a import \\\n b', ['from a [b]']],
  ])('%j', (source, expected) => {
    expect(imports(source)).toEqual(expected);
  });

  test('imports inside functions, classes, conditions and try blocks all count', () => {
    const source = [
      'from typing import TYPE_CHECKING',
      'if TYPE_CHECKING:',
      '    from .model import Model',
      'try:',
      '    import ujson as json',
      'except ImportError:',
      '    import json',
      'def load():',
      '    import torch',
      '    if True: from .x import y',
      'class A:',
      '    from .z import w',
      'with open(p) as f: import q',
      'match x:',
      '    case 1: import r',
      'if a: import s',
      'else: import t',
      'async def f(): import u',
    ].join('\n');
    expect(imports(source)).toEqual([
      'from typing [TYPE_CHECKING]',
      'from .model [Model]',
      'import ujson',
      'import json',
      'import torch',
      'from .x [y]',
      'from .z [w]',
      'import q',
      'import r',
      'import s',
      'import t',
      'import u',
    ]);
  });

  test('each import has the line of its statement', () => {
    const source = 'import a\n\nfrom b import (\n  c,\n  d)\nimport e, \\\n  f\n';
    expect(scanPython(source).imports.map((i) => [i.module, i.line])).toEqual([
      ['a', 1],
      ['b', 3],
      ['e', 6],
      ['f', 6],
    ]);
  });

  test.each([
    ['a docstring', '"""\nimport os\nfrom a import b\n"""'],
    ['a comment', '# import os\n# from a import b'],
    ['a string', "x = 'import os'\ny = '''\nfrom a import b'''"],
    ['an f-string', 'x = f"import {os}"\ny = f"""\nfrom a import {b}\n"""'],
    ['yield from', 'def f():\n    yield from g()'],
    ['raise from', 'raise E from e'],
    ['a lambda', 'f = lambda: g'],
    ['an attribute', 'x.import_ = 1\nfrom_ = 2'],
    ['no module', 'from import x'],
    ['nothing after from', 'from'],
    ['nothing after import', 'import'],
    ['a from without import', 'from a b'],
  ])('no import in %s', (_what, source) => {
    expect(imports(source)).toEqual([]);
  });

  test('an unfinished statement keeps what it named', () => {
    expect(imports('from a import')).toEqual(['from a']);
    expect(imports('import a,')).toEqual(['import a']);
    expect(imports('from a import (b, c')).toEqual(['from a [b, c]']);
  });
});

describe('import_module and __import__', () => {
  test.each([
    ["import importlib\nimportlib.import_module('a.b')", ['call a.b']],
    ["import importlib\nimportlib.import_module('a' '.b')", ['call a.b']],
    ["import importlib\nimportlib.import_module(('a.b'))", ['call a.b']],
    ["import importlib\nimportlib.import_module(name='a')", ['call a']],
    ["import importlib\nimportlib.import_module('.x', package='pkg')", ['call .x in pkg']],
    ["import importlib\nimportlib.import_module('..x', 'pkg.sub')", ['call ..x in pkg.sub']],
    ["import importlib\nimportlib.import_module('.x', __package__)", ['call .x in <package>']],
    ["import importlib\nimportlib.import_module('.x', __name__)", ['call .x in <name>']],
    ["import importlib as il\nil.import_module('a')", ['call a']],
    ["import importlib.util\nimportlib.import_module('a')", ['call a']],
    ["from importlib import import_module\nimport_module('a')", ['call a']],
    ["from importlib import import_module as im\nim('a')", ['call a']],
    ["__import__('a.b')", ['call a.b']],
    ["__import__('a', fromlist=['b', 'c'])", ['call a [b, c]']],
    ["__import__('a', globals(), locals(), ('b',), 0)", ['call a [b]']],
    ["__import__('a', None, None, None)", ['call a']],
    ["__import__('a', fromlist=())", ['call a']],
    ["__import__('x', globals(), locals(), [], 1)", ['call .x in <package>']],
  ])('%j', (source, expected) => {
    expect(imports(source).filter((i) => i.startsWith('call'))).toEqual(expected);
  });

  test('import_module is found through the names a file binds, anywhere in it', () => {
    const source = "def f():\n    return im('a')\n\nfrom importlib import import_module as im\n";
    expect(imports(source)).toEqual(['call a', 'from importlib [import_module]']);
  });

  test.each([
    ["import_module('a')", 'import_module is not bound from importlib'],
    ["x.import_module('a')", 'an attribute of something else'],
    ["x.__import__('a')", 'a method named __import__'],
    ['def __import__(name): pass', 'a definition'],
    ['class import_module: pass', 'a class'],
    ['importlib.import_module', 'no call'],
    ['s = \'__import__("a")\'', 'a string'],
  ])('%j is not an import (%s)', (source) => {
    const scan = scanPython(source);
    expect(scan.imports.filter((i) => i.kind === 'call')).toEqual([]);
    expect(scan.unresolved).toEqual([]);
  });

  test.each([
    ['import importlib\nimportlib.import_module(name)', 'the module name is computed'],
    ["import importlib\nimportlib.import_module(f'models.{name}')", 'the module name is computed'],
    ["import importlib\nimportlib.import_module('a' + b)", 'the module name is computed'],
    ["import importlib\nimportlib.import_module(b'a')", 'the module name is computed'],
    ['import importlib\nimportlib.import_module(*args)', 'the module name is computed'],
    ['import importlib\nimportlib.import_module(**kw)', 'the module name is computed'],
    ['import importlib\nimportlib.import_module()', 'the module name is computed'],
    ["import importlib\nimportlib.import_module('.x')", 'a relative name without a package'],
    [
      "import importlib\nimportlib.import_module('.x', package=p)",
      'the package of a relative name is computed',
    ],
    ['__import__(var)', 'the module name is computed'],
    ["__import__('x', level=n)", 'the level is computed'],
    ["__import__('x', level=True)", 'the level is computed'],
  ])('%j is unresolved: %s', (source, reason) => {
    const scan = scanPython(source);
    expect(scan.imports.filter((i) => i.kind === 'call')).toEqual([]);
    expect(scan.unresolved.map((u) => u.reason)).toEqual([reason]);
  });

  const RUNS_CODE = 'it runs code the scanner does not follow: put the files it runs in a filter';

  test.each([
    ["exec(open('configurator.py').read())", "exec(open('configurator.py').read())"],
    ['execfile("setup_env.py")', 'execfile("setup_env.py")'],
    ["import runpy\nrunpy.run_path('tools/prepare.py')", "runpy.run_path('tools/prepare.py')"],
    ['import runpy\nrunpy.run_module(name)', 'runpy.run_module(name)'],
    ["import runpy\nrunpy.run_module('.local')", "runpy.run_module('.local')"],
  ])('%j runs code that is reported, never dropped', (source, text) => {
    const scan = scanPython(source);
    expect(scan.imports.filter((i) => i.kind === 'call')).toEqual([]);
    expect(scan.unresolved).toEqual([{ line: source.split('\n').length, text, reason: RUNS_CODE }]);
  });

  test('runpy.run_module of a literal name is an import of that module', () => {
    const scan = scanPython("import runpy\nrunpy.run_module('trainer.main', run_name='__main__')");
    expect(scan.imports.map(describeImport)).toEqual(['import runpy', 'call trainer.main']);
    expect(scan.unresolved).toEqual([]);
  });

  test.each([['self.exec(x)'], ['def exec(x):\n    pass'], ["s = 'exec(x)'"], ['exec_ = 1']])(
    '%j does not run code',
    (source) => {
      expect(scanPython(source).unresolved).toEqual([]);
    },
  );

  test('a computed fromlist leaves the module known and says so', () => {
    const scan = scanPython("__import__('a', fromlist=names)");
    expect(scan.imports.map(describeImport)).toEqual(['call a']);
    expect(scan.unresolved.map((u) => u.reason)).toEqual(['the fromlist is computed']);
    const inList = scanPython("__import__('a', fromlist=['b', c])");
    expect(inList.unresolved.map((u) => u.reason)).toEqual(['the fromlist is computed']);
  });

  test('an unresolved call has its file line and its text, on one line and clipped', () => {
    const source = `import importlib\n\nmodule = importlib.import_module(\n    f"plugins.{name}"\n)\nx = __import__(${'a'.repeat(200)})`;
    const scan = scanPython(source);
    expect(scan.unresolved[0]).toEqual({
      line: 3,
      text: 'importlib.import_module( f"plugins.{name}" )',
      reason: 'the module name is computed',
    });
    expect(scan.unresolved[1]?.line).toBe(6);
    expect(scan.unresolved[1]?.text).toHaveLength(120);
    expect(scan.unresolved[1]?.text.endsWith('…')).toBe(true);
  });

  test('an unclosed call runs to the end of the source', () => {
    expect(scanPython('__import__(x').unresolved[0]?.text).toBe('__import__(x');
  });

  test('calls inside f-string fields are found', () => {
    const scan = scanPython(`print(f"{__import__('os').getcwd()} {__import__(name)}")`);
    expect(scan.imports.map(describeImport)).toEqual(['call os']);
    expect(scan.unresolved.map((u) => u.text)).toEqual(['__import__(name)']);
  });

  test('calls and statements come in line order', () => {
    const scan = scanPython("import a\n__import__('b')\nimport c");
    expect(scan.imports.map((i) => i.module)).toEqual(['a', 'b', 'c']);
  });
});

describe('notebooks', () => {
  function notebook(cells: unknown[]): string {
    return JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 });
  }

  test('code cells only, each import with its cell and line in the cell', () => {
    const text = notebook([
      { cell_type: 'markdown', source: ['import not_code\n'] },
      { cell_type: 'code', source: ['import numpy as np\n', 'from model import Net\n'] },
      { cell_type: 'raw', source: 'import raw' },
      { cell_type: 'code', source: 'x = 1\nimport importlib\nimportlib.import_module(name)' },
    ]);
    const scan = scanNotebook(text);
    expect(scan.imports.map((i) => [i.module, i.cell, i.line])).toEqual([
      ['numpy', 2, 1],
      ['model', 2, 2],
      ['importlib', 4, 2],
    ]);
    expect(scan.unresolved.map((u) => [u.cell, u.line])).toEqual([[4, 3]]);
    expect(scan.error).toBeUndefined();
  });

  test('magic and shell lines are skipped, with the lines they continue', () => {
    const text = notebook([
      {
        cell_type: 'code',
        source: [
          '%matplotlib inline\n',
          '!pip install \\\n',
          '  import_me\n',
          'if x:\n',
          '    !ls\n',
          'import a\n',
        ],
      },
    ]);
    expect(scanNotebook(text).imports.map((i) => [i.module, i.line])).toEqual([['a', 6]]);
  });

  test('a cell magic that runs Python keeps its body; others are skipped', () => {
    const text = notebook([
      { cell_type: 'code', source: '%%time\nimport a' },
      { cell_type: 'code', source: '%%bash\nimport b' },
      { cell_type: 'code', source: '%%writefile x.py\nimport c' },
      { cell_type: 'code', source: 42 },
      'not a cell',
    ]);
    expect(scanNotebook(text).imports.map((i) => [i.module, i.cell, i.line])).toEqual([
      ['a', 1, 2],
    ]);
  });

  test('cellPython keeps line numbers', () => {
    expect(cellPython('%load_ext x\n  !ls\nimport a')).toBe('pass\n  pass\nimport a');
    expect(cellPython('%%capture\nimport a')).toBe('\nimport a');
    expect(cellPython('%%html\n<b>')).toBeUndefined();
    expect(cellPython('%%\nx')).toBeUndefined();
  });

  test.each([
    ['not JSON', '{', 'the notebook is not JSON'],
    ['no cells', '{"metadata": {}}', 'the notebook has no list of cells'],
    ['a list', '[]', 'the notebook has no list of cells'],
  ])('%s is an error, not an empty scan', (_what, text, error) => {
    expect(scanNotebook(text)).toEqual({ imports: [], unresolved: [], error });
  });

  test('scanImports reads a file by its name', () => {
    const text = notebook([{ cell_type: 'code', source: 'import a' }]);
    expect(isNotebook('x/Train.IPYNB')).toBe(true);
    expect(isNotebook('x/train.py')).toBe(false);
    expect(scanImports('a.ipynb', text).imports[0]?.cell).toBe(1);
    expect(scanImports('a.py', 'import a').imports[0]?.cell).toBeUndefined();
  });
});
