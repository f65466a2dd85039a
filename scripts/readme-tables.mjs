// @ts-check
/**
 * `npm run docs:tables`: writes the README's Inputs and Outputs tables from
 * action.yml, between the marker comments
 *
 *   <!-- inputs:start -->  …  <!-- inputs:end -->
 *   <!-- outputs:start --> …  <!-- outputs:end -->
 *
 * action.yml is the one source (editors and the Marketplace show its text), so
 * a description is changed there and the tables regenerated. The README adds
 * only links from a name to the section that explains it (LINKS below),
 * and the per-filter outputs, which action.yml cannot declare because their
 * names are the filters' names.
 *
 *   node scripts/readme-tables.mjs           rewrite README.md
 *   node scripts/readme-tables.mjs --check   exit 1 when README.md is not what it would write
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

/** README sections that explain an input or output further: name → heading's anchor. */
export const LINKS = {
  inputs: {
    filters: '#filters',
    'on-error': '#how-the-change-set-is-found',
    'list-files': '#file-lists-list-files',
    'gpu-runner': '#runner-prices-gpu-runner',
    'training-job': '#training-time-measured-from-past-runs-training-job',
    'cost-limit': '#budget-guard-cost-limit-and-the-pull-request-comment-comment',
    comment: '#budget-guard-cost-limit-and-the-pull-request-comment-comment',
  },
  outputs: {
    complete: '#how-the-change-set-is-found',
    'over-limit': '#budget-guard-cost-limit-and-the-pull-request-comment-comment',
  },
};

/** The outputs every filter gets, listed after `changes`. */
export const PER_FILTER_OUTPUTS = [
  ['<filter>', 'true when the filter matched at least one changed file, else false.'],
  ['<filter>_count', 'How many changed files the filter matched.'],
  [
    '<filter>_files',
    'The files the filter matched, in the list-files format; not set when list-files is none.',
  ],
];

const GENERATED =
  '<!-- Generated from action.yml by `npm run docs:tables`: edit action.yml, then run it. -->';

/** Escapes text for a table cell: `|` always, `<` outside code spans (not HTML). */
function cell(text) {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '\\<')))
    .join('')
    .replace(/\|/g, '\\|');
}

/** A code span around a value, long enough for the backticks it contains. */
function code(value) {
  const ticks = '`'.repeat(Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${value}${pad}${ticks}`;
}

/** The name cell: the name as code, linked to the section that explains it, if any. */
function named(name, link) {
  return link ? `[${code(name)}](${link})` : code(name);
}

/**
 * The two tables' Markdown from action.yml's text.
 * @param {string} actionYml
 */
export function tables(actionYml) {
  const action = parse(actionYml);
  /** @type {Record<string, { description?: string; required?: boolean; default?: unknown }>} */
  const inputs = action.inputs ?? {};
  /** @type {Record<string, { description?: string }>} */
  const outputs = action.outputs ?? {};
  /** @type {Record<string, string>} */
  const inputLinks = LINKS.inputs;
  /** @type {Record<string, string>} */
  const outputLinks = LINKS.outputs;

  const inputRows = Object.entries(inputs).map(([name, spec]) => {
    const fallback =
      spec.required === true
        ? 'required'
        : spec.default === undefined || spec.default === ''
          ? 'empty'
          : code(String(spec.default));
    return `| ${named(name, inputLinks[name])} | ${fallback} | ${cell(spec.description ?? '')} |`;
  });
  const outputRows = [];
  for (const [name, spec] of Object.entries(outputs)) {
    outputRows.push(`| ${named(name, outputLinks[name])} | ${cell(spec.description ?? '')} |`);
    if (name === 'changes') {
      for (const [pattern, text] of PER_FILTER_OUTPUTS) {
        outputRows.push(`| ${code(pattern)} | ${cell(text)} |`);
      }
    }
  }
  return {
    inputs: [
      GENERATED,
      '',
      '| input | default | description |',
      '| --- | --- | --- |',
      ...inputRows,
    ].join('\n'),
    outputs: [GENERATED, '', '| output | description |', '| --- | --- |', ...outputRows].join('\n'),
  };
}

/** GitHub's anchor of a Markdown heading. */
export function anchor(heading) {
  return (
    '#' +
    heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
  );
}

/**
 * The README with its tables replaced; fails when a marker is missing or a
 * link names no heading of the README.
 * @param {string} readme
 * @param {string} actionYml
 */
export function withTables(readme, actionYml) {
  const generated = tables(actionYml);
  let text = readme;
  for (const name of /** @type {const} */ (['inputs', 'outputs'])) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new Error(`README.md has no ${start} … ${end} markers around its ${name} table.`);
    }
    text = `${text.slice(0, from + start.length)}\n\n${generated[name]}\n\n${text.slice(to)}`;
  }
  const anchors = new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchor(m[1] ?? '')));
  for (const link of [...Object.values(LINKS.inputs), ...Object.values(LINKS.outputs)]) {
    if (!anchors.has(link)) {
      throw new Error(
        `scripts/readme-tables.mjs links to ${link}, which is no heading of README.md.`,
      );
    }
  }
  return text;
}

async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const replaced = withTables(readme, readFileSync(join(root, 'action.yml'), 'utf8'));
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  const formatted = await prettier.format(replaced, { ...options, filepath: readmePath });
  if (process.argv.includes('--check')) {
    if (formatted !== readme) {
      console.error(
        "README.md's Inputs or Outputs table is not what action.yml says: run `npm run docs:tables` and commit README.md.",
      );
      process.exitCode = 1;
    } else {
      console.log("README.md's Inputs and Outputs tables match action.yml.");
    }
    return;
  }
  if (formatted === readme) {
    console.log('README.md is up to date.');
  } else {
    writeFileSync(readmePath, formatted);
    console.log("README.md's Inputs and Outputs tables rewritten from action.yml.");
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
