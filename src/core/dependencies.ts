/**
 * What training depends on, for the change being decided: the repository
 * files the training entry points import (the transitive closure of their
 * local Python imports), what the DVC stages named and those upstream depend
 * on, and their parameters. A changed file among them is a training change,
 * on top of the filters; the reason names the chain that reached it. Pure:
 * the front ends pass snapshots of the commits (file lists, contents read on
 * demand).
 */
import {
  FileIndex,
  deadPatterns,
  diffParams,
  dvcPathFor,
  importClosure,
  loadDvcPipelines,
  parseEntryPoint,
  pyprojectLayout,
  selectDvcStages,
  type ClosureIssue,
  type DeadPattern,
  type Dependency,
  type DvcSelection,
  type ImportCache,
  type PackageLayout,
  type ParamChange,
  type ProjectFiles,
} from './deps/index.js';
import type { CompiledFilter } from './filters/index.js';
import type { DependencySettings } from './dependency-settings.js';
import { messageOf } from './format.js';
import type { ChangedFile } from './types.js';

export type { DependencySettings } from './dependency-settings.js';
export { ImportCache } from './deps/index.js';

/** A commit as the analysis reads it: its files, and a file's text on demand. */
export type Snapshot = ProjectFiles & { readonly commit: string };

/** A changed file training depends on, and why, in words. */
export interface DependencyMatch {
  file: ChangedFile;
  /** `utils/schedule.py changed; train.py imports model.py, which imports utils/schedule.py`. */
  reason: string;
}

export interface DependencyReport {
  /** The changed files training depends on; a change among them trains. */
  matches: DependencyMatch[];
  /** Repository files in the closure of the entry points at the head (their own files included). */
  closure: string[];
  /** Imports that cannot be followed statically, with file and line. */
  unresolved: ClosureIssue[];
  /** What could not be worked out, each a clause (an entry point or DVC stage that names nothing at the head): the change is not seen whole. */
  missing: string[];
  /** Parameters of the DVC stages that changed value. */
  params: { file: string; change: ParamChange }[];
  /** Filter patterns that match no file at the head. */
  deadPatterns: DeadPattern[];
  /** Files the closure reaches that no train-on filter covers: the filters' drift. */
  uncovered: string[];
  /** Python files and notebooks a train-on filter covers that nothing training runs imports. */
  unimported: string[];
}

/** `train.py imports model.py, which imports utils/schedule.py`. */
function chainWords(dependency: Dependency): string {
  const [first, ...rest] = dependency.chain;
  if (rest.length === 0) return `${first} is the entry point ${dependency.entry}`;
  return `${first} imports ${rest.join(', which imports ')}`;
}

/** The paths each changed file counts at: its new path, and its old one after a rename. */
function pathsOf(file: ChangedFile): string[] {
  return file.previousFilename !== undefined && file.previousFilename !== file.filename
    ? [file.filename, file.previousFilename]
    : [file.filename];
}

interface Analysis {
  closure: Map<string, Dependency>;
  issues: ClosureIssue[];
  missing: string[];
  dvc?: DvcSelection;
}

async function analyze(
  settings: DependencySettings,
  snapshot: Snapshot,
  cache: ImportCache | undefined,
): Promise<Analysis> {
  let dvc: DvcSelection | undefined;
  const entries = settings.entrypoints.map(parseEntryPoint);
  const missing: string[] = [];
  if (settings.dvcStages.length > 0) {
    const pipelines = await loadDvcPipelines(snapshot);
    dvc = selectDvcStages(pipelines, settings.dvcStages, snapshot.files);
    for (const name of dvc.unknown) {
      missing.push(`no dvc.yaml at the head commit defines the DVC stage ${JSON.stringify(name)}`);
    }
    entries.push(...dvc.entryPoints.map((e) => e.entry));
  }
  const declared = await packageLayouts(snapshot);
  const closure = await importClosure(snapshot, entries, {
    ...(settings.roots !== undefined ? { roots: settings.roots } : {}),
    layouts: declared.layouts,
    ...(cache !== undefined ? { cache } : {}),
  });
  for (const gone of closure.missing) {
    missing.push(`the entry point ${gone.entry} is not at the head commit (${gone.reason})`);
  }
  return {
    closure: new Map(closure.files.map((d) => [d.path, d])),
    issues: [...declared.issues, ...closure.issues],
    missing,
    ...(dvc !== undefined ? { dvc } : {}),
  };
}

/** Files an import can reach: Python modules and notebooks. */
const IMPORTABLE = /\.(?:py|pyi|ipynb)$/i;

/** pyproject.toml at the root or one folder down (a monorepo's projects). */
const PYPROJECT = /^(?:[^/]+\/)?pyproject\.toml$/;

/** The package folders the repository's pyproject.toml files declare; one that is not TOML is reported. */
async function packageLayouts(
  snapshot: Snapshot,
): Promise<{ layouts: PackageLayout[]; issues: ClosureIssue[] }> {
  const layouts: PackageLayout[] = [];
  const issues: ClosureIssue[] = [];
  const found = headFiles(snapshot)
    .filter((path) => PYPROJECT.test(path))
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
  for (const path of found) {
    const text = await snapshot.read(path);
    if (text === undefined) continue;
    try {
      layouts.push(pyprojectLayout(path, text));
    } catch (err) {
      issues.push({
        file: path,
        line: 0,
        text: '',
        reason: `not read as TOML (${messageOf(err)}); the package folders it declares are not searched`,
      });
    }
  }
  return { layouts, issues };
}

