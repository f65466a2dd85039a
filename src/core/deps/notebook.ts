/**
 * The imports of Jupyter notebooks: each code cell's Python (IPython's magics
 * and shell lines set aside) scanned as Python source is. Pure.
 */
import { scanPython, type ImportScan, type PythonImport, type UnresolvedImport } from './python.js';

/** Cell magics whose body is still Python (`%%time`), unlike `%%bash` or `%%writefile`. */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug']);

/**
 * A code cell's Python: IPython's `%magic` and `!shell` lines replaced by
 * `pass` (their continuation lines blanked) so line numbers stay; undefined
 * for a cell whose cell magic runs something other than Python.
 */
export function cellPython(source: string): string | undefined {
  const lines = source.split(/\r\n|\r|\n/);
  const first = (lines[0] ?? '').trimStart();
  if (first.startsWith('%%')) {
    const magic = /^%%(\w+)/.exec(first)?.[1] ?? '';
    if (!PYTHON_CELL_MAGICS.has(magic)) return undefined;
    lines[0] = '';
  }
  let continued = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    const trimmed = line.trimStart();
    if (continued) {
      continued = line.endsWith('\\');
      lines[n] = '';
    } else if (trimmed.startsWith('%') || trimmed.startsWith('!')) {
      // IPython runs the line as a call; `pass` keeps a block around it valid.
      continued = line.endsWith('\\');
      lines[n] = `${line.slice(0, line.length - trimmed.length)}pass`;
    }
  }
  return lines.join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A cell's source: a string, or (as nbformat writes it) a list of lines. */
function cellSource(source: unknown): string | undefined {
  if (typeof source === 'string') return source;
  if (Array.isArray(source) && source.every((line) => typeof line === 'string')) {
    return source.join('');
  }
  return undefined;
}

/** The imports of a Jupyter notebook's code cells, each with its cell number. */
export function scanNotebook(text: string): ImportScan {
  let notebook: unknown;
  try {
    notebook = JSON.parse(text);
  } catch {
    return { imports: [], unresolved: [], error: 'the notebook is not JSON' };
  }
  const cells = isRecord(notebook) ? notebook.cells : undefined;
  if (!Array.isArray(cells)) {
    return { imports: [], unresolved: [], error: 'the notebook has no list of cells' };
  }
  const imports: PythonImport[] = [];
  const unresolved: UnresolvedImport[] = [];
  cells.forEach((cell: unknown, index) => {
    if (!isRecord(cell) || cell.cell_type !== 'code') return;
    const source = cellSource(cell.source);
    const python = source === undefined ? undefined : cellPython(source);
    if (python === undefined) return;
    const scan = scanPython(python);
    const number = index + 1;
    for (const found of scan.imports) imports.push({ ...found, cell: number });
    for (const found of scan.unresolved) unresolved.push({ ...found, cell: number });
  });
  return { imports, unresolved };
}

/** Whether a path names a notebook rather than Python source. */
export function isNotebook(path: string): boolean {
  return path.toLowerCase().endsWith('.ipynb');
}

/** The imports of a file, read as a notebook or as Python source by its name. */
export function scanImports(path: string, text: string): ImportScan {
  return isNotebook(path) ? scanNotebook(text) : scanPython(text);
}
