/**
 * Bundles scripts/verify-imports.ts (which imports the scanner's TypeScript
 * sources) with ncc, as the action is bundled, and runs it with the
 * arguments given: folders or git directories of Python code to compare
 * against CPython's parser.
 *
 *   node scripts/verify-imports.mjs <folder | git dir>...
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.tmp', 'verify-imports');
mkdirSync(out, { recursive: true });
const build = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    join('scripts', 'verify-imports.ts'),
    '-o',
    out,
    '--quiet',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, [join(out, 'index.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, VERIFY_ROOT: process.cwd() },
});
process.exit(run.status ?? 1);
