/**
 * Every import of a Python file or notebook, with its line: `import`
 * statements, `from … import` statements (relative ones too), wherever they
 * stand (in functions, classes, `if TYPE_CHECKING:`, `try:`), and calls of
 * `importlib.import_module` and `__import__` with literal arguments. A call
 * whose module name is computed is reported as unresolved, never dropped.
 * Read from tokens (./tokens.ts), not from lines. Pure.
 */
import { clip } from '../format.js';
import { tokenize, type Token } from './tokens.js';

/** How an import was written. */
export type ImportKind = 'import' | 'from' | 'call';

/** The package a relative name of a call is resolved against. */
export type CallPackage =
  /** A literal package name: `import_module('.x', package='a.b')`. */
  | string
  /** The importing module's package (`package=__package__`, `__import__(…, level=1)`). */
  | { readonly current: 'package' }
  /** The importing module's own name (`package=__name__`). */
  | { readonly current: 'name' };

export interface PythonImport {
  readonly kind: ImportKind;
  /**
   * The module named, without leading dots: `a.b` for `import a.b`,
   * `from a.b import c` and `from ..a.b import c`; empty for `from . import c`.
   */
  readonly module: string;
  /** The leading dots of a relative name; 0 when absolute. */
  readonly level: number;
  /**
   * What `from` imports from the module (each may be a submodule or a name;
   * `*` for a star import), or the literal `fromlist` of `__import__`.
   */
  readonly names: readonly string[];
  /**
   * For a call with a relative name: what it is relative to. Statements are
   * always relative to the importing module's package.
   */
  readonly package?: CallPackage;
  /** 1-based line of the statement (or of the call), within its cell for a notebook. */
  readonly line: number;
  /** For a notebook: the 1-based number of the cell among all its cells. */
  readonly cell?: number;
}

/** An import whose module cannot be known without running the code. */
export interface UnresolvedImport {
  readonly line: number;
  readonly cell?: number;
  /** The call as written, on one line, shortened when long. */
  readonly text: string;
  /** Why it cannot be resolved, in words. */
  readonly reason: string;
}

export interface ImportScan {
  readonly imports: readonly PythonImport[];
  readonly unresolved: readonly UnresolvedImport[];
  /** Set when the file could not be read as what its name says (a notebook that is not JSON). */
  readonly error?: string;
}

const MAX_TEXT = 120;

function isOp(token: Token | undefined, text: string): boolean {
  return token !== undefined && token.kind === 'op' && token.text === text;
}

function isName(token: Token | undefined, text?: string): token is Token {
  return (
    token !== undefined && token.kind === 'name' && (text === undefined || token.text === text)
  );
}

/** Whether a statement may start at `tokens[i]`. */
function statementStart(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (previous === undefined || previous.kind === 'newline') return true;
  if (previous.kind !== 'op') return false;
  // `;` between statements, and the `:` of a compound statement's header
  // (`if x: import y`); a `:` inside brackets is a slice, dict or lambda.
  return previous.text === ';' || (previous.text === ':' && previous.depth === 0);
}

/** Reads `a.b.c` at `tokens[i]`: the name and the index after it, or undefined. */
function dottedName(tokens: readonly Token[], i: number): [string, number] | undefined {
  const first = tokens[i];
  if (!isName(first)) return undefined;
  let name = first.text;
  let j = i + 1;
  while (isOp(tokens[j], '.') && isName(tokens[j + 1])) {
    name += `.${tokens[j + 1]?.text ?? ''}`;
    j += 2;
  }
  return [name, j];
}

/** Skips `as name` at `tokens[j]`. */
function skipAlias(tokens: readonly Token[], j: number): [string | undefined, number] {
  if (isName(tokens[j], 'as') && isName(tokens[j + 1])) return [tokens[j + 1]?.text, j + 2];
  return [undefined, j];
}

/** What the statements of a token stream import, and the names they bind to importlib. */
interface Statements {
  readonly imports: PythonImport[];
  /** Names bound to the importlib module (`import importlib`, `import importlib as il`). */
  readonly importlib: Set<string>;
  /** Names bound to importlib.import_module (`from importlib import import_module as im`). */
  readonly importModule: Set<string>;
}

