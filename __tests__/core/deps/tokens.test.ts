import { describe, expect, test } from '@jest/globals';
import { tokenize, type Token } from '../../../src/core/deps/tokens.js';

/** `kind:text` of each token, newlines as `NL`. */
function shape(tokens: readonly Token[]): string[] {
  return tokens.map((t) => (t.kind === 'newline' ? 'NL' : `${t.kind}:${t.text}`));
}

function only(source: string): Token {
  const tokens = tokenize(source);
  expect(tokens).toHaveLength(1);
  return tokens[0] as Token;
}

describe('strings', () => {
  test.each([
    ["'a'", 'a'],
    ['"a"', 'a'],
    ["'''a\nb'''", 'a\nb'],
    ['"""a\n"b"\n"""', 'a\n"b"\n'],
    ["u'a'", 'a'],
    ["R'a\\'b'", "a\\'b"],
    ["r'\\n'", '\\n'],
    ["'\\n\\t\\\\\\'\\\"'", '\n\t\\\'"'],
    ["'\\x41\\u0042\\U00000043\\101'", 'ABCA'],
    ["'\\a\\b\\f\\r\\v'", '\x07\b\f\r\v'],
    ["'a\\\nb'", 'ab'],
    ["'a\\\r\nb'", 'ab'],
    ["'a\\\rb'", 'ab'],
    ["'\\d'", '\\d'],
  ])('%j has the value %j', (source, value) => {
    const token = only(source);
    expect(token.kind).toBe('string');
    expect(token.text).toBe(source);
    expect(token.value).toBe(value);
  });

  test.each([
    ["b'a'"],
    ["Br'a'"],
    ["rb'a'"],
    ["'\\N{DASH}'"],
    ["'\\x4'"],
    ["'\\U00110000'"],
    ["f'a'"],
    ["t'a'"],
  ])('%j has no str value', (source) => {
    const token = only(source);
    expect(token.kind).toBe('string');
    expect(token.value).toBeUndefined();
  });

  test('a quote inside a string, or an escaped one, does not end it', () => {
    expect(shape(tokenize(`x = "it's" + 'say "hi"' + '\\'' + '''a'b''c'''`))).toEqual([
      'name:x',
      'op:=',
      `string:"it's"`,
      'op:+',
      `string:'say "hi"'`,
      'op:+',
      "string:'\\''",
      'op:+',
      "string:'''a'b''c'''",
    ]);
  });

  test('a raw string keeps an escaped quote and ends at the next', () => {
    expect(shape(tokenize(`r"a\\"b" c`))).toEqual([`string:r"a\\"b"`, 'name:c']);
  });

  test('an unterminated string ends at the end of its line', () => {
    expect(shape(tokenize("x = 'abc\nimport os"))).toEqual([
      'name:x',
      'op:=',
      "string:'abc",
      'NL',
      'name:import',
      'name:os',
    ]);
  });

  test('an unterminated triple-quoted string runs to the end', () => {
    expect(shape(tokenize('x = """abc\nimport os'))).toEqual([
      'name:x',
      'op:=',
      'string:"""abc\nimport os',
    ]);
  });

  test('a name that is not a string prefix is a name', () => {
    expect(shape(tokenize("bu'x' rr'y'"))).toEqual([
      'name:bu',
      "string:'x'",
      'name:rr',
      "string:'y'",
    ]);
  });
});

