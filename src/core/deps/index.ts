/**
 * Dependency analysis for training code, so that filters need not list every
 * file training depends on. Pure: the caller passes file lists and contents
 * (read lazily, as the analysis reaches them). Nothing here runs at import
 * time, so a front end can `import()` this module only when its inputs are
 * set.
 *
 * - Python imports: `scanImports` (and `scanPython`, `scanNotebook`) find
 *   every import of a file with its line, and the calls whose module is
 *   computed (`import_module(name)`), which are reported, never dropped.
 * - Resolution: `ModuleResolver` finds the repository files an import loads
 *   along a search path (source roots, `pyprojectLayout` packages).
 * - The closure: `importClosure` gives every file entry points (scripts,
 *   globs, `python -m` modules) load, each with the chain that reached it;
 *   the imports it cannot follow; the entry points that name nothing.
 * - DVC: `loadDvcPipelines` expands every dvc.yaml; `selectDvcStages` gives
 *   what the named stages and those upstream depend on; `diffParams` says
 *   which parameters changed value.
 * - Filters: `deadPatterns` lists patterns that match no file.
 */
export {
  DEFAULT_ROOTS,
  ImportCache,
  describeEntryPoint,
  formatChain,
  importClosure,
  parseEntryPoint,
  type ClosureIssue,
  type ClosureOptions,
  type Dependency,
  type EntryPoint,
  type ImportClosure,
  type MissingEntryPoint,
  type ProjectFiles,
} from './closure.js';
export { commandTargets, type CommandTargets } from './command.js';
export { deadPatternWarning, deadPatterns, type DeadPattern } from './dead.js';
export {
  loadDvcPipelines,
  type DvcParams,
  type DvcPipelines,
  type DvcSource,
  type DvcStage,
} from './dvc.js';
export {
  dvcPathFor,
  selectDvcStages,
  type DvcPath,
  type DvcPathKind,
  type DvcSelection,
  type SelectedStage,
} from './dvc-select.js';
export { DepsError } from './errors.js';
export {
  diffParams,
  parseParams,
  valueAt,
  type ParamChange,
  type ParamMap,
  type ParamValue,
} from './params.js';
export { FileIndex } from './paths.js';
export { pyprojectLayout, type PackageLayout } from './pyproject.js';
export { cellPython, isNotebook, scanImports, scanNotebook } from './notebook.js';
export {
  scanPython,
  type CallPackage,
  type ImportKind,
  type ImportScan,
  type PythonImport,
  type UnresolvedImport,
} from './python.js';
export {
  ModuleResolver,
  moduleNameOf,
  type ImportProblem,
  type ImportTargets,
  type ModuleFile,
  type Resolution,
  type SearchPath,
} from './resolve.js';
export { TomlError, parseToml } from './toml.js';
