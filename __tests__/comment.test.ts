import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  COMMENT_LIMIT_BYTES,
  COMMENT_MARKER,
  commentKey,
  isGateComment,
  renderComment,
} from '../src/comment.js';
import { utf8Length } from '../src/outputs.js';
import { escapeMarkdown, renderVerdict } from '../src/summary.js';
import type { CostReport, GateReport } from '../src/types.js';

const BASE = '1111111111111111111111111111111111111111';
const HEAD = 'abcdef0123456789abcdef0123456789abcdef01';
const KEY = commentKey('CI', 'detect-changes');

const measured: CostReport = {
  currency: 'USD',
  gpuCount: 1,
  hourlyCost: 3.12,
  trainingHours: 46 / 60,
  runGpuHours: 46 / 60,
  runCost: 3.12 * (46 / 60),
  estimatedGpuHours: 46 / 60,
  estimatedCost: 3.12 * (46 / 60),
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
    assert.equal(lines[0], COMMENT_MARKER);
    assert.equal(lines[1], '<!-- ml-change-gate:CI/detect-changes -->');
    assert.equal(lines[2], '## 🚀 Training will run');
    assert.ok(
      lines.includes(
        `**Why:** ${escapeMarkdown('training matched 1 file (src/training/train.py) of 2 changed files')}`,
      ),
    );
    assert.ok(lines.includes('Training this change: 0.77 GPU-hours ≈ $2.39'), body);
    assert.ok(
      lines.includes(
        '- Training time: median of the last 8 successful runs of <code>train</code>: 46 min',
      ),
      body,
    );
    assert.ok(body.includes('- Price: $3.12 an hour from the <code>github-gpu-t4</code> preset'));
    assert.ok(body.includes('read on 2026-01-01, prices change'));
  });

  test('has the filters table, and no file lists', () => {
    const body = renderComment(report(), { key: KEY });
    assert.ok(body.includes('| Filter | Train-on | Matched |'));
    assert.ok(body.includes('| <code>training</code> | yes | ✅ 1 |'));
    assert.ok(body.includes('| <code>docs</code> | no | ✅ 1 |'));
    assert.ok(!body.includes('<details>'));
  });

  test('is the verdict of the job summary, line for line', () => {
    const body = renderComment(report(), { key: KEY });
    const verdict = renderVerdict(report()).join('\n');
    assert.ok(body.includes(verdict));
  });

  test('links the head commit and the run whose job summary has the files', () => {
    const body = renderComment(report(), { key: KEY, runId: 9001 });
    assert.ok(body.includes(`<a href="https://github.com/org/ml/commit/${HEAD}">`));
    assert.ok(
      body.includes('<a href="https://github.com/org/ml/actions/runs/9001">job summary</a>'),
    );
    const noRun = renderComment(report(), { key: KEY });
    assert.ok(!noRun.includes('/actions/runs/'));
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
    assert.ok(skipped.includes('## ⏭️ Training skipped'));
    assert.ok(skipped.includes('Skipped: avoided'));
    const over = renderComment(report({ cost: { ...measured, costLimit: 2, overLimit: true } }), {
      key: KEY,
    });
    assert.ok(over.includes('**Over the cost limit:**'));
    assert.ok(over.includes('<code>over-limit</code> is <code>true</code>'));
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
    assert.ok(!body.includes('<img'));
    assert.ok(!body.includes('](javascript'));
    assert.equal(body.split('-->').length - 1, 2, 'only the two markers close a comment');
    assert.ok(body.includes(escapeMarkdown(evil)));
    const [first, second] = body.split('\n');
    assert.equal(first, COMMENT_MARKER);
    assert.match(second ?? '', /^<!-- ml-change-gate:[A-Za-z0-9 _./()%{}-]* -->$/);
  });

  test('stays under the size GitHub accepts, whatever the number of filters', () => {
    const filters = Array.from({ length: 5_000 }, (_, i) => ({
      name: `filter-${i}-${'é<'.repeat(100)}`,
      trainOn: true,
      files: [],
    }));
    const body = renderComment(report({ filters }), { key: KEY, runId: 1 });
    assert.ok(utf8Length(body) <= COMMENT_LIMIT_BYTES, `${utf8Length(body)} bytes`);
    assert.ok(body.length <= 65_536);
    assert.match(body, /\| … and \d+ more filters \| \| \|/);
    assert.ok(body.trimEnd().endsWith('this comment is updated on every push</sub>'));
  });
});

describe('isGateComment', () => {
  const body = renderComment(report(), { key: KEY });

  test('finds its own comment, also with CRLF line ends', () => {
    assert.ok(isGateComment(body, KEY));
    assert.ok(isGateComment(body.replace(/\n/g, '\r\n'), KEY));
  });

  test('leaves the comment of another gate alone', () => {
    assert.ok(!isGateComment(body, commentKey('CI', 'detect-data-changes')));
    assert.ok(!isGateComment(body, commentKey('Nightly', 'detect-changes')));
  });

  test('leaves alone a reply that quotes or mentions the marker', () => {
    const quoted = body
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    assert.ok(!isGateComment(quoted, KEY));
    assert.ok(!isGateComment(`Why does ${COMMENT_MARKER} show up?\n${body}`, KEY));
    assert.ok(!isGateComment('', KEY));
  });
});
