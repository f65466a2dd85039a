import { describe, expect, jest, test } from '@jest/globals';
import { defined } from '../helpers/expect.js';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import {
  buildOutputs,
  DEFAULT_OUTPUTS_BUDGET_BYTES,
  formatAmount,
  formatMoney,
  formatFileList,
  formatHours,
  truncationMarker,
  utf16Length,
  utf8Length,
  type FileListFormat,
} from '../../src/core/outputs.js';
import type { ChangedFile, CostReport, GateReport } from '../../src/core/types.js';

// ---------------------------------------------------------------------------
// Fixtures

function changed(filename: string, status: ChangedFile['status'] = 'modified'): ChangedFile {
  return { filename, status };
}

const trainingCost: CostReport = {
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

function trainingReport(): GateReport {
  const a = changed('src/training/train.py');
  const b: ChangedFile = {
    filename: 'config/training v2.yaml',
    status: 'renamed',
    previousFilename: 'config/training.yaml',
  };
  const c = changed('README.md');
  return {
    decision: {
      shouldTrain: true,
      reason: 'training matched 2 files: src/training/train.py, config/training v2.yaml',
      trigger: 'filters',
      fail: false,
    },
    filters: [
      { name: 'training', trainOn: true, files: [a, b] },
      { name: 'data', trainOn: true, files: [] },
      { name: 'docs', trainOn: false, files: [c] },
    ],
    changeSet: {
      files: [a, b, c],
      complete: true,
      source: 'compare',
      baseSha: '1111111111111111111111111111111111111111',
      headSha: '2222222222222222222222222222222222222222',
    },
    cost: trainingCost,
    repository: { serverUrl: 'https://github.com', owner: 'org', repo: 'ml' },
    eventName: 'pull_request',
    pullRequest: 7,
  };
}

function skippedReport(): GateReport {
  const c = changed('docs/index.md');
  return {
    decision: {
      shouldTrain: false,
      reason: 'no train-on filter matched the 1 changed file',
      trigger: 'no-match',
      fail: false,
    },
    filters: [
      { name: 'training', trainOn: true, files: [] },
      { name: 'docs', trainOn: false, files: [c] },
    ],
    changeSet: {
      files: [c],
      complete: false,
      incompleteReason: 'the compare API lists at most 300 files',
      source: 'pull-files',
      baseSha: 'aaaaaaa',
      headSha: 'bbbbbbb',
    },
    cost: {
      currency: 'EUR',
      gpuCount: 2,
      hourlyCost: 2.5,
      trainingHours: 1.5,
      runGpuHours: 3,
      runCost: 7.5,
      estimatedGpuHours: 0,
      estimatedCost: 0,
      costAvoided: 7.5,
      gpuHoursAvoided: 3,
    },
    repository: { serverUrl: 'https://github.com', owner: 'org', repo: 'ml' },
    eventName: 'push',
  };
}

// ---------------------------------------------------------------------------
// Decoders used to check the formats: an RFC 4180 parser and a real bash.

/** One RFC 4180 record; throws on anything the RFC does not allow. */
function parseCsvRecord(text: string): string[] {
  if (text === '') return [];
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += c;
          i++;
        }
      }
      if (i < text.length && text[i] !== ',') throw new Error(`text after a quoted field at ${i}`);
    } else {
      while (i < text.length && text[i] !== ',') {
        const c = text[i]!;
        if (c === '"' || c === '\r' || c === '\n') {
          throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
        }
        field += c;
        i++;
      }
    }
    fields.push(field);
    if (i >= text.length) return fields;
    i++;
  }
}

type BashMode = 'set' | 'for';
const BASH_SCRIPTS: Record<BashMode, string> = {
  // The list arrives on stdin, read whole without any trimming.
  set: String.raw`IFS= read -r -d '' LIST; eval "set -- $LIST"; for a in "$@"; do printf '%s\0' "$a"; done`,
  for: String.raw`IFS= read -r -d '' LIST; eval "for a in $LIST; do printf '%s\\0' \"\$a\"; done"`,
};

/** The words a real bash makes of `list`, one per NUL-terminated record. */
function bashWords(list: string, mode: BashMode = 'set', locale = 'C.UTF-8'): string[] {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-c', BASH_SCRIPTS[mode]], {
    input: list,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: locale },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  expect(result.status).toBe(0);
  const text = result.stdout.toString('utf8');
  if (text === '') return [];
  // every word ends with NUL
  expect(text.endsWith('\0')).toBeTruthy();
  return text.slice(0, -1).split('\0');
}

