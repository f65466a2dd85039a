import { describe, expect, test } from '@jest/globals';
import {
  COMMENT_LIMIT_BYTES,
  COMMENT_MARKER,
  commentKey,
  isGateComment,
  renderComment,
} from '../../src/core/comment.js';
import { utf8Length } from '../../src/core/outputs.js';
import { escapeMarkdown, renderVerdict } from '../../src/core/summary.js';
import type { CostReport, GateReport } from '../../src/core/types.js';

const BASE = '1111111111111111111111111111111111111111';
const HEAD = 'abcdef0123456789abcdef0123456789abcdef01';
const KEY = commentKey('CI', 'detect-changes');

const measured: CostReport = {
  currency: 'USD',
  gpuCount: 1,
  hourlyCost: 3.12,
  // 46 minutes, measured: 0.77 h
  trainingHours: 0.77,
  runGpuHours: 0.77,
  runCost: 3.12 * 0.77,
  estimatedGpuHours: 0.77,
  estimatedCost: 3.12 * 0.77,
  costAvoided: 0,
  gpuHoursAvoided: 0,
  priceSource: {
    kind: 'preset',
    name: 'github-gpu-t4',
    description: 'GitHub-hosted Linux GPU runner, 4 cores, 1 NVIDIA T4 ($0.052 a minute)',
    url: 'https://docs.github.com/en/billing/reference/actions-runner-pricing',
    readOn: '2026-01-01',
  },
  hoursSource: {
    kind: 'measured',
    jobName: 'train',
    runs: 8,
    medianSeconds: 46 * 60,
    runsExamined: 10,
  },
};

function report(extra: Partial<GateReport> = {}): GateReport {
  return {
    decision: {
      shouldTrain: true,
      reason: 'training matched 1 file (src/training/train.py) of 2 changed files',
      trigger: 'filters',
      fail: false,
    },
    filters: [
      {
        name: 'training',
        trainOn: true,
        files: [{ filename: 'src/training/train.py', status: 'modified' }],
      },
      { name: 'docs', trainOn: false, files: [{ filename: 'README.md', status: 'modified' }] },
    ],
    changeSet: {
      files: [
        { filename: 'src/training/train.py', status: 'modified' },
        { filename: 'README.md', status: 'modified' },
      ],
      complete: true,
      source: 'compare',
      baseSha: BASE,
      headSha: HEAD,
    },
    cost: measured,
    repository: { serverUrl: 'https://github.com', owner: 'org', repo: 'ml' },
    eventName: 'pull_request',
    pullRequest: 42,
    runId: 9001,
    ...extra,
  };
}

