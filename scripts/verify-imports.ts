/**
 * Compares the imports src/core/deps/python.ts finds with those CPython's own
 * parser finds (scripts/verify-imports.py), over every `.py` file and every
 * notebook code cell of the folders and git repositories given: a folder is
 * walked, a git directory (a bare repository or a mirror) is read at HEAD.
 * Prints the counts and each disagreement; exits 1 when there is any.
 *
 *   node scripts/verify-imports.mjs <folder | git dir>...   (PYTHON picks the interpreter)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { cellPython } from '../src/core/deps/notebook.js';
import { scanPython, type ImportScan } from '../src/core/deps/python.js';
import { tokenize, type Token } from '../src/core/deps/tokens.js';

interface Source {
  /** Where the text comes from: `repo:path`, with `#cell N` for a notebook cell. */
  readonly name: string;
  readonly text: string;
}

type PythonRecord =
  | [
      kind: 'import' | 'from' | 'call',
      line: number,
      level: number,
      module: string,
      names: string[],
      pkg: unknown,
    ]
  | [kind: 'unresolved', line: number, reason: string];

type TokenRecord =
  [kind: string, line: number, text: string, value: string | null] | [brace: string];

type PythonAnswer =
  { records: PythonRecord[]; tokens: TokenRecord[]; inner: boolean } | { error: string };

/** Sources sent to Python at a time. */
const BATCH = 200;

const SKIP_FOLDERS = new Set(['.git', 'node_modules', '__pycache__', '.tox', '.venv', 'venv']);
const root = resolve(process.env.VERIFY_ROOT ?? process.cwd());
const python = process.env.PYTHON ?? 'python3';

function isGitDir(path: string): boolean {
  return existsSync(join(path, 'HEAD')) && existsSync(join(path, 'objects'));
}

function wanted(path: string): boolean {
  return path.endsWith('.py') || path.endsWith('.ipynb');
}

/** UTF-8 text, or undefined for bytes that are not UTF-8 (Python would need their coding cookie). */
function utf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function walk(folder: string, base: string, out: [string, Buffer][]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_FOLDERS.has(entry.name)) walk(path, base, out);
    } else if (entry.isFile() && wanted(entry.name)) {
      out.push([relative(base, path), readFileSync(path)]);
    }
  }
}

/** The wanted files of a git directory at HEAD, read with one `git cat-file --batch`. */
function gitFiles(gitDir: string): [string, Buffer][] {
  const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', 'HEAD'], {
    maxBuffer: 1 << 30,
  }).toString('utf8');
  const blobs: [string, string][] = [];
  for (const line of listing.split('\0')) {
    const tab = line.indexOf('\t');
    const [, type, sha] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    if (type === 'blob' && sha !== undefined && wanted(path)) blobs.push([path, sha]);
  }
  if (blobs.length === 0) return [];
  const batch = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: blobs.map(([, sha]) => sha).join('\n') + '\n',
    maxBuffer: 2 ** 31,
  });
  const out: [string, Buffer][] = [];
  let at = 0;
  for (const [path] of blobs) {
    const headerEnd = batch.stdout.indexOf(0x0a, at);
    const size = Number(batch.stdout.subarray(at, headerEnd).toString().split(' ')[2]);
    out.push([path, batch.stdout.subarray(headerEnd + 1, headerEnd + 1 + size)]);
    at = headerEnd + 1 + size + 1;
  }
  return out;
}

/** A notebook's code cells as the scanner reads them (magics blanked), each a source of its own. */
function notebookCells(name: string, text: string): Source[] {
  let notebook: { cells?: { cell_type?: string; source?: string | string[] }[] };
  try {
    notebook = JSON.parse(text) as typeof notebook;
  } catch {
    return [];
  }
  const sources: Source[] = [];
  (notebook.cells ?? []).forEach((cell, index) => {
    if (cell.cell_type !== 'code') return;
    const source = Array.isArray(cell.source) ? cell.source.join('') : (cell.source ?? '');
    const code = cellPython(source);
    if (code !== undefined) sources.push({ name: `${name}#cell ${index + 1}`, text: code });
  });
  return sources;
}

function scannerRecords(scan: ImportScan): string[] {
  const records: string[] = scan.imports.map((found) =>
    JSON.stringify([
      found.kind,
      found.line,
      found.level,
      found.module,
      found.names,
      found.package ?? null,
    ]),
  );
  for (const miss of scan.unresolved) {
    records.push(JSON.stringify(['unresolved', miss.line, miss.reason]));
  }
  return records.sort();
}

/** The scanner's tokens in the form verify-imports.py writes CPython's. */
function tokenRecords(
  tokens: readonly Token[],
  inner: boolean,
  out: TokenRecord[] = [],
): TokenRecord[] {
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
  return out;
}

