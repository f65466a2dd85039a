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
import { formatHours, formatMoney } from './outputs.js';
import { escapeMarkdown } from './summary.js';

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
  /** The filters file, as given. */
  filtersFile: string;
  /** The train-on filters. */
  trainOn: readonly string[];
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

/** A whole number with thousands separators: `10,000`. */
export function formatCount(n: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n);
}

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

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
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

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function repositoryUrl(repository: ReportRepository | undefined): string | undefined {
  if (repository === undefined) return undefined;
  const { serverUrl, owner, repo } = repository;
  if (!/^https?:\/\/[^\s"'<>`\\]+$/.test(serverUrl) || owner === '' || repo === '')
    return undefined;
  return `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}

function link(url: string, html: string): string {
  return `<a href="${escapeXml(url)}">${html}</a>`;
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function headline(result: BacktestResult, branch: string): string {
  const t = result.totals;
  if (t.events === 0) return '';
  const skipped = `It would have skipped **${plural(t.skipped, 'training run')}**`;
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
    `> With the gate, **${formatCount(t.trained)} of ${plural(t.events, 'CI event')}** on ` +
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
    `${plural(t.events, 'CI event')} (${plural(t.merges, 'merge')}, ${plural(t.singleParentCommits, 'single-parent commit')})`,
    escapeMarkdown(context.window),
    `filters from ${code(context.filtersFile)}`,
    `train on ${context.trainOn.length > 0 ? context.trainOn.map(code).join(', ') : 'no filter'}`,
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
  lines.push(
    `<sub>${runPriceNote(t)} Each first-parent commit of ${code(context.branch)} is one CI event ` +
      '(a merged pull request or a direct push), its change being its diff against its first parent with ' +
      'renames detected; the gate decides it exactly as the action would.</sub>',
    '',
  );

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
      `<details><summary>All ${plural(result.events.length, 'event')}, oldest first</summary>`,
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

// ---------------------------------------------------------------------------
// The chart

const WIDTH = 800;
const HEIGHT = 420;
const PLOT = { left: 80, right: WIDTH - 110, top: 76, bottom: HEIGHT - 60 };
const COLORS = {
  background: '#ffffff',
  border: '#d0d7de',
  text: '#1f2328',
  muted: '#59636e',
  grid: '#e6eaef',
  without: '#cf222e',
  with: '#0969da',
  saved: '#1a7f37',
};
const FONT =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Noto Sans', Helvetica, Arial, sans-serif";
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The quantity the chart shows: money when priced, else GPU-hours, else training runs. */
interface Unit {
  perRun: number;
  axis: string;
  format: (n: number, step: number) => string;
  total: (n: number) => string;
}

function unitOf(t: BacktestTotals): Unit {
  if (t.runCost !== undefined) {
    const runCost = t.runCost;
    return {
      perRun: runCost,
      axis: `Cumulative training cost (${t.currency})`,
      format: (n, step) => {
        const digits = step < 1 ? 2 : 0;
        try {
          return new Intl.NumberFormat('en-US', {
            style: 'currency',
            currency: t.currency,
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(n);
        } catch {
          return n.toFixed(digits);
        }
      },
      total: (n) => formatMoney(n, t.currency),
    };
  }
  if (t.runGpuHours !== undefined) {
    return {
      perRun: t.runGpuHours,
      axis: 'Cumulative training GPU-hours',
      format: (n) => formatGpuHours(n),
      total: (n) => `${formatGpuHours(n)} GPU-h`,
    };
  }
  return {
    perRun: 1,
    axis: 'Cumulative training runs',
    format: (n) => formatCount(n),
    total: (n) => `${formatCount(n)} runs`,
  };
}

/** A round step near `span / count`: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

interface TimeTicks {
  ticks: number[];
  label: (t: number) => string;
}

function dayLabel(t: number, withYear: boolean): string {
  const d = new Date(t);
  const text = `${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCDate()}`;
  return withYear ? `${text}, ${d.getUTCFullYear()}` : text;
}

/** Tick times between `start` and `end` at a round interval, at most 8 of them. */
function timeTicks(start: number, end: number): TimeTicks {
  const span = end - start;
  const multiYear = new Date(start).getUTCFullYear() !== new Date(end).getUTCFullYear();
  const fixed: [number, (t: number) => string][] = [
    [HOUR, (t) => `${dayLabel(t, false)} ${new Date(t).toISOString().slice(11, 16)}`],
    [3 * HOUR, (t) => `${dayLabel(t, false)} ${new Date(t).toISOString().slice(11, 16)}`],
    [6 * HOUR, (t) => `${dayLabel(t, false)} ${new Date(t).toISOString().slice(11, 16)}`],
    [12 * HOUR, (t) => `${dayLabel(t, false)} ${new Date(t).toISOString().slice(11, 16)}`],
    [DAY, (t) => dayLabel(t, multiYear)],
    [2 * DAY, (t) => dayLabel(t, multiYear)],
    [7 * DAY, (t) => dayLabel(t, multiYear)],
    [14 * DAY, (t) => dayLabel(t, multiYear)],
  ];
  for (const [interval, label] of fixed) {
    if (span / interval > 8) continue;
    // Weeks start on Mondays (1970-01-05 was one).
    const offset = interval >= 7 * DAY ? 4 * DAY : 0;
    const first = Math.ceil((start - offset) / interval) * interval + offset;
    const ticks: number[] = [];
    for (let t = first; t <= end; t += interval) ticks.push(t);
    return { ticks, label };
  }
  const monthStart = (index: number): number => Date.UTC(Math.floor(index / 12), index % 12, 1);
  for (const months of [1, 2, 3, 6, 12, 24, 60, 120]) {
    const from = new Date(start);
    let index = Math.ceil((from.getUTCFullYear() * 12 + from.getUTCMonth()) / months) * months;
    const ticks: number[] = [];
    for (let t = monthStart(index); t <= end && ticks.length <= 8; t = monthStart(index)) {
      if (t >= start) ticks.push(t);
      index += months;
    }
    if (ticks.length <= 8) {
      return {
        ticks,
        label: (t) => {
          const d = new Date(t);
          return months >= 12
            ? String(d.getUTCFullYear())
            : `${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
        },
      };
    }
  }
  return { ticks: [start, end], label: (t) => dayLabel(t, true) };
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * A step line through cumulative values: flat until an event, then up.
 * Events that fall on the same half pixel are drawn as one step.
 */
