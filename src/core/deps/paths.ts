/**
 * Repository paths (relative, `/`-separated, '' for the root) and the
 * repository's file list as an index of files and folders. Pure.
 */

/** `a/./b/../c` → `a/c`; undefined when it climbs above the root or is absolute. */
export function normalizePath(path: string): string | undefined {
  if (path.startsWith('/')) return undefined;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else {
      out.push(segment);
    }
  }
  return out.join('/');
}

/** `folder` joined with a relative `path`, normalized; undefined when it leaves the repository. */
export function joinPath(folder: string, path: string): string | undefined {
  return normalizePath(folder === '' ? path : `${folder}/${path}`);
}

/** The folder of a path: '' for a file at the root. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** Whether `path` is `folder` or lies under it ('' holds everything). */
export function isWithin(path: string, folder: string): boolean {
  return folder === '' || path === folder || path.startsWith(`${folder}/`);
}

/** The files of a commit, with every folder that holds one. */
export class FileIndex {
  readonly files: readonly string[];
  readonly #files: ReadonlySet<string>;
  readonly #folders: ReadonlySet<string>;

  constructor(files: Iterable<string>) {
    this.files = [...files];
    this.#files = new Set(this.files);
    const folders = new Set<string>(['']);
    for (const file of this.files) {
      let slash = file.lastIndexOf('/');
      while (slash > 0) {
        const folder = file.slice(0, slash);
        if (folders.has(folder)) break;
        folders.add(folder);
        slash = folder.lastIndexOf('/');
      }
    }
    this.#folders = folders;
  }

  hasFile(path: string): boolean {
    return this.#files.has(path);
  }

  hasFolder(path: string): boolean {
    return this.#folders.has(path);
  }
}
