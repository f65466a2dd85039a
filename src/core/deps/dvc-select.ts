/**
 * The DVC stages a training run reproduces, and what they depend on: the
 * named stages and every stage upstream of them (a dependency that is
 * another stage's output), their dependency files and folders, the `.dvc`
 * files of tracked data, the entry points their commands start, and their
 * parameters. Pure.
 */
import type { EntryPoint } from './closure.js';
import { commandTargets } from './command.js';
import type { DvcParams, DvcPipelines, DvcStage } from './dvc.js';
import { FileIndex, folderOf, isWithin } from './paths.js';

export interface SelectedStage {
  readonly stage: DvcStage;
  /** The stages from a named one down to this one, this one last (`train`, `prepare`). */
  readonly chain: readonly string[];
}

export type DvcPathKind =
  /** A file in the repository. */
  | 'file'
  /** A folder: every file under it counts. */
  | 'folder'
  /** The `.dvc` file that tracks data the stage depends on. */
  | 'pointer'
  /** The stage definition itself. */
  | 'definition'
  /** A file or folder the command names. */
  | 'command';

export interface DvcPath {
  readonly path: string;
  readonly kind: DvcPathKind;
  /** The address of the stage it is for. */
  readonly stage: string;
}

export interface DvcSelection {
  /** The stages named and every stage upstream of them, named ones first. */
  readonly stages: readonly SelectedStage[];
  /** Repository paths that count as training changes, each with the first reason found. */
  readonly paths: readonly DvcPath[];
  /** Python entry points the commands start, for the import closure. */
  readonly entryPoints: readonly { readonly entry: EntryPoint; readonly stage: string }[];
  /** The parameters of the stages, per file (keys merged across stages). */
  readonly params: readonly DvcParams[];
  /** Dependencies that are neither in the repository nor another stage's output. */
  readonly absent: readonly { readonly path: string; readonly stage: string }[];
  /** Names that matched no stage: the caller must fail. */
  readonly unknown: readonly string[];
}

function overlaps(a: string, b: string): boolean {
  return isWithin(a, b) || isWithin(b, a);
}

/** The stages a name means: an address, a name, or a foreach/matrix group (all its stages). */
function stagesNamed(pipelines: DvcPipelines, name: string): DvcStage[] {
  return pipelines.stages.filter(
    (s) =>
      s.address === name ||
      s.name === name ||
      s.group === name ||
      (s.group !== undefined && `${s.file}:${s.group}` === name),
  );
}

/**
 * The named stages and every stage upstream of them, and what changes to
 * them mean a training run: dependency files and folders, `.dvc` files of
 * tracked data, the dvc.yaml definitions, files the commands name; the
 * commands' Python entry points; the parameters.
 */
export function selectDvcStages(
  pipelines: DvcPipelines,
  names: readonly string[],
  files: readonly string[] | FileIndex,
): DvcSelection {
  const index = files instanceof FileIndex ? files : new FileIndex(files);
  const selected = new Map<string, SelectedStage>();
  const unknown: string[] = [];
  let queue: SelectedStage[] = [];
  for (const name of names) {
    const found = stagesNamed(pipelines, name);
    if (found.length === 0) unknown.push(name);
    for (const stage of found) {
      if (!selected.has(stage.address)) {
        const entry = { stage, chain: [stage.address] };
        selected.set(stage.address, entry);
        queue.push(entry);
      }
    }
  }
  while (queue.length > 0) {
    const next: SelectedStage[] = [];
    for (const { stage, chain } of queue) {
      for (const upstream of pipelines.stages) {
        if (selected.has(upstream.address)) continue;
        if (!stage.deps.some((dep) => upstream.outs.some((out) => overlaps(dep, out)))) continue;
        const entry = { stage: upstream, chain: [...chain, upstream.address] };
        selected.set(upstream.address, entry);
        next.push(entry);
      }
    }
    queue = next;
  }
  const stages = [...selected.values()];
  const outputs = stages.flatMap(({ stage }) => stage.outs);
  const paths = new Map<string, DvcPath>();
  const add = (path: string, kind: DvcPathKind, stage: string): void => {
    if (!paths.has(path)) paths.set(path, { path, kind, stage });
  };
  const absent: { path: string; stage: string }[] = [];
  const entryPoints: { entry: EntryPoint; stage: string }[] = [];
  const params = new Map<string, Set<string> | 'all'>();
  for (const { stage } of stages) {
    add(stage.file, 'definition', stage.address);
    for (const dep of stage.deps) {
      let known = false;
      if (index.hasFile(dep)) {
        add(dep, 'file', stage.address);
        known = true;
      } else if (index.hasFolder(dep)) {
        add(dep, 'folder', stage.address);
        known = true;
      }
      // The .dvc file of the data itself, or of a folder that holds it.
      for (let path = dep; path !== ''; path = folderOf(path)) {
        if (index.hasFile(`${path}.dvc`)) {
          add(`${path}.dvc`, 'pointer', stage.address);
          known = true;
        }
      }
      // Tracked data inside a folder dependency.
      if (index.hasFolder(dep)) {
        for (const file of index.files) {
          if (file.endsWith('.dvc') && isWithin(file, dep)) add(file, 'pointer', stage.address);
        }
      }
      if (!known && !outputs.some((out) => overlaps(dep, out))) {
        absent.push({ path: dep, stage: stage.address });
      }
    }
    for (const command of stage.cmd) {
      const targets = commandTargets(command, stage.wdir, index);
      for (const path of targets.paths) {
        add(path, index.hasFolder(path) ? 'folder' : 'command', stage.address);
      }
      for (const entry of targets.entries) entryPoints.push({ entry, stage: stage.address });
    }
    for (const { file, keys } of stage.params) {
      const known = params.get(file);
      if (known === 'all') continue;
      if (keys === 'all') params.set(file, 'all');
      else params.set(file, new Set([...(known ?? []), ...keys]));
    }
  }
  return {
    stages,
    paths: [...paths.values()],
    entryPoints,
    params: [...params].map(([file, keys]) => ({ file, keys: keys === 'all' ? 'all' : [...keys] })),
    absent,
    unknown,
  };
}

/** The first path of a selection that covers a repository file, or undefined. */
export function dvcPathFor(selection: DvcSelection, file: string): DvcPath | undefined {
  return selection.paths.find((p) =>
    p.kind === 'folder' ? isWithin(file, p.path) : p.path === file,
  );
}
