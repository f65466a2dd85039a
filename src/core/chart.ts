/**
 * The backtest's chart (pure): an SVG of the cumulative training cost (or
 * GPU-hours, or runs when no price is given) over the period, without the gate
 * (every event trains) and with it, the area between them being the saving.
 * Names are XML-escaped, and the chart draws on an explicit white background
 * so that it reads the same on GitHub's light and dark themes.
 */
import type { BacktestResult, BacktestTotals, ModelTally } from './backtest.js';
import { clip, escapeHtml, formatCount, pluralCount } from './format.js';
import { formatMoney } from './outputs.js';
import { formatGpuHours, formatPercent, period } from './report.js';

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
/** The models' lines, in the order the models are defined (repeating after eight). */
const MODEL_COLORS = [
  '#8250df',
  '#bf8700',
  '#1b7c83',
  '#bc4c00',
  '#4d2d00',
  '#e85aad',
  '#116329',
  '#6e7781',
];
const FONT =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Noto Sans', Helvetica, Arial, sans-serif";
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The quantity the chart shows: money when priced, else GPU-hours, else training runs. */
interface Unit {
  /** What one run of every model (or the one run, without models) adds. */
  perRun: number;
  /** What one run of a model adds. */
  perModelRun(model: ModelTally): number;
  axis: string;
  format: (n: number, step: number) => string;
  total: (n: number) => string;
}

