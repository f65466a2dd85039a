import { describe, expect, it } from '@jest/globals';
import { defined } from '../helpers/expect.js';
import { runBacktest, type BacktestResult, type HistoryCommit } from '../../src/core/backtest.js';
import type { CostSettings } from '../../src/core/cost.js';
import { renderChart } from '../../src/core/chart.js';
import { parseFilters, type CompiledFilter } from '../../src/core/filters/index.js';
import { parseModels } from '../../src/core/models.js';
import { engineSettings } from '../../src/core/settings.js';
import type { PredicateQuantifier } from '../../src/core/types.js';
import {
  eventLabel,
  formatGpuHours,
  formatMoney,
  renderReport,
  type ReportContext,
} from '../../src/core/report.js';

/** The backtest with the engine's default settings but for these. */
function replay(input: {
  commits: readonly HistoryCommit[];
  filters: readonly CompiledFilter[];
  trainOn: readonly string[];
  quantifier: PredicateQuantifier;
  cost: CostSettings;
}): BacktestResult {
  const { commits, filters, trainOn, quantifier, cost } = input;
  return runBacktest({ commits, filters, settings: engineSettings({ trainOn, quantifier, cost }) });
}

const FILTERS = parseFilters(
  "training:\n  - 'src/training/**'\ndocs:\n  - 'docs/**'\n",
  'filters.yml',
);
const PRICES: CostSettings = { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD' };

function sha(n: number): string {
  return n.toString(16).padStart(40, '0');
}

/** Newest first: `pattern` oldest first, `t` trains and `s` skips, one event a day from March 1. */
function commits(pattern: string, subject = (i: number) => `change ${i}`): HistoryCommit[] {
  return [...pattern]
    .map((c, i) => ({
      sha: sha(i + 1),
      parents: i % 2 === 0 ? [sha(100 + i)] : [sha(100 + i), sha(200 + i)],
      date: new Date(Date.UTC(2025, 2, 1 + i, 12)).toISOString(),
      subject: subject(i),
      files: [
        { filename: c === 't' ? 'src/training/a.py' : 'docs/a.md', status: 'modified' as const },
      ],
    }))
    .reverse();
}

function backtest(pattern: string, cost: CostSettings = PRICES, subject?: (i: number) => string) {
  return replay({
    commits: commits(pattern, subject),
    filters: FILTERS,
    trainOn: ['training'],
    quantifier: 'some',
    cost,
  });
}

const CONTEXT: ReportContext = {
  branch: 'main',
  window: 'the last 100 first-parent commits',
  decidedBy: 'filters from .github/filters.yml, train on training',
  chartFile: 'backtest.svg',
};

describe('renderReport', () => {
  it('leads with the saving, then the chart and the totals', () => {
    const md = renderReport(backtest('tssstsssss'), CONTEXT);
    expect(md.startsWith('# ml-change-gate backtest of <code>main</code>\n')).toBeTruthy();
    expect(md).toContain('**2025-03-01 → 2025-03-10**');
    expect(md).toContain('10 CI events (5 merges, 5 single-parent commits)');
    expect(md).toContain(
      '> With the gate, **2 of 10 CI events** on <code>main</code> would have trained. ' +
        'It would have skipped **8 training runs**, saving **$9.60 (80%)** and **6 GPU-hours**.',
    );
    expect(md).toContain(
      '![Cumulative training cost on main, with and without the gate](backtest.svg)',
    );
    const table = [
      '| | Without the gate | With the gate | Saved |',
      '| --- | ---: | ---: | ---: |',
      '| Training runs | 10 | 2 | **8** (80%) |',
      '| GPU-hours | 7.5 | 1.5 | **6** |',
      '| Cost (USD) | $12.00 | $2.40 | **$9.60** |',
    ].join('\n');
    expect(md).toContain(table);
    expect(md).toContain(
      'One training run: training-hours 0.75 × gpu-count 1 × gpu-hourly-cost $1.60 = 0.75 GPU-hours, $1.20.',
    );
    expect(md).toContain('| <code>training</code> | yes | 2 |');
    expect(md).toContain('| <code>docs</code> | no | 8 |');
    expect(md.indexOf('![')).toBeLessThan(md.indexOf('| Training runs'));
  });

  it('lists every event, with links when the repository is on GitHub', () => {
    const result = backtest('ts', PRICES, (i) =>
      i === 1 ? 'Merge pull request #12 from a/b' : 'fix',
    );
    const md = renderReport(result, {
      ...CONTEXT,
      repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'models' },
    });
    expect(md).toContain(
      `| 2025-03-01 | <a href="https://github.com/acme/models/commit/${sha(1)}"><code>0000000</code></a> | push | fix | 🚀 train | <code>training</code> |`,
    );
    expect(md).toContain(
      '| <a href="https://github.com/acme/models/pull/12">PR &#35;12</a> | Merge pull request &#35;12 from a/b | ⏭️ skip | <code>docs</code> |',
    );
    // a short list is shown open
    expect(md).not.toContain('<details>');
  });

  it('folds a long event list and cuts it at maxEvents', () => {
    const md = renderReport(backtest('s'.repeat(40)), { ...CONTEXT, maxEvents: 25 });
    expect(md).toContain('<details><summary>All 40 events, oldest first</summary>');
    expect(md.match(/⏭️ skip/g)?.length).toBe(25);
    expect(md).toContain('… and 15 more (see --json).');
  });

  it('makes hostile subjects, branch and filter names inert', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) | **b** \n# h';
    const result = backtest('t', PRICES, () => hostile);
    const md = renderReport(result, { ...CONTEXT, branch: '<script>b</script>' });
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](javascript');
    expect(md).not.toContain('| **b**');
    const row = defined(md.split('\n').find((line) => line.includes('onerror')));
    // no extra table cells
    expect(row.split('|').length).toBe(8);
  });

  it('says what is missing without prices, and what to do with an empty window', () => {
    const md = renderReport(backtest('ts', { gpuCount: 1, currency: 'USD' }), CONTEXT);
    expect(md).toContain('| Training runs | 2 | 1 | **1** (50%) |');
    expect(md).not.toContain('| Cost');
    expect(md).toContain('Set --training-hours (and --gpu-hourly-cost) to see GPU-hours and cost.');
    expect(md).toContain('**50%** of the training');
    const empty = renderReport(backtest(''), CONTEXT);
    expect(empty).toContain('No first-parent commits in the last 100 first-parent commits');
    expect(empty).not.toContain('![');
  });
});