function decode(value: string, format: FileListFormat): string[] {
  switch (format) {
    case 'json': {
      const parsed: unknown = JSON.parse(value);
      // json is an array of strings
      expect(parsed).toEqual(expect.any(Array));
      for (const item of parsed as unknown[]) expect(typeof item).toBe('string');
      return parsed as string[];
    }
    case 'csv':
      return parseCsvRecord(value);
    case 'shell':
    case 'escape':
      return bashWords(value);
  }
}

// ---------------------------------------------------------------------------
// Git-valid file names, drawn heavily from characters that are special somewhere.

const HOSTILE = [
  ' ',
  "'",
  '"',
  '$',
  '(',
  ')',
  '`',
  ';',
  '|',
  '&',
  '*',
  '?',
  '~',
  '#',
  '!',
  '\\',
  '\t',
  '\n',
  '\r',
  '-',
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  '=',
  '%',
  '^',
  ',',
  ':',
  '@',
  '+',
  '.',
  '\x1b',
  '\x7f',
  '\x01',
  '\x0b',
  '\f',
  'é',
  'ß',
  '中',
  '😀',
  '👩‍👩‍👧',
  '\u202e',
  '\u00a0',
  '\u2028',
  '\u0085',
  '$(',
  '${',
  '$(id)',
  '`id`',
  "'\\''",
  '\\n',
  ' -',
  '--',
  '\r\n',
  '$IFS',
  '\u00ff',
  '\ufeff',
];

const nameChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
);

const segment = fc
  .array(nameChar, { minLength: 1, maxLength: 10 })
  .map((chars) => chars.join('').replace(/[/\0]/g, '_'))
  .filter((s) => s !== '.' && s !== '..');

/** Non-empty, no NUL, `/`-separated segments that are neither empty nor `.`/`..`. */
const gitName = fc
  .tuple(
    fc.constantFrom('', '', '', '-', '--', '-rf ', '~', '#', '!'),
    fc.array(segment, { minLength: 1, maxLength: 4 }),
  )
  .map(([prefix, segments]) => {
    const first = `${prefix}${segments[0]}`;
    return [first === '.' || first === '..' ? `${first}_` : first, ...segments.slice(1)].join('/');
  });

const EDGE_NAMES = [
  '-n',
  '-e',
  '--',
  '-',
  '~',
  '~root/x',
  'a b',
  '  two  spaces  ',
  '*',
  '?',
  '[a]',
  '{a,b}',
  "'",
  '"',
  "it's",
  '\\',
  'a\\',
  '\\n',
  '\n',
  '\r\n',
  'x\n',
  '\nx',
  '\t',
  '!',
  '#x',
  'a#b',
  '$HOME',
  '$(touch /tmp/pwned)',
  '`id`',
  '${IFS}',
  'a;b',
  'a|b',
  'a&b',
  'a=b',
  'a>b',
  'é/ß/中文',
  '😀.txt',
  '\x1b[31mred',
  '\x7f',
  '"quoted, with comma"',
  'a,b',
  ',',
  '""',
  '\u202etxt.exe',
  'new\r',
];

const FORMATS: FileListFormat[] = ['json', 'csv', 'shell', 'escape'];

// ---------------------------------------------------------------------------

