/**
 * The dependency inputs — training-entrypoints, source-roots, dvc-stages —
 * read without loading the analysis itself, which the front ends load only
 * when these are set. Pure.
 */
import { InputError } from './types.js';

/** The dependency settings: the action's inputs training-entrypoints, source-roots, dvc-stages. */
export interface DependencySettings {
  /** Training scripts, notebooks, globs, or `python -m` modules, as written. */
  entrypoints: readonly string[];
  /** Folders searched for top-level modules; undefined: the root, `src/` and each entry point's folder. */
  roots?: readonly string[];
  /** DVC stages whose dependencies (and those of the stages upstream) are training inputs. */
  dvcStages: readonly string[];
}

const MODULE = /^(?:(?:python[\d.]*|py)\s+)?-m\s+[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
const SCRIPT = /^(?:(?:python[\d.]*|py)\s+)?(\S+)$/;

/** An entry point as written: a module run with -m, or one path or glob of the repository. */
function checkEntryPoint(text: string): void {
  if (MODULE.test(text)) return;
  const path = SCRIPT.exec(text)?.[1];
  if (path !== undefined && !path.startsWith('/') && !path.split('/').includes('..')) return;
  throw new InputError(
    'training-entrypoints',
    `Input training-entrypoints names ${JSON.stringify(text)}; an entry point is a script (train.py), a notebook (train.ipynb), a glob (scripts/train_*.py) or a module (python -m pkg.train), relative to the repository's root, one per line.`,
  );
}

/** Reads the dependency inputs; empty entry points and stages mean no analysis. */
export function readDependencySettings(
  entrypoints: readonly string[],
  roots: readonly string[],
  stages: readonly string[],
): DependencySettings | undefined {
  entrypoints.forEach(checkEntryPoint);
  for (const root of roots) {
    if (root.startsWith('/') || root.split('/').includes('..')) {
      throw new InputError(
        'source-roots',
        `Input source-roots names ${JSON.stringify(root)}; a source root is a folder of the repository, relative to its root, without "..".`,
      );
    }
  }
  if (entrypoints.length === 0 && stages.length === 0) {
    if (roots.length > 0) {
      throw new InputError(
        'source-roots',
        'Input source-roots is set, but training-entrypoints and dvc-stages are empty: name the training entry points whose imports the roots are for.',
      );
    }
    return undefined;
  }
  return {
    entrypoints: [...entrypoints],
    dvcStages: [...stages],
    ...(roots.length > 0
      ? { roots: roots.map((r) => r.replace(/^\.?\/?$/, '').replace(/\/+$/, '')) }
      : {}),
  };
}
