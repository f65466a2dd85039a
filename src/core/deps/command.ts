/**
 * What a pipeline stage's shell command runs: the Python scripts and `-m`
 * modules it starts (through `python`, launchers such as `torchrun` or
 * `accelerate launch`, and runners such as `uv run`), and every repository
 * file or folder it names (a config, a shell script). Commands are split
 * into words as a POSIX shell does (quotes, escapes, `&&`, `;`, `|`), and
 * `cd` moves the folder later words are relative to. Pure.
 */
import type { EntryPoint } from './closure.js';
import { FileIndex, joinPath } from './paths.js';

export interface CommandTargets {
  /** The Python entry points the command starts. */
  readonly entries: readonly EntryPoint[];
  /** Repository files and folders its words name (entry scripts included). */
  readonly paths: readonly string[];
}

const OPERATORS = ['&&', '||', ';;', '|&', ';', '|', '&', '(', ')', '\n'];
const PYTHON = /^(?:python[\d.]*|pythonw|py|ipython)$/;
/** Programs that run the command after their options: `uv run python x.py`. */
const RUNNERS: Readonly<Record<string, number>> = {
  // program → how many subcommand words follow it before the options
  uv: 1,
  poetry: 1,
  pipenv: 1,
  pdm: 1,
  hatch: 1,
  rye: 1,
  conda: 1,
  mamba: 1,
  micromamba: 1,
  pixi: 1,
  time: 0,
  nohup: 0,
  exec: 0,
  env: 0,
  nice: 0,
  srun: 0,
  'xvfb-run': 0,
  'dvc-run': 0,
};
/** Runner options that take a value as the next word. */
const VALUE_OPTIONS = new Set([
  '-n',
  '--name',
  '-p',
  '--prefix',
  '-e',
  '--env',
  '--with',
  '--python',
  '-u',
]);
/** Launchers that start a Python script given among their arguments. */
const LAUNCHERS = new Set([
  'torchrun',
  'accelerate',
  'deepspeed',
  'horovodrun',
  'mpirun',
  'lightning',
  'composer',
]);
/** Modules that launch a script given among their arguments. */
const LAUNCHER_MODULES = new Set([
  'torch.distributed.run',
  'torch.distributed.launch',
  'accelerate.commands.launch',
  'deepspeed.launcher.runner',
]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** A command's simple commands, each a list of words with quotes removed. */
export function shellCommands(command: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word: string | undefined;
  const endWord = (): void => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  let i = 0;
  while (i < command.length) {
    const ch = command.charAt(i);
    if (word === undefined && ch === '#') {
      while (i < command.length && command.charAt(i) !== '\n') i++;
      continue;
    }
    const operator = OPERATORS.find((op) => command.startsWith(op, i));
    if (operator !== undefined) {
      endCommand();
      i += operator.length;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      endWord();
      i++;
    } else if (ch === "'") {
      const end = command.indexOf("'", i + 1);
      const stop = end === -1 ? command.length : end;
      word = (word ?? '') + command.slice(i + 1, stop);
      i = stop + 1;
    } else if (ch === '"') {
      let text = '';
      i++;
      while (i < command.length && command.charAt(i) !== '"') {
        if (command.charAt(i) === '\\' && '"\\$`\n'.includes(command.charAt(i + 1))) i++;
        text += command.charAt(i);
        i++;
      }
      word = (word ?? '') + text;
      i++;
    } else if (ch === '\\') {
      if (command.charAt(i + 1) !== '\n') word = (word ?? '') + command.charAt(i + 1);
      i += 2;
    } else {
      word = (word ?? '') + ch;
      i++;
    }
  }
  endCommand();
  return commands;
}

/** The program's words with environment assignments and runners (`uv run`, `env X=1`) taken off. */
function unwrap(words: readonly string[]): string[] {
  let rest = [...words];
  for (;;) {
    while (rest.length > 0 && ASSIGNMENT.test(rest[0] as string)) rest.shift();
    const program = (rest[0] ?? '').split('/').pop() ?? '';
    const subcommands = RUNNERS[program];
    if (subcommands === undefined) return rest;
    let i = 1 + subcommands;
    while (
      i < rest.length &&
      ((rest[i] as string).startsWith('-') || ASSIGNMENT.test(rest[i] as string))
    ) {
      i += VALUE_OPTIONS.has(rest[i] as string) ? 2 : 1;
    }
    rest = rest.slice(i);
  }
}

interface Interpreter {
  readonly module?: string;
  readonly script?: string;
  /** Where the script's own arguments start. */
  readonly next: number;
}

/** Reads `python [options] (-m module | -c code | script) args…`. */
function interpreter(words: readonly string[]): Interpreter {
  let i = 1;
  while (i < words.length) {
    const word = words[i] as string;
    if (word === '--' || !word.startsWith('-') || word === '-') {
      if (word === '--') i++;
      break;
    }
    if (word.startsWith('--')) {
      i += word === '--check-hash-based-pycs' ? 2 : 1;
      continue;
    }
    // A cluster of one-letter options: `-u`, `-um pkg`, `-W ignore`, `-mpkg`.
    for (let n = 1; n < word.length; n++) {
      const letter = word.charAt(n);
      if (!'mcWX'.includes(letter)) continue;
      const attached = word.slice(n + 1);
      const value = attached !== '' ? attached : words[i + 1];
      const next = attached !== '' ? i + 1 : i + 2;
      if (letter === 'm') return { module: value, next };
      if (letter === 'c') return { next: words.length };
      i = next - 1;
      break;
    }
    i++;
  }
  const script = words[i];
  return script === undefined ? { next: i } : { script, next: i + 1 };
}

/** Whether the top-level package of a module is in the repository, seen from `cwd`. */
function isLocalModule(module: string, cwd: string, index: FileIndex): boolean {
  const top = module.split('.')[0] ?? '';
  return [cwd, '', 'src'].some((root) => {
    const base = joinPath(root, top);
    return base !== undefined && (index.hasFolder(base) || index.hasFile(`${base}.py`));
  });
}

/** The first argument that names a Python script, from `start`. */
function scriptArgument(words: readonly string[], start: number): string | undefined {
  return words.slice(start).find((word) => /\.py$/.test(word) && !word.startsWith('-'));
}

/**
 * The Python entry points a stage's command starts and the repository paths
 * it names, its words read relative to `cwd` (the stage's working folder).
 */
export function commandTargets(command: string, cwd: string, index: FileIndex): CommandTargets {
  const entries: EntryPoint[] = [];
  const paths = new Set<string>();
  let folder = cwd;
  const script = (path: string): void => {
    entries.push(folder === '' ? { kind: 'file', path } : { kind: 'file', path, cwd: folder });
  };
  for (const words of shellCommands(command)) {
    for (const word of words) {
      const value = word.replace(/^--?[A-Za-z0-9_.-]+=/, '');
      const path = value === '' ? undefined : joinPath(folder, value);
      if (path !== undefined && path !== '' && (index.hasFile(path) || index.hasFolder(path))) {
        paths.add(path);
      }
    }
    const run = unwrap(words);
    const program = run[0];
    if (program === undefined) continue;
    const name = program.split('/').pop() ?? '';
    if (name === 'cd') {
      const target = run[1] === undefined ? undefined : joinPath(folder, run[1]);
      if (target !== undefined) folder = target;
      continue;
    }
    if (PYTHON.test(name)) {
      const read = interpreter(run);
      if (read.script !== undefined) {
        script(read.script);
      } else if (read.module !== undefined) {
        if (isLocalModule(read.module, folder, index)) {
          entries.push(
            folder === ''
              ? { kind: 'module', module: read.module }
              : { kind: 'module', module: read.module, cwd: folder },
          );
        } else if (LAUNCHER_MODULES.has(read.module)) {
          const launched = scriptArgument(run, read.next);
          if (launched !== undefined) script(launched);
        }
      }
    } else if (LAUNCHERS.has(name)) {
      const launched = scriptArgument(run, 1);
      if (launched !== undefined) script(launched);
    } else if (/\.py$/.test(name)) {
      script(program);
    }
  }
  return { entries, paths: [...paths] };
}