describe('buildOutputs', () => {
  test('a training case sets every output', () => {
    const result = buildOutputs(trainingReport(), 'json', {
      filesJsonPath: '/tmp/gate/files.json',
    });
    expect(result.outputs).toStrictEqual([
      ['should-train', 'true'],
      ['reason', 'training matched 2 files: src/training/train.py, config/training v2.yaml'],
      ['changes', '["training","docs"]'],
      ['complete', 'true'],
      ['diff-source', 'compare'],
      ['base-sha', '1111111111111111111111111111111111111111'],
      ['head-sha', '2222222222222222222222222222222222222222'],
      ['changed-count', '3'],
      ['estimated-gpu-hours', '0.75'],
      ['estimated-cost', '1.20'],
      ['cost-avoided', '0.00'],
      ['over-limit', 'false'],
      ['files-json-path', '/tmp/gate/files.json'],
      ['training', 'true'],
      ['training_count', '2'],
      ['training_files', '["src/training/train.py","config/training v2.yaml"]'],
      ['data', 'false'],
      ['data_count', '0'],
      ['data_files', '[]'],
      ['docs', 'true'],
      ['docs_count', '1'],
      ['docs_files', '["README.md"]'],
    ]);
    expect(result.truncated).toStrictEqual([]);
    expect(result.shadowed).toStrictEqual([]);
    expect(JSON.parse(result.filesJson)).toStrictEqual({
      changed: ['src/training/train.py', 'config/training v2.yaml', 'README.md'],
      filters: {
        training: ['src/training/train.py', 'config/training v2.yaml'],
        data: [],
        docs: ['README.md'],
      },
    });
  });

  test('a skipped case sets every output; list-files none leaves out _files', () => {
    const result = buildOutputs(skippedReport(), 'none');
    expect(result.outputs).toStrictEqual([
      ['should-train', 'false'],
      ['reason', 'no train-on filter matched the 1 changed file'],
      ['changes', '["docs"]'],
      ['complete', 'false'],
      ['diff-source', 'pull-files'],
      ['base-sha', 'aaaaaaa'],
      ['head-sha', 'bbbbbbb'],
      ['changed-count', '1'],
      ['estimated-gpu-hours', '0'],
      ['estimated-cost', '0.00'],
      ['cost-avoided', '7.50'],
      ['over-limit', 'false'],
      ['training', 'false'],
      ['training_count', '0'],
      ['docs', 'true'],
      ['docs_count', '1'],
    ]);
    expect(
      result.outputs.some(([name]) => name.endsWith('_files') || name === 'files-json-path'),
    ).toBe(false);
  });

  test('cost outputs are empty strings when the figures are unknown', () => {
    const report = trainingReport();
    report.cost = { currency: 'USD', gpuCount: 1 };
    const values = new Map(buildOutputs(report, 'none').outputs);
    expect(values.get('estimated-gpu-hours')).toBe('');
    expect(values.get('estimated-cost')).toBe('');
    expect(values.get('cost-avoided')).toBe('');
  });

  test('over-limit is true only when the estimate is above a cost limit', () => {
    const value = (cost: Partial<CostReport>): string | undefined => {
      const report = trainingReport();
      report.cost = { ...report.cost, ...cost };
      return new Map(buildOutputs(report, 'none').outputs).get('over-limit');
    };
    expect(value({ costLimit: 1, overLimit: true })).toBe('true');
    expect(value({ costLimit: 5, overLimit: false })).toBe('false');
    // no limit
    expect(value({})).toBe('false');
    const unknown = trainingReport();
    unknown.cost = { currency: 'USD', gpuCount: 1, costLimit: 1, overLimit: false };
    expect(new Map(buildOutputs(unknown, 'none').outputs).get('over-limit')).toBe('false');
  });

  test('a filter named over-limit cannot shadow the output', () => {
    const report = trainingReport();
    report.cost = { ...report.cost, costLimit: 1, overLimit: true };
    report.filters = [{ name: 'over-limit', trainOn: false, files: [] }];
    const result = buildOutputs(report, 'none');
    expect(result.outputs.filter(([name]) => name === 'over-limit')).toStrictEqual([
      ['over-limit', 'true'],
    ]);
    expect(result.shadowed).toContain('over-limit');
  });

  test('a filter cannot overwrite a fixed output or another filter output', () => {
    const report = trainingReport();
    const f = changed('x');
    report.filters = [
      { name: 'should-train', trainOn: false, files: [] },
      { name: 'a', trainOn: true, files: [f] },
      { name: 'a_count', trainOn: false, files: [] },
    ];
    const result = buildOutputs(report, 'csv');
    const names = result.outputs.map(([name]) => name);
    // output names are unique
    expect(new Set(names).size).toBe(names.length);
    expect(result.outputs.filter(([name]) => name === 'should-train')).toStrictEqual([
      ['should-train', 'true'],
    ]);
    expect(result.outputs.filter(([name]) => name === 'a_count')).toStrictEqual([['a_count', '1']]);
    expect(result.shadowed).toStrictEqual(['should-train', 'a_count']);
    expect(JSON.parse(result.filesJson).filters).toStrictEqual({
      'should-train': [],
      a: ['x'],
      a_count: [],
    });
  });

  test('filesJson keeps a filter called __proto__ as a key', () => {
    const report = trainingReport();
    report.filters = [{ name: '__proto__', trainOn: true, files: [changed('p')] }];
    const parsed: unknown = JSON.parse(buildOutputs(report, 'json').filesJson);
    expect(Object.keys((parsed as { filters: object }).filters)).toStrictEqual(['__proto__']);
    expect(buildOutputs(report, 'json').filesJson).toContain('"__proto__":["p"]');
  });
});