/** Why a changed file is a training change, or undefined when it is not one. */
function whyTraining(file: ChangedFile, analysis: Analysis): string | undefined {
  for (const path of pathsOf(file)) {
    const dependency = analysis.closure.get(path);
    if (dependency !== undefined) return `${path} changed; ${chainWords(dependency)}`;
    const dvc = analysis.dvc === undefined ? undefined : dvcPathFor(analysis.dvc, path);
    if (dvc !== undefined) {
      const what =
        dvc.kind === 'definition'
          ? 'the definition of'
          : dvc.kind === 'pointer'
            ? 'data tracked by'
            : dvc.kind === 'command'
              ? 'named by the command of'
              : 'a dependency of';
      return `${path} changed: ${what} DVC stage ${dvc.stage}`;
    }
  }
  return undefined;
}

export interface DependencyRequest {
  settings: DependencySettings;
  head: Snapshot;
  /** The base commit, read only when a change left the head's closure (a deleted or moved file). */
  base?: () => Promise<Snapshot | undefined>;
  changes: readonly ChangedFile[];
  filters: readonly CompiledFilter[];
  /** The train-on filters, for the drift report. */
  trainOn: readonly string[];
  cache?: ImportCache;
}

/**
 * The dependency analysis of a change: at the head, and at the base for the
 * files the change removed from the head (a deleted import still changed
 * training), with the DVC parameters compared between the two.
 */
export async function analyzeDependencies(request: DependencyRequest): Promise<DependencyReport> {
  const { settings, head, changes, cache } = request;
  const atHead = await analyze(settings, head, cache);
  const matches: DependencyMatch[] = [];
  const unmatched: ChangedFile[] = [];
  for (const file of changes) {
    const reason = whyTraining(file, atHead);
    if (reason !== undefined) matches.push({ file, reason });
    else unmatched.push(file);
  }
  // A file no longer at the head (deleted or moved away) may have been imported at the base.
  const gone = unmatched.filter((f) => f.status === 'deleted' || f.previousFilename !== undefined);
  let baseSnapshot: Snapshot | undefined;
  if (gone.length > 0 && request.base !== undefined) {
    baseSnapshot = await request.base();
    if (baseSnapshot !== undefined) {
      const atBase = await analyze(settings, baseSnapshot, cache);
      for (const file of gone) {
        const reason = whyTraining(file, atBase);
        if (reason !== undefined) matches.push({ file, reason: `${reason} (at the base)` });
      }
    }
  }
  const params = await paramChanges(atHead.dvc, head, request, baseSnapshot);
  for (const { file, change } of params) {
    const changed = changes.find((f) => pathsOf(f).includes(file));
    if (changed === undefined || matches.some((m) => m.file === changed)) continue;
    matches.push({ file: changed, reason: `${file} changed: ${describeParam(change)}` });
  }
  const trainOn = new Set(request.trainOn);
  const covering = request.filters.filter((f) => trainOn.has(f.name));
  const covered = (path: string): boolean =>
    covering.some((f) => f.rules.some((r) => r.includes.some((p) => p.matches(path))));
  const closure = [...atHead.closure.keys()];
  return {
    matches,
    closure,
    unresolved: atHead.issues,
    missing: atHead.missing,
    params,
    deadPatterns: deadPatterns(request.filters, headFiles(head)),
    uncovered: closure.filter((path) => !covered(path)),
    unimported: headFiles(head).filter(
      (path) => IMPORTABLE.test(path) && !atHead.closure.has(path) && covered(path),
    ),
  };
}

function headFiles(snapshot: Snapshot): readonly string[] {
  const { files } = snapshot;
  return files instanceof FileIndex ? files.files : files;
}

/** The DVC parameters whose value changed between the base and the head. */
async function paramChanges(
  dvc: DvcSelection | undefined,
  head: Snapshot,
  request: DependencyRequest,
  base: Snapshot | undefined,
): Promise<{ file: string; change: ParamChange }[]> {
  if (dvc === undefined || dvc.params.length === 0) return [];
  const touched = new Set(request.changes.flatMap(pathsOf));
  const changed: { file: string; change: ParamChange }[] = [];
  for (const params of dvc.params) {
    if (!touched.has(params.file)) continue;
    const before = base ?? (request.base === undefined ? undefined : await request.base());
    const baseText = before === undefined ? undefined : await before.read(params.file);
    const headText = await head.read(params.file);
    for (const change of diffParams(params.file, baseText, headText, params.keys)) {
      changed.push({ file: params.file, change });
    }
  }
  return changed;
}

/** `train.lr changed from 0.01 to 0.02, a parameter of the DVC stages`. */
function describeParam(change: ParamChange): string {
  const value = (v: unknown): string => JSON.stringify(v);
  const what =
    change.change === 'added'
      ? `${change.key} was added (${value(change.head)})`
      : change.change === 'removed'
        ? `${change.key} was removed`
        : `${change.key} changed from ${value(change.base)} to ${value(change.head)}`;
  return `${what}, a parameter of the DVC stages`;
}