function unitOf(t: BacktestTotals, models: number): Unit {
  if (t.runCost !== undefined) {
    const runCost = t.runCost;
    return {
      perRun: runCost,
      perModelRun: (m) => m.runCost ?? 0,
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
    const runGpuHours = t.runGpuHours;
    return {
      perRun: runGpuHours,
      perModelRun: (m) => m.runGpuHours ?? 0,
      axis: 'Cumulative training GPU-hours',
      format: (n) => formatGpuHours(n),
      total: (n) => `${formatGpuHours(n)} GPU-h`,
    };
  }
  return {
    perRun: models,
    perModelRun: () => 1,
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

/** The x and y of the plot, and the cumulative values of both lines. */
interface Series {
  unit: Unit;
  start: number;
  end: number;
  /** Event times, each at least its predecessor's. */
  times: number[];
  without: number[];
  withGate: number[];
  /** With models: each model's cumulative values with the gate. */
  perModel: { name: string; values: number[] }[];
  runsWithout: number;
  runsWith: number;
  totalWithout: number;
  totalWith: number;
  step: number;
  top: number;
  x(time: number): number;
  y(value: number): number;
}

/** The period drawn: the events' times, padded; one day when they have none. */
function timeSpan(times: readonly number[]): [number, number] {
  let start = times[0] ?? 0;
  let end = times[times.length - 1] ?? 0;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return [0, DAY];
  if (end - start < HOUR) return [start - 12 * HOUR, end + 12 * HOUR];
  const pad = (end - start) * 0.02;
  start -= pad;
  end += pad;
  return [start, end];
}

function seriesOf(result: BacktestResult): Series {
  const models = result.models ?? [];
  const unit = unitOf(result.totals, Math.max(1, models.length));
  const times: number[] = [];
  let latest = -Infinity;
  for (const event of result.events) {
    const parsed = Date.parse(event.date);
    // History order decides; a commit dated before its parent is drawn at its parent's time.
    latest = Math.max(latest, Number.isFinite(parsed) ? parsed : latest);
    times.push(latest);
  }
  const [start, end] = timeSpan(times);
  const without: number[] = [];
  const withGate: number[] = [];
  const perModel = models.map((m) => ({ name: m.name, values: [] as number[], sum: 0 }));
  let runsWithout = 0;
  let runsWith = 0;
  let totalWith = 0;
  for (const event of result.events) {
    runsWithout++;
    if (event.shouldTrain) runsWith++;
    if (models.length === 0) totalWith += event.shouldTrain ? unit.perRun : 0;
    models.forEach((model, i) => {
      const line = perModel[i];
      if (line === undefined) return;
      if (event.models?.includes(model.name)) line.sum += unit.perModelRun(model);
      line.values.push(line.sum);
    });
    if (models.length > 0) totalWith = perModel.reduce((n, line) => n + line.sum, 0);
    without.push(runsWithout * unit.perRun);
    withGate.push(totalWith);
  }
  const maxValue = Math.max(runsWithout * unit.perRun, 0);
  const step = niceStep(maxValue > 0 ? maxValue : 1, 5);
  const top = Math.max(step, Math.ceil(maxValue / step - 1e-9) * step);
  return {
    unit,
    start,
    end,
    times,
    without,
    withGate,
    perModel: perModel.map(({ name, values }) => ({ name, values })),
    runsWithout,
    runsWith,
    totalWithout: runsWithout * unit.perRun,
    totalWith,
    step,
    top,
    x: (time) => PLOT.left + ((time - start) / (end - start)) * (PLOT.right - PLOT.left),
    y: (v) => PLOT.bottom - (v / top) * (PLOT.bottom - PLOT.top),
  };
}

/** The frame, the title and the subtitle. */
function frame(t: BacktestTotals, branch: string): string[] {
  const what =
    t.runCost !== undefined ? 'cost' : t.runGpuHours !== undefined ? 'GPU-hours' : 'runs';
  const heading = `Cumulative training ${what} on ${branch}`;
  const title = `${heading}, with and without the gate`;
  const when = period(t);
  const subtitle = `With and without the gate, ${pluralCount(t.events, 'CI event')}${when === undefined ? '' : `, ${when}`}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(title)}" font-family="${escapeHtml(FONT)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect x="0.5" y="0.5" width="${WIDTH - 1}" height="${HEIGHT - 1}" rx="6" fill="${COLORS.background}" stroke="${COLORS.border}"/>`,
    `<text x="${PLOT.left}" y="32" font-size="16" font-weight="600" fill="${COLORS.text}">${escapeHtml(clip(heading, 80))}</text>`,
    `<text x="${PLOT.left}" y="52" font-size="12" fill="${COLORS.muted}">${escapeHtml(subtitle)}</text>`,
  ];
}

/** The grid with the value axis, and the time axis. */
function axes(s: Series): string[] {
  const out: string[] = [];
  for (let v = 0; v <= s.top + s.step / 2; v += s.step) {
    const gy = num(s.y(v));
    out.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${gy}" y2="${gy}" stroke="${COLORS.grid}"/>`,
      `<text x="${PLOT.left - 8}" y="${gy}" font-size="12" fill="${COLORS.muted}" text-anchor="end" dominant-baseline="middle">${escapeHtml(s.unit.format(v, s.step))}</text>`,
    );
  }
  const midY = num((PLOT.top + PLOT.bottom) / 2);
  out.push(
    `<text transform="translate(18 ${midY}) rotate(-90)" font-size="12" fill="${COLORS.text}" text-anchor="middle">${escapeHtml(s.unit.axis)}</text>`,
  );
  const { ticks, label } = timeTicks(s.start, s.end);
  out.push(
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="${COLORS.muted}"/>`,
  );
  for (const tick of ticks) {
    const tx = num(s.x(tick));
    out.push(
      `<line x1="${tx}" x2="${tx}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 5}" stroke="${COLORS.muted}"/>`,
      `<text x="${tx}" y="${PLOT.bottom + 20}" font-size="12" fill="${COLORS.muted}" text-anchor="middle">${escapeHtml(label(tick))}</text>`,
    );
  }
  out.push(
    `<text x="${num((PLOT.left + PLOT.right) / 2)}" y="${HEIGHT - 14}" font-size="12" fill="${COLORS.text}" text-anchor="middle">Commit date (UTC)</text>`,
  );
  return out;
}

/** The saving as an area, the two lines, and their totals at the right end, kept apart. */
function lines(s: Series): string[] {
  const xs = s.times.map(s.x);
  const withoutPoints = stepPoints(xs, s.without, PLOT.left, PLOT.right, s.y);
  const withPoints = stepPoints(xs, s.withGate, PLOT.left, PLOT.right, s.y);
  const area = `${pathOf([...withoutPoints, ...[...withPoints].reverse()])} Z`;
  const { totalWithout, totalWith } = s;
  const modelLines = s.perModel.map((model, i) => {
    const points = stepPoints(xs, model.values, PLOT.left, PLOT.right, s.y);
    const color = MODEL_COLORS[i % MODEL_COLORS.length] ?? COLORS.muted;
    return `<path d="${pathOf(points)}" fill="none" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 3" stroke-linejoin="round"/>`;
  });
  const endWithout = s.y(totalWithout);
  let endWith = s.y(totalWith);
  if (endWith - endWithout < 16) endWith = Math.min(endWithout + 16, PLOT.bottom + 4);
  return [
    `<path d="${area}" fill="${COLORS.saved}" fill-opacity="0.14" stroke="none"/>`,
    `<path d="${pathOf(withoutPoints)}" fill="none" stroke="${COLORS.without}" stroke-width="2.5" stroke-linejoin="round"/>`,
    ...modelLines,
    `<path d="${pathOf(withPoints)}" fill="none" stroke="${COLORS.with}" stroke-width="2.5" stroke-linejoin="round"/>`,
    `<text x="${PLOT.right + 8}" y="${num(endWithout)}" font-size="12" font-weight="600" fill="${COLORS.without}" dominant-baseline="middle">${escapeHtml(s.unit.total(totalWithout))}</text>`,
    `<text x="${PLOT.right + 8}" y="${num(endWith)}" font-size="12" font-weight="600" fill="${COLORS.with}" dominant-baseline="middle">${escapeHtml(s.unit.total(totalWith))}</text>`,
  ];
}