describe('renderComment', () => {
  test('starts with the hidden markers, then the verdict, reason, cost and sources', () => {
    const body = renderComment(report(), { key: KEY, runId: 9001 });
    const lines = body.split('\n');
    expect(lines[0]).toBe(COMMENT_MARKER);
    expect(lines[1]).toBe('<!-- ml-change-gate:CI/detect-changes -->');
    expect(lines[2]).toBe('## 🚀 Training will run');
    expect(lines).toContain(
      `**Why:** ${escapeMarkdown('training matched 1 file (src/training/train.py) of 2 changed files')}`,
    );
    expect(lines).toContain('**Cost:** training this change takes **0.77 GPU-hours ≈ $2.40**');
    expect(lines).toContain(
      '- Training time 0.77 h (46 min): the median of the last 8 successful runs of <code>train</code>',
    );
    expect(body).toContain('- Price $3.12 an hour: the <code>github-gpu-t4</code> preset');
    expect(body).toContain('read on 2026-01-01, prices change');
  });

  test('has the filters table, and no file lists', () => {
    const body = renderComment(report(), { key: KEY });
    expect(body).toContain('| Filter | Train-on | Matched |');
    expect(body).toContain('| <code>training</code> | yes | ✅ 1 |');
    expect(body).toContain('| <code>docs</code> | no | 1 |');
    expect(body).not.toContain('<details>');
  });

  test('is the verdict of the job summary, line for line', () => {
    const body = renderComment(report(), { key: KEY });
    const verdict = renderVerdict(report()).join('\n');
    expect(body).toContain(verdict);
  });

  test('links the head commit and the run whose job summary has the files', () => {
    const body = renderComment(report(), { key: KEY, runId: 9001 });
    expect(body).toContain(`<a href="https://github.com/org/ml/commit/${HEAD}">`);
    expect(body).toContain('<a href="https://github.com/org/ml/actions/runs/9001">job summary</a>');
    const noRun = renderComment(report(), { key: KEY });
    expect(noRun).not.toContain('/actions/runs/');
  });

  test('a skipped change shows the cost avoided, and an over-limit training the warning', () => {
    const skipped = renderComment(
      report({
        decision: {
          shouldTrain: false,
          reason: 'no train-on filter matched',
          trigger: 'no-match',
          fail: false,
        },
        cost: {
          ...measured,
          estimatedCost: 0,
          estimatedGpuHours: 0,
          costAvoided: measured.runCost,
        },
      }),
      { key: KEY },
    );
    expect(skipped).toContain('## ⏭️ Training skipped');
    expect(skipped).toContain('**Cost:** skipping this change avoids');
    const over = renderComment(report({ cost: { ...measured, costLimit: 2, overLimit: true } }), {
      key: KEY,
    });
    expect(over).toContain('**Over the cost limit:**');
    expect(over).toContain('<code>over-limit</code> is <code>true</code>');
  });

  test('hostile names and reasons are escaped; nothing can close the marker', () => {
    const evil = '<img src=x onerror=alert(1)> --> [x](javascript:alert(1))';
    const body = renderComment(
      report({
        decision: { shouldTrain: true, reason: evil, trigger: 'filters', fail: false },
        filters: [{ name: evil, trainOn: true, files: [] }],
      }),
      { key: commentKey(`CI --> ${evil}`, 'job\n<!--') },
    );
    expect(body).not.toContain('<img');
    expect(body).not.toContain('](javascript');
    // only the two markers close a comment
    expect(body.split('-->').length - 1).toBe(2);
    expect(body).toContain(escapeMarkdown(evil));
    const [first, second] = body.split('\n');
    expect(first).toBe(COMMENT_MARKER);
    expect(second ?? '').toMatch(/^<!-- ml-change-gate:[A-Za-z0-9 _./()%{}-]* -->$/);
  });

  test('stays under the size GitHub accepts, whatever the number of filters', () => {
    const filters = Array.from({ length: 5_000 }, (_, i) => ({
      name: `filter-${i}-${'é<'.repeat(100)}`,
      trainOn: true,
      files: [],
    }));
    const body = renderComment(report({ filters }), { key: KEY, runId: 1 });
    expect(utf8Length(body)).toBeLessThanOrEqual(COMMENT_LIMIT_BYTES);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\| … and \d+ more filters \| \| \|/);
    expect(body.trimEnd().endsWith('this comment is updated on every push</sub>')).toBeTruthy();
  });
});

describe('isGateComment', () => {
  const body = renderComment(report(), { key: KEY });

  test('finds its own comment, also with CRLF line ends', () => {
    expect(isGateComment(body, KEY)).toBeTruthy();
    expect(isGateComment(body.replace(/\n/g, '\r\n'), KEY)).toBeTruthy();
  });

  test('leaves the comment of another gate alone', () => {
    expect(isGateComment(body, commentKey('CI', 'detect-data-changes'))).toBeFalsy();
    expect(isGateComment(body, commentKey('Nightly', 'detect-changes'))).toBeFalsy();
  });

  test('leaves alone a reply that quotes or mentions the marker', () => {
    const quoted = body
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    expect(isGateComment(quoted, KEY)).toBeFalsy();
    expect(isGateComment(`Why does ${COMMENT_MARKER} show up?\n${body}`, KEY)).toBeFalsy();
    expect(isGateComment('', KEY)).toBeFalsy();
  });
});

describe('what a reviewer reads (snapshots)', () => {
  test.each([
    ['training, priced by a preset and measured runs', () => report()],
    [
      'skipped, with the cost avoided',
      () =>
        report({
          decision: {
            shouldTrain: false,
            reason: 'skipped: 1 changed file, none matches training; matched only docs (1 file)',
            trigger: 'no-match',
            fail: false,
          },
          filters: [
            { name: 'training', trainOn: true, files: [] },
            {
              name: 'docs',
              trainOn: false,
              files: [{ filename: 'README.md', status: 'modified' }],
            },
          ],
          cost: {
            ...measured,
            estimatedGpuHours: 0,
            estimatedCost: 0,
            costAvoided: measured.runCost ?? 0,
            gpuHoursAvoided: measured.runGpuHours ?? 0,
          },
        }),
    ],
  ])('%s', (_, make) => {
    expect(renderComment(make(), { key: KEY, runId: 9001 })).toMatchSnapshot();
  });
});