function readStatements(tokens: readonly Token[]): Statements {
  const found: Statements = {
    imports: [],
    importlib: new Set(['importlib']),
    importModule: new Set(),
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'name' || !statementStart(tokens, i)) continue;
    if (token.text === 'import') i = readImport(tokens, i, found) - 1;
    else if (token.text === 'from') i = readFrom(tokens, i, found) - 1;
  }
  return found;
}

/** `import a.b as c, d` at `tokens[i]`; returns the index after it. */
function readImport(tokens: readonly Token[], i: number, found: Statements): number {
  const line = (tokens[i] as Token).line;
  let j = i + 1;
  for (;;) {
    const read = dottedName(tokens, j);
    if (read === undefined) return j;
    const [module, after] = read;
    const [alias, next] = skipAlias(tokens, after);
    found.imports.push({ kind: 'import', module, level: 0, names: [], line });
    if (module === 'importlib' && alias !== undefined) found.importlib.add(alias);
    j = next;
    if (!isOp(tokens[j], ',')) return j;
    j++;
  }
}

/** `from ..a import (b as c, d)` at `tokens[i]`; returns the index after it. */
function readFrom(tokens: readonly Token[], i: number, found: Statements): number {
  const line = (tokens[i] as Token).line;
  let j = i + 1;
  let level = 0;
  for (;;) {
    const token = tokens[j];
    if (isOp(token, '.')) level += 1;
    else if (isOp(token, '...')) level += 3;
    else break;
    j++;
  }
  let module = '';
  const read = dottedName(tokens, j);
  if (read !== undefined && read[0] !== 'import') [module, j] = read;
  if (!isName(tokens[j], 'import') || (module === '' && level === 0)) return j;
  j++;
  const names: string[] = [];
  if (isOp(tokens[j], '*')) {
    names.push('*');
    j++;
  } else {
    const parenthesized = isOp(tokens[j], '(');
    if (parenthesized) j++;
    for (;;) {
      const name = tokens[j];
      if (!isName(name)) break;
      const [alias, next] = skipAlias(tokens, j + 1);
      names.push(name.text);
      if (module === 'importlib' && level === 0 && name.text === 'import_module') {
        found.importModule.add(alias ?? name.text);
      }
      j = next;
      if (!isOp(tokens[j], ',')) break;
      j++;
    }
    if (parenthesized && isOp(tokens[j], ')')) j++;
  }
  found.imports.push({ kind: 'from', module, level, names, line });
  return j;
}

/** The arguments of a call whose `(` is at `tokens[open]`, and the index of its `)`. */
function callArguments(tokens: readonly Token[], open: number): [Token[][], number] {
  const args: Token[][] = [];
  const base = (tokens[open] as Token).depth + 1;
  let current: Token[] = [];
  let j = open + 1;
  for (; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (token.depth < base) break;
    if (token.depth === base && isOp(token, ',')) {
      args.push(current);
      current = [];
    } else if (token.kind !== 'newline') {
      current.push(token);
    }
  }
  if (current.length > 0) args.push(current);
  return [args, j];
}

/** The value of an argument made of string literals only (`'a' 'b'`, `('a')`), or undefined. */
function literalString(arg: readonly Token[]): string | undefined {
  let parts = arg;
  while (parts.length >= 2 && isOp(parts[0], '(') && isOp(parts[parts.length - 1], ')')) {
    parts = parts.slice(1, -1);
  }
  if (parts.length === 0) return undefined;
  let value = '';
  for (const part of parts) {
    if (part.kind !== 'string' || part.value === undefined) return undefined;
    value += part.value;
  }
  return value;
}

/**
 * A literal sequence of string literals (`['a', 'b']`, `('a',)`), `None` or
 * `()` as the empty list; undefined when anything in it is computed.
 */
