import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { evaluate } from '../../src/core/engine.js';
import { parseFilters } from '../../src/core/filters/index.js';
import { withHistory } from '../../src/core/history.js';
import { parseModels } from '../../src/core/models.js';
import { engineSettings } from '../../src/core/settings.js';
import { escapeMarkdown, renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/core/summary.js';
import type {
  ChangedFile,
  CostReport,
  Decision,
  GateReport,
  HoursSource,
  PriceSource,
} from '../../src/core/types.js';

const BASE = '1111111111111111111111111111111111111111';
const HEAD = 'abcdef0123456789abcdef0123456789abcdef01';

const usd: CostReport = {
  currency: 'USD',
  gpuCount: 1,
  hourlyCost: 1.6,
  trainingHours: 0.75,
  runGpuHours: 0.75,
  runCost: 1.2000000000000002,
  estimatedGpuHours: 0.75,
  estimatedCost: 1.2000000000000002,
  costAvoided: 0,
  gpuHoursAvoided: 0,
};

function skippedCost(currency = 'USD'): CostReport {
  return {
    ...usd,
    currency,
    estimatedGpuHours: 0,
    estimatedCost: 0,
    costAvoided: 1.2000000000000002,
    gpuHoursAvoided: 0.75,
  };
}

function file(filename: string, status: ChangedFile['status'] = 'modified'): ChangedFile {
  return { filename, status };
}

const training = file('src/training/train.py');
const renamed: ChangedFile = {
  filename: 'config/training-v2.yaml',
  status: 'renamed',
  previousFilename: 'config/training.yaml',
};
const readme = file('README.md');

function report(decision: Partial<Decision> = {}, extra: Partial<GateReport> = {}): GateReport {
  return {
    decision: {
      shouldTrain: true,
      reason: 'training matched 2 files: src/training/train.py, config/training-v2.yaml',
      trigger: 'filters',
      fail: false,
      ...decision,
    },
    filters: [
      { name: 'training', trainOn: true, files: [training, renamed] },
      { name: 'data', trainOn: true, files: [] },
      { name: 'docs', trainOn: false, files: [readme] },
    ],
    changeSet: {
      files: [training, renamed, readme],
      complete: true,
      source: 'compare',
      baseSha: BASE,
      headSha: HEAD,
    },
    cost: usd,
    repository: { serverUrl: 'https://github.com', owner: 'org', repo: 'ml' },
    eventName: 'pull_request',
    pullRequest: 42,
    ...extra,
  };
}

function skipped(extra: Partial<GateReport> = {}): GateReport {
  return report(
    {
      shouldTrain: false,
      trigger: 'no-match',
      reason: 'no train-on filter matched 1 changed file',
    },
    {
      filters: [
        { name: 'training', trainOn: true, files: [] },
        { name: 'docs', trainOn: false, files: [readme] },
      ],
      cost: skippedCost(),
      ...extra,
    },
  );
}

function lines(markdown: string): string[] {
  return markdown.split('\n');
}

function tableRows(markdown: string): string[] {
  return lines(markdown).filter((line) => line.startsWith('|'));
}

/** Every HTML tag name the summary opens. */
function tagNames(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()),
  );
}

