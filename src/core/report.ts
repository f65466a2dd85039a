/**
 * The backtest report (pure): GitHub-flavoured Markdown with the totals, the
 * filters and every event, and an SVG chart of the cumulative training cost
 * with and without the gate.
 *
 * Commit subjects, branch and filter names are shown through `escapeMarkdown`
 * in the Markdown and through XML escaping in the SVG, so no name can inject
 * markup. The chart draws on an explicit white background so that it reads
 * the same on GitHub's light and dark themes.
 */
import type { BacktestResult, BacktestTotals, EventOutcome } from './backtest.js';
import { clip, formatCount, link, pluralCount } from './format.js';
import { formatHours, formatMoney } from './outputs.js';
import { escapeMarkdown } from './markdown.js';

/** A repository on a GitHub server, for links to commits and pull requests. */
export interface ReportRepository {
  serverUrl: string;
  owner: string;
  repo: string;
}

export interface ReportContext {
  /** The branch (or ref) replayed, as the user named it. */
  branch: string;
  /** The window in words, e.g. "the last 100 first-parent commits". */
  window: string;
  /** What decides, in words: the filters file and train-on, or the models file. */
  decidedBy: string;
  /** The chart's file name, relative to the report; omitted when there is no chart. */
  chartFile?: string;
  /** Where commits and pull requests link to. */
  repository?: ReportRepository;
  /** The command that reproduces the report. */
  command?: string;
  /** Events listed before "… and N more" (default 1000). */
  maxEvents?: number;
}

// ---------------------------------------------------------------------------
// Numbers and words

export { formatMoney };

/** GPU-hours as the action shows them (to 0.01, no trailing zeros), with thousands separators. */
export function formatGpuHours(n: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(
    Number(formatHours(n)),
  );
}

/** A percentage to 0.1: `83.3%`, `100%`. */
export function formatPercent(n: number): string {
  return `${Number(n.toFixed(1))}%`;
}

/** The UTC calendar date of an ISO time: `2025-03-04`. */
export function utcDay(iso: string): string {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : iso.slice(0, 10);
}

/** "2025-03-03 → 2025-03-31", or one day. */
export function period(totals: BacktestTotals): string | undefined {
  if (totals.from === undefined || totals.to === undefined) return undefined;
  const from = utcDay(totals.from);
  const to = utcDay(totals.to);
  return from === to ? from : `${from} → ${to}`;
}

/** How an event came to the branch, in a word: `PR #12`, `merge`, `push`. */
export function eventLabel(event: EventOutcome): string {
  if (event.pullRequest !== undefined) return `PR #${event.pullRequest}`;
  return event.kind === 'merge' ? 'merge' : 'push';
}

// ---------------------------------------------------------------------------
// Markdown

function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

