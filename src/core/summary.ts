/**
 * The job summary (pure): GitHub-flavoured Markdown that shows the verdict
 * first, then why, what it costs, which filters matched which files, and what
 * was compared.
 *
 * File names, filter names, refs and reasons are hostile input. Every piece of
 * such text goes through `escapeMarkdown`, which leaves only letters, digits,
 * spaces and a few inert characters as they are and writes everything else as
 * a numeric HTML entity, so no name can open a link, an image, emphasis, a
 * heading, a table cell or an HTML tag. Control characters are shown visibly
 * (`\n`, `\t`, `\x1b`), so no name can break a line either.
 */
import { clip, link, plural } from './format.js';
import { formatDuration } from './history.js';
import { formatHours, formatMoney, utf8Length } from './outputs.js';
import type {
  ChangedFile,
  CostReport,
  DiffSource,
  GateReport,
  HoursSource,
  PriceSource,
  Trigger,
} from './types.js';

export interface SummaryOptions {
  /** Files listed per filter before "… and N more" (default 50). */
  maxFilesPerFilter?: number;
}

/** GitHub refuses a step summary over 1 MiB; this leaves room below it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;
/** Room kept for the lines that close the summary once the file lists are cut. */
const CLOSING_RESERVE_BYTES = 4_096;
const MAX_REASON_CHARS = 2_000;
const MAX_NAME_CHARS = 256;
const MAX_MESSAGE_CHARS = 500;

// Left as they are: letters, digits and combining marks of any script, the space, and `,`, `/`, `-`.
const PLAIN = /^[\p{L}\p{N}\p{M} ,/-]$/u;
// Shown as escapes: controls, format characters (bidi overrides, zero-width…), line and
// paragraph separators and lone surrogates. The zero-width joiner stays: emoji use it.
const INVISIBLE = /^(?!\u200d)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u;
const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\\': '\\\\',
};

function entity(char: string): string {
  return `&#${char.codePointAt(0) ?? 0};`;
}

