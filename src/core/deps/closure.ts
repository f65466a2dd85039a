/**
 * The import closure of training entry points: every repository file the
 * entry points load through local Python imports, each with the chain of
 * files that reached it, the imports that cannot be resolved without running
 * the code, and the entry points that do not exist (which the caller must
 * turn into a failure, never into a smaller closure).
 *
 * File contents are asked for only as the closure reaches them, a level of
 * the search at a time, so a caller that fetches them over the network reads
 * no more than needed; parses are cached by content across calls, so a
 * backtest over many commits parses each version of a file once. Pure.
 */
import { Minimatch } from 'minimatch';
import { GLOB_OPTIONS } from '../filters/glob.js';
import { DepsError } from './errors.js';
import { FileIndex, folderOf, joinPath } from './paths.js';
import { scanImports } from './notebook.js';
import type { ImportScan, PythonImport } from './python.js';
import type { PackageLayout } from './pyproject.js';
import { ModuleResolver, moduleNameOf, type ModuleFile, type SearchPath } from './resolve.js';

/** What the closure reads: the commit's file list and, on demand, a file's text. */
export interface ProjectFiles {
  /** Every file of the commit (repository-relative, `/`-separated), or an index of them. */
  readonly files: readonly string[] | FileIndex;
  /**
   * A file's text; undefined when it cannot be read. May return a promise, so
   * contents can be fetched as the closure reaches them.
   */
  read(path: string): string | undefined | Promise<string | undefined>;
  /**
   * The identity of a file's content (a git blob id), when known without
   * reading it: a parse cached under it is used and the file is not read.
   */
  contentKey?(path: string): string | undefined;
}

/** A training entry point. */
export type EntryPoint =
  /** A script (`train.py`) or notebook, relative to `cwd` (the repository root when not given). */
  | { readonly kind: 'file'; readonly path: string; readonly cwd?: string }
  /** Every file a glob matches (`scripts/train_*.py`). */
  | { readonly kind: 'glob'; readonly pattern: string }
  /** A module run with `python -m`, from `cwd` (which Python puts first on its path). */
  | { readonly kind: 'module'; readonly module: string; readonly cwd?: string };

const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const GLOB_MAGIC = /[*?[\]{}]/;
const PYTHON_FILE = /\.(?:py|pyw|ipynb)$/i;

/**
 * An entry point as a user writes one: `python -m pkg.train` or `-m
 * pkg.train` (a module), a glob, a path (with a `/` or a `.py`/`.ipynb`
 * ending, `python` before it or not), or else a dotted module name.
 */
