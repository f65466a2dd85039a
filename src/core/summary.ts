/**
 * The job summary (pure): GitHub-flavoured Markdown that shows the verdict
 * first, then why, what it costs, which filters matched which files, and what
 * was compared.
 *
 * File names, filter names, refs and reasons are hostile input: every piece of
 * such text goes through `escapeMarkdown` (markdown.ts).
 */
import { clip, link, plural } from './format.js';
import { MAX_REASON_CHARS, code, escapeMarkdown } from './markdown.js';
import { utf8Length } from './outputs.js';
import { costLines, modelLines } from './summary-cost.js';
import { dependencyLines } from './summary-deps.js';
import type { ChangedFile, DiffSource, GateReport, Trigger } from './types.js';

export { escapeMarkdown };

export interface SummaryOptions {
  /** Files listed per filter before "… and N more" (default 50). */
  maxFilesPerFilter?: number;
}

/** GitHub refuses a step summary over 1 MiB; this leaves room below it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;
/** Room kept for the lines that close the summary once the file lists are cut. */
const CLOSING_RESERVE_BYTES = 4_096;
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
  dependencies:
    'A file training depends on changed among the files that were seen, so training runs regardless.',
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
  let outcome =
    decision.trigger === 'filters' && report.models !== undefined
      ? 'What a model trains on matched among the files that were seen, so it trains regardless.'
      : TRIGGER_NOTE[decision.trigger];
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

/**
 * The verdict, the gap warning when the change set is incomplete, the reason,
 * and the cost with its sources (with models, a row per model): the top of
 * the job summary and of the pull-request comment.
 */
export function renderVerdict(report: GateReport): string[] {
  return [
    heading(report),
    '',
    ...incompleteAlert(report),
    `**Why:** ${escapeMarkdown(clip(report.decision.reason, MAX_REASON_CHARS))}`,
    '',
    ...(report.models !== undefined && !report.decision.fail
      ? modelLines(report)
      : costLines(report)),
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
    // ✅ marks only the filters that caused training.
    const caused = report.decision.trigger === 'filters' && filter.trainOn;
    const count = filter.files.length;
    const matched = count === 0 ? '—' : caused ? `✅ ${count}` : String(count);
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
  if (report.informOnly !== undefined && report.informOnly.length > 0) {
    const names = report.informOnly.slice(0, 10).map((n) => code(n, 64));
    const more = report.informOnly.length > 10 ? ' and more' : '';
    const note = `<sub>train-on is empty, so ${names.join(', ')}${more}, named like docs, tests or CI, only ${report.informOnly.length === 1 ? 'informs' : 'inform'}: name ${report.informOnly.length === 1 ? 'it' : 'them'} in train-on to train on ${report.informOnly.length === 1 ? 'it' : 'them'}.</sub>`;
    budget.force(note);
    lines.push(note, '');
  }
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
  const deps = dependencyLines(report);
  deps.forEach((line) => budget.force(line));
  const body = [...deps, ...filterTable(report, budget), ...fileDetails(report, budget, maxFiles)];
  return [...head, ...body, ...footer].join('\n') + '\n';
}
