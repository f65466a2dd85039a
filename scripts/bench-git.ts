/**
 * How fast git's output is read: builds a repository whose last commit adds
 * 100,000 files (one `git fast-import`), then times the `git diff
 * --name-status -z` the diff engine runs, once with its output thrown away
 * (`> /dev/null`: git's own time) and once read through the project's runner,
 * and prints the two side by side with their ratio; then parsing the output,
 * and the whole `changedFiles` call. Each figure is the median of several
 * runs. Prints the figures; asserts nothing.
 *
 *   npm run bench -- git     (BENCH_FILES sets the number of files, BENCH_RUNS the runs)
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { changedFiles } from '../src/git/index.js';
import { parseNameStatusZ } from '../src/git/parse.js';
import { createGitRunner } from '../src/git/runner.js';

const count = Number(process.env.BENCH_FILES ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 7);

const DIRS = ['src/training', 'src/serving', 'data/training', 'docs/guide', 'tests/unit'];

// Only the benchmark's own config: no user or system setting changes what git does.
process.env.GIT_CONFIG_NOSYSTEM = '1';
process.env.GIT_CONFIG_GLOBAL = '/dev/null';
const env: Record<string, string> = { LC_ALL: 'C' };
for (const [key, value] of Object.entries(process.env)) {
  if (value !== undefined && !(key in env)) env[key] = value;
}

/** A fast-import stream: a commit with a README, then one that adds `count` files. */
function history(): Buffer {
  const who = 'Bench <bench@example.com> 1700000000 +0000';
  const lines = [
    'blob',
    'mark :1',
    'data 6',
    'hello',
    'commit refs/heads/main',
    'mark :2',
    `committer ${who}`,
    'data 4',
    'base',
    'M 100644 :1 README.md',
    'commit refs/heads/main',
    'mark :3',
    `committer ${who}`,
    'data 4',
    'head',
    'from :2',
  ];
  for (let i = 0; i < count; i++) {
    const dir = DIRS[i % DIRS.length];
    lines.push(`M 100644 :1 ${dir}/part-${String(i % 1000).padStart(4, '0')}/file ${i}.py`);
  }
  lines.push('done', '');
  return Buffer.from(lines.join('\n'), 'utf8');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** git alone, its output written to /dev/null. */
function gitToDevNull(args: string[], cwd: string): Promise<void> {
  const devNull = openSync('/dev/null', 'w');
  return new Promise<void>((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: ['ignore', devNull, 'ignore'] });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git ${args[0]} exited with ${code}`)),
    );
  }).finally(() => closeSync(devNull));
}

function ms(value: number): string {
  return `${value.toFixed(1).padStart(8)} ms`;
}

const work = mkdtempSync(join(tmpdir(), 'gate-bench-git-'));
try {
  const runner = createGitRunner();
  const repo = join(work, 'repo.git');
  const init = await runner.run(['init', '--quiet', '--bare', repo], { cwd: work, env });
  if (init.exitCode !== 0) throw new Error(init.stderr);
  const imported = await runner.run(['fast-import', '--quiet', '--done'], {
    cwd: repo,
    env,
    input: history(),
  });
  if (imported.exitCode !== 0) throw new Error(imported.stderr);

  // The arguments the diff engine gives git diff.
  const args = [
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--ignore-submodules=none',
    'main~1',
    'main',
    '--',
  ];
  const sample = await runner.run(args, { cwd: repo, env });
  const files = parseNameStatusZ(sample.stdout);
  if (sample.exitCode !== 0 || files.length !== count) {
    throw new Error(`git diff listed ${files.length} files, not ${count}: ${sample.stderr}`);
  }
  const bytes = Buffer.byteLength(sample.stdout);
  console.log(
    `git diff --name-status -z of ${count.toLocaleString('en-US')} added files: ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MiB of output; median of ${runs} runs\n`,
  );

  const alone = await timed(() => gitToDevNull(args, repo));
  const read = await timed(() => runner.run(args, { cwd: repo, env }));
  const parsed = await timed(async () => parseNameStatusZ(sample.stdout));
  const whole = await timed(() => changedFiles({ cwd: repo }, 'main~1', 'main'));

  console.log(`git alone (> /dev/null)                     ${ms(alone)}`);
  console.log(
    `read through the runner                     ${ms(read)}  ${(read / alone).toFixed(2)}× git alone`,
  );
  console.log(`parse the output (parseNameStatusZ)         ${ms(parsed)}`);
  console.log(
    `changedFiles, all its git commands and parse ${ms(whole)}  ${(whole / alone).toFixed(2)}× git alone`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
