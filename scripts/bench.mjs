/**
 * `npm run bench`: bundles each benchmark script (TypeScript, importing the
 * sources) with ncc, as the action itself is bundled, and runs it with Node.
 * Benchmarks print figures side by side with their baselines and assert
 * nothing: these machines are shared and too noisy for timed tests.
 *
 *   npm run bench [-- name…] [-- --peer <folder>]   e.g. npm run bench -- gate
 *
 * `--peer <folder>` (or BENCH_PEER) names a folder holding another action's
 * bundle as index.js (dorny/paths-filter's dist/index.js): the action
 * benchmark then measures it beside the gate.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const peerAt = args.indexOf('--peer');
const peer = peerAt === -1 ? process.env.BENCH_PEER : args[peerAt + 1];
if (peerAt !== -1) args.splice(peerAt, 2);
const wanted = args;
const scripts = readdirSync(join(root, 'scripts'))
  .filter((f) => /^bench-.+\.ts$/.test(f))
  .filter((f) => wanted.length === 0 || wanted.includes(f.slice(6, -3)))
  .sort();
if (scripts.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')}; the benchmarks are scripts/bench-*.ts.`);
  process.exit(2);
}
for (const script of scripts) {
  const out = join(root, '.tmp', 'bench', script.slice(0, -3));
  mkdirSync(out, { recursive: true });
  const build = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join('scripts', script),
      '-o',
      out,
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`\n== ${script}`);
  const run = spawnSync(process.execPath, [join(out, 'index.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_ROOT: root, ...(peer ? { BENCH_PEER: resolve(peer) } : {}) },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
