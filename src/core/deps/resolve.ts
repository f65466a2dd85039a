/**
 * Which repository files an import loads, found as Python's path-based
 * import system finds them: each part of a dotted name is looked up in the
 * locations of its parent (the source roots for a top-level name); in each
 * location a folder with `__init__.py` (a regular package) wins over a
 * `.py` module, which wins over a folder without one (a portion of a
 * namespace package, whose portions are gathered across all locations).
 * Importing `a.b.c` runs `a/__init__.py` and `a/b/__init__.py` before
 * `a/b/c.py`. A name whose top-level part is not in the repository
 * (the standard library, an installed package) is external and ignored.
 * Pure: the repository is a file list.
 */
import { isNotebook } from './notebook.js';
import type { PythonImport } from './python.js';
import { FileIndex, isWithin } from './paths.js';

/** Where modules are looked for. */
export interface SearchPath {
  /** Folders searched for top-level names, in order, as the entries of `sys.path`; '' is the repository root. */
  readonly roots: readonly string[];
  /** Top-level packages that live in a folder of another name, looked up before the roots. */
  readonly packageDirs?: ReadonlyMap<string, string>;
  /** Count `.pyi` stubs too: beside a module, and where only a stub exists. */
  readonly stubs?: boolean;
}

/** A repository file and the module name it is imported as. */
export interface ModuleFile {
  readonly path: string;
  readonly module: string;
}

export type Resolution =
  /** The top-level name is not in the repository. */
  | { readonly kind: 'external' }
  /** Found: the files importing it runs, outermost package first; a package's search locations. */
  | {
      readonly kind: 'found';
      readonly files: readonly ModuleFile[];
      readonly locations: readonly string[];
    }
  /** A repository package, but part of the name is not in it: the files found on the way, and the name that is missing. */
  | { readonly kind: 'missing'; readonly files: readonly ModuleFile[]; readonly missing: string };

/** Something about an import the caller should be told. */
export interface ImportProblem {
  /** The module as written, with its dots. */
  readonly module: string;
  readonly reason: string;
}

export interface ImportTargets {
  readonly files: readonly ModuleFile[];
  readonly problems: readonly ImportProblem[];
}

/** What the importing file is, for relative names: its module name, when known. */
export interface Importer {
  readonly path: string;
  /** Its module name; undefined when none can be given (a folder that is no identifier). */
  readonly module: string | undefined;
}

const IDENTIFIER = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*$/;

type Step =
  | {
      readonly kind: 'package';
      readonly files: readonly string[];
      readonly locations: readonly string[];
    }
  | { readonly kind: 'module'; readonly files: readonly string[] }
  | { readonly kind: 'namespace'; readonly locations: readonly string[] };