describe('renderChart', () => {
  function attributes(svg: string, tag: string): string[] {
    return [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((m) => m[0]);
  }

  it('draws both cumulative lines on a white background, with axes, legend and totals', () => {
    const svg = renderChart(backtest('tssstsssss'), { branch: 'main' });
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="420"'),
    ).toBeTruthy();
    expect(svg.trimEnd().endsWith('</svg>')).toBeTruthy();
    // an explicit background for dark themes
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain(
      '<title>Cumulative training cost on main, with and without the gate</title>',
    );
    expect(svg).toContain('Cumulative training cost (USD)');
    expect(svg).toContain('Commit date (UTC)');
    expect(svg).toContain('Without the gate: every event trains (10 runs)');
    expect(svg).toContain('With the gate: trains when it must (2 runs)');
    expect(svg).toContain('Saved: $9.60 (80%)');
    expect(svg).toContain('>$12.00</text>');
    expect(svg).toContain('>$2.40</text>');
    expect(svg).toContain('>Mar 3</text>');
    for (const label of ['$0', '$5', '$10', '$15']) expect(svg).toContain(`>${label}</text>`);
    const paths = attributes(svg, 'path');
    // the saving area and two lines
    expect(paths.length).toBe(3);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect((svg.match(/<text\b/g) ?? []).length).toBe((svg.match(/<\/text>/g) ?? []).length);
  });

  it('steps the lines: the gate line rises only at training events', () => {
    const svg = renderChart(backtest('tst'), { branch: 'main' });
    const [, without, withGate] = attributes(svg, 'path').map(
      (p) => /d="([^"]*)"/.exec(p)?.[1] ?? '',
    );
    const rises = (d: string): number => {
      const points = d
        .split(/[ML]/)
        .filter(Boolean)
        .map((p) => p.trim().split(' ').map(Number));
      let n = 0;
      for (let i = 1; i < points.length; i++) {
        if ((points[i]?.[1] ?? 0) < (points[i - 1]?.[1] ?? 0)) n++;
      }
      return n;
    };
    expect(rises(without ?? '')).toBe(3);
    expect(rises(withGate ?? '')).toBe(2);
  });

  it('shows GPU-hours or runs when there is no price, and copes with one event', () => {
    const hours = renderChart(backtest('ts', { trainingHours: 2, gpuCount: 1, currency: 'USD' }), {
      branch: 'main',
    });
    expect(hours).toContain('Cumulative training GPU-hours');
    expect(hours).toContain('>4 GPU-h</text>');
    const runs = renderChart(backtest('t', { gpuCount: 1, currency: 'USD' }), { branch: 'main' });
    expect(runs).toContain('Cumulative training runs');
    expect(runs.includes('>1 runs</text>') || runs.includes('>1 run</text>')).toBeTruthy();
    expect(runs).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('escapes names in the SVG', () => {
    const svg = renderChart(backtest('t'), { branch: '<b>&"x"' });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;&amp;&quot;x&quot;');
  });

  it('labels a year of events by month', () => {
    const long: BacktestResult = backtest('ts');
    const first = defined(long.events[0]);
    const events = [first, { ...first, sha: sha(9), date: '2025-12-20T00:00:00Z' }];
    const svg = renderChart(
      { ...long, events, totals: { ...long.totals, to: '2025-12-20T00:00:00Z' } },
      { branch: 'main' },
    );
    expect(svg.includes('>Apr 2025</text>') || svg.includes('>May 2025</text>')).toBeTruthy();
  });
});

