/**
 * The scanner against CPython itself, on the hand-written fixtures: every
 * import CPython's parser finds (scripts/verify-imports.py) and every token
 * CPython's tokenizer reads must be what the scanner finds. Runs when a
 * `python3` (or $PYTHON) is there; fixtures under py312/ need Python 3.12.
 * `node scripts/verify-imports.mjs <folder | git dir>` runs the same
 * comparison over any corpus.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellPython, scanNotebook } from '../../../src/core/deps/notebook.js';
import { scanPython } from '../../../src/core/deps/python.js';
import { tokenize, type Token } from '../../../src/core/deps/tokens.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = join(here, 'fixtures', 'python');
const script = join(here, '..', '..', '..', 'scripts', 'verify-imports.py');
const python = process.env.PYTHON ?? 'python3';

const version = spawnSync(python, ['-c', 'import sys; print(sys.version_info[1])'], {
  encoding: 'utf8',
});
const minor = version.status === 0 ? Number(version.stdout.trim()) : undefined;

interface Source {
  readonly name: string;
  readonly text: string;
}

type Answer = { records: unknown[][]; tokens: unknown[][]; inner: boolean } | { error: string };

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

function sources(): Source[] {
  const out: Source[] = [];
  for (const path of files(fixtures).sort()) {
    const name = relative(fixtures, path);
    if (name.startsWith('py312') && (minor === undefined || minor < 12)) continue;
    const text = readFileSync(path, 'utf8');
    if (!name.endsWith('.ipynb')) {
      out.push({ name, text });
      continue;
    }
    const notebook = JSON.parse(text) as { cells: { cell_type: string; source: string[] }[] };
    notebook.cells.forEach((cell, index) => {
      const code =
        cell.cell_type === 'code' ? cellPython([cell.source].flat().join('')) : undefined;
      if (code !== undefined) out.push({ name: `${name}#${index + 1}`, text: code });
    });
  }
  return out;
}

function tokenRecords(
  tokens: readonly Token[],
  inner: boolean,
  out: unknown[][] = [],
): unknown[][] {
  for (const token of tokens) {
    if (token.kind === 'newline') {
      out.push(['newline', token.line, '', null]);
      continue;
    }
    out.push([token.kind, token.line, token.text, token.value ?? null]);
    if (inner && token.inner !== undefined) {
      out.push(['{']);
      tokenRecords(token.inner, inner, out);
      out.push(['}']);
    }
  }
  while (out[out.length - 1]?.[0] === 'newline') out.pop();
  return out;
}

function importRecords(text: string): string[] {
  const scan = scanPython(text);
  return [
    ...scan.imports.map((i) =>
      JSON.stringify([i.kind, i.line, i.level, i.module, i.names, i.package ?? null]),
    ),
    ...scan.unresolved.map((u) => JSON.stringify(['unresolved', u.line, u.reason])),
  ].sort();
}

const rows = minor === undefined ? [] : sources();
const each =
  rows.length === 0 ? describe.skip.each([{ name: 'no CPython', text: '' }]) : describe.each(rows);

each('$name', (source) => {
  let answer: Answer | undefined;
  function cpython(): Exclude<Answer, { error: string }> {
    if (answer === undefined) {
      const run = spawnSync(python, [script], {
        input: JSON.stringify([source]),
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      answer = (JSON.parse(run.stdout) as Record<string, Answer>)[source.name];
    }
    if (answer === undefined || 'error' in answer) {
      throw new Error(`CPython cannot parse the fixture: ${answer?.error ?? 'no answer'}`);
    }
    return answer;
  }

  test('the same imports as CPython', () => {
    const expected = cpython()
      .records.map((r) => JSON.stringify(r))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(importRecords(source.text)).toEqual(expected);
  });

  test('the same tokens as CPython', () => {
    const expected = cpython();
    expect(tokenRecords(tokenize(source.text), expected.inner)).toEqual(expected.tokens);
  });
});

test('the fixtures hold what they are meant to', () => {
  const forms = scanPython(readFileSync(join(fixtures, 'forms.py'), 'utf8'));
  expect(forms.imports.length).toBeGreaterThan(30);
  expect(forms.unresolved.map((u) => u.reason)).toEqual([
    'the module name is computed',
    'the module name is computed',
    'a relative name without a package',
    'the module name is computed',
  ]);
  const notebook = scanNotebook(readFileSync(join(fixtures, 'training.ipynb'), 'utf8'));
  expect(notebook.imports.map((i) => `${i.cell}:${i.line} ${i.module}`)).toEqual([
    '2:4 numpy',
    '2:5 model',
    '3:4 utils.schedule',
    '5:1 importlib',
  ]);
  expect(notebook.unresolved.map((u) => `${u.cell}:${u.line}`)).toEqual(['5:2']);
});