describe('f-strings', () => {
  test('replacement fields are read as code, the text around them is not', () => {
    const token = only(`f"import os {name!r:>{width}} {{literal}} {x=}"`);
    expect(shape(token.inner ?? [])).toEqual(['name:name', 'name:width', 'name:x', 'op:=']);
  });

  test('strings inside a field may use the same quotes (Python 3.12)', () => {
    const token = only(`f"{d["key"]} and {f"{'nested'}"}"`);
    const inner = token.inner ?? [];
    expect(shape(inner)).toEqual([
      'name:d',
      'op:[',
      'string:"key"',
      'op:]',
      `string:f"{'nested'}"`,
    ]);
    expect(inner[2]?.value).toBe('key');
    expect(shape(inner[4]?.inner ?? [])).toEqual(["string:'nested'"]);
  });

  test('brackets, dicts and != inside a field do not end it', () => {
    const token = only(`f'{ {"a": 1}["a"] } {a != b} {x[1:2]}'`);
    expect(shape(token.inner ?? [])).toEqual([
      'op:{',
      'string:"a"',
      'op::',
      'number:1',
      'op:}',
      'op:[',
      'string:"a"',
      'op:]',
      'name:a',
      'op:!=',
      'name:b',
      'name:x',
      'op:[',
      'number:1',
      'op::',
      'number:2',
      'op:]',
    ]);
  });

  test('a conversion and a format spec with a nested field', () => {
    const token = only(`f'{value!s:{fill}^{width}.{precision}f}'`);
    expect(shape(token.inner ?? [])).toEqual([
      'name:value',
      'name:fill',
      'name:width',
      'name:precision',
    ]);
  });

  test('a triple-quoted f-string may break lines inside a field', () => {
    const tokens = tokenize(`f"""{\n  a +\n  b\n}"""\nimport os`);
    expect(shape(tokens)).toEqual([
      'string:f"""{\n  a +\n  b\n}"""',
      'NL',
      'name:import',
      'name:os',
    ]);
    expect(tokens[0]?.inner?.map((t) => t.line)).toEqual([2, 2, 3]);
    expect(tokens[2]?.line).toBe(5);
  });

  test('a comment inside a field runs to the end of the line (Python 3.12)', () => {
    const token = only(`f"""{a # } not the end\n}"""`);
    expect(shape(token.inner ?? [])).toEqual(['name:a']);
  });

  test('a named escape is no field; a backslash before a brace is one', () => {
    expect(shape(only(`f"\\N{EM DASH}"`).inner ?? [])).toEqual([]);
    expect(shape(only(`rf"\\N{x}"`).inner ?? [])).toEqual(['name:x']);
    expect(shape(only(`f"\\{y}"`).inner ?? [])).toEqual(['name:y']);
    expect(shape(only(`f"\\\\{z}"`).inner ?? [])).toEqual(['name:z']);
  });

  test('a stray closing brace and unclosed fields do not run past the string', () => {
    expect(shape(tokenize(`f'a}b' x`))).toEqual([`string:f'a}b'`, 'name:x']);
    expect(shape(tokenize(`f'{x:abc' y`))).toEqual([`string:f'{x:abc'`, 'name:y']);
    expect(shape(tokenize(`f'{x!r' y`))).toEqual([`string:f'{x!r'`, 'name:y']);
    expect(shape(tokenize(`f'{x!r`))).toEqual([`string:f'{x!r`]);
    expect(shape(tokenize(`f'{x:`))).toEqual([`string:f'{x:`]);
    expect(shape(tokenize(`f'{x`))).toEqual([`string:f'{x`]);
  });

  test('a format spec may span lines in a triple-quoted f-string', () => {
    const tokens = tokenize(`f'''{x:\n>10}'''\ny`);
    expect(shape(tokens)).toEqual([`string:f'''{x:\n>10}'''`, 'NL', 'name:y']);
    expect(tokens[2]?.line).toBe(3);
  });
});

describe('lines, comments and brackets', () => {
  test('a comment is skipped, quotes in it included', () => {
    expect(shape(tokenize("x = 1  # it's 'import os'\ny"))).toEqual([
      'name:x',
      'op:=',
      'number:1',
      'NL',
      'name:y',
    ]);
  });

  test('a backslash joins lines; brackets hold lines together', () => {
    const tokens = tokenize('a = 1 + \\\n  2\nb = (1,\n  2)\n\n\nc');
    expect(shape(tokens)).toEqual([
      'name:a',
      'op:=',
      'number:1',
      'op:+',
      'number:2',
      'NL',
      'name:b',
      'op:=',
      'op:(',
      'number:1',
      'op:,',
      'number:2',
      'op:)',
      'NL',
      'name:c',
    ]);
    expect(tokens.map((t) => t.line)).toEqual([1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 7]);
    expect(tokens.map((t) => t.depth)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0]);
  });

  test('\\r\\n and \\r end lines too', () => {
    expect(tokenize('a\r\nb\rc').map((t) => t.line)).toEqual([1, 1, 2, 2, 3]);
  });

  test('a stray closing bracket does not make the depth negative', () => {
    expect(tokenize(') x').map((t) => t.depth)).toEqual([0, 0]);
  });

  test('operators are read longest first', () => {
    expect(shape(tokenize('a **= b ... c := d -> e != f'))).toEqual([
      'name:a',
      'op:**=',
      'name:b',
      'op:...',
      'name:c',
      'op::=',
      'name:d',
      'op:->',
      'name:e',
      'op:!=',
      'name:f',
    ]);
  });

  test('a backslash that continues nothing is skipped', () => {
    expect(shape(tokenize('a \\ b'))).toEqual(['name:a', 'name:b']);
  });

  test('names may be any letters', () => {
    expect(shape(tokenize('café = _x1'))).toEqual(['name:café', 'op:=', 'name:_x1']);
  });
});

describe('numbers', () => {
  test.each([
    ['1_000', ['number:1_000']],
    ['0x_FF_ee', ['number:0x_FF_ee']],
    ['0b1010', ['number:0b1010']],
    ['0o17', ['number:0o17']],
    ['1.5e-3j', ['number:1.5e-3j']],
    ['.5', ['number:.5']],
    ['1.', ['number:1.']],
    ['1E+9', ['number:1E+9']],
    ['1if x', ['number:1', 'name:if', 'name:x']],
    ['1e', ['number:1', 'name:e']],
    ['0xe+1', ['number:0xe', 'op:+', 'number:1']],
    ['1_', ['number:1', 'name:_']],
    ['1.__class__', ['number:1.', 'name:__class__']],
  ])('%j', (source, expected) => {
    expect(shape(tokenize(source))).toEqual(expected);
  });
});
