import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runBacktest, type BacktestResult, type HistoryCommit } from '../src/backtest.js';
import type { CostSettings } from '../src/cost.js';
import { parseFilters } from '../src/filters.js';
import {
  eventLabel,
  formatGpuHours,
  formatMoney,
  renderChart,
  renderReport,
  type ReportContext,
} from '../src/report.js';

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
  return runBacktest({
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
  filtersFile: '.github/filters.yml',
  trainOn: ['training'],
  chartFile: 'backtest.svg',
};

describe('renderReport', () => {
  it('leads with the saving, then the chart and the totals', () => {
    const md = renderReport(backtest('tssstsssss'), CONTEXT);
    assert.ok(md.startsWith('# ml-change-gate backtest of <code>main</code>\n'));
    assert.ok(md.includes('**2025-03-01 → 2025-03-10**'));
    assert.ok(md.includes('10 CI events (5 merges, 5 single-parent commits)'));
    assert.ok(
      md.includes(
        '> With the gate, **2 of 10 CI events** on <code>main</code> would have trained. ' +
          'It would have skipped **8 training runs**, saving **$9.60 (80%)** and **6 GPU-hours**.',
      ),
      md,
    );
    assert.ok(
      md.includes('![Cumulative training cost on main, with and without the gate](backtest.svg)'),
    );
    const table = [
      '| | Without the gate | With the gate | Saved |',
      '| --- | ---: | ---: | ---: |',
      '| Training runs | 10 | 2 | **8** (80%) |',
      '| GPU-hours | 7.5 | 1.5 | **6** |',
      '| Cost (USD) | $12.00 | $2.40 | **$9.60** |',
    ].join('\n');
    assert.ok(md.includes(table), md);
    assert.ok(
      md.includes(
        'One training run: training-hours 0.75 × gpu-count 1 × gpu-hourly-cost $1.60 = 0.75 GPU-hours, $1.20.',
      ),
    );
    assert.ok(md.includes('| <code>training</code> | yes | 2 |'));
    assert.ok(md.includes('| <code>docs</code> | no | 8 |'));
    assert.ok(md.indexOf('![') < md.indexOf('| Training runs'));
  });

  it('lists every event, with links when the repository is on GitHub', () => {
    const result = backtest('ts', PRICES, (i) =>
      i === 1 ? 'Merge pull request #12 from a/b' : 'fix',
    );
    const md = renderReport(result, {
      ...CONTEXT,
      repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'models' },
    });
    assert.ok(
      md.includes(
        `| 2025-03-01 | <a href="https://github.com/acme/models/commit/${sha(1)}"><code>0000000</code></a> | push | fix | 🚀 train | <code>training</code> |`,
      ),
      md,
    );
    assert.ok(
      md.includes(
        '| <a href="https://github.com/acme/models/pull/12">PR &#35;12</a> | Merge pull request &#35;12 from a/b | ⏭️ skip | <code>docs</code> |',
      ),
      md,
    );
    assert.ok(!md.includes('<details>'), 'a short list is shown open');
  });

  it('folds a long event list and cuts it at maxEvents', () => {
    const md = renderReport(backtest('s'.repeat(40)), { ...CONTEXT, maxEvents: 25 });
    assert.ok(md.includes('<details><summary>All 40 events, oldest first</summary>'));
    assert.equal(md.match(/⏭️ skip/g)?.length, 25);
    assert.ok(md.includes('… and 15 more (see --json).'));
  });

  it('makes hostile subjects, branch and filter names inert', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) | **b** \n# h';
    const result = backtest('t', PRICES, () => hostile);
    const md = renderReport(result, { ...CONTEXT, branch: '<script>b</script>' });
    assert.ok(!md.includes('<img'));
    assert.ok(!md.includes('<script>'));
    assert.ok(!md.includes('](javascript'));
    assert.ok(!md.includes('| **b**'));
    const row = md.split('\n').find((line) => line.includes('onerror'));
    assert.ok(row !== undefined);
    assert.equal(row.split('|').length, 8, 'no extra table cells');
  });

  it('says what is missing without prices, and what to do with an empty window', () => {
    const md = renderReport(backtest('ts', { gpuCount: 1, currency: 'USD' }), CONTEXT);
    assert.ok(md.includes('| Training runs | 2 | 1 | **1** (50%) |'));
    assert.ok(!md.includes('| Cost'));
    assert.ok(
      md.includes('Set --training-hours (and --gpu-hourly-cost) to see GPU-hours and cost.'),
    );
    assert.ok(md.includes('**50%** of the training'));
    const empty = renderReport(backtest(''), CONTEXT);
    assert.ok(empty.includes('No first-parent commits in the last 100 first-parent commits'));
    assert.ok(!empty.includes('!['));
  });
});

