import { describe, expect, it } from '@jest/globals';
import { LOGGED_FILES_PER_FILTER, logFilters } from '../../src/action/write.js';
import type { ActionRuntime } from '../../src/action/runtime.js';
import type { GateReport } from '../../src/core/types.js';

function runtimeLog(lines: string[]): ActionRuntime {
  const log = {
    info: (m: string) => lines.push(m),
    warning: (m: string) => lines.push(`warning ${m}`),
    debug: () => undefined,
    startGroup: (t: string) => lines.push(`group ${t}`),
    endGroup: () => lines.push('endgroup'),
  };
  return { log } as unknown as ActionRuntime;
}

describe('logFilters', () => {
  it('lists at most 50 files of a filter and counts the rest, in one write', () => {
    const files = Array.from({ length: 120 }, (_, i) => ({
      filename: `src/training/f${i}.py`,
      status: 'modified' as const,
    }));
    const report = {
      filters: [{ name: 'training', trainOn: true, files }],
    } as unknown as GateReport;
    const lines: string[] = [];
    logFilters(report, runtimeLog(lines));
    expect(lines[0]).toBe('group Filter training (train-on): 120 files');
    expect(lines).toHaveLength(3);
    const listed = (lines[1] ?? '').split('\n');
    expect(listed).toHaveLength(LOGGED_FILES_PER_FILTER + 1);
    expect(listed[0]).toBe('modified src/training/f0.py');
    expect(listed.at(-1)).toBe('… and 70 more files (the outputs list them all)');
  });

  it('lists every file of a small filter', () => {
    const report = {
      filters: [
        {
          name: 'data',
          trainOn: false,
          files: [{ filename: 'data/b.csv', status: 'renamed', previousFilename: 'data/a.csv' }],
        },
        { name: 'docs', trainOn: false, files: [] },
      ],
    } as unknown as GateReport;
    const lines: string[] = [];
    logFilters(report, runtimeLog(lines));
    expect(lines).toEqual([
      'group Filter data: 1 file',
      'renamed  data/a.csv → data/b.csv',
      'endgroup',
      'group Filter docs: 0 files',
      'endgroup',
    ]);
  });
});
