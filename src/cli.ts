#!/usr/bin/env node
/**
 * The `ml-change-gate` command line: `check`, `backtest` and `demo` (see
 * cli-main.ts). Runs the commands with the process's streams and sets the
 * exit code; nothing else.
 */
import { resolve } from 'node:path';
import { main } from './cli/main.js';

// A reader that stops early (`| head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: process.stderr.isTTY === true,
  ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
  cwd: process.cwd(),
  now: new Date(),
  env: process.env,
  program: ['node', resolve(process.argv[1] ?? 'dist/cli/index.js')],
});