describe('formatFileList on ordinary names', () => {
  const names = ['src/train.py', 'config/a b.yaml', "it's.txt", 'a,b.csv'];

  test('json', () => {
    expect(formatFileList(names, 'json')).toBe(
      `["src/train.py","config/a b.yaml","it's.txt","a,b.csv"]`,
    );
  });
  test('csv', () => {
    expect(formatFileList(names, 'csv')).toBe(`src/train.py,config/a b.yaml,it's.txt,"a,b.csv"`);
    expect(formatFileList(['say "hi"', 'x\ny'], 'csv')).toBe('"say ""hi""","x\ny"');
  });
  test('shell', () => {
    expect(formatFileList(names, 'shell')).toBe(
      `src/train.py 'config/a b.yaml' 'it'\\''s.txt' a,b.csv`,
    );
    expect(formatFileList(['-rf', '~', '$(id)'], 'shell')).toBe(`-rf '~' '$(id)'`);
  });
  test('escape', () => {
    expect(formatFileList(names, 'escape')).toBe(
      `src/train.py config/a\\ b.yaml it\\'s.txt a,b.csv`,
    );
    expect(formatFileList(['a\nb', 'tab\there', 'esc\x1b'], 'escape')).toBe(
      `a$'\\n'b tab$'\\t'here esc$'\\x1b'`,
    );
    expect(formatFileList(['é😀 x'], 'escape')).toBe('é😀\\ x');
  });
  test('an empty list', () => {
    expect(formatFileList([], 'json')).toBe('[]');
    expect(formatFileList([], 'csv')).toBe('');
    expect(formatFileList([], 'shell')).toBe('');
    expect(formatFileList([], 'escape')).toBe('');
    expect(bashWords('')).toStrictEqual([]);
  });
});