/** The first place two token lists differ, described; undefined when they are the same. */
function firstTokenDifference(
  expected: readonly TokenRecord[],
  actual: readonly TokenRecord[],
): string | undefined {
  const trimmed = [...actual];
  while (trimmed[trimmed.length - 1]?.[0] === 'newline') trimmed.pop();
  const n = Math.max(expected.length, trimmed.length);
  for (let i = 0; i < n; i++) {
    const a = JSON.stringify(expected[i] ?? null);
    const b = JSON.stringify(trimmed[i] ?? null);
    if (a !== b) return `token ${i}: CPython ${a}, scanner ${b}`;
  }
  return undefined;
}

/** Records in `a` and not in `b`, as multisets. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const r of b) left.set(r, (left.get(r) ?? 0) + 1);
  const out: string[] = [];
  for (const r of a) {
    const n = left.get(r) ?? 0;
    if (n > 0) left.set(r, n - 1);
    else out.push(r);
  }
  return out;
}

function main(): number {
  const targets = process.argv.slice(2);
  if (targets.length === 0) {
    console.error('Usage: node scripts/verify-imports.mjs <folder | git dir>...');
    return 2;
  }
  const sources: Source[] = [];
  let undecodable = 0;
  let files = 0;
  for (const target of targets) {
    const path = resolve(root, target);
    const label = relative(root, path) || '.';
    const found: [string, Buffer][] = [];
    if (isGitDir(path)) found.push(...gitFiles(path));
    else if (statSync(path).isDirectory()) walk(path, path, found);
    else found.push([label, readFileSync(path)]);
    for (const [file, bytes] of found) {
      const text = utf8(bytes);
      if (text === undefined) {
        undecodable++;
        continue;
      }
      files++;
      const name = `${label}:${file}`;
      if (file.endsWith('.ipynb')) sources.push(...notebookCells(name, text));
      else sources.push({ name, text });
    }
  }
  const answers: Record<string, PythonAnswer> = {};
  for (let at = 0; at < sources.length; at += BATCH) {
    const run = spawnSync(python, [join(root, 'scripts/verify-imports.py')], {
      input: JSON.stringify(sources.slice(at, at + BATCH)),
      maxBuffer: 2 ** 31,
    });
    if (run.status !== 0) {
      console.error(run.stderr.toString());
      return 2;
    }
    Object.assign(answers, JSON.parse(run.stdout.toString()) as Record<string, PythonAnswer>);
  }
  const counts = { sources: 0, rejected: 0, statements: 0, calls: 0, unresolved: 0, tokens: 0 };
  const disagreements: string[] = [];
  const tokenDisagreements: string[] = [];
  const rejected: string[] = [];
  let inner = false;
  for (const source of sources) {
    const answer = answers[source.name];
    if (answer === undefined || 'error' in answer) {
      counts.rejected++;
      rejected.push(`${source.name}: ${answer?.error ?? 'no answer'}`);
      continue;
    }
    counts.sources++;
    counts.tokens += answer.tokens.length;
    inner = answer.inner;
    const expected = answer.records.map((r) => JSON.stringify(r)).sort();
    for (const r of answer.records) {
      if (r[0] === 'unresolved') counts.unresolved++;
      else if (r[0] === 'call') counts.calls++;
      else counts.statements++;
    }
    const actual = scannerRecords(scanPython(source.text));
    const missing = minus(expected, actual);
    const extra = minus(actual, expected);
    for (const r of missing) disagreements.push(`${source.name}: CPython only ${r}`);
    for (const r of extra) disagreements.push(`${source.name}: scanner only ${r}`);
    const difference = firstTokenDifference(
      answer.tokens,
      tokenRecords(tokenize(source.text), answer.inner),
    );
    if (difference !== undefined) tokenDisagreements.push(`${source.name}: ${difference}`);
  }
  console.log(`targets: ${targets.length}`);
  console.log(`files: ${files} (.py and .ipynb; ${undecodable} not UTF-8, left out)`);
  console.log(`sources compared: ${counts.sources} (files and notebook code cells)`);
  console.log(`sources CPython ${python} rejects (left out): ${counts.rejected}`);
  for (const r of rejected.slice(0, 20)) console.log(`  ${r}`);
  console.log(`import statements (one per module of \`import a, b\`): ${counts.statements}`);
  console.log(`import_module/__import__ calls with literal names: ${counts.calls}`);
  console.log(`unresolved (computed) calls: ${counts.unresolved}`);
  console.log(`disagreements on imports: ${disagreements.length}`);
  for (const d of disagreements.slice(0, 200)) console.log(`  ${d}`);
  const what = inner ? 'tokens, f-string fields included' : 'tokens (f-strings whole)';
  console.log(`${what}: ${counts.tokens}`);
  console.log(`files whose tokens differ: ${tokenDisagreements.length}`);
  for (const d of tokenDisagreements.slice(0, 100)) console.log(`  ${d}`);
  return disagreements.length === 0 && tokenDisagreements.length === 0 ? 0 : 1;
}

process.exitCode = main();