describe('report words', () => {
  it('formats money and events', () => {
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney(12, 'EUR')).toBe('€12.00');
    expect(formatMoney(1.005, 'USD')).toBe('$1.01');
    expect(formatGpuHours(7500)).toBe('7,500');
    expect(formatGpuHours(1431.25)).toBe('1,431.25');
    expect(formatGpuHours(0.755)).toBe('0.76');
    const push = defined(backtest('ts').events[0]);
    const merge = defined(backtest('ts').events[1]);
    expect(eventLabel(push)).toBe('push');
    expect(eventLabel(merge)).toBe('merge');
    expect(eventLabel({ ...merge, pullRequest: 3 })).toBe('PR #3');
  });
});

describe('several models in the report and the chart', () => {
  const models = parseModels(
    "trainer: ['src/training/**']\ndocs-model:\n  paths: ['docs/**']\n  training-hours: 2\n",
    'models.yml',
  );
  const result = (cost: CostSettings) =>
    runBacktest({
      commits: commits('tsts'),
      filters: [],
      models,
      settings: engineSettings({ cost }),
    });

  it('a row per model with its cost with and without the gate, and a line per model', () => {
    const priced = result(PRICES);
    expect(priced.models?.map((m) => [m.name, m.trained, m.costWithGate, m.saved])).toStrictEqual([
      ['trainer', 2, 2.4, 2.4],
      ['docs-model', 2, 6.4, 6.4],
    ]);
    // four events, each of which trains one of the two models
    expect([priced.totals.trained, priced.totals.savedPercent]).toStrictEqual([4, 50]);
    const md = renderReport(priced, { ...CONTEXT, decidedBy: 'models from models.yml' });
    expect(md).toContain('## Models');
    expect(md).toContain('| <code>trainer</code> | 2 | 1.5 | $2.40 | $4.80 | $2.40 |');
    const svg = renderChart(priced, { branch: 'main' });
    expect(svg).toContain('trainer, with the gate: $2.40');
    expect(svg).toContain('docs-model, with the gate: $6.40');
    expect(svg.match(/stroke-dasharray="5 3"/g)?.length).toBe(4);
  });

  it('in GPU-hours without a price, and in runs without a training time', () => {
    const hours = renderChart(result({ trainingHours: 1, gpuCount: 1, currency: 'USD' }), {
      branch: 'main',
    });
    expect(hours).toContain('trainer, with the gate: 2 GPU-h');
    const runs = renderChart(result({ gpuCount: 1, currency: 'USD' }), { branch: 'main' });
    // docs-model has its own training time; trainer none: the chart counts runs
    expect(runs).toContain('Cumulative training runs');
    expect(runs).toContain('trainer, with the gate: 2 runs');
  });
});