/** Decodes numeric entities: what a reader sees of escaped text. */
function decodeEntities(html: string): string {
  return html.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

/** Checks that hostile text cannot have turned into Markdown or HTML structure. */
function assertInert(markdown: string): void {
  expect(
    [...tagNames(markdown)].filter((t) => !['a', 'code', 'details', 'summary', 'sub'].includes(t)),
  ).toStrictEqual([]);
  expect(markdown).not.toMatch(/<img|<script|<iframe|<style/i);
  // no Markdown link
  expect(markdown).not.toContain('](');
  // no Markdown image
  expect(markdown).not.toContain('![');
  // no code spans
  expect(markdown).not.toContain('`');
  // no emphasis from a name
  expect(markdown).not.toContain('**bold**');
  // no raw control or format character but the line feed
  expect(markdown).not.toMatch(/(?![\n\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
  for (const row of tableRows(markdown)) {
    expect(row.split('|').length).toBe(5);
  }
  for (const line of lines(markdown)) {
    if (line.startsWith('#')) expect(line).toMatch(/^## /);
  }
  const hrefs = [...markdown.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
  for (const href of hrefs) expect(href).toMatch(/^https:\/\/github\.com\/org\/ml\//);
  expect((markdown.match(/<details>/g) ?? []).length).toBe(
    (markdown.match(/<\/details>/g) ?? []).length,
  );
}

describe('verdict', () => {
  test('training: heading, reason, cost line, breakdown', () => {
    const md = renderSummary(report());
    const all = lines(md);
    expect(all[0]).toBe('## 🚀 Training will run');
    expect(all).toContain(
      `**Why:** ${escapeMarkdown('training matched 2 files: src/training/train.py, config/training-v2.yaml')}`,
    );
    expect(all).toContain('**Cost:** training this change takes **0.75 GPU-hours ≈ $1.20**');
    // the arithmetic a reviewer can check
    expect(all).toContain('- 0.75 h × 1 runner × $1.60 an hour = $1.20');
    expect(md).not.toContain('[!WARNING]');
    expect(md).not.toContain('Skipped');
  });

  test('skipped: heading and the cost avoided', () => {
    const md = renderSummary(skipped());
    const all = lines(md);
    expect(all[0]).toBe('## ⏭️ Training skipped');
    expect(all).toContain('**Cost:** skipping this change avoids **0.75 GPU-hours ≈ $1.20**');
    expect(md).not.toContain('training this change takes');
  });

  test('incomplete change set: a different heading and a warning saying on-error decided', () => {
    const md = renderSummary(
      report(
        { shouldTrain: true, trigger: 'incomplete', reason: 'the change set is incomplete' },
        {
          changeSet: {
            files: [training],
            complete: false,
            incompleteReason: 'the compare API lists at most 300 files and no checkout',
            source: 'compare',
            baseSha: BASE,
            headSha: HEAD,
          },
        },
      ),
    );
    const all = lines(md);
    expect(all[0]).toBe('## ⚠️ Training will run: change set incomplete');
    expect(all[2]).toBe('> [!WARNING]');
    expect(md).toContain(escapeMarkdown('the compare API lists at most 300 files and no checkout'));
    expect(md).toContain('<code>on-error</code> decided: training runs.');
    expect(md).toContain('**incomplete**');
  });

  test('incomplete and skipped by on-error: the warning says files may have been missed', () => {
    const md = renderSummary(
      skipped({
        decision: { shouldTrain: false, trigger: 'incomplete', reason: 'incomplete', fail: false },
        changeSet: { files: [], complete: false, source: 'none', baseSha: BASE, headSha: HEAD },
      }),
    );
    expect(lines(md)[0]).toBe('## ⚠️ Training skipped: change set incomplete');
    expect(md).toContain('> [!WARNING]');
    expect(md).toContain('training is skipped, although files that were not seen may match');
  });

  test('incomplete with on-error fail', () => {
    const md = renderSummary(
      report(
        { shouldTrain: false, trigger: 'incomplete', fail: true, reason: 'incomplete' },
        { changeSet: { files: [], complete: false, source: 'none', baseSha: BASE, headSha: HEAD } },
      ),
    );
    expect(lines(md)[0]).toBe('## ❌ Gate failed: change set incomplete');
    expect(md).toContain('decided: the step fails.');
    expect(md).not.toContain('GPU-hours');
  });

  test.each(['force', 'label'] as const)('forced by %s', (trigger) => {
    const md = renderSummary(report({ trigger, reason: 'training forced' }));
    expect(lines(md)[0]).toBe('## 🚀 Training will run (forced)');
    expect(md).toContain(`**Why:** ${escapeMarkdown('training forced')}`);
  });
});

describe('cost line', () => {
  test('EUR, GBP, CHF symbols come from Intl', () => {
    const eur = renderSummary(skipped({ cost: skippedCost('EUR') }));
    expect(lines(eur)).toContain(
      '**Cost:** skipping this change avoids **0.75 GPU-hours ≈ €1.20**',
    );
    const gbp = renderSummary(report({}, { cost: { ...usd, currency: 'GBP' } }));
    expect(lines(gbp)).toContain('**Cost:** training this change takes **0.75 GPU-hours ≈ £1.20**');
    const chf = renderSummary(report({}, { cost: { ...usd, currency: 'CHF' } }));
    expect(lines(chf)).toContain(
      '**Cost:** training this change takes **0.75 GPU-hours ≈ CHF\u00a01.20**',
    );
  });

  test('only hours known: no money part', () => {
    const cost: CostReport = {
      currency: 'USD',
      gpuCount: 2,
      trainingHours: 0.75,
      runGpuHours: 1.5,
      estimatedGpuHours: 1.5,
      gpuHoursAvoided: 0,
    };
    const md = renderSummary(report({}, { cost }));
    expect(lines(md)).toContain(
      '**Cost:** training this change takes **1.5 GPU-hours**; set <code>gpu-hourly-cost</code> (or <code>gpu-runner</code>) to price it',
    );
    expect(lines(md)).toContain('- 0.75 h × 2 runners = 1.5 GPU-hours');
    expect(md).not.toContain('≈');
    const skip = renderSummary(
      skipped({ cost: { ...cost, estimatedGpuHours: 0, gpuHoursAvoided: 1.5 } }),
    );
    expect(lines(skip)).toContain(
      '**Cost:** skipping this change avoids **1.5 GPU-hours**; set <code>gpu-hourly-cost</code> (or <code>gpu-runner</code>) to price it',
    );
  });

  test('nothing known: a hint naming the inputs', () => {
    const md = renderSummary(report({}, { cost: { currency: 'USD', gpuCount: 1 } }));
    expect(md).not.toContain('GPU-hours');
    expect(md).toContain(
      '**Cost:** set <code>gpu-hourly-cost</code> (or <code>gpu-runner</code>) and <code>training-hours</code> (or <code>training-job</code>) to see',
    );
    const onlyPrice = renderSummary(
      report({}, { cost: { currency: 'USD', gpuCount: 1, hourlyCost: 2 } }),
    );
    expect(onlyPrice).toContain(
      '**Cost:** set <code>training-hours</code> (or <code>training-job</code>) to see',
    );
    expect(onlyPrice).not.toContain('gpu-runner');
  });

  test('an unknown currency code does not throw', () => {
    const md = renderSummary(report({}, { cost: { ...usd, currency: 'not a code' } }));
    expect(md).toContain(
      '**Cost:** training this change takes **0.75 GPU-hours ≈ 1.20 not a code**',
    );
  });
});

describe('cost sources and the cost limit', () => {
  const t4: PriceSource = {
    kind: 'preset',
    name: 'github-gpu-t4',
    description: 'GitHub-hosted Linux GPU runner, 4 cores, 1 NVIDIA T4',
    url: 'https://docs.github.com/en/billing/reference/actions-runner-pricing',
    readOn: '2026-01-01',
  };
  const measured: HoursSource = {
    kind: 'measured',
    jobName: 'train',
    runs: 8,
    medianSeconds: 46 * 60,
    runsExamined: 10,
  };
  // 46 minutes, measured: 0.77 h, the one number the figures are computed from
  const hours = 0.77;
  const measuredCost: CostReport = {
    currency: 'USD',
    gpuCount: 1,
    hourlyCost: 3.12,
    trainingHours: hours,
    runGpuHours: hours,
    runCost: 3.12 * hours,
    estimatedGpuHours: hours,
    estimatedCost: 3.12 * hours,
    costAvoided: 0,
    gpuHoursAvoided: 0,
    priceSource: t4,
    hoursSource: measured,
  };
  /** What is left when the training time is unknown. */
  function unknownHours(source: HoursSource, extra: Partial<CostReport> = {}): CostReport {
    return {
      currency: 'USD',
      gpuCount: 1,
      hourlyCost: 3.12,
      priceSource: t4,
      hoursSource: source,
      ...extra,
    };
  }

  test('measured time and a preset price: the figure, the breakdown and both sources', () => {
    const md = renderSummary(report({}, { cost: measuredCost }));
    const all = lines(md);
    expect(all).toContain('**Cost:** training this change takes **0.77 GPU-hours ≈ $2.40**');
    // hours, minutes and money from one number: 0.77 h is 46 min, and 0.77 × $3.12 is $2.40
    expect(all).toContain('- 0.77 h × 1 runner × $3.12 an hour = $2.40');
    expect(all).toContain(
      '- Training time 0.77 h (46 min): the median of the last 8 successful runs of <code>train</code>',
    );
    expect(all).toContain(
      '- Price $3.12 an hour: the <code>github-gpu-t4</code> preset ' +
        '(GitHub-hosted Linux GPU runner, 4 cores, 1 NVIDIA T4); ' +
        '<a href="https://docs.github.com/en/billing/reference/actions-runner-pricing">on-demand price</a> ' +
        'read on 2026-01-01, prices change',
    );
  });

  test('one measured run is not called a median', () => {
    const md = renderSummary(
      report({}, { cost: { ...measuredCost, hoursSource: { ...measured, runs: 1 } } }),
    );
    expect(md).toContain('the last successful run of <code>train</code>, the only one measured');
    expect(md).not.toContain('median');
  });

  test('inputs as sources, and a gpu-hourly-cost that replaced a preset', () => {
    const md = renderSummary(
      report(
        {},
        {
          cost: {
            ...usd,
            hoursSource: { kind: 'input' },
            priceSource: { kind: 'input', overrides: 'aws-g5.xlarge' },
          },
        },
      ),
    );
    expect(lines(md)).toContain(
      '- Training time 0.75 h (45 min): the <code>training-hours</code> input',
    );
    expect(lines(md)).toContain(
      '- Price $1.60 an hour: the <code>gpu-hourly-cost</code> input, in place of the <code>aws-g5&#46;xlarge</code> preset',
    );
    expect(md).toContain('- 0.75 h × 1 runner × $1.60 an hour = $1.20');
  });

  test('no history: says so, shows the price, and no invented figure', () => {
    const md = renderSummary(
      report({}, { cost: unknownHours({ kind: 'no-history', jobName: 'train', runsExamined: 0 }) }),
    );
    expect(lines(md)).toContain('**Cost:** not shown: the training time is not known.');
    expect(md).toContain(
      '- Training time unknown: this workflow has no earlier successful run, so <code>train</code> has not been measured yet',
    );
    expect(md).toContain('- Price $3.12 an hour: the <code>github-gpu-t4</code> preset');
    expect(md).not.toContain('GPU-hours');
    expect(md).not.toContain('≈');
    // no hint to set inputs that are set
    expect(md).not.toContain('set <code>');
    const some = renderSummary(
      report({}, { cost: unknownHours({ kind: 'no-history', jobName: 'train', runsExamined: 6 }) }),
    );
    expect(some).toContain('did not run successfully in any of the last 6 successful runs');
  });

  test('a missing permission and a failure are named', () => {
    const denied = renderSummary(
      report(
        {},
        { cost: unknownHours({ kind: 'permission-missing', jobName: 'train', message: '403' }) },
      ),
    );
    expect(denied).toContain('the <code>actions: read</code> permission');
    expect(denied).not.toContain('≈');
    const failed = renderSummary(
      report(
        {},
        { cost: unknownHours({ kind: 'unavailable', jobName: 'train', message: '<b>502</b>' }) },
      ),
    );
    expect(failed).toContain(`could not be read (${escapeMarkdown('<b>502</b>')})`);
  });

  test('over the cost limit: a warning with the estimate and the limit', () => {
    const md = renderSummary(
      report({}, { cost: { ...measuredCost, costLimit: 2, overLimit: true } }),
    );
    expect(md).toContain('> [!WARNING]');
    expect(md).toContain(
      '> **Over the cost limit:** training this change is estimated at $2.40, above the <code>cost-limit</code> of $2.00, so <code>over-limit</code> is <code>true</code>.',
    );
  });

  test('within the cost limit, and a limit that cannot be checked', () => {
    const within = renderSummary(
      report({}, { cost: { ...measuredCost, costLimit: 5, overLimit: false } }),
    );
    expect(lines(within)).toContain(
      '- Cost limit $5.00: within it, so <code>over-limit</code> is <code>false</code>',
    );
    expect(within).not.toContain('[!WARNING]');
    const unknown = renderSummary(
      report(
        {},
        {
          cost: unknownHours(
            { kind: 'no-history', jobName: 'train', runsExamined: 2 },
            { costLimit: 5, overLimit: false },
          ),
        },
      ),
    );
    expect(unknown).toContain(
      '- Cost limit $5.00: not checked, there is no cost estimate, so <code>over-limit</code> is <code>false</code>',
    );
    const skip = renderSummary(
      skipped({ cost: { ...skippedCost(), costLimit: 0.5, overLimit: false } }),
    );
    // a skipped change spends nothing
    expect(skip).not.toContain('cost-limit');
  });
});

describe('filters and files', () => {
  test('table: name, train-on, matched count', () => {
    const md = renderSummary(report());
    expect(tableRows(md)).toStrictEqual([
      '| Filter | Train-on | Matched |',
      '| --- | --- | --- |',
      '| <code>training</code> | yes | ✅ 2 |',
      '| <code>data</code> | yes | — |',
      // ✅ marks only the filters that caused training: docs matched, but only informs
      '| <code>docs</code> | no | 1 |',
    ]);
  });

  test('collapsed details per matching filter, with status and renames', () => {
    const md = renderSummary(report());
    expect((md.match(/<details>/g) ?? []).length).toBe(2);
    expect(md).toContain('<details><summary><code>training</code>: 2 files</summary>');
    expect(md).toContain('<details><summary><code>docs</code>: 1 file</summary>');
    expect(md).not.toContain('<code>data</code>: ');
    expect(lines(md)).toContain(
      `- modified <code>${escapeMarkdown('src/training/train.py')}</code>`,
    );
    expect(lines(md)).toContain(
      `- renamed <code>${escapeMarkdown('config/training.yaml')}</code> → <code>${escapeMarkdown(
        'config/training-v2.yaml',
      )}</code>`,
    );
  });

  test('files are capped per filter, then "… and N more"', () => {
    const files = Array.from({ length: 120 }, (_, i) => file(`data/f${i}.csv`, 'added'));
    const big = report({}, { filters: [{ name: 'data', trainOn: true, files }] });
    const md = renderSummary(big);
    const items = lines(md).filter((l) => l.startsWith('- added '));
    expect(items.length).toBe(50);
    expect(decodeEntities(items[0]!)).toBe('- added <code>data/f0.csv</code>');
    expect(decodeEntities(items[49]!)).toBe('- added <code>data/f49.csv</code>');
    expect(lines(md)).toContain('- … and 70 more');

    const five = renderSummary(big, { maxFilesPerFilter: 5 });
    expect(lines(five).filter((l) => l.startsWith('- added ')).length).toBe(5);
    expect(lines(five)).toContain('- … and 115 more');

    const all = renderSummary(big, { maxFilesPerFilter: 1000 });
    expect(lines(all).filter((l) => l.startsWith('- added ')).length).toBe(120);
    expect(all).not.toContain('more');
  });

  test('no filters', () => {
    const md = renderSummary(report({}, { filters: [] }));
    expect(md).toContain('No filters are defined.');
    expect(tableRows(md).length).toBe(0);
  });
});

describe('commits and source', () => {
  test('commit, compare and pull request links', () => {
    const md = renderSummary(report());
    expect(md).toContain(
      `<a href="https://github.com/org/ml/commit/${BASE}"><code>1111111</code></a>`,
    );
    expect(md).toContain(
      `<a href="https://github.com/org/ml/commit/${HEAD}"><code>abcdef0</code></a>`,
    );
    expect(md).toContain(
      `<a href="https://github.com/org/ml/compare/${BASE}...${HEAD}">compare</a>`,
    );
    expect(md).toContain('<a href="https://github.com/org/ml/pull/42">#42</a>');
    expect(md).toContain(`- Event: <code>${escapeMarkdown('pull_request')}</code>`);
    expect(md).toContain('- Change set: 3 changed files from <code>compare</code>');
    expect(md).toContain(', complete');
  });

  test('GitHub Enterprise server URL, push without pull request', () => {
    const md = renderSummary(
      skipped({
        eventName: 'push',
        pullRequest: undefined,
        repository: { serverUrl: 'https://ghe.example.com/', owner: 'team', repo: 'models' },
      }),
    );
    expect(md).toContain(`href="https://ghe.example.com/team/models/commit/${HEAD}"`);
    expect(md).not.toContain('/pull/');
    expect(md).toContain('- Event: <code>push</code>');
  });

  test('a ref that is not a SHA is shown, not linked; a new branch has no compare link', () => {
    const md = renderSummary(
      report(
        {},
        {
          changeSet: {
            files: [],
            complete: true,
            source: 'git',
            baseSha: 'main"><img src=x>',
            headSha: HEAD,
          },
        },
      ),
    );
    expect(md).toContain(`<code>${escapeMarkdown('main"><img src=x>')}</code> → <a href=`);
    expect(md).not.toContain('/compare/');
    assertInert(
      md.replace(
        /href="https:\/\/github\.com\/org\/ml\/[^"]*"/g,
        'href="https://github.com/org/ml/"',
      ),
    );

    const fresh = renderSummary(
      report(
        {},
        {
          changeSet: {
            files: [],
            complete: true,
            source: 'git',
            baseSha: '0'.repeat(40),
            headSha: HEAD,
          },
        },
      ),
    );
    expect(fresh).toContain('- Compared: nothing → <a href=');
  });

  test('a server URL that is not http(s) gives no links', () => {
    const md = renderSummary(
      report({}, { repository: { serverUrl: 'javascript:alert(1)//', owner: 'o', repo: 'r' } }),
    );
    expect(md).not.toContain('href=');
    expect(md).not.toContain('javascript');
  });
});

const HOSTILE_NAMES = [
  '[x](http://evil)',
  '![i](http://evil/p.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '**bold**',
  '# h',
  'a|b|c',
  '`code`',
  '```',
  'line\n\n<img src=x>',
  'line\n# heading',
  'cr\rhere',
  'tab\there',
  'esc\x1b[31mred',
  '\u202ecod.exe',
  'amp &amp; &#60;',
  '_under_ ~~strike~~',
  'http://evil.example/x',
  'www.evil.example',
  'user@evil.example',
  ':smile: @someone #1',
  '\\',
  '<!-- comment',
  ']]> <![CDATA[',
  '$x$ $$y$$',
  'a  b',
  'é/中文/😀',
];

describe('hostile names', () => {
  function hostileReport(names: readonly string[]): GateReport {
    const files = names.map((n) => file(n, 'added'));
    const moved: ChangedFile = {
      filename: 'new|<b>',
      status: 'renamed',
      previousFilename: 'old\n[x](y)',
    };
    return report(
      { reason: `training matched ${names.length} files: ${names.slice(0, 3).join(', ')}` },
      {
        filters: [
          { name: '[evil](http://x)|<img src=x>', trainOn: true, files: [...files, moved] },
          { name: 'docs\n# x', trainOn: false, files: [] },
        ],
        changeSet: {
          files,
          complete: false,
          incompleteReason: '<script>alert(1)</script>\n# not a heading',
          source: 'compare',
          baseSha: BASE,
          headSha: HEAD,
        },
        eventName: 'pull_request<img src=x>',
      },
    );
  }

  test('no HTML, link, image, emphasis, heading or broken table from a name', () => {
    const md = renderSummary(hostileReport(HOSTILE_NAMES), { maxFilesPerFilter: 100 });
    assertInert(md);
    const items = lines(md).filter((l) => l.startsWith('- added ') || l.startsWith('- renamed '));
    // one line per file
    expect(items.length).toBe(HOSTILE_NAMES.length + 1);
    for (const [i, name] of HOSTILE_NAMES.entries()) {
      expect(items[i]).toBe(`- added <code>${escapeMarkdown(name)}</code>`);
    }
    expect(md).toContain(`<code>${escapeMarkdown('[evil](http://x)|<img src=x>')}</code>`);
  });

  test('generated hostile names stay inert', () => {
    const char = fc.oneof(
      fc.constantFrom(
        '[',
        ']',
        '(',
        ')',
        '!',
        '<',
        '>',
        '|',
        '`',
        '*',
        '_',
        '#',
        '\n',
        '\r',
        '\t',
        '\\',
        '&',
        ';',
        '~',
        ':',
        '@',
        '"',
        "'",
        '\x1b',
        '\u2028',
        '\u202e',
        ' ',
        'img',
        'script',
        'http',
        '://',
      ),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const name = fc.array(char, { minLength: 1, maxLength: 30 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 15 }), (names) => {
        const md = renderSummary(hostileReport(names.map((n) => n.replace(/\0/g, '_'))));
        assertInert(md);
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeMarkdown', () => {
  test('letters, digits, spaces stay; the rest becomes entities or visible escapes', () => {
    expect(escapeMarkdown('Ab 9 é中')).toBe('Ab 9 é中');
    expect(escapeMarkdown('a/b-c,d')).toBe('a/b-c,d');
    expect(escapeMarkdown('<|>')).toBe('&#60;&#124;&#62;');
    expect(escapeMarkdown('[x](y)')).toBe('&#91;x&#93;&#40;y&#41;');
    expect(escapeMarkdown('a\nb')).toBe('a&#92;nb');
    expect(escapeMarkdown('\\n')).toBe('&#92;&#92;n');
    expect(escapeMarkdown('\t\r\x1b')).toBe('&#92;t&#92;r&#92;x1b');
    expect(escapeMarkdown('\u202e')).toBe('&#92;u&#123;202e&#125;');
    expect(escapeMarkdown('😀')).toBe('&#128512;');
  });

  test('decoding the entities gives back the text, with controls shown as escapes', () => {
    const visible = (s: string): string =>
      Array.from(s)
        .map((c) => {
          if (c === '\n') return '\\n';
          if (c === '\\') return '\\\\';
          return c;
        })
        .join('');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const clean = text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, 'x');
        expect(decodeEntities(escapeMarkdown(clean))).toBe(visible(clean));
        expect(decodeEntities(escapeMarkdown(`${clean}\n\\`))).toBe(visible(`${clean}\n\\`));
      }),
      { numRuns: 1000 },
    );
  });

  test('the output holds only inert characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const out = escapeMarkdown(text);
        expect(out).toMatch(/^(?:[\p{L}\p{N}\p{M} ,/-]|&#\d+;)*$/u);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('size', () => {
  const hostile = '<img src=x>|[a](b)😀\n';
  function hugeReport(filterCount: number, filesPerFilter: number, nameLength: number): GateReport {
    const filters = Array.from({ length: filterCount }, (_, f) => ({
      name: `filter-${f}-${'|<>'.repeat(30)}`,
      trainOn: f % 2 === 0,
      files: Array.from({ length: filesPerFilter }, (_, i) =>
        file(`dir-${f}/${hostile.repeat(Math.ceil(nameLength / hostile.length))}-${i}`, 'added'),
      ),
    }));
    return report(
      { reason: hostile.repeat(50_000) },
      { filters, changeSet: { ...report().changeSet, files: filters.flatMap((f) => f.files) } },
    );
  }

  test('100,000 files stay under 1 MiB with the default cap', () => {
    const md = renderSummary(hugeReport(4, 25_000, 200));
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThan(1024 * 1024);
    expect(lines(md)).toContain('- … and 24950 more');
    assertInert(md);
  });

  test('100,000 long names with no cap still stay under 1 MiB, closed and readable', () => {
    const md = renderSummary(hugeReport(4, 25_000, 1000), { maxFilesPerFilter: 1_000_000 });
    const bytes = Buffer.byteLength(md, 'utf8');
    expect(bytes).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    // the room is used
    expect(bytes).toBeGreaterThan(SUMMARY_LIMIT_BYTES / 2);
    expect(md.endsWith('\n')).toBeTruthy();
    const cuts = [...md.matchAll(/^- … and (\d+) more \(summary size limit\)$/gm)].map((m) =>
      Number(m[1]),
    );
    // every filter lists some files
    expect(cuts.length).toBe(4);
    for (const more of cuts) expect(more).toBeLessThan(25_000 - 20);
    expect(md).toContain('- Change set: 100000 changed files');
    assertInert(md);
  });

  test('thousands of filters stay under the limit', () => {
    const md = renderSummary(hugeReport(5_000, 3, 2000), { maxFilesPerFilter: 1_000_000 });
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toContain('- Compared: ');
    assertInert(md);
  });
});

describe('what a reviewer reads (snapshots)', () => {
  const incomplete = (): GateReport =>
    report(
      {
        shouldTrain: true,
        trigger: 'incomplete',
        reason:
          'training because the change set could not be seen whole (the compare API stopped at its limit of 300 files); no train-on filter matched the 300 files that could be seen, and on-error is train',
      },
      {
        filters: [{ name: 'training', trainOn: true, files: [] }],
        changeSet: {
          files: [readme],
          complete: false,
          source: 'compare',
          incompleteReason: 'the compare API stopped at its limit of 300 files',
          baseSha: BASE,
          headSha: HEAD,
        },
      },
    );
  test.each([
    ['training, with what it costs', () => report()],
    ['skipped, with the cost avoided', () => skipped()],
    [
      'forced by a label, priced by a preset and measured runs',
      () =>
        report(
          {
            trigger: 'label',
            reason: 'training forced: the pull request has the label "retrain"',
          },
          { cost: { ...usd, priceSource: t4Preset(), hoursSource: measuredHours() } },
        ),
    ],
    ['an incomplete change set, on-error train', incomplete],
    ['a push without a price', () => report({}, { eventName: 'push', cost: noPrice() })],
  ])('%s', (_, make) => {
    expect(renderSummary(make())).toMatchSnapshot();
  });
});

function t4Preset(): PriceSource {
  return {
    kind: 'preset',
    name: 'github-gpu-t4',
    description: 'GitHub-hosted Linux GPU runner, 4 cores, 1 NVIDIA T4 ($0.052 a minute)',
    url: 'https://docs.github.com/en/billing/reference/actions-runner-pricing',
    readOn: '2026-01-01',
  };
}

function measuredHours(): HoursSource {
  return { kind: 'measured', jobName: 'train', runs: 8, medianSeconds: 45 * 60, runsExamined: 10 };
}

function noPrice(): CostReport {
  return { currency: 'USD', gpuCount: 1 };
}

describe('several models (snapshot)', () => {
  test('one row per model, then the totals', () => {
    const models = parseModels(
      "fraud-detector:\n  paths: ['data/fraud/**']\n  training-hours: 0.75\nchurn:\n  paths: ['data/churn/**']\n  training-hours: 2\n  gpu-count: 4\n",
      'the models input',
    );
    const evaluated = evaluate({
      changeSet: {
        files: [file('data/fraud/2025-02.csv', 'added'), readme],
        complete: true,
        source: 'compare',
        baseSha: BASE,
        headSha: HEAD,
      },
      filters: parseFilters("docs: ['**/*.md']\n", 'the filters input'),
      models,
      settings: engineSettings({ cost: { hourlyCost: 1.6, gpuCount: 1, currency: 'USD' } }),
      context: {
        repository: { serverUrl: 'https://github.com', owner: 'org', repo: 'ml' },
        eventName: 'pull_request',
        pullRequest: 42,
      },
    });
    expect(renderSummary(evaluated)).toMatchSnapshot();
  });
});

describe('figures that agree (snapshot)', () => {
  test('a measured time and a preset price: minutes, hours and money from one number', () => {
    // 45 min 45 s measured; aws-g5.xlarge at $1.006 an hour
    const cost = withHistory(
      { gpuCount: 1, currency: 'USD', hourlyCost: 1.006, priceSource: t4Preset() },
      { kind: 'measured', jobName: 'train', runs: 8, medianSeconds: 2745, runsExamined: 10 },
    );
    const evaluated = evaluate({
      changeSet: {
        files: [training],
        complete: true,
        source: 'compare',
        baseSha: BASE,
        headSha: HEAD,
      },
      filters: parseFilters("training: ['src/training/**']\n", 'the filters input'),
      settings: engineSettings({ cost }),
      context: {
        repository: { serverUrl: 'https://github.com', owner: 'org', repo: 'ml' },
        eventName: 'pull_request',
      },
    });
    const md = renderSummary(evaluated);
    expect(md).toContain('- 0.76 h × 1 runner × $1.006 an hour = $0.76');
    expect(md).toContain('- Training time 0.76 h (46 min)');
    expect(md).toMatchSnapshot();
  });
});
