import { describe, expect, test } from '@jest/globals';
import { thrownBy } from '../../helpers/expect.js';
import { TomlError, parseToml } from '../../../src/core/deps/toml.js';

describe('parseToml', () => {
  test('tables, dotted and quoted keys, comments', () => {
    const text = [
      '# a comment',
      'name = "demo"  # after a value',
      '',
      '[tool.setuptools.packages.find]',
      'where = ["src"]',
      '',
      '[tool."quoted key"]',
      "'literal key' = 1",
      'a.b . c = true',
      '[tool.setuptools]',
      'package-dir = { "" = "src", pkg = "lib/pkg" }',
    ].join('\n');
    expect(parseToml(text)).toEqual({
      name: 'demo',
      tool: {
        setuptools: {
          packages: { find: { where: ['src'] } },
          'package-dir': { '': 'src', pkg: 'lib/pkg' },
        },
        'quoted key': { 'literal key': 1n, a: { b: { c: true } } },
      },
    });
  });

  test.each([
    ['a = 1', 1n],
    ['a = -17', -17n],
    ['a = +1_000', 1000n],
    ['a = 0xDEAD_beef', 0xdeadbeefn],
    ['a = 0o17', 15n],
    ['a = 0b101', 5n],
    ['a = 1.5', 1.5],
    ['a = -1e-3', -0.001],
    ['a = 6.02E+23', 6.02e23],
    ['a = 1_000.5', 1000.5],
    ['a = inf', Infinity],
    ['a = -inf', -Infinity],
    ['a = false', false],
    ['a = 1979-05-27T07:32:00Z', '1979-05-27T07:32:00Z'],
    ['a = 1979-05-27', '1979-05-27'],
    ['a = 07:32:00', '07:32:00'],
    ['a = "tab\\there \\"q\\" \\u00e9 \\U0001F600 \\\\"', 'tab\there "q" é 😀 \\'],
    ["a = 'C:\\path\\raw'", 'C:\\path\\raw'],
    ['a = """\nline one\nline two"""', 'line one\nline two'],
    ['a = """one \\\n    two"""', 'one two'],
    ['a = """tab\\there \\\r\n  next"""', 'tab\there next'],
    ['a = """a ""quoted"" b"""""', 'a ""quoted"" b""'],
    ["a = '''\nraw \\n\n'''", 'raw \\n\n'],
    ['a = [1, [2, "x"], {b = 3},\n  # comment\n  4,\n]', [1n, [2n, 'x'], { b: 3n }, 4n]],
    ['a = []', []],
    ['a = {}', {}],
    ['a = { b.c = 1, d = "e" }', { b: { c: 1n }, d: 'e' }],
  ])('%j', (text, value) => {
    expect(parseToml(text).a).toEqual(value);
  });

  test('nan', () => {
    expect(parseToml('a = nan').a).toBeNaN();
  });

  test('arrays of tables', () => {
    const text =
      '[[tool.poetry.packages]]\ninclude = "a"\n[[tool.poetry.packages]]\ninclude = "b"\nfrom = "src"\n[tool.poetry.packages.extra]\nx = 1\n';
    expect(parseToml(text)).toEqual({
      tool: {
        poetry: { packages: [{ include: 'a' }, { include: 'b', from: 'src', extra: { x: 1n } }] },
      },
    });
  });

  test('a table header may extend a table made by a dotted key before it', () => {
    expect(parseToml('[a]\n[a.b]\nx = 1\n[a.c]\ny = 2')).toEqual({
      a: { b: { x: 1n }, c: { y: 2n } },
    });
    expect(parseToml('[x.y]\nz = 1\n[x]\nw = 2')).toEqual({ x: { y: { z: 1n }, w: 2n } });
  });

  test('CRLF line ends', () => {
    expect(parseToml('a = 1\r\n[b]\r\nc = """\r\nx"""\r\n')).toEqual({ a: 1n, b: { c: 'x' } });
  });

  test.each([
    ['a = 1\na = 2', 2, 'the key a is defined twice'],
    ['[a]\n[a]', 2, 'the table a is defined twice'],
    ['a = 1\n[a]', 2, 'the table a is defined twice'],
    ['a = 1 b = 2', 1, 'unexpected "b" after a value'],
    ['a = ', 1, 'unexpected "end of file" where a value should be'],
    ['a = @', 1, 'unexpected "@" where a value should be'],
    ['a', 1, 'expected = after a key'],
    ['= 1', 1, 'expected a key'],
    ['[a', 1, 'a table header is not closed'],
    ['a = "x', 1, 'a string is not closed'],
    ["a = 'x\n'", 1, 'a string is not closed'],
    ['a = """x', 1, 'a string is not closed'],
    ['a = "\\q"', 1, 'unknown escape \\q'],
    ['a = "\\u12"', 1, 'unknown escape \\u'],
    ['a = [1 2]', 1, 'expected , or ] in an array'],
    ['a = {b = 1 c = 2}', 1, 'expected , or } in an inline table'],
    ['a = {b = 1}\n[a.c]', 2, 'a is not a table'],
    ['a = [1]\n[[a]]', 2, 'a is not an array of tables'],
    ['a = 1\nb.c = 2\na.d = 3', 3, 'a is not a table'],
  ])('%j is refused at line %d', (text, line, message) => {
    const error = thrownBy(() => parseToml(text), TomlError);
    expect(error.line).toBe(line);
    expect(error.message).toBe(`line ${line}: ${message}`);
  });
});