function visibleEscape(char: string): string {
  const named = NAMED_ESCAPES[char];
  if (named !== undefined) return named;
  const code = char.codePointAt(0) ?? 0;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/**
 * Text made inert for Markdown and HTML: letters, digits, spaces and `,/-` stay;
 * a backslash or a control or format character is written as a C-style escape
 * (`\\`, `\n`, `\x1b`, `\u{202e}`) so it is visible and unambiguous; every other
 * character becomes a numeric HTML entity. Safe in a paragraph, a list item,
 * a table cell, a heading, and as text or attribute value inside HTML.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const char of text) {
    if (PLAIN.test(char)) out += char;
    else if (char === '\\' || INVISIBLE.test(char)) {
      for (const c of visibleEscape(char)) out += PLAIN.test(c) ? c : entity(c);
    } else out += entity(char);
  }
  return out;
}

function code(text: string, max = MAX_NAME_CHARS): string {
  return `<code>${escapeMarkdown(clip(text, max))}</code>`;
}

function money(amount: number, currency: string): string {
  // A valid code is three letters, which escaping leaves as they are.
  return formatMoney(amount, escapeMarkdown(clip(currency, 16)));
}

function heading(report: GateReport): string {
  const { decision, changeSet } = report;
  if (decision.fail) return '## ❌ Gate failed: change set incomplete';
  const forced = decision.trigger === 'force' || decision.trigger === 'label';
  if (decision.shouldTrain) {
    if (forced) return '## 🚀 Training will run (forced)';
    if (!changeSet.complete) return '## ⚠️ Training will run: change set incomplete';
    return '## 🚀 Training will run';
  }
  if (!changeSet.complete) return '## ⚠️ Training skipped: change set incomplete';
  return '## ⏭️ Training skipped';
}

const TRIGGER_NOTE: Readonly<Record<Trigger, string>> = {
  force:
    'Training was forced by the <code>force</code> input, so the gap does not change the outcome.',
  label: 'Training was forced by a pull request label, so the gap does not change the outcome.',
  filters:
    'A <code>train-on</code> filter matched among the files that were seen, so training runs regardless.',
  incomplete: '',
  'no-match': '',
  'nothing-to-compare': '',
};

function incompleteAlert(report: GateReport): string[] {
  const { decision, changeSet } = report;
  if (changeSet.complete) return [];
  const why =
    changeSet.incompleteReason !== undefined && changeSet.incompleteReason !== ''
      ? ` ${escapeMarkdown(clip(changeSet.incompleteReason, MAX_REASON_CHARS))}`
      : '';
  let outcome = TRIGGER_NOTE[decision.trigger];
  if (outcome === '') {
    const verdict = decision.fail
      ? 'the step fails'
      : decision.shouldTrain
        ? 'training runs'
        : 'training is skipped, although files that were not seen may match a <code>train-on</code> filter';
    outcome = `<code>on-error</code> decided: ${verdict}.`;
  }
  return [
    '> [!WARNING]',
    `> **Not every changed file could be seen.**${why === '' ? '' : ` Cause:${why}`}`,
    '>',
    `> ${outcome}`,
    '',
  ];
}

/** Where the training time came from, or why it is unknown: one list item. */
function hoursLine(source: HoursSource): string {
  switch (source.kind) {
    case 'input':
      return '- Training time: the <code>training-hours</code> input';
    case 'measured': {
      const job = code(source.jobName);
      const took = formatDuration(source.medianSeconds);
      return source.runs === 1
        ? `- Training time: the last successful run of ${job}, the only one measured so far: ${took}`
        : `- Training time: median of the last ${source.runs} successful runs of ${job}: ${took}`;
    }
    case 'no-history':
      return source.runsExamined === 0
        ? `- Training time unknown: this workflow has no earlier successful run, so ${code(source.jobName)} has not been measured yet`
        : `- Training time unknown: ${code(source.jobName)} did not run successfully in any of the last ${plural(source.runsExamined, 'successful run', 'successful runs')} of this workflow; it is measured once it has`;
    case 'permission-missing':
      return `- Training time unknown: the token may not read this workflow's runs, so ${code(source.jobName)} could not be measured; give the job the <code>actions: read</code> permission`;
    case 'unavailable':
      return `- Training time unknown: the runs of ${code(source.jobName)} could not be read (${escapeMarkdown(clip(source.message, MAX_MESSAGE_CHARS))})`;
  }
}

/** Where the hourly price came from: one list item. */
function priceLine(source: PriceSource, cost: CostReport): string {
  const price =
    cost.hourlyCost !== undefined ? `${money(cost.hourlyCost, cost.currency)} an hour from ` : '';
  if (source.kind === 'input') {
    const over =
      source.overrides !== undefined ? `, in place of the ${code(source.overrides)} preset` : '';
    return `- Price: ${price}the <code>gpu-hourly-cost</code> input${over}`;
  }
  const url = /^https:\/\/[^\s"'<>`\\]+$/.test(source.url) ? source.url : undefined;
  const read = url !== undefined ? link(url, 'on-demand price') : 'on-demand price';
  return (
    `- Price: ${price}the ${code(source.name)} preset ` +
    `(${escapeMarkdown(clip(source.description, MAX_MESSAGE_CHARS))}); ` +
    `${read} read on ${escapeMarkdown(source.readOn)}, prices change`
  );
}

/** Where the training time and the price came from, one list item each. */
function sourceLines(cost: CostReport): string[] {
  const lines: string[] = [];
  if (cost.hoursSource !== undefined) lines.push(hoursLine(cost.hoursSource));
  if (cost.priceSource !== undefined) lines.push(priceLine(cost.priceSource, cost));
  return lines.length > 0 ? [...lines, ''] : [];
}

function limitLines(report: GateReport): string[] {
  const { decision, cost } = report;
  if (cost.costLimit === undefined || !decision.shouldTrain) return [];
  const limit = money(cost.costLimit, cost.currency);
  if (cost.estimatedCost === undefined) {
    return [
      '> [!NOTE]',
      `> The <code>cost-limit</code> of ${limit} could not be checked: there is no cost estimate, so <code>over-limit</code> is <code>false</code>.`,
      '',
    ];
  }
  const estimate = money(cost.estimatedCost, cost.currency);
  if (cost.overLimit === true) {
    return [
      '> [!WARNING]',
      `> **Over the cost limit:** training this change is estimated at ${estimate}, above the <code>cost-limit</code> of ${limit}, so <code>over-limit</code> is <code>true</code>.`,
      '',
    ];
  }
  return [
    `Within the <code>cost-limit</code> of ${limit}: <code>over-limit</code> is <code>false</code>.`,
    '',
  ];
}

function costLines(report: GateReport): string[] {
  const { decision, cost } = report;
  if (decision.fail) return [];
  const training = decision.shouldTrain;
  const hours = training
    ? (cost.estimatedGpuHours ?? cost.runGpuHours)
    : (cost.gpuHoursAvoided ?? cost.runGpuHours);
  const amount = training
    ? (cost.estimatedCost ?? cost.runCost)
    : (cost.costAvoided ?? cost.runCost);
  const lead = training ? 'Training this change:' : 'Skipped: avoided';
  const parts: string[] = [];
  if (hours !== undefined) parts.push(`${formatHours(hours)} GPU-hours`);
  if (amount !== undefined) parts.push(`≈ ${money(amount, cost.currency)}`);
  const measured = cost.hoursSource !== undefined && cost.hoursSource.kind !== 'input';
  const priceHint = '<code>gpu-hourly-cost</code> (or <code>gpu-runner</code>)';
  const lines: string[] = [];
  if (parts.length === 0 && measured) {
    // Past runs were to give the training time and did not: say so, invent nothing.
    lines.push('No cost is shown: the training time is not known.', '');
    if (cost.hourlyCost === undefined) {
      lines.push(`<sub>Set ${priceHint} to price a training run.</sub>`, '');
    }
  } else if (parts.length === 0) {
    const missing = [
      cost.hourlyCost === undefined ? priceHint : undefined,
      cost.trainingHours === undefined
        ? '<code>training-hours</code> (or <code>training-job</code>)'
        : undefined,
    ].filter((s): s is string => s !== undefined);
    const inputs = missing.length > 0 ? missing.join(' and ') : '<code>training-hours</code>';
    lines.push(`<sub>Set ${inputs} to see what a training run costs.</sub>`, '');
  } else {
    lines.push(`${lead} ${parts.join(' ')}`, '');
    if (cost.hourlyCost !== undefined && cost.trainingHours !== undefined) {
      const time =
        cost.hoursSource?.kind === 'measured'
          ? `measured training time ${formatHours(cost.trainingHours)} h`
          : `training-hours ${formatHours(cost.trainingHours)}`;
      const price =
        cost.priceSource?.kind === 'preset'
          ? `${code(cost.priceSource.name)} ${money(cost.hourlyCost, cost.currency)} an hour`
          : `gpu-hourly-cost ${money(cost.hourlyCost, cost.currency)}`;
      lines.push(`<sub>${time} × gpu-count ${cost.gpuCount} × ${price}</sub>`, '');
    } else if (cost.hourlyCost === undefined) {
      lines.push(`<sub>Set ${priceHint} to price a training run.</sub>`, '');
    }
  }
  return [...lines, ...limitLines(report), ...sourceLines(cost)];
}

/**
 * The verdict, the gap warning when the change set is incomplete, the reason,
 * and the cost with its sources: the top of the job summary and of the
 * pull-request comment.
 */
export function renderVerdict(report: GateReport): string[] {
  return [
    heading(report),
    '',
    ...incompleteAlert(report),
    `**Why:** ${escapeMarkdown(clip(report.decision.reason, MAX_REASON_CHARS))}`,
    '',
    ...costLines(report),
  ];
}

const SOURCE_WORDS: Readonly<Record<DiffSource, string>> = {
  compare: 'the GitHub compare API',
  'pull-files': 'the pull request files API',
  commits: 'the GitHub commits API',
  git: 'git in the checkout',
  none: 'no source',
};

const SHA = /^[0-9a-f]{7,64}$/i;

/** The repository's address on the server, when it is safe to link to. */
export function repoUrl(report: GateReport): string | undefined {
  const { serverUrl, owner, repo } = report.repository;
  if (!/^https?:\/\/[^\s"'<>`\\]+$/.test(serverUrl) || owner === '' || repo === '')
    return undefined;
  return `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}

/** A commit as a short SHA, linked when the repository address is known. */
export function commitRef(sha: string, base: string | undefined): string {
  if (base !== undefined && SHA.test(sha)) {
    return link(`${base}/commit/${sha}`, `<code>${escapeMarkdown(sha.slice(0, 7))}</code>`);
  }
  return code(sha);
}

function footerLines(report: GateReport): string[] {
  const { changeSet } = report;
  const base = repoUrl(report);
  const lines: string[] = [];
  const hasBase = changeSet.baseSha !== '' && !/^0+$/.test(changeSet.baseSha);
  const hasHead = changeSet.headSha !== '' && !/^0+$/.test(changeSet.headSha);
  if (hasBase || hasHead) {
    let compared = `${hasBase ? commitRef(changeSet.baseSha, base) : 'nothing'} → ${
      hasHead ? commitRef(changeSet.headSha, base) : 'nothing'
    }`;
    if (base !== undefined && SHA.test(changeSet.baseSha) && SHA.test(changeSet.headSha)) {
      compared += ` (${link(`${base}/compare/${changeSet.baseSha}...${changeSet.headSha}`, 'compare')})`;
    }
    lines.push(`- Compared: ${compared}`);
  } else {
    lines.push('- Compared: no commits');
  }
  let event = `- Event: ${code(report.eventName, 100)}`;
  const pr = report.pullRequest;
  if (pr !== undefined && Number.isSafeInteger(pr) && pr > 0) {
    event += `, pull request ${base !== undefined ? link(`${base}/pull/${pr}`, `#${pr}`) : `#${pr}`}`;
  }
  lines.push(event);
  const count = plural(changeSet.files.length, 'changed file', 'changed files');
  const completeness = changeSet.complete
    ? 'complete'
    : '**incomplete**: some changed files could not be seen';
  lines.push(
    `- Change set: ${count} from ${code(changeSet.source)} (${SOURCE_WORDS[changeSet.source]}), ${completeness}`,
  );
  return lines;
}

function fileLine(file: ChangedFile): string {
  const status = escapeMarkdown(file.status);
  if (file.previousFilename !== undefined && file.previousFilename !== file.filename) {
    return `- ${status} <code>${escapeMarkdown(file.previousFilename)}</code> → <code>${escapeMarkdown(
      file.filename,
    )}</code>`;
  }
  return `- ${status} <code>${escapeMarkdown(file.filename)}</code>`;
}

/** Appends lines while they fit in a byte budget. */
class Budget {
  private left: number;
  constructor(bytes: number) {
    this.left = bytes;
  }
  /** Whether `line` fits while keeping `keep` bytes; if so, it is counted. */
  take(line: string, keep = 0): boolean {
    const bytes = utf8Length(line) + 1;
    if (bytes + keep > this.left) return false;
    this.left -= bytes;
    return true;
  }
  get remaining(): number {
    return this.left;
  }
  /** Counts a line that must be written. */
  force(line: string): void {
    this.left -= utf8Length(line) + 1;
  }
}

/** The table of filters (name, train-on, matched count), cut to fit `maxBytes`. */
export function renderFilterTable(report: GateReport, maxBytes: number): string[] {
  return filterTable(report, new Budget(maxBytes));
}

function filterTable(report: GateReport, budget: Budget): string[] {
  if (report.filters.length === 0) return ['No filters are defined.', ''];
  const lines = ['| Filter | Train-on | Matched |', '| --- | --- | --- |'];
  lines.forEach((line) => budget.force(line));
  let shown = 0;
  for (const filter of report.filters) {
    const matched = filter.files.length > 0 ? `✅ ${filter.files.length}` : '—';
    const row = `| ${code(filter.name)} | ${filter.trainOn ? 'yes' : 'no'} | ${matched} |`;
    if (!budget.take(row, CLOSING_RESERVE_BYTES)) break;
    lines.push(row);
    shown++;
  }
  const hidden = report.filters.length - shown;
  if (hidden > 0) {
    const row = `| … and ${plural(hidden, 'more filter', 'more filters')} | | |`;
    budget.force(row);
    lines.push(row);
  }
  lines.push('');
  return lines;
}

function fileDetails(report: GateReport, budget: Budget, maxFiles: number): string[] {
  const lines: string[] = [];
  const matching = report.filters.filter((f) => f.files.length > 0);
  const closingBytes = 256;
  let omittedFilters = 0;
  matching.forEach((filter, index) => {
    // An equal share of the room left; what a filter does not use passes to the next ones.
    const share = Math.floor(
      (budget.remaining - CLOSING_RESERVE_BYTES) / (matching.length - index),
    );
    const total = filter.files.length;
    const opener = `<details><summary>${code(filter.name)}: ${plural(total, 'file', 'files')}</summary>`;
    let used = utf8Length(opener) + 2 + closingBytes;
    if (used > share) {
      omittedFilters++;
      return;
    }
    const items: string[] = [];
    const limit = Math.min(total, maxFiles);
    for (let i = 0; i < limit; i++) {
      const file = filter.files[i];
      if (file === undefined) break;
      const line = fileLine(file);
      const bytes = utf8Length(line) + 1;
      if (used + bytes > share) break;
      used += bytes;
      items.push(line);
    }
    const block = [opener, '', ...items];
    const more = total - items.length;
    if (more > 0) {
      const cut = items.length < limit ? ' (summary size limit)' : '';
      block.push(`- … and ${more} more${cut}`);
    }
    block.push('', '</details>', '');
    block.forEach((line) => budget.force(line));
    lines.push(...block);
  });
  if (omittedFilters > 0) {
    lines.push(
      `File lists of ${plural(omittedFilters, 'more filter', 'more filters')} left out ` +
        'to keep this summary under the size GitHub accepts.',
      '',
    );
  }
  return lines;
}

/** The job summary of one run of the gate, as GitHub-flavoured Markdown. */
export function renderSummary(report: GateReport, opts: SummaryOptions = {}): string {
  const maxFiles = Math.max(0, Math.floor(opts.maxFilesPerFilter ?? 50));
  const head = renderVerdict(report);
  const footer = footerLines(report);
  const budget = new Budget(SUMMARY_LIMIT_BYTES);
  [...head, ...footer].forEach((line) => budget.force(line));
  const body = [...filterTable(report, budget), ...fileDetails(report, budget, maxFiles)];
  return [...head, ...body, ...footer].join('\n') + '\n';
}
