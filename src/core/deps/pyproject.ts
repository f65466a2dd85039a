/**
 * Where a project's packages live, as its `pyproject.toml` declares it for
 * the build backends most projects use: setuptools (`packages.find.where`,
 * `package-dir`), Poetry (`packages … from`), Hatch (`packages`, `sources`),
 * PDM (`package-dir`) and maturin (`python-source`). Pure.
 */
import { folderOf, joinPath } from './paths.js';
import { parseToml, type TomlTable, type TomlValue } from './toml.js';

export interface PackageLayout {
  /** Folders that hold top-level packages, as entries of `sys.path` do, in order. */
  readonly roots: readonly string[];
  /** Top-level packages that live in a folder of another name (`package-dir = {pkg = "lib"}`). */
  readonly packageDirs: ReadonlyMap<string, string>;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function table(value: TomlValue | undefined): TomlTable | undefined {
  return typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

function at(root: TomlTable, path: readonly string[]): TomlValue | undefined {
  let value: TomlValue | undefined = root;
  for (const key of path) value = table(value)?.[key];
  return value;
}

function strings(value: TomlValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The layout a `pyproject.toml` at `path` declares, its folders relative to
 * the repository. Throws TomlError for text that is not TOML.
 */
export function pyprojectLayout(path: string, text: string): PackageLayout {
  const doc = parseToml(text);
  const base = folderOf(path);
  const roots: string[] = [];
  const packageDirs = new Map<string, string>();
  const root = (folder: string): void => {
    const joined = joinPath(base, folder);
    if (joined !== undefined && !roots.includes(joined)) roots.push(joined);
  };
  const packageDir = (name: string, folder: string): void => {
    const joined = joinPath(base, folder);
    if (joined === undefined) return;
    if (name === '') root(folder);
    else if (IDENTIFIER.test(name)) packageDirs.set(name, joined);
  };

  // setuptools
  const setuptools = table(at(doc, ['tool', 'setuptools']));
  if (setuptools !== undefined) {
    const find = table(at(setuptools, ['packages', 'find']));
    if (find !== undefined) {
      const where = strings(find.where);
      for (const folder of where.length > 0 ? where : ['.']) root(folder);
    }
    for (const [name, folder] of Object.entries(table(setuptools['package-dir']) ?? {})) {
      if (typeof folder === 'string') packageDir(name, folder);
    }
  }

  // Poetry: packages = [{ include = "pkg", from = "src" }]
  const poetryPackages = at(doc, ['tool', 'poetry', 'packages']);
  for (const entry of Array.isArray(poetryPackages) ? poetryPackages : []) {
    const spec = table(entry);
    if (spec !== undefined && typeof spec.include === 'string') {
      root(typeof spec.from === 'string' ? spec.from : '.');
    }
  }

  // Hatch: packages = ["src/pkg"] (the folder above each is a root); sources = ["src"] or {"src" = ""}
  const hatch = table(at(doc, ['tool', 'hatch', 'build']));
  const hatchTargets = [hatch, table(at(hatch ?? {}, ['targets', 'wheel']))];
  for (const target of hatchTargets) {
    if (target === undefined) continue;
    for (const folder of strings(target.packages)) {
      const trimmed = folder.replace(/\/+$/, '');
      root(folderOf(trimmed) || '.');
    }
    const sources = target.sources;
    for (const folder of strings(sources)) root(folder);
    for (const [folder, prefix] of Object.entries(table(sources) ?? {})) {
      if (typeof prefix !== 'string') continue;
      const name = prefix.replace(/\/+$/, '');
      if (name === '') root(folder);
      else packageDir(name, folder);
    }
  }

  // PDM: package-dir = "src"
  const pdm = at(doc, ['tool', 'pdm', 'build', 'package-dir']);
  if (typeof pdm === 'string') root(pdm);

  // maturin: python-source = "python"
  const maturin = at(doc, ['tool', 'maturin', 'python-source']);
  if (typeof maturin === 'string') root(maturin);

  return { roots, packageDirs };
}