export function parseEntryPoint(text: string): EntryPoint {
  const module = /^(?:(?:python[\d.]*|py)\s+)?-m\s+(\S+)$/.exec(text.trim());
  if (module !== null) return { kind: 'module', module: module[1] as string };
  // `python train.py` is the script.
  const trimmed = text.trim().replace(/^(?:python[\d.]*|py)\s+(?=\S+$)/, '');
  if (trimmed === '') throw new DepsError('an entry point is empty');
  if (GLOB_MAGIC.test(trimmed)) return { kind: 'glob', pattern: trimmed.replace(/^\.\//, '') };
  if (trimmed.includes('/') || PYTHON_FILE.test(trimmed) || !DOTTED.test(trimmed)) {
    return { kind: 'file', path: trimmed };
  }
  return { kind: 'module', module: trimmed };
}

/** How an entry point is shown in messages and chains. */
export function describeEntryPoint(entry: EntryPoint): string {
  const cwd = entry.kind !== 'glob' && entry.cwd ? ` (in ${entry.cwd}/)` : '';
  if (entry.kind === 'module') return `python -m ${entry.module}${cwd}`;
  return (entry.kind === 'file' ? entry.path : entry.pattern) + cwd;
}

/** Why a repository file is in the closure. */
export interface Dependency {
  readonly path: string;
  /** The entry point whose closure reached it first, as describeEntryPoint shows it. */
  readonly entry: string;
  /** The files from the entry point's file to this one, both included. */
  readonly chain: readonly string[];
  /** The import in the file before this one that loads it; undefined for an entry point's own files. */
  readonly via?: {
    readonly line: number;
    readonly cell?: number;
    /** The module as written, with its leading dots. */
    readonly module: string;
  };
}

/** An import the closure cannot follow: computed, relative beyond its package, missing. */
export interface ClosureIssue {
  readonly file: string;
  /** 1-based; 0 when the issue is the whole file (it could not be read). */
  readonly line: number;
  readonly cell?: number;
  /** What is written there, on one line. */
  readonly text: string;
  readonly reason: string;
}

/** An entry point that names nothing: the caller must fail rather than check less. */
export interface MissingEntryPoint {
  readonly entry: string;
  readonly reason: string;
}

export interface ImportClosure {
  /** Every file in the closure (entry points' own files included), in the order reached. */
  readonly files: readonly Dependency[];
  /** Per entry point, the files it starts from. */
  readonly entries: readonly { readonly entry: string; readonly files: readonly string[] }[];
  readonly issues: readonly ClosureIssue[];
  readonly missing: readonly MissingEntryPoint[];
  /** Files read, and files parsed (not found in the cache), by this call. */
  readonly reads: number;
  readonly parses: number;
}

/** Parses by content, shared across calls (one per backtest, say). */
export class ImportCache {
  readonly #scans = new Map<string, ImportScan>();
  /** At most this many parses are kept; the oldest go first. */
  readonly limit: number;

  constructor(limit = 50_000) {
    this.limit = limit;
  }

  get size(): number {
    return this.#scans.size;
  }

  get(key: string): ImportScan | undefined {
    return this.#scans.get(key);
  }

  set(key: string, scan: ImportScan): void {
    if (this.#scans.size >= this.limit) {
      const oldest = this.#scans.keys().next();
      if (oldest.done !== true) this.#scans.delete(oldest.value);
    }
    this.#scans.set(key, scan);
  }
}

export interface ClosureOptions {
  /**
   * Folders searched for top-level modules after the entry point's own folder
   * (or, for `python -m`, its working folder); '' is the repository root.
   * Default: the root and `src`.
   */
  readonly roots?: readonly string[];
  /** Package layouts (from pyproject.toml, see pyprojectLayout) whose roots are searched too. */
  readonly layouts?: readonly PackageLayout[];
  /** Count `.pyi` stubs as dependencies too. */
  readonly stubs?: boolean;
  /** A cache of parses to share across calls. */
  readonly cache?: ImportCache;
}

export const DEFAULT_ROOTS: readonly string[] = Object.freeze(['', 'src']);

/** Whether a file an entry point names is read as Python. */
function isPythonEntry(path: string, text: string | undefined): boolean {
  if (PYTHON_FILE.test(path)) return true;
  if (/\.[^/]*$/.test(path.slice(path.lastIndexOf('/') + 1))) return false;
  return text !== undefined && /^#![^\n]*python/.test(text);
}

/** An import as written, on one line. */
function importText(found: PythonImport): string {
  const name = '.'.repeat(found.level) + found.module;
  if (found.kind === 'from') return `from ${name} import ${found.names.join(', ')}`;
  if (found.kind === 'import') return `import ${name}`;
  return `import of ${name}`;
}

interface Node {
  readonly file: ModuleFile;
  readonly dependency: Dependency;
  /**
   * Whether the file is read as Python: every imported file is; an entry
   * point file without a Python ending is when its first line says so.
   */
  readonly python: boolean | 'maybe';
}

class ClosureRun {
  readonly #project: ProjectFiles;
  readonly #index: FileIndex;
  readonly #options: ClosureOptions;
  readonly #cache: ImportCache;
  /** This call's scans by path (undefined: could not be read). */
  readonly #scans = new Map<string, ImportScan | undefined>();
  readonly #texts = new Map<string, string | undefined>();
  readonly #resolvers = new Map<string, ModuleResolver>();
  readonly files = new Map<string, Dependency>();
  readonly entries: { entry: string; files: string[] }[] = [];
  readonly issues = new Map<string, ClosureIssue>();
  readonly missing: MissingEntryPoint[] = [];
  reads = 0;
  parses = 0;

  constructor(project: ProjectFiles, options: ClosureOptions) {
    this.#project = project;
    this.#index = project.files instanceof FileIndex ? project.files : new FileIndex(project.files);
    this.#options = options;
    this.#cache = options.cache ?? new ImportCache();
  }

  #searchPath(first: string): SearchPath {
    const roots = [first, ...(this.#options.roots ?? DEFAULT_ROOTS)];
    const packageDirs = new Map<string, string>();
    for (const layout of this.#options.layouts ?? []) {
      roots.push(...layout.roots);
      for (const [name, folder] of layout.packageDirs) {
        if (!packageDirs.has(name)) packageDirs.set(name, folder);
      }
    }
    return { roots: [...new Set(roots)], packageDirs, stubs: this.#options.stubs === true };
  }

  #resolver(path: SearchPath): ModuleResolver {
    const key = JSON.stringify([path.roots, [...(path.packageDirs ?? [])]]);
    let resolver = this.#resolvers.get(key);
    if (resolver === undefined) {
      resolver = new ModuleResolver(this.#index, path);
      this.#resolvers.set(key, resolver);
    }
    return resolver;
  }

  #issue(issue: ClosureIssue): void {
    const key = JSON.stringify([issue.file, issue.line, issue.cell, issue.text, issue.reason]);
    if (!this.issues.has(key)) this.issues.set(key, issue);
  }

  async #text(path: string): Promise<string | undefined> {
    if (this.#texts.has(path)) return this.#texts.get(path);
    this.reads++;
    const text = await this.#project.read(path);
    this.#texts.set(path, text);
    return text;
  }

  /** The scans of files not scanned yet in this call: from the cache, or read and parsed. */
  async #scanAll(paths: readonly string[]): Promise<void> {
    const wanted = [...new Set(paths)].filter((path) => !this.#scans.has(path));
    await Promise.all(
      wanted.map(async (path) => {
        const key = this.#project.contentKey?.(path);
        const kind = path.toLowerCase().endsWith('.ipynb') ? 'notebook' : 'python';
        const cached = key === undefined ? undefined : this.#cache.get(`${kind}:${key}`);
        if (cached !== undefined) {
          this.#scans.set(path, cached);
          return;
        }
        const text = await this.#text(path);
        if (text === undefined) {
          this.#scans.set(path, undefined);
          return;
        }
        const cacheKey = key === undefined ? `${kind}\0${text}` : `${kind}:${key}`;
        let scan = this.#cache.get(cacheKey);
        if (scan === undefined) {
          this.parses++;
          scan = scanImports(path, text);
          this.#cache.set(cacheKey, scan);
        }
        this.#scans.set(path, scan);
      }),
    );
  }

  /** The files an entry point starts from, and its search path; records a missing one. */
  #start(entry: EntryPoint, label: string): [ModuleFile[], SearchPath][] {
    if (entry.kind === 'glob') {
      const matcher = new Minimatch(entry.pattern, GLOB_OPTIONS);
      const matched = this.#index.files.filter((file) => matcher.match(file));
      if (matched.length === 0) {
        this.missing.push({ entry: label, reason: 'the glob matches no file' });
      }
      return matched.map((path) => this.#fileStart(path));
    }
    if (entry.kind === 'file') {
      const path = joinPath(entry.cwd ?? '', entry.path);
      if (path === undefined || !this.#index.hasFile(path)) {
        this.missing.push({ entry: label, reason: 'no such file' });
        return [];
      }
      return [this.#fileStart(path)];
    }
    const path = this.#searchPath(entry.cwd ?? '');
    if (!DOTTED.test(entry.module)) {
      this.missing.push({ entry: label, reason: 'not a module name' });
      return [];
    }
    const resolver = this.#resolver(path);
    const found = resolver.resolve(entry.module);
    if (found.kind !== 'found' || found.files.length === 0) {
      this.missing.push({ entry: label, reason: 'no such module in the repository' });
      return [];
    }
    const files = [...found.files];
    if (found.locations.length > 0) {
      // `python -m pkg` runs pkg/__main__.py.
      const main = resolver.resolve(`${entry.module}.__main__`);
      if (main.kind !== 'found' || main.files.length <= files.length) {
        this.missing.push({ entry: label, reason: 'a package without __main__.py' });
        return [];
      }
      files.push(...main.files.slice(files.length));
    }
    return [[files, path]];
  }

  #fileStart(path: string): [ModuleFile[], SearchPath] {
    const folder = folderOf(path);
    const search = this.#searchPath(folder);
    // Its name in a package when a root other than its own folder holds it
    // (so that relative imports work as with `python -m`), else a top-level
    // name, as a script run directly has.
    const module =
      moduleNameOf(
        path,
        search.roots.filter((root) => root !== folder),
      ) ?? moduleNameOf(path, [folder]);
    return [[{ path, module: module ?? '' }], search];
  }

  /**
   * Scans the Python files of a level of the search: imported files and
   * Python entry points; another entry point file only when its first line
   * says python. Returns the paths whose imports are to be followed.
   */
  async #prepare(frontier: readonly Node[]): Promise<Set<string>> {
    const python = new Set<string>();
    for (const node of frontier) {
      const path = node.file.path;
      if (node.python === 'maybe' ? isPythonEntry(path, await this.#text(path)) : node.python) {
        python.add(path);
      }
    }
    await this.#scanAll([...python]);
    return python;
  }

  /** Follows the imports of one scanned file; returns the files they reach for the first time. */
  #follow(node: Node, resolver: ModuleResolver, seen: Set<string>): Node[] {
    const file = node.file.path;
    const scan = this.#scans.get(file);
    if (scan === undefined) {
      this.#issue({ file, line: 0, text: '', reason: 'the file could not be read' });
      return [];
    }
    if (scan.error !== undefined) this.#issue({ file, line: 0, text: '', reason: scan.error });
    for (const miss of scan.unresolved) this.#issue({ file, ...miss });
    const importer = { path: file, module: node.file.module === '' ? undefined : node.file.module };
    const next: Node[] = [];
    for (const found of scan.imports) {
      const targets = resolver.resolveImport(found, importer);
      const where =
        found.cell === undefined ? { line: found.line } : { line: found.line, cell: found.cell };
      for (const problem of targets.problems) {
        this.#issue({ file, ...where, text: importText(found), reason: problem.reason });
      }
      for (const target of targets.files) {
        if (seen.has(target.path)) continue;
        seen.add(target.path);
        const dependency: Dependency = {
          path: target.path,
          entry: node.dependency.entry,
          chain: [...node.dependency.chain, target.path],
          via: { ...where, module: '.'.repeat(found.level) + found.module },
        };
        next.push({ file: target, dependency, python: true });
      }
    }
    return next;
  }

  async add(entry: EntryPoint): Promise<void> {
    const label = describeEntryPoint(entry);
    const entryFiles: string[] = [];
    this.entries.push({ entry: label, files: entryFiles });
    for (const [files, path] of this.#start(entry, label)) {
      const resolver = this.#resolver(path);
      const seen = new Set<string>();
      let frontier: Node[] = files.map((file) => {
        entryFiles.push(file.path);
        seen.add(file.path);
        const dependency = { path: file.path, entry: label, chain: [file.path] };
        const python = entry.kind === 'module' || PYTHON_FILE.test(file.path) || 'maybe';
        return { file, dependency, python };
      });
      while (frontier.length > 0) {
        const python = await this.#prepare(frontier);
        const next: Node[] = [];
        for (const node of frontier) {
          if (!this.files.has(node.file.path)) this.files.set(node.file.path, node.dependency);
          if (python.has(node.file.path)) next.push(...this.#follow(node, resolver, seen));
        }
        frontier = next;
      }
    }
  }
}

/**
 * The repository files the entry points load through local imports, with
 * why each is there; what could not be followed; and the entry points that
 * name nothing. Strings are read with parseEntryPoint.
 */
export async function importClosure(
  project: ProjectFiles,
  entries: readonly (string | EntryPoint)[],
  options: ClosureOptions = {},
): Promise<ImportClosure> {
  const run = new ClosureRun(project, options);
  for (const entry of entries) {
    await run.add(typeof entry === 'string' ? parseEntryPoint(entry) : entry);
  }
  return {
    files: [...run.files.values()],
    entries: run.entries,
    issues: [...run.issues.values()],
    missing: run.missing,
    reads: run.reads,
    parses: run.parses,
  };
}

/** `train.py → model.py → utils/schedule.py`. */
export function formatChain(dependency: Dependency): string {
  return dependency.chain.join(' → ');
}