/** The legend, top left of the plot, where both lines are still low. */
function legend(t: BacktestTotals, s: Series): string[] {
  const lx = PLOT.left + 14;
  const ly = PLOT.top + 8;
  const saved =
    t.saved !== undefined
      ? `Saved: ${formatMoney(t.saved, t.currency)} (${formatPercent(t.savedPercent)})`
      : `Saved: ${formatPercent(t.savedPercent)} of the training`;
  return [
    `<rect x="${lx - 8}" y="${ly - 6}" width="300" height="70" rx="4" fill="${COLORS.background}" fill-opacity="0.92" stroke="${COLORS.grid}"/>`,
    `<line x1="${lx}" x2="${lx + 22}" y1="${ly + 8}" y2="${ly + 8}" stroke="${COLORS.without}" stroke-width="2.5"/>`,
    `<text x="${lx + 30}" y="${ly + 8}" font-size="12" fill="${COLORS.text}" dominant-baseline="middle">Without the gate: every event trains (${escapeHtml(pluralCount(s.runsWithout, 'run'))})</text>`,
    `<line x1="${lx}" x2="${lx + 22}" y1="${ly + 28}" y2="${ly + 28}" stroke="${COLORS.with}" stroke-width="2.5"/>`,
    `<text x="${lx + 30}" y="${ly + 28}" font-size="12" fill="${COLORS.text}" dominant-baseline="middle">With the gate: trains when it must (${escapeHtml(pluralCount(s.runsWith, 'run'))})</text>`,
    `<rect x="${lx}" y="${ly + 42}" width="22" height="12" fill="${COLORS.saved}" fill-opacity="0.14" stroke="${COLORS.saved}" stroke-opacity="0.4"/>`,
    `<text x="${lx + 30}" y="${ly + 48}" font-size="12" fill="${COLORS.text}" dominant-baseline="middle">${escapeHtml(saved)}</text>`,
    ...modelLegend(s, lx, ly + 70),
  ];
}

/** With models: one legend line per model, under the main legend. */
function modelLegend(s: Series, lx: number, top: number): string[] {
  if (s.perModel.length === 0) return [];
  const out = [
    `<rect x="${lx - 8}" y="${top}" width="300" height="${16 * s.perModel.length + 8}" rx="4" fill="${COLORS.background}" fill-opacity="0.92" stroke="${COLORS.grid}"/>`,
  ];
  s.perModel.forEach((model, i) => {
    const y = top + 12 + 16 * i;
    const color = MODEL_COLORS[i % MODEL_COLORS.length] ?? COLORS.muted;
    out.push(
      `<line x1="${lx}" x2="${lx + 22}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
      `<text x="${lx + 30}" y="${y}" font-size="11" fill="${COLORS.text}" dominant-baseline="middle">${escapeHtml(clip(`${model.name}, with the gate: ${s.unit.total(model.values.at(-1) ?? 0)}`, 48))}</text>`,
    );
  });
  return out;
}

/**
 * The SVG chart: cumulative training cost (or GPU-hours, or runs when no
 * price is given) over the period, without the gate (every event trains) and
 * with it, the area between them being the saving.
 */
export function renderChart(result: BacktestResult, context: { branch: string }): string {
  const series = seriesOf(result);
  const out = [
    ...frame(result.totals, context.branch),
    ...axes(series),
    ...lines(series),
    ...legend(result.totals, series),
    '</svg>',
  ];
  return `${out.join('\n')}\n`;
}