function literalNames(arg: readonly Token[]): string[] | undefined {
  if (arg.length === 1 && isName(arg[0], 'None')) return [];
  const open = arg[0];
  const close = arg[arg.length - 1];
  if (open === undefined || close === undefined || arg.length < 2) return undefined;
  const pairs: Readonly<Record<string, string>> = { '(': ')', '[': ']' };
  if (open.kind !== 'op' || pairs[open.text] !== close.text) return undefined;
  const names: string[] = [];
  let item: Token[] = [];
  for (const token of [...arg.slice(1, -1), undefined]) {
    if (token === undefined || (isOp(token, ',') && token.depth === open.depth + 1)) {
      if (item.length > 0) {
        const value = literalString(item);
        if (value === undefined) return undefined;
        names.push(value);
      }
      item = [];
    } else {
      item.push(token);
    }
  }
  return names;
}

/** A literal non-negative integer argument. */
function literalInteger(arg: readonly Token[]): number | undefined {
  const token = arg[0];
  if (arg.length !== 1 || token?.kind !== 'number' || !/^\d+$/.test(token.text)) return undefined;
  return Number(token.text);
}

/** Positional and keyword arguments by name, following a signature's parameter names. */
function bindArguments(
  args: readonly (readonly Token[])[],
  parameters: readonly string[],
): Map<string, readonly Token[]> | undefined {
  const bound = new Map<string, readonly Token[]>();
  let position = 0;
  for (const arg of args) {
    if (isOp(arg[0], '*') || isOp(arg[0], '**')) return undefined;
    if (isName(arg[0]) && isOp(arg[1], '=')) {
      bound.set(arg[0].text, arg.slice(2));
    } else {
      const name = parameters[position++];
      if (name !== undefined) bound.set(name, arg);
    }
  }
  return bound;
}

/** The package argument of import_module: a literal, `__name__`, `__package__`, or undefined. */
function packageArgument(arg: readonly Token[] | undefined): CallPackage | undefined {
  if (arg === undefined) return undefined;
  if (arg.length === 1 && isName(arg[0], '__package__')) return { current: 'package' };
  if (arg.length === 1 && isName(arg[0], '__name__')) return { current: 'name' };
  return literalString(arg);
}

interface CallSite {
  /** Index of the first token of the callee, and of its `(`. */
  readonly start: number;
  readonly open: number;
  readonly builtin: boolean;
}

/** Calls of import_module (through the names bound to it) and of `__import__`. */
function callSites(tokens: readonly Token[], found: Statements): CallSite[] {
  const sites: CallSite[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'name') continue;
    const previous = tokens[i - 1];
    if (isOp(previous, '.') || isName(previous, 'def') || isName(previous, 'class')) continue;
    if (
      found.importlib.has(token.text) &&
      isOp(tokens[i + 1], '.') &&
      isName(tokens[i + 2], 'import_module') &&
      isOp(tokens[i + 3], '(')
    ) {
      sites.push({ start: i, open: i + 3, builtin: false });
    } else if (isOp(tokens[i + 1], '(')) {
      if (found.importModule.has(token.text)) sites.push({ start: i, open: i + 1, builtin: false });
      else if (token.text === '__import__') sites.push({ start: i, open: i + 1, builtin: true });
    }
  }
  return sites;
}

/** The source of a call, on one line, shortened. */
function callText(source: string, start: Token, end: Token | undefined): string {
  const text = source
    .slice(start.start, end?.end ?? source.length)
    .replace(/\s+/g, ' ')
    .trim();
  return clip(text, MAX_TEXT);
}

/** Splits `..a.b` into its level and name. */
function relativeName(name: string): [number, string] {
  let level = 0;
  while (name.charAt(level) === '.') level++;
  return [level, name.slice(level)];
}

const IMPORT_MODULE_PARAMETERS = ['name', 'package'];
const DUNDER_IMPORT_PARAMETERS = ['name', 'globals', 'locals', 'fromlist', 'level'];