function stepPoints(
  xs: readonly number[],
  values: readonly number[],
  x0: number,
  x1: number,
  y: (v: number) => number,
): [number, number][] {
  const points: [number, number][] = [[x0, y(0)]];
  let last = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = Math.round((xs[i] ?? x0) * 2) / 2;
    const v = values[i] ?? last;
    if (v === last) continue;
    const prev = points[points.length - 1];
    if (prev !== undefined && prev[0] === x) {
      prev[1] = y(v);
    } else {
      points.push([x, y(last)], [x, y(v)]);
    }
    last = v;
  }
  points.push([x1, y(last)]);
  return points;
}

function pathOf(points: readonly [number, number][]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`).join(' ');
}

/**
 * The SVG chart: cumulative training cost (or GPU-hours, or runs when no
 * price is given) over the period, without the gate (every event trains) and
 * with it, the area between them being the saving.
 */
export function renderChart(result: BacktestResult, context: { branch: string }): string {
  const t = result.totals;
  const unit = unitOf(t);
  const events = result.events;
  const times: number[] = [];
  let latest = -Infinity;
  for (const event of events) {
    const parsed = Date.parse(event.date);
    // History order decides; a commit dated before its parent is drawn at its parent's time.
    latest = Math.max(latest, Number.isFinite(parsed) ? parsed : latest);
    times.push(latest);
  }
  let start = times[0] ?? 0;
  let end = times[times.length - 1] ?? 0;
  if (!Number.isFinite(start) || !Number.isFinite(end)) {
    start = 0;
    end = DAY;
  }
  if (end - start < HOUR) {
    start -= 12 * HOUR;
    end += 12 * HOUR;
  } else {
    const pad = (end - start) * 0.02;
    start -= pad;
    end += pad;
  }
  const without: number[] = [];
  const withGate: number[] = [];
  let runsWithout = 0;
  let runsWith = 0;
  for (const event of events) {
    runsWithout++;
    if (event.shouldTrain) runsWith++;
    without.push(runsWithout * unit.perRun);
    withGate.push(runsWith * unit.perRun);
  }
  const maxValue = Math.max(runsWithout * unit.perRun, 0);
  const step = niceStep(maxValue > 0 ? maxValue : 1, 5);
  const top = Math.max(step, Math.ceil(maxValue / step - 1e-9) * step);

  const x = (time: number): number =>
    PLOT.left + ((time - start) / (end - start)) * (PLOT.right - PLOT.left);
  const y = (v: number): number => PLOT.bottom - (v / top) * (PLOT.bottom - PLOT.top);
  const xs = times.map(x);
  const withoutPoints = stepPoints(xs, without, PLOT.left, PLOT.right, y);
  const withPoints = stepPoints(xs, withGate, PLOT.left, PLOT.right, y);
  const area = `${pathOf([...withoutPoints, ...[...withPoints].reverse()])} Z`;

  const out: string[] = [];
  const what =
    t.runCost !== undefined ? 'cost' : t.runGpuHours !== undefined ? 'GPU-hours' : 'runs';
  const heading = `Cumulative training ${what} on ${context.branch}`;
  const title = `${heading}, with and without the gate`;
  const when = period(t);
  const subtitle = `With and without the gate, ${plural(t.events, 'CI event')}${when === undefined ? '' : `, ${when}`}`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(title)}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0.5" y="0.5" width="${WIDTH - 1}" height="${HEIGHT - 1}" rx="6" fill="${COLORS.background}" stroke="${COLORS.border}"/>`,
    `<text x="${PLOT.left}" y="32" font-size="16" font-weight="600" fill="${COLORS.text}">${escapeXml(clip(heading, 80))}</text>`,
    `<text x="${PLOT.left}" y="52" font-size="12" fill="${COLORS.muted}">${escapeXml(subtitle)}</text>`,
  );

  // Grid and y axis.
  for (let v = 0; v <= top + step / 2; v += step) {
    const gy = num(y(v));
    out.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${gy}" y2="${gy}" stroke="${COLORS.grid}"/>`,
      `<text x="${PLOT.left - 8}" y="${gy}" font-size="12" fill="${COLORS.muted}" text-anchor="end" dominant-baseline="middle">${escapeXml(unit.format(v, step))}</text>`,
    );
  }
  const midY = num((PLOT.top + PLOT.bottom) / 2);
  out.push(
    `<text transform="translate(18 ${midY}) rotate(-90)" font-size="12" fill="${COLORS.text}" text-anchor="middle">${escapeXml(unit.axis)}</text>`,
  );

  // x axis.
  const { ticks, label } = timeTicks(start, end);
  out.push(
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="${COLORS.muted}"/>`,
  );
  for (const tick of ticks) {
    const tx = num(x(tick));
    out.push(
      `<line x1="${tx}" x2="${tx}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 5}" stroke="${COLORS.muted}"/>`,
      `<text x="${tx}" y="${PLOT.bottom + 20}" font-size="12" fill="${COLORS.muted}" text-anchor="middle">${escapeXml(label(tick))}</text>`,
    );
  }
  out.push(
    `<text x="${num((PLOT.left + PLOT.right) / 2)}" y="${HEIGHT - 14}" font-size="12" fill="${COLORS.text}" text-anchor="middle">Commit date (UTC)</text>`,
  );

  // The saving, then the two lines.
  out.push(
    `<path d="${area}" fill="${COLORS.saved}" fill-opacity="0.14" stroke="none"/>`,
    `<path d="${pathOf(withoutPoints)}" fill="none" stroke="${COLORS.without}" stroke-width="2.5" stroke-linejoin="round"/>`,
    `<path d="${pathOf(withPoints)}" fill="none" stroke="${COLORS.with}" stroke-width="2.5" stroke-linejoin="round"/>`,
  );

  // Totals at the right end of each line, kept apart.
  const endWithout = y(runsWithout * unit.perRun);
  let endWith = y(runsWith * unit.perRun);
  if (endWith - endWithout < 16) endWith = Math.min(endWithout + 16, PLOT.bottom + 4);
  out.push(
    `<text x="${PLOT.right + 8}" y="${num(endWithout)}" font-size="12" font-weight="600" fill="${COLORS.without}" dominant-baseline="middle">${escapeXml(unit.total(runsWithout * unit.perRun))}</text>`,
    `<text x="${PLOT.right + 8}" y="${num(endWith)}" font-size="12" font-weight="600" fill="${COLORS.with}" dominant-baseline="middle">${escapeXml(unit.total(runsWith * unit.perRun))}</text>`,
  );

  // Legend, top left of the plot, where both lines are still low.
  const lx = PLOT.left + 14;
  const ly = PLOT.top + 8;
  const saved =
    t.saved !== undefined
      ? `Saved: ${formatMoney(t.saved, t.currency)} (${formatPercent(t.savedPercent)})`
      : `Saved: ${formatPercent(t.savedPercent)} of the training`;
  out.push(
    `<rect x="${lx - 8}" y="${ly - 6}" width="300" height="70" rx="4" fill="${COLORS.background}" fill-opacity="0.92" stroke="${COLORS.grid}"/>`,
    `<line x1="${lx}" x2="${lx + 22}" y1="${ly + 8}" y2="${ly + 8}" stroke="${COLORS.without}" stroke-width="2.5"/>`,
    `<text x="${lx + 30}" y="${ly + 8}" font-size="12" fill="${COLORS.text}" dominant-baseline="middle">Without the gate: every event trains (${escapeXml(plural(runsWithout, 'run'))})</text>`,
    `<line x1="${lx}" x2="${lx + 22}" y1="${ly + 28}" y2="${ly + 28}" stroke="${COLORS.with}" stroke-width="2.5"/>`,
    `<text x="${lx + 30}" y="${ly + 28}" font-size="12" fill="${COLORS.text}" dominant-baseline="middle">With the gate: trains when it must (${escapeXml(plural(runsWith, 'run'))})</text>`,
    `<rect x="${lx}" y="${ly + 42}" width="22" height="12" fill="${COLORS.saved}" fill-opacity="0.14" stroke="${COLORS.saved}" stroke-opacity="0.4"/>`,
    `<text x="${lx + 30}" y="${ly + 48}" font-size="12" fill="${COLORS.text}" dominant-baseline="middle">${escapeXml(saved)}</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}
