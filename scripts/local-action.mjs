// @ts-check
/**
 * `npm run local-action`: runs the action on this machine as the runner would.
 *
 * Inputs and runner variables come from a `.env` file (INPUT_FILTERS=…,
 * GITHUB_EVENT_NAME=…, GITHUB_EVENT_PATH=…, GITHUB_TOKEN=…); every input it
 * does not set gets its default from action.yml, as the runner passes every
 * input. The output, job summary and temporary folders are files under
 * .tmp/local-action/; the outputs and the summary's path are printed at the end.
 *
 *   npm run local-action [-- [--env FILE] [--event FILE] [--bundle]]
 *
 *   --env FILE     the variables (default: .env at the root of the repository)
 *   --event FILE   the event payload (takes the place of GITHUB_EVENT_PATH)
 *   --bundle       bundle src/ first (into .tmp/local-action/dist) and run that,
 *                  instead of the committed dist/index.js
 *
 * examples/local/ has a .env.example and event payloads to start from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', $: '$' };

/**
 * Reads the text of a `.env` file: `NAME=value` lines, `#` comments and blank
 * lines; values unquoted (trimmed, a ` #` starts a comment), in single quotes
 * (literal, may span lines) or in double quotes (may span lines; \n, \t, \",
 * \\ are escapes). An optional `export ` before a name is ignored.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseEnv(text) {
  /** @type {Record<string, string>} */
  const vars = {};
  const src = text.replace(/\r\n?/g, '\n');
  let i = 0;
  let line = 1;
  const fail = (message) => {
    throw new Error(`.env line ${line}: ${message}`);
  };
  while (i < src.length) {
    const end = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    const row = src.slice(i, end);
    if (row.trim() === '' || row.trim().startsWith('#')) {
      i = end + 1;
      line++;
      continue;
    }
    const head = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*/.exec(row);
    if (!head) fail(`expected NAME=value, found ${JSON.stringify(row)}`);
    const name = /** @type {RegExpExecArray} */ (head)[1] ?? '';
    let j = i + /** @type {RegExpExecArray} */ (head)[0].length;
    const quote = src[j];
    if (quote === '"' || quote === "'") {
      const first = line;
      let value = '';
      j++;
      for (;;) {
        if (j >= src.length) {
          line = first;
          fail(`the value of ${name} has no closing ${quote}`);
        }
        const c = src[j] ?? '';
        if (c === quote) break;
        if (c === '\n') line++;
        if (quote === '"' && c === '\\' && (src[j + 1] ?? '') in ESCAPES) {
          value += ESCAPES[/** @type {keyof typeof ESCAPES} */ (src[j + 1])];
          j += 2;
          continue;
        }
        value += c;
        j++;
      }
      const rest = src.indexOf('\n', j) < 0 ? src.length : src.indexOf('\n', j);
      const after = src.slice(j + 1, rest).trim();
      if (after !== '' && !after.startsWith('#'))
        fail(`unexpected text after the value of ${name}`);
      vars[name] = value;
      i = rest + 1;
    } else {
      vars[name] = row
        .slice(j - i)
        .replace(/\s+#.*$/, '')
        .trim();
      i = end + 1;
    }
    line++;
  }
  return vars;
}

/**
 * The inputs action.yml declares, as the runner passes them when a workflow
 * sets none: `INPUT_<NAME>` with the default (`${{ github.token }}` is the token given).
 * @param {string} actionYml
 * @param {string} token
 */
export function defaultInputs(actionYml, token) {
  /** @type {Record<string, { default?: unknown }>} */
  const inputs = parse(actionYml).inputs ?? {};
  /** @type {Record<string, string>} */
  const env = {};
  for (const [name, spec] of Object.entries(inputs)) {
    const value = spec.default === undefined ? '' : String(spec.default);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = /\$\{\{\s*github\.token\s*\}\}/.test(
      value,
    )
      ? token
      : value;
  }
  return env;
}

