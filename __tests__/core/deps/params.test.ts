import { describe, expect, test } from '@jest/globals';
import { thrownBy } from '../../helpers/expect.js';
import { DepsError } from '../../../src/core/deps/errors.js';
import {
  diffParams,
  flattenParams,
  parseParams,
  pythonFloat,
  pythonString,
  sameValue,
  valueAt,
  type ParamValue,
} from '../../../src/core/deps/params.js';

describe('reading parameter files', () => {
  test('YAML keeps integers apart from floats and reads merges', () => {
    expect(
      parseParams('params.yaml', 'a: 1\nb: 1.0\nbase: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n'),
    ).toEqual({
      a: 1n,
      b: 1,
      base: { x: 1n },
      c: { x: 1n, y: 2n },
    });
  });

  test('JSON and TOML', () => {
    expect(parseParams('p.json', '{"train": {"lr": 0.1, "epochs": 10}}')).toEqual({
      train: { lr: 0.1, epochs: 10n },
    });
    expect(parseParams('p.toml', '[train]\nlr = 0.1\nepochs = 10')).toEqual({
      train: { lr: 0.1, epochs: 10n },
    });
  });

  test('an empty file is no parameters', () => {
    expect(parseParams('params.yml', '')).toEqual({});
  });

  test.each([
    ['params.yaml', 'a: [1', 'params.yaml: '],
    ['params.yaml', '- a\n- b', 'params.yaml: expected a mapping of parameters'],
    ['params.toml', 'a = ', 'params.toml: line 1: '],
    ['params.py', 'LR = 1', 'params.py: only YAML, JSON and TOML parameter files can be read'],
  ])('%s %j is refused', (path, text, message) => {
    const error = thrownBy(() => parseParams(path, text), DepsError);
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.file).toBe(path);
  });
});

describe('dotted keys', () => {
  const params = { train: { optimizer: { lr: 0.1 }, 'a.b': 2n }, 'x.y': 3n, list: [1n] };

  test.each<[string, ParamValue | undefined]>([
    ['train.optimizer.lr', 0.1],
    ['train.optimizer', { lr: 0.1 }],
    ['train.a.b', 2n],
    ['x.y', 3n],
    ['train.missing', undefined],
    ['list.0', undefined],
    ['nothing', undefined],
  ])('%s', (key, value) => {
    expect(valueAt(params, key)).toEqual(value);
  });

  test('flattenParams gives every leaf', () => {
    expect([...flattenParams({ a: { b: 1n, c: {} }, d: [1n, 2n] })]).toEqual([
      ['a.b', 1n],
      ['a.c', {}],
      ['d', [1n, 2n]],
    ]);
  });
});

describe('values compared as Python compares them', () => {
  test.each<[ParamValue | undefined, ParamValue | undefined, boolean]>([
    [1n, 1, true],
    [1n, 1.5, false],
    [1n, 1n, true],
    [1n, 2n, false],
    [0.1, 0.1, true],
    ['a', 'a', true],
    ['1', 1n, false],
    [null, null, true],
    [null, undefined, false],
    [[1n, { a: 2n }], [1, { a: 2 }], true],
    [[1n], [1n, 2n], false],
    [[1n], { 0: 1n }, false],
    [{ a: 1n }, { a: 1n, b: 2n }, false],
    [{ a: 1n }, { b: 1n }, false],
    [true, 1n, false],
  ])('%p == %p is %p', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('diffParams', () => {
  const base =
    'train:\n  lr: 0.1   # learning rate\n  epochs: 10\n  layers: [64, 64]\nprepare:\n  split: 0.2\n';

  test('only the listed keys whose value changed', () => {
    const head =
      '# reformatted\ntrain: {lr: 0.10, epochs: 12, layers: [64, 64]}\nprepare: {split: 0.3}\n';
    expect(
      diffParams('params.yaml', base, head, ['train.lr', 'train.epochs', 'train.layers']),
    ).toEqual([{ key: 'train.epochs', change: 'modified', base: 10n, head: 12n }]);
  });

  test('keys added and removed', () => {
    const head = 'train:\n  lr: 0.1\n  epochs: 10\n  layers: [64, 64]\n  dropout: 0.5\n';
    expect(diffParams('params.yaml', base, head, ['train.dropout', 'prepare.split'])).toEqual([
      { key: 'train.dropout', change: 'added', head: 0.5 },
      { key: 'prepare.split', change: 'removed', base: 0.2 },
    ]);
  });

  test('the whole file: every leaf key that changed', () => {
    const head =
      'train:\n  lr: 0.01\n  epochs: 10\n  layers: [64, 32]\nprepare:\n  split: 0.2\n  seed: 1\n';
    expect(diffParams('params.yaml', base, head, 'all')).toEqual([
      { key: 'train.lr', change: 'modified', base: 0.1, head: 0.01 },
      { key: 'train.layers', change: 'modified', base: [64n, 64n], head: [64n, 32n] },
      { key: 'prepare.seed', change: 'added', head: 1n },
    ]);
  });

  test('a file added or deleted', () => {
    expect(diffParams('p.json', undefined, '{"a": 1}', 'all')).toEqual([
      { key: 'a', change: 'added', head: 1n },
    ]);
    expect(diffParams('p.json', '{"a": 1}', undefined, ['a'])).toEqual([
      { key: 'a', change: 'removed', base: 1n },
    ]);
  });

  test('an integer written as a float is no change, as in Python', () => {
    expect(diffParams('p.toml', 'epochs = 10', 'epochs = 10.0', 'all')).toEqual([]);
  });

  test('a version that cannot be parsed is an error naming the file', () => {
    expect(thrownBy(() => diffParams('params.yaml', base, 'train: [', 'all'), DepsError).file).toBe(
      'params.yaml',
    );
  });
});

describe('Python text of values', () => {
  test.each([
    [0.1, '0.1'],
    [1, '1.0'],
    [-2.5, '-2.5'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [123456789012345.6, '123456789012345.6'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    [1.5e16, '1.5e+16'],
    [1e100, '1e+100'],
    [0, '0.0'],
    [-0, '-0.0'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
    [NaN, 'nan'],
  ])('pythonFloat(%p) is %j', (value, text) => {
    expect(pythonFloat(value)).toBe(text);
  });

  test.each<[ParamValue, string]>([
    [null, 'None'],
    [true, 'True'],
    [3n, '3'],
    ['text', 'text'],
    [[1n, 'a', "it's", 'say "x"', 'tab\there\\'], `[1, 'a', "it's", 'say "x"', 'tab\\there\\\\']`],
    [{ a: 1.5, b: [null] }, "{'a': 1.5, 'b': [None]}"],
    [['both \' and "\n'], `['both \\' and "\\n']`],
  ])('pythonString(%p) is %j', (value, text) => {
    expect(pythonString(value)).toBe(text);
  });
});