/** One call: an import, an unresolved import, or both (a known module with a computed fromlist). */
function readCall(
  tokens: readonly Token[],
  site: CallSite,
  source: string,
  imports: PythonImport[],
  unresolved: UnresolvedImport[],
): void {
  const [args, close] = callArguments(tokens, site.open);
  const first = tokens[site.start] as Token;
  const line = first.line;
  const text = callText(source, first, tokens[close]);
  const miss = (reason: string): void => {
    unresolved.push({ line, text, reason });
  };
  const bound = bindArguments(
    args,
    site.builtin ? DUNDER_IMPORT_PARAMETERS : IMPORT_MODULE_PARAMETERS,
  );
  const nameArg = bound?.get('name');
  const name = nameArg === undefined ? undefined : literalString(nameArg);
  if (bound === undefined || name === undefined) {
    miss('the module name is computed');
    return;
  }
  if (!site.builtin) {
    const [level, module] = relativeName(name);
    if (level === 0) {
      imports.push({ kind: 'call', module, level, names: [], line });
      return;
    }
    const pkg = packageArgument(bound.get('package'));
    if (pkg === undefined) {
      miss(
        bound.has('package')
          ? 'the package of a relative name is computed'
          : 'a relative name without a package',
      );
      return;
    }
    imports.push({ kind: 'call', module, level, names: [], package: pkg, line });
    return;
  }
  const levelArg = bound.get('level');
  const level = levelArg === undefined ? 0 : literalInteger(levelArg);
  if (level === undefined) {
    miss('the level is computed');
    return;
  }
  const fromlistArg = bound.get('fromlist');
  const names = fromlistArg === undefined ? [] : literalNames(fromlistArg);
  const call: PythonImport =
    level > 0
      ? {
          kind: 'call',
          module: name,
          level,
          names: names ?? [],
          package: { current: 'package' },
          line,
        }
      : { kind: 'call', module: name, level, names: names ?? [], line };
  imports.push(call);
  if (names === undefined) miss('the fromlist is computed');
}

/**
 * Calls that run code the way an import does, but from a string or a file:
 * `exec(…)`, `execfile(…)`, `runpy.run_path(…)` (a path relative to the
 * working directory, not to the file), and `runpy.run_module(…)`, which
 * imports a module like `import_module` when its name is a literal.
 */
function readCodeRuns(
  tokens: readonly Token[],
  source: string,
  imports: PythonImport[],
  unresolved: UnresolvedImport[],
): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'name') continue;
    const previous = tokens[i - 1];
    if (isOp(previous, '.') || isName(previous, 'def') || isName(previous, 'class')) continue;
    let open: number;
    let runpy: string | undefined;
    if ((token.text === 'exec' || token.text === 'execfile') && isOp(tokens[i + 1], '(')) {
      open = i + 1;
    } else if (
      token.text === 'runpy' &&
      isOp(tokens[i + 1], '.') &&
      (isName(tokens[i + 2], 'run_path') || isName(tokens[i + 2], 'run_module')) &&
      isOp(tokens[i + 3], '(')
    ) {
      open = i + 3;
      runpy = tokens[i + 2]?.text;
    } else continue;
    const [args, close] = callArguments(tokens, open);
    const line = token.line;
    const first = args[0];
    const module = runpy === 'run_module' && first !== undefined ? literalString(first) : undefined;
    if (module !== undefined && !module.startsWith('.')) {
      imports.push({ kind: 'call', module, level: 0, names: [], line });
      continue;
    }
    unresolved.push({
      line,
      text: callText(source, token, tokens[close]),
      reason: 'it runs code the scanner does not follow: put the files it runs in a filter',
    });
  }
}

/** Calls in a token stream and, recursively, in the replacement fields of its f-strings. */
function readCalls(
  tokens: readonly Token[],
  found: Statements,
  source: string,
  imports: PythonImport[],
  unresolved: UnresolvedImport[],
): void {
  for (const site of callSites(tokens, found)) readCall(tokens, site, source, imports, unresolved);
  readCodeRuns(tokens, source, imports, unresolved);
  for (const token of tokens) {
    if (token.inner !== undefined && token.inner.length > 0) {
      readCalls(token.inner, found, source, imports, unresolved);
    }
  }
}

function byLine<T extends { readonly line: number }>(a: T, b: T): number {
  return a.line - b.line;
}

/** The imports of Python source text. */
export function scanPython(source: string): ImportScan {
  const tokens = tokenize(source);
  const found = readStatements(tokens);
  const calls: PythonImport[] = [];
  const unresolved: UnresolvedImport[] = [];
  readCalls(tokens, found, source, calls, unresolved);
  // Statements in the order written, calls among them by line (stable).
  const imports = [...found.imports, ...calls].sort(byLine);
  return { imports, unresolved: unresolved.sort(byLine) };
}