function repositoryUrl(repository: ReportRepository | undefined): string | undefined {
  if (repository === undefined) return undefined;
  const { serverUrl, owner, repo } = repository;
  if (!/^https?:\/\/[^\s"'<>`\\]+$/.test(serverUrl) || owner === '' || repo === '')
    return undefined;
  return `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}

function headline(result: BacktestResult, branch: string): string {
  const t = result.totals;
  if (t.events === 0) return '';
  const skipped = `It would have skipped **${pluralCount(t.skipped, 'training run')}**`;
  const saving: string[] = [];
  if (t.saved !== undefined) {
    saving.push(
      `saving **${formatMoney(t.saved, t.currency)} (${formatPercent(t.savedPercent)})**`,
    );
    if (t.gpuHoursSaved !== undefined)
      saving[0] += ` and **${formatGpuHours(t.gpuHoursSaved)} GPU-hours**`;
  } else if (t.gpuHoursSaved !== undefined) {
    saving.push(
      `saving **${formatGpuHours(t.gpuHoursSaved)} GPU-hours (${formatPercent(t.savedPercent)})**`,
    );
  } else {
    saving.push(`**${formatPercent(t.savedPercent)}** of the training`);
  }
  return (
    `> With the gate, **${formatCount(t.trained)} of ${pluralCount(t.events, 'CI event')}** on ` +
    `${code(branch)} would have trained. ${skipped}, ${saving.join('')}.`
  );
}

function totalsTable(t: BacktestTotals): string[] {
  const lines = [
    '| | Without the gate | With the gate | Saved |',
    '| --- | ---: | ---: | ---: |',
    `| Training runs | ${formatCount(t.events)} | ${formatCount(t.trained)} | **${formatCount(t.skipped)}** (${formatPercent(t.savedPercent)}) |`,
  ];
  if (
    t.gpuHoursWithoutGate !== undefined &&
    t.gpuHoursWithGate !== undefined &&
    t.gpuHoursSaved !== undefined
  ) {
    lines.push(
      `| GPU-hours | ${formatGpuHours(t.gpuHoursWithoutGate)} | ${formatGpuHours(t.gpuHoursWithGate)} | **${formatGpuHours(t.gpuHoursSaved)}** |`,
    );
  }
  if (t.costWithoutGate !== undefined && t.costWithGate !== undefined && t.saved !== undefined) {
    lines.push(
      `| Cost (${escapeMarkdown(t.currency)}) | ${formatMoney(t.costWithoutGate, t.currency)} | ${formatMoney(t.costWithGate, t.currency)} | **${formatMoney(t.saved, t.currency)}** |`,
    );
  }
  return lines;
}

/** How one training run is priced, in words; or which options are missing. */
export function runPriceNote(t: BacktestTotals): string {
  if (t.trainingHours === undefined) {
    return 'Set --training-hours (and --gpu-hourly-cost) to see GPU-hours and cost.';
  }
  const hours = `training-hours ${formatHours(t.trainingHours)} × gpu-count ${t.gpuCount}`;
  if (t.hourlyCost === undefined || t.runCost === undefined) {
    return `One training run: ${hours} = ${formatHours(t.runGpuHours ?? 0)} GPU-hours. Set --gpu-hourly-cost to see the cost.`;
  }
  return (
    `One training run: ${hours} × gpu-hourly-cost ${formatMoney(t.hourlyCost, t.currency)} = ` +
    `${formatHours(t.runGpuHours ?? 0)} GPU-hours, ${formatMoney(t.runCost, t.currency)}.`
  );
}

function eventRow(event: EventOutcome, base: string | undefined): string {
  const short = event.sha.slice(0, 7);
  const commit =
    base === undefined
      ? code(short)
      : link(`${base}/commit/${event.sha}`, `<code>${escapeMarkdown(short)}</code>`);
  const label = escapeMarkdown(eventLabel(event));
  const kind =
    base !== undefined && event.pullRequest !== undefined
      ? link(`${base}/pull/${event.pullRequest}`, label)
      : label;
  const gate = event.shouldTrain ? '🚀 train' : '⏭️ skip';
  const filters = event.filters.length > 0 ? event.filters.map(code).join(' ') : '—';
  return `| ${utcDay(event.date)} | ${commit} | ${kind} | ${escapeMarkdown(clip(event.title, 100))} | ${gate} | ${filters} |`;
}

/** The report as GitHub-flavoured Markdown. */
export function renderReport(result: BacktestResult, context: ReportContext): string {
  const t = result.totals;
  const base = repositoryUrl(context.repository);
  const when = period(t);
  const lines: string[] = [`# ml-change-gate backtest of ${code(context.branch)}`, ''];
  const facts = [
    when === undefined ? undefined : `**${when}**`,
    `${pluralCount(t.events, 'CI event')} (${pluralCount(t.merges, 'merge')}, ${pluralCount(t.singleParentCommits, 'single-parent commit')})`,
    escapeMarkdown(context.window),
    escapeMarkdown(context.decidedBy),
  ].filter((s): s is string => s !== undefined);
  lines.push(facts.join(' · '), '');

  if (t.events === 0) {
    lines.push(
      `No first-parent commits in ${escapeMarkdown(context.window)}: nothing to replay. ` +
        'Widen the window with --last N or --since DATE.',
      '',
    );
    return lines.join('\n');
  }

  lines.push(headline(result, context.branch), '');
  if (context.chartFile !== undefined) {
    const alt = `Cumulative training ${t.costWithGate !== undefined ? 'cost' : 'runs'} on ${context.branch}, with and without the gate`;
    lines.push(`![${escapeMarkdown(alt)}](${encodeURI(context.chartFile)})`, '');
  }
  lines.push(...totalsTable(t), '');
  if (t.dependencyOnly !== undefined) {
    lines.push(
      `**Through what training imports:** ${pluralCount(t.dependencyOnly, 'event')} trained that the filters alone would have skipped; what training depends on changed at ${pluralCount(t.closureChanges ?? 0, 'event')}.`,
      '',
    );
  }
  lines.push(
    `<sub>${runPriceNote(t)} Each first-parent commit of ${code(context.branch)} is one CI event ` +
      '(a merged pull request or a direct push), its change being its diff against its first parent with ' +
      'renames detected; the gate decides it exactly as the action would.</sub>',
    '',
  );

  if (result.models !== undefined) {
    lines.push(
      '## Models',
      '',
      '| Model | Trained | GPU-hours with the gate | Cost with the gate | Without | Saved |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const m of result.models) {
      const money = (n: number | undefined): string =>
        n === undefined ? '—' : formatMoney(n, t.currency);
      lines.push(
        `| ${code(m.name)} | ${formatCount(m.trained)} | ${m.gpuHoursWithGate === undefined ? '—' : formatGpuHours(m.gpuHoursWithGate)} | ${money(m.costWithGate)} | ${money(m.costWithoutGate)} | ${money(m.saved)} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Filters', '', '| Filter | Train-on | Events matched |', '| --- | --- | ---: |');
  for (const f of result.filters) {
    lines.push(`| ${code(f.name)} | ${f.trainOn ? 'yes' : 'no'} | ${formatCount(f.events)} |`);
  }
  lines.push('');

  const max = Math.max(0, Math.floor(context.maxEvents ?? 1000));
  const shown = result.events.slice(0, max);
  const rows = [
    '| Date (UTC) | Commit | Event | Title | Gate | Filters matched |',
    '| --- | --- | --- | --- | --- | --- |',
    ...shown.map((event) => eventRow(event, base)),
  ];
  const more = result.events.length - shown.length;
  lines.push('## Events', '');
  if (result.events.length > 30) {
    lines.push(
      `<details><summary>All ${pluralCount(result.events.length, 'event')}, oldest first</summary>`,
      '',
      ...rows,
      '',
    );
    if (more > 0) lines.push(`… and ${formatCount(more)} more (see --json).`, '');
    lines.push('</details>', '');
  } else {
    lines.push(...rows, '');
  }
  if (context.command !== undefined) {
    lines.push(`<sub>Made with <code>${escapeMarkdown(context.command)}</code></sub>`, '');
  }
  return lines.join('\n');
}