describe('formatFileList round trips', () => {
  test.each(FORMATS)('%s: edge names decode exactly', (format) => {
    expect(decode(formatFileList(EDGE_NAMES, format), format)).toStrictEqual(EDGE_NAMES);
    for (const name of EDGE_NAMES) {
      expect(decode(formatFileList([name], format), format)).toStrictEqual([name]);
    }
  });

  test('json: generated names parse back exactly', () => {
    fc.assert(
      fc.property(fc.array(gitName, { maxLength: 20 }), (names) => {
        expect(JSON.parse(formatFileList(names, 'json'))).toStrictEqual(names);
      }),
      { numRuns: 1000 },
    );
  });

  test('csv: generated names parse back exactly with an RFC 4180 parser', () => {
    fc.assert(
      fc.property(fc.array(gitName, { maxLength: 20 }), (names) => {
        expect(parseCsvRecord(formatFileList(names, 'csv'))).toStrictEqual(names);
      }),
      { numRuns: 1000 },
    );
  });

  test.each(['shell', 'escape'] as const)(
    '%s: generated name lists evaluated by bash give back the names',
    (format) => {
      fc.assert(
        fc.property(fc.array(gitName, { maxLength: 25 }), (names) => {
          expect(bashWords(formatFileList(names, format))).toStrictEqual(names);
        }),
        { numRuns: 150 },
      );
    },
  );

  test.each(
    (['shell', 'escape'] as const).flatMap((format) =>
      (['set', 'for'] as const).flatMap((mode) =>
        ['C', 'C.UTF-8'].map((locale) => ({
          format,
          mode,
          locale,
          count: mode === 'set' ? 5000 : 2000,
        })),
      ),
    ),
  )(
    '$format: $count generated names, bash "$mode" in locale $locale',
    ({ format, mode, locale, count }) => {
      const names = fc.sample(gitName, { numRuns: count, seed: 4181 });
      expect(names.length).toBe(count);
      expect(bashWords(formatFileList(names, format), mode, locale)).toStrictEqual(names);
    },
  );

  test('shell words outside the safe set are single-quoted', () => {
    fc.assert(
      fc.property(gitName, (name) => {
        const word = formatFileList([name], 'shell');
        if (!/^[A-Za-z0-9_@%+:,./-]+$/.test(name)) {
          expect(word.startsWith("'") && word.endsWith("'")).toBeTruthy();
        } else expect(word).toBe(name);
      }),
      { numRuns: 1000 },
    );
  });

  test('escape words never hold a raw control character', () => {
    fc.assert(
      fc.property(fc.array(gitName, { maxLength: 10 }), (names) => {
        const value = formatFileList(names, 'escape');
        expect([...value].some((c) => c.charCodeAt(0) < 0x20 || c === '\x7f')).toBeFalsy();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('output budget', () => {
  const hostile = ["it's $(x) `y`", 'a,b "c"', 'line\nbreak', 'tab\t~!#*?', '😀 é'];
  function bigReport(): GateReport {
    const files: ChangedFile[] = [];
    for (let i = 0; i < 100_000; i++) {
      const odd = hostile[i % 97] ?? '';
      files.push(changed(`data/training/shard-${String(i).padStart(6, '0')}/part ${odd}.parquet`));
    }
    const report = trainingReport();
    report.changeSet.files = files;
    report.filters = [
      { name: 'training', trainOn: true, files: files.slice(0, 60_000) },
      { name: 'config', trainOn: true, files: files.slice(60_000, 60_005) },
      { name: 'data', trainOn: true, files: files.slice(60_005, 90_000) },
      { name: 'docs', trainOn: false, files: files.slice(90_000) },
    ];
    return report;
  }
  const report = bigReport();

  test.each(FORMATS)(
    '%s: 100,000 files fit under 1 MB counted in UTF-16, and every list stays valid',
    (format) => {
      const result = buildOutputs(report, format, { filesJsonPath: '/tmp/files.json' });
      const total = result.outputs.reduce(
        (sum, [name, value]) => sum + utf16Length(name) + utf16Length(value),
        0,
      );
      expect(total).toBeLessThanOrEqual(DEFAULT_OUTPUTS_BUDGET_BYTES);
      expect(total).toBeGreaterThan(DEFAULT_OUTPUTS_BUDGET_BYTES - 10_000);
      expect(result.truncated).toStrictEqual(['training', 'data', 'docs']);

      const values = new Map(result.outputs);
      for (const filter of report.filters) {
        const value = defined(values.get(`${filter.name}_files`));
        const decoded = decode(value, format);
        const names = filter.files.map((f) => f.filename);
        if (!result.truncated.includes(filter.name)) {
          expect(decoded).toStrictEqual(names);
          continue;
        }
        const marker = decoded.at(-1) ?? '';
        const kept = decoded.slice(0, -1);
        expect(kept.length).toBeGreaterThan(100);
        expect(kept).toStrictEqual(names.slice(0, kept.length));
        expect(marker).toBe(truncationMarker(names.length - kept.length, true));
        expect(marker).toMatch(/^\.\.\//);
        expect(marker).toContain(`${names.length - kept.length} more files`);
        expect(marker).toContain('files-json-path');
      }
      expect(values.get('changed-count')).toBe('100000');
      expect(values.get('training_count')).toBe('60000');

      const full = JSON.parse(result.filesJson) as {
        changed: string[];
        filters: Record<string, string[]>;
      };
      expect(full.changed.length).toBe(100_000);
      expect(full.filters.training?.length).toBe(60_000);
      expect(full.filters.config).toStrictEqual(report.filters[1]?.files.map((f) => f.filename));
    },
  );

  test('a small budget is shared between the lists, and all outputs never exceed it', () => {
    let cut = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(gitName, { maxLength: 60 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...FORMATS),
        fc.integer({ min: 800, max: 3000 }),
        (lists, format, room) => {
          const r = trainingReport();
          r.filters = lists.map((names, i) => ({
            name: `f${i}`,
            trainOn: true,
            files: names.map((n) => changed(n)),
          }));
          const size = (outputs: Array<[string, string]>): number =>
            outputs.reduce((n, [name, value]) => n + utf16Length(name) + utf16Length(value), 0);
          // the other outputs, and the names of the lists
          const others =
            size(buildOutputs(r, 'none').outputs) +
            lists.reduce((n, _, i) => n + utf16Length(`f${i}_files`), 0);
          const budget = others + room;
          const result = buildOutputs(r, format, { budgetBytes: budget });
          const values = new Map(result.outputs);
          const used = size(result.outputs);
          lists.forEach((names, i) => {
            const value = values.get(`f${i}_files`) ?? '';
            const decoded = decode(value, format);
            if (result.truncated.includes(`f${i}`)) {
              cut++;
              const kept = decoded.slice(0, -1);
              expect(kept).toStrictEqual(names.slice(0, kept.length));
              expect(decoded.at(-1)).toBe(truncationMarker(names.length - kept.length, false));
            } else expect(decoded).toStrictEqual(names);
          });
          expect(used).toBeLessThanOrEqual(budget);
        },
      ),
      { numRuns: 300 },
    );
    expect(cut).toBeGreaterThanOrEqual(40);
  });

  test('500 filters with 100-character names and long lists: every output together fits 1 MB in UTF-16', () => {
    const r = trainingReport();
    const files = Array.from({ length: 3000 }, (_, i) =>
      changed(`data/é/${'x'.repeat(80)}-${i}.csv`),
    );
    r.changeSet.files = files;
    r.filters = Array.from({ length: 500 }, (_, i) => ({
      name: `${String(i).padStart(4, '0')}${'n'.repeat(96)}`,
      trainOn: true,
      files: files.slice(i, i + 300),
    }));
    for (const format of FORMATS) {
      const result = buildOutputs(r, format, { filesJsonPath: '/tmp/files.json' });
      const total = result.outputs.reduce(
        (sum, [name, value]) => sum + utf16Length(name) + utf16Length(value),
        0,
      );
      expect(total).toBeLessThanOrEqual(DEFAULT_OUTPUTS_BUDGET_BYTES);
      expect(result.truncated).toHaveLength(500);
    }
  });

  test('lists under the budget are never cut', () => {
    const result = buildOutputs(trainingReport(), 'shell', { budgetBytes: 10_000 });
    expect(result.truncated).toStrictEqual([]);
  });

  test('the marker says one file when one is left out', () => {
    expect(truncationMarker(1, false)).toBe(
      '../ml-change-gate: 1 more file not listed (output size limit)',
    );
  });
});

describe('number formats', () => {
  test('formatAmount: 2 decimals, decimal rounding', () => {
    expect(formatAmount(1.2)).toBe('1.20');
    expect(formatAmount(1.6 * 0.75)).toBe('1.20');
    expect(formatAmount(0)).toBe('0.00');
    expect(formatAmount(1.005)).toBe('1.01');
    expect(formatAmount(2.675)).toBe('2.68');
    expect(formatAmount(1234.5)).toBe('1234.50');
    expect(formatAmount(0.001)).toBe('0.00');
    expect(formatAmount(1e-7)).toBe('0.00');
    expect(formatAmount(-0.001)).toBe('0.00');
  });
  test('formatHours: up to 2 decimals without trailing zeros', () => {
    expect(formatHours(0.75)).toBe('0.75');
    expect(formatHours(1.5)).toBe('1.5');
    expect(formatHours(3)).toBe('3');
    expect(formatHours(10)).toBe('10');
    expect(formatHours(100.1)).toBe('100.1');
    expect(formatHours(0.005)).toBe('0.01');
    expect(formatHours(2.999)).toBe('3');
    expect(formatHours(0)).toBe('0');
    expect(formatHours(0.1 + 0.2)).toBe('0.3');
  });
  test('utf8Length counts UTF-8 bytes', () => {
    for (const s of ['', 'a', 'é', '中', '😀', 'a\nb😀é']) {
      expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
    }
  });
});

describe('formatMoney', () => {
  test('makes one formatter per currency, when money is first shown', () => {
    const made = jest.spyOn(Intl, 'NumberFormat');
    try {
      expect(formatMoney(1.5, 'JPY')).toBe('¥1.50');
      expect(formatMoney(1234.5, 'JPY')).toBe('¥1,234.50');
      expect(made.mock.calls.filter(([, o]) => o?.currency === 'JPY')).toHaveLength(1);
    } finally {
      made.mockRestore();
    }
  });
});