function within(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

/** Whether a module file is a package's `__init__`. */
export function isPackageInit(path: string): boolean {
  return /(?:^|\/)__init__\.pyi?$/.test(path);
}

/**
 * The module name of a file under one of the roots: `pkg/sub/mod.py` under
 * '' is `pkg.sub.mod`, `pkg/__init__.py` is `pkg`. The deepest root that
 * gives a name wins; undefined when none does.
 */
export function moduleNameOf(path: string, roots: readonly string[]): string | undefined {
  const stem = path.replace(/\.(?:pyi?|ipynb)$/i, '').replace(/(?:^|\/)__init__$/, '');
  let best: string | undefined;
  let bestDepth = -1;
  for (const root of roots) {
    if (!isWithin(stem, root) || stem === root) continue;
    const depth = root === '' ? 0 : root.split('/').length;
    if (depth <= bestDepth) continue;
    const parts = (root === '' ? stem : stem.slice(root.length + 1)).split('/');
    if (parts.every((part) => IDENTIFIER.test(part))) {
      best = parts.join('.');
      bestDepth = depth;
    }
  }
  return best;
}

/**
 * The absolute name of a relative one, as `importlib._bootstrap._resolve_name`
 * works it out, or why there is none.
 */
export function absoluteName(
  name: string,
  level: number,
  pkg: string,
): { readonly name: string } | { readonly reason: string } {
  if (level === 0) return { name };
  if (pkg === '') return { reason: 'a relative import in a module with no known parent package' };
  const parts = pkg.split('.');
  if (parts.length < level) return { reason: 'a relative import beyond the top-level package' };
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return { name: name === '' ? base : `${base}.${name}` };
}

/** Finds modules in one repository file list along one search path, remembering what it found. */
export class ModuleResolver {
  readonly #index: FileIndex;
  readonly #path: SearchPath;
  readonly #memo = new Map<string, Resolution>();

  constructor(index: FileIndex, path: SearchPath) {
    this.#index = index;
    this.#path = path;
  }

  /** The files a file of this module name loads as a module (with a stub beside it, when asked). */
  #moduleFiles(base: string): string[] | undefined {
    const index = this.#index;
    const files: string[] = [];
    if (index.hasFile(`${base}.py`)) files.push(`${base}.py`);
    if (this.#path.stubs === true && index.hasFile(`${base}.pyi`)) files.push(`${base}.pyi`);
    return files.length > 0 ? files : undefined;
  }

  /** One part of a name looked up in its parent's locations. */
  #step(locations: readonly string[], part: string, topLevel: boolean): Step | undefined {
    const index = this.#index;
    const portions: string[] = [];
    const mapped = topLevel ? this.#path.packageDirs?.get(part) : undefined;
    if (mapped !== undefined && index.hasFolder(mapped)) {
      const init = this.#moduleFiles(`${mapped}/__init__`);
      if (init !== undefined) return { kind: 'package', files: init, locations: [mapped] };
      portions.push(mapped);
    }
    for (const location of locations) {
      const base = within(location, part);
      const isFolder = index.hasFolder(base);
      if (isFolder) {
        const init = this.#moduleFiles(`${base}/__init__`);
        if (init !== undefined) return { kind: 'package', files: init, locations: [base] };
      }
      const module = this.#moduleFiles(base);
      if (module !== undefined) return { kind: 'module', files: module };
      if (isFolder) portions.push(base);
    }
    return portions.length > 0 ? { kind: 'namespace', locations: portions } : undefined;
  }

  /** The files importing an absolute dotted name loads. */
  resolve(name: string): Resolution {
    const known = this.#memo.get(name);
    if (known !== undefined) return known;
    const dot = name.lastIndexOf('.');
    let result: Resolution;
    if (dot === -1) {
      const step = this.#step(this.#path.roots, name, true);
      result = step === undefined ? { kind: 'external' } : this.#found([], name, step);
    } else {
      const parent = this.resolve(name.slice(0, dot));
      if (parent.kind !== 'found') {
        result = parent;
      } else if (parent.locations.length === 0) {
        result = { kind: 'missing', files: parent.files, missing: name };
      } else {
        const step = this.#step(parent.locations, name.slice(dot + 1), false);
        result =
          step === undefined
            ? { kind: 'missing', files: parent.files, missing: name }
            : this.#found(parent.files, name, step);
      }
    }
    this.#memo.set(name, result);
    return result;
  }

  #found(before: readonly ModuleFile[], name: string, step: Step): Resolution {
    const files = [...before];
    if (step.kind !== 'namespace') {
      for (const path of step.files) files.push({ path, module: name });
    }
    const locations = step.kind === 'module' ? [] : step.locations;
    return { kind: 'found', files, locations };
  }

  /**
   * The repository files one import of `importer` loads: for `from a import
   * b` also the submodule `a.b` when there is one (else `b` is a name in
   * `a`); problems for relative names that cannot be resolved and for names
   * in repository packages that are not there.
   */
  resolveImport(found: PythonImport, importer: Importer): ImportTargets {
    const written = '.'.repeat(found.level) + found.module;
    const problems: ImportProblem[] = [];
    let name = found.module;
    if (found.level > 0) {
      const pkg = this.#packageOf(found, importer);
      const absolute =
        pkg === undefined
          ? { reason: 'a relative import in a file whose module name is unknown' }
          : absoluteName(found.module, found.level, pkg);
      if ('reason' in absolute) {
        return { files: [], problems: [{ module: written, reason: absolute.reason }] };
      }
      name = absolute.name;
    }
    const resolution = this.resolve(name);
    if (resolution.kind === 'external') return { files: [], problems };
    const files = [...resolution.files];
    if (resolution.kind === 'missing') {
      problems.push({
        module: written,
        reason: `${resolution.missing} is not in the repository, though its package is`,
      });
      return { files, problems };
    }
    if (resolution.locations.length > 0) {
      for (const child of found.names) {
        if (child === '*') continue;
        const sub = this.resolve(`${name}.${child}`);
        if (sub.kind === 'found') {
          for (const file of sub.files) {
            if (!files.some((f) => f.path === file.path)) files.push(file);
          }
        }
      }
    }
    return { files, problems };
  }

  /** The package a relative name of `found` is resolved against. */
  #packageOf(found: PythonImport, importer: Importer): string | undefined {
    if (typeof found.package === 'string') return found.package;
    // A notebook runs as __main__, in no package.
    if (isNotebook(importer.path)) return '';
    const module = importer.module;
    if (module === undefined) return undefined;
    if (found.package?.current === 'name' || isPackageInit(importer.path)) return module;
    const dot = module.lastIndexOf('.');
    return dot === -1 ? '' : module.slice(0, dot);
  }
}