describe('renderChart', () => {
  function attributes(svg: string, tag: string): string[] {
    return [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((m) => m[0]);
  }

  it('draws both cumulative lines on a white background, with axes, legend and totals', () => {
    const svg = renderChart(backtest('tssstsssss'), { branch: 'main' });
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="420"'));
    assert.ok(svg.trimEnd().endsWith('</svg>'));
    assert.ok(svg.includes('fill="#ffffff"'), 'an explicit background for dark themes');
    assert.ok(
      svg.includes('<title>Cumulative training cost on main, with and without the gate</title>'),
    );
    assert.ok(svg.includes('Cumulative training cost (USD)'));
    assert.ok(svg.includes('Commit date (UTC)'));
    assert.ok(svg.includes('Without the gate: every event trains (10 runs)'));
    assert.ok(svg.includes('With the gate: trains when it must (2 runs)'));
    assert.ok(svg.includes('Saved: $9.60 (80%)'));
    assert.ok(svg.includes('>$12.00</text>'));
    assert.ok(svg.includes('>$2.40</text>'));
    assert.ok(svg.includes('>Mar 3</text>'));
    for (const label of ['$0', '$5', '$10', '$15'])
      assert.ok(svg.includes(`>${label}</text>`), label);
    const paths = attributes(svg, 'path');
    assert.equal(paths.length, 3, 'the saving area and two lines');
    assert.ok(!/NaN|undefined|Infinity/.test(svg));
    assert.equal((svg.match(/<text\b/g) ?? []).length, (svg.match(/<\/text>/g) ?? []).length);
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
    assert.equal(rises(without ?? ''), 3);
    assert.equal(rises(withGate ?? ''), 2);
  });

  it('shows GPU-hours or runs when there is no price, and copes with one event', () => {
    const hours = renderChart(backtest('ts', { trainingHours: 2, gpuCount: 1, currency: 'USD' }), {
      branch: 'main',
    });
    assert.ok(hours.includes('Cumulative training GPU-hours'));
    assert.ok(hours.includes('>4 GPU-h</text>'));
    const runs = renderChart(backtest('t', { gpuCount: 1, currency: 'USD' }), { branch: 'main' });
    assert.ok(runs.includes('Cumulative training runs'));
    assert.ok(runs.includes('>1 runs</text>') || runs.includes('>1 run</text>'));
    assert.ok(!/NaN|undefined|Infinity/.test(runs));
  });

  it('escapes names in the SVG', () => {
    const svg = renderChart(backtest('t'), { branch: '<b>&"x"' });
    assert.ok(!svg.includes('<b>'));
    assert.ok(svg.includes('&lt;b&gt;&amp;&quot;x&quot;'));
  });

  it('labels a year of events by month', () => {
    const long: BacktestResult = backtest('ts');
    const first = long.events[0];
    assert.ok(first !== undefined);
    const events = [first, { ...first, sha: sha(9), date: '2025-12-20T00:00:00Z' }];
    const svg = renderChart(
      { ...long, events, totals: { ...long.totals, to: '2025-12-20T00:00:00Z' } },
      { branch: 'main' },
    );
    assert.ok(svg.includes('>Apr 2025</text>') || svg.includes('>May 2025</text>'), svg);
  });
});

describe('report words', () => {
  it('formats money and events', () => {
    assert.equal(formatMoney(1234.5, 'USD'), '$1,234.50');
    assert.equal(formatMoney(12, 'EUR'), '€12.00');
    assert.equal(formatMoney(1.005, 'USD'), '$1.01');
    assert.equal(formatGpuHours(7500), '7,500');
    assert.equal(formatGpuHours(1431.25), '1,431.25');
    assert.equal(formatGpuHours(0.755), '0.76');
    const [push, merge] = backtest('ts').events;
    assert.ok(push !== undefined && merge !== undefined);
    assert.equal(eventLabel(push), 'push');
    assert.equal(eventLabel(merge), 'merge');
    assert.equal(eventLabel({ ...merge, pullRequest: 3 }), 'PR #3');
  });
});