/** Parses the GITHUB_OUTPUT file: `name<<DELIMITER` … `DELIMITER`, or `name=value`. */
export function readOutputs(text) {
  /** @type {Record<string, string>} */
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      outputs[heredoc[1] ?? ''] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** @param {string[]} args */
function options(args) {
  /** @type {{ env: string; event?: string; bundle: boolean }} */
  const opts = { env: join(ROOT, '.env'), bundle: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--bundle') opts.bundle = true;
    else if ((arg === '--env' || arg === '--event') && args[i + 1] !== undefined) {
      opts[arg.slice(2) === 'env' ? 'env' : 'event'] = resolve(args[++i] ?? '');
    } else {
      console.error(
        `Unknown argument ${arg}. Usage: npm run local-action -- [--env FILE] [--event FILE] [--bundle]`,
      );
      process.exit(2);
    }
  }
  return opts;
}

function main() {
  const opts = options(process.argv.slice(2));
  if (!existsSync(opts.env)) {
    console.error(
      `No ${opts.env}: copy examples/local/.env.example to .env and set the inputs and the event there.`,
    );
    process.exit(2);
  }
  let fromFile;
  try {
    fromFile = parseEnv(readFileSync(opts.env, 'utf8'));
  } catch (error) {
    console.error(`${opts.env}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const at = (path) => (isAbsolute(path) ? path : resolve(ROOT, path));

  const work = join(ROOT, '.tmp', 'local-action');
  rmSync(join(work, 'run'), { recursive: true, force: true });
  mkdirSync(join(work, 'run', 'temp'), { recursive: true });
  // The workspace of a job without a checkout: an empty folder outside any git repository.
  const emptyWorkspace = mkdtempSync(join(tmpdir(), 'local-action-workspace-'));
  const outputFile = join(work, 'run', 'output');
  const summaryFile = join(work, 'run', 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');

  let entry = join(ROOT, 'dist', 'index.js');
  if (opts.bundle) {
    const out = join(work, 'dist');
    console.log('Bundling src/index.ts …');
    const build = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
        'build',
        join(ROOT, 'src/index.ts'),
        '-o',
        out,
        '--quiet',
      ],
      { stdio: 'inherit', cwd: ROOT },
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
    entry = join(out, 'index.js');
  }

  const token = fromFile.GITHUB_TOKEN ?? process.env.GITHUB_TOKEN ?? '';
  const eventPath =
    opts.event ?? (fromFile.GITHUB_EVENT_PATH ? at(fromFile.GITHUB_EVENT_PATH) : '');
  if (!eventPath || !existsSync(eventPath)) {
    console.error(
      `No event payload${eventPath ? ` at ${eventPath}` : ''}: set GITHUB_EVENT_PATH in .env or pass --event FILE.`,
    );
    process.exit(2);
  }
  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: basename(eventPath, '.json'),
    GITHUB_REPOSITORY: 'org/ml-change-gate',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_WORKFLOW: 'local-action',
    GITHUB_JOB: 'detect-changes',
    GITHUB_RUN_ID: '1',
    GITHUB_WORKSPACE: emptyWorkspace,
    ...defaultInputs(readFileSync(join(ROOT, 'action.yml'), 'utf8'), token),
    ...fromFile,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: join(work, 'run', 'temp'),
  };
  env.GITHUB_WORKSPACE = at(env.GITHUB_WORKSPACE ?? '.');
  if (env.INPUT_TOKEN === '' && token !== '') env.INPUT_TOKEN = token;
  if (env['INPUT_WORKING-DIRECTORY'])
    env['INPUT_WORKING-DIRECTORY'] = at(env['INPUT_WORKING-DIRECTORY']);

  console.log(
    `Running ${entry.startsWith(ROOT) ? entry.slice(ROOT.length + 1) : entry} for ${env.GITHUB_EVENT_NAME} ` +
      `(${env.GITHUB_EVENT_PATH.slice(ROOT.length + 1) || env.GITHUB_EVENT_PATH}) on ${env.GITHUB_REPOSITORY}\n`,
  );
  const run = spawnSync(process.execPath, [entry], {
    env,
    stdio: 'inherit',
    cwd: env.GITHUB_WORKSPACE,
  });

  rmSync(emptyWorkspace, { recursive: true, force: true });
  const outputs = readOutputs(readFileSync(outputFile, 'utf8'));
  const names = Object.keys(outputs);
  console.log(`\nOutputs (${outputFile.slice(ROOT.length + 1)}):`);
  if (names.length === 0) console.log('  (none)');
  const width = Math.max(0, ...names.map((n) => n.length));
  for (const name of names)
    console.log(
      `  ${name.padEnd(width)}  ${outputs[name]?.replace(/\n/g, '\n' + ' '.repeat(width + 4))}`,
    );
  const summary = readFileSync(summaryFile, 'utf8');
  if (summary !== '') console.log(`\nJob summary: ${summaryFile.slice(ROOT.length + 1)}`);
  process.exit(run.status ?? 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
