import { describe, expect, test } from '@jest/globals';
import { decide, filterReports, type DecisionInput } from '../../src/core/decision.js';
import type { ChangedFile, FilterMatch } from '../../src/core/types.js';

function files(...names: string[]): ChangedFile[] {
  return names.map((filename) => ({ filename, status: 'modified' }));
}

function input(over: Partial<DecisionInput>): DecisionInput {
  return {
    matches: [],
    trainOn: ['training', 'data'],
    force: false,
    changedCount: 0,
    complete: true,
    onError: 'train',
    ...over,
  };
}

const none: FilterMatch[] = [
  { name: 'training', files: [] },
  { name: 'data', files: [] },
];

describe('decide', () => {
  test('a docs-only change skips and says how many files and which filters', () => {
    const d = decide(input({ matches: none, changedCount: 14 }));
    expect(d.shouldTrain).toBe(false);
    expect(d.trigger).toBe('no-match');
    expect(d.reason).toBe('skipped: 14 changed files, none match training or data');
  });

  test('a training match trains and names the filter, count and first files', () => {
    const d = decide(
      input({
        matches: [
          {
            name: 'training',
            files: files(
              'src/training/a.py',
              'src/training/b.py',
              'src/training/c.py',
              'src/training/d.py',
            ),
          },
          { name: 'data', files: [] },
        ],
        changedCount: 9,
      }),
    );
    expect(d.shouldTrain).toBe(true);
    expect(d.trigger).toBe('filters');
    expect(d.reason).toBe(
      'training: training matched 4 files (src/training/a.py, src/training/b.py, src/training/c.py and 1 more) of 9 changed files',
    );
  });

  test('a filter outside train-on does not train, and the reason says it matched', () => {
    const d = decide(
      input({
        matches: [
          { name: 'training', files: [] },
          { name: 'docs', files: files('README.md') },
        ],
        trainOn: ['training'],
        changedCount: 1,
      }),
    );
    expect(d.shouldTrain).toBe(false);
    expect(d.reason).toBe(
      'skipped: 1 changed file, none matches training; matched only docs (1 file)',
    );
  });

  test('force wins over everything, and the label forces only when present', () => {
    expect(decide(input({ force: true, matches: none, changedCount: 3 })).trigger).toBe('force');
    const labelled = decide(
      input({ forceLabel: 'retrain', labels: ['docs', 'retrain'], matches: none, changedCount: 2 }),
    );
    expect(labelled.shouldTrain).toBe(true);
    expect(labelled.reason).toMatch(/label "retrain"/);
    const unlabelled = decide(
      input({ forceLabel: 'retrain', labels: ['docs'], matches: none, changedCount: 2 }),
    );
    expect(unlabelled.shouldTrain).toBe(false);
  });

  test('an incomplete change set never skips silently: on-error decides', () => {
    const base = {
      matches: none,
      changedCount: 300,
      complete: false,
      incompleteReason: 'the compare API stopped at 300 files',
    };
    const train = decide(input({ ...base, onError: 'train' }));
    expect([train.shouldTrain, train.fail, train.trigger]).toStrictEqual([
      true,
      false,
      'incomplete',
    ]);
    expect(train.reason).toMatch(
      /could not be seen whole \(the compare API stopped at 300 files\)/,
    );
    const skip = decide(input({ ...base, onError: 'skip' }));
    expect([skip.shouldTrain, skip.fail]).toStrictEqual([false, false]);
    expect(skip.reason).toMatch(/on-error is skip/);
    const fail = decide(input({ ...base, onError: 'fail' }));
    expect([fail.shouldTrain, fail.fail]).toStrictEqual([false, true]);
  });

  test('a match in a partial list still trains, whatever on-error says', () => {
    const d = decide(
      input({
        matches: [{ name: 'training', files: files('src/training/x.py') }],
        changedCount: 300,
        complete: false,
        onError: 'skip',
      }),
    );
    expect(d.shouldTrain).toBe(true);
    expect(d.fail).toBe(false);
    expect(d.reason).not.toMatch(/ of 300 changed files/);
  });

  test('a deleted branch skips with its own reason; no files changed is said plainly', () => {
    const deleted = decide(input({ nothingToCompare: 'refs/heads/x was deleted', matches: none }));
    expect(deleted.trigger).toBe('nothing-to-compare');
    expect(deleted.shouldTrain).toBe(false);
    expect(decide(input({ matches: none, changedCount: 0 })).reason).toBe(
      'skipped: no files changed',
    );
  });

  test('control characters in file names never break the one-line reason', () => {
    const d = decide(
      input({
        matches: [{ name: 'training', files: files('src/training/a\nb.py') }],
        changedCount: 1,
      }),
    );
    expect(d.reason.includes('\n')).toBe(false);
    expect(d.reason).toMatch(/a\\nb\.py/);
  });
});

describe('filterReports', () => {
  test("marks the train-on filters and keeps each filter's files in order", () => {
    const training = files('src/training/a.py');
    const docs = files('README.md', 'docs/x.md');
    const reports = filterReports(
      [
        { name: 'training', files: training },
        { name: 'docs', files: docs },
      ],
      ['training'],
    );
    expect(reports).toStrictEqual([
      { name: 'training', trainOn: true, files: training },
      { name: 'docs', trainOn: false, files: docs },
    ]);
  });
});
