import { describe, expect, it } from '@jest/globals';
import { defined } from '../helpers/expect.js';
import {
  pullRequestOf,
  runBacktest,
  type BacktestResult,
  type HistoryCommit,
} from '../../src/core/backtest.js';
import type { CostSettings } from '../../src/core/cost.js';
import type { DependencyReport } from '../../src/core/dependencies.js';
import { decide } from '../../src/core/decision.js';
import { matchFilters, parseFilters, type CompiledFilter } from '../../src/core/filters/index.js';
import { engineSettings } from '../../src/core/settings.js';
import type { ChangedFile, PredicateQuantifier } from '../../src/core/types.js';

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
  `training:
  - 'src/training/**'
  - '!src/training/README.md'
  - 'config/training*.yaml'
data:
  - added|modified: 'data/training/**'
docs:
  - 'docs/**'
  - '*.md'
`,
  'filters.yml',
);

const PRICES: CostSettings = { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD' };

let counter = 0;
function commit(
  date: string,
  files: ChangedFile[],
  opts: { subject?: string; parents?: number; description?: string } = {},
): HistoryCommit {
  counter++;
  const sha = counter.toString(16).padStart(40, '0');
  const parents = Array.from({ length: opts.parents ?? 1 }, (_, i) => `${i + 1}`.padStart(40, 'f'));
  return {
    sha,
    parents,
    date,
    subject: opts.subject ?? `change ${counter}`,
    ...(opts.description !== undefined ? { description: opts.description } : {}),
    files,
  };
}

const modified = (filename: string): ChangedFile => ({ filename, status: 'modified' });

/**
 * Newest first, as git log lists them. Trains: the training change, the rename
 * out of training code, the added data file, the forced-looking config change.
 * Skips: docs, the excluded README, the deleted data file (the data rule is
 * keyed added|modified), the empty merge.
 */
function history(): HistoryCommit[] {
  return [
    commit('2025-03-09T10:00:00+00:00', [], { parents: 2, subject: 'Merge branch x' }),
    commit('2025-03-08T10:00:00+00:00', [{ filename: 'data/training/old.csv', status: 'deleted' }]),
    commit('2025-03-07T10:00:00+00:00', [modified('config/training-large.yaml')], {
      subject: 'Tune the large model (#31)',
    }),
    commit('2025-03-06T10:00:00+00:00', [{ filename: 'data/training/new.csv', status: 'added' }]),
    commit('2025-03-05T10:00:00+00:00', [
      modified('src/training/README.md'),
      modified('docs/a.md'),
    ]),
    commit(
      '2025-03-04T10:00:00+00:00',
      [
        {
          filename: 'src/common/utils.py',
          status: 'renamed',
          previousFilename: 'src/training/utils.py',
        },
      ],
      { parents: 2, subject: 'Merge pull request #12 from acme/move', description: 'Move utils' },
    ),
    commit('2025-03-03T10:00:00+00:00', [modified('README.md')]),
    commit(
      '2025-03-02T10:00:00+00:00',
      [modified('src/training/train.py'), modified('docs/b.md')],
      {
        parents: 2,
        subject: 'Merge pull request #7 from acme/train',
        description: 'Add early stopping',
      },
    ),
  ];
}

describe('runBacktest', () => {
  it('decides every event as the action would and counts them, oldest first', () => {
    const commits = history();
    const result = replay({
      commits,
      filters: FILTERS,
      trainOn: ['training', 'data'],
      quantifier: 'some',
      cost: PRICES,
    });
    expect(result.events.map((e) => [e.date.slice(0, 10), e.shouldTrain, e.filters])).toStrictEqual(
      [
        ['2025-03-02', true, ['training', 'docs']],
        ['2025-03-03', false, ['docs']],
        ['2025-03-04', true, ['training']],
        ['2025-03-05', false, ['docs']],
        ['2025-03-06', true, ['data']],
        ['2025-03-07', true, ['training']],
        ['2025-03-08', false, []],
        ['2025-03-09', false, []],
      ],
    );
    // The same engine: each verdict and reason is decide(matchFilters(...)).
    for (const event of result.events) {
      const source = defined(commits.find((c) => c.sha === event.sha));
      const decision = decide({
        matches: matchFilters(FILTERS, source.files, 'some'),
        trainOn: ['training', 'data'],
        force: false,
        changedCount: source.files.length,
        complete: true,
        onError: 'train',
      });
      expect(event.shouldTrain).toBe(decision.shouldTrain);
      expect(event.reason).toBe(decision.reason);
      expect(event.changed).toBe(source.files.length);
    }
    expect(result.events[7]?.reason).toBe('skipped: no files changed');
  });

  it('adds up runs, GPU-hours and cost with and without the gate', () => {
    const result = replay({
      commits: history(),
      filters: FILTERS,
      trainOn: ['training', 'data'],
      quantifier: 'some',
      cost: PRICES,
    });
    expect(result.totals).toStrictEqual({
      events: 8,
      trained: 4,
      skipped: 4,
      merges: 3,
      singleParentCommits: 5,
      from: '2025-03-02T10:00:00+00:00',
      to: '2025-03-09T10:00:00+00:00',
      currency: 'USD',
      gpuCount: 1,
      hourlyCost: 1.6,
      trainingHours: 0.75,
      runGpuHours: 0.75,
      runCost: 1.6 * 0.75,
      gpuHoursWithGate: 3,
      gpuHoursWithoutGate: 6,
      gpuHoursSaved: 3,
      costWithGate: 4.8,
      costWithoutGate: 9.6,
      saved: 4.8,
      savedPercent: 50,
    });
    expect(result.filters).toStrictEqual([
      { name: 'training', trainOn: true, events: 3 },
      { name: 'data', trainOn: true, events: 1 },
      { name: 'docs', trainOn: false, events: 3 },
    ]);
  });

  it('follows train-on: a filter outside it only informs', () => {
    const result = replay({
      commits: history(),
      filters: FILTERS,
      trainOn: ['data'],
      quantifier: 'some',
      cost: { ...PRICES, gpuCount: 4 },
    });
    expect(result.totals.trained).toBe(1);
    expect(result.totals.skipped).toBe(7);
    expect(result.totals.gpuHoursWithoutGate).toBe(24);
    expect(result.totals.costWithGate).toBe(4.8);
    expect(result.totals.costWithoutGate).toBe(38.4);
    expect(result.totals.saved).toBe(33.6);
    expect(result.totals.savedPercent).toBe(87.5);
  });

  it('leaves out what needs a price or a training time that was not given', () => {
    const base = {
      commits: history(),
      filters: FILTERS,
      trainOn: ['training', 'data'],
      quantifier: 'some' as const,
    };
    const none = replay({ ...base, cost: { gpuCount: 1, currency: 'EUR' } }).totals;
    expect(none.costWithGate).toBeUndefined();
    expect(none.gpuHoursWithGate).toBeUndefined();
    expect(none.saved).toBeUndefined();
    expect(none.savedPercent).toBe(50);
    const hours = replay({
      ...base,
      cost: { trainingHours: 2.5, gpuCount: 2, currency: 'EUR' },
    }).totals;
    expect(hours.gpuHoursWithGate).toBe(20);
    expect(hours.gpuHoursWithoutGate).toBe(40);
    expect(hours.costWithGate).toBeUndefined();
  });

  it('rounds money after summing, and the saving is the difference of what is shown', () => {
    const commits = Array.from({ length: 3 }, (_, i) =>
      commit(`2025-03-0${i + 1}T10:00:00Z`, [
        modified(i === 0 ? 'src/training/a.py' : 'docs/x.md'),
      ]),
    );
    const totals = replay({
      commits,
      filters: FILTERS,
      trainOn: ['training'],
      quantifier: 'some',
      cost: { hourlyCost: 1.005, trainingHours: 1, gpuCount: 1, currency: 'USD' },
    }).totals;
    expect(totals.costWithoutGate).toBe(3.02); // 3.015
    expect(totals.costWithGate).toBe(1.01); // 1.005
    expect(totals.saved).toBe(2.01);
    expect(totals.savedPercent).toBe(66.7);
  });

  it('names the event: merges, pull requests and titles', () => {
    const result = replay({
      commits: history(),
      filters: FILTERS,
      trainOn: ['training'],
      quantifier: 'some',
      cost: PRICES,
    });
    const [first, second, third] = result.events;
    expect(first?.kind).toBe('merge');
    expect(first?.pullRequest).toBe(7);
    expect(first?.title).toBe('Add early stopping');
    expect(first?.subject).toBe('Merge pull request #7 from acme/train');
    expect(second?.kind).toBe('commit');
    expect(second?.pullRequest).toBeUndefined();
    expect(third?.title).toBe('Move utils');
    expect(result.events[5]?.pullRequest).toBe(31);
    expect(result.events[5]?.title).toBe('Tune the large model (#31)');
    expect(result.events[7]?.title).toBe('Merge branch x');
  });

  it('uses the every quantifier as the action does', () => {
    const filters = parseFilters("py:\n  - '**/*.py'\n  - 'src/**'\n", 'f.yml');
    const commits = [
      commit('2025-03-02T00:00:00Z', [modified('tools/x.py')]),
      commit('2025-03-01T00:00:00Z', [modified('src/a.py')]),
    ];
    const some = replay({
      commits,
      filters,
      trainOn: ['py'],
      quantifier: 'some',
      cost: PRICES,
    });
    const every = replay({
      commits,
      filters,
      trainOn: ['py'],
      quantifier: 'every',
      cost: PRICES,
    });
    expect(some.totals.trained).toBe(2);
    expect(every.totals.trained).toBe(1);
    expect(every.events[0]?.shouldTrain).toBe(true);
  });

  it('reports an empty history as nothing to replay', () => {
    const result = replay({
      commits: [],
      filters: FILTERS,
      trainOn: ['training'],
      quantifier: 'some',
      cost: PRICES,
    });
    expect(result.events).toStrictEqual([]);
    expect(result.totals.events).toBe(0);
    expect(result.totals.savedPercent).toBe(0);
    expect(result.totals.costWithoutGate).toBe(0);
    expect(result.totals.from).toBeUndefined();
  });
});

describe('pullRequestOf', () => {
  it('reads GitHub merge and squash subjects only', () => {
    expect(pullRequestOf('Merge pull request #123 from acme/branch')).toBe(123);
    expect(pullRequestOf('Add early stopping (#45)')).toBe(45);
    expect(pullRequestOf('Add early stopping (#45)  ')).toBe(45);
    expect(pullRequestOf('Fix #45 in the loader')).toBeUndefined();
    expect(pullRequestOf("Merge branch 'main' into x")).toBeUndefined();
    expect(pullRequestOf('Revert (#0)')).toBeUndefined();
  });
});

describe('with what training depends on', () => {
  /** A report in which `files` are the changed files training depends on, of a closure of `closure`. */
  function deps(closure: string[], files: string[]): DependencyReport {
    return {
      matches: files.map((filename) => ({
        file: modified(filename),
        reason: `${filename} changed; train.py imports ${filename}`,
      })),
      closure,
      unresolved: [],
      missing: [],
      params: [],
      deadPatterns: [],
      uncovered: [],
      unimported: [],
    };
  }

  it('counts the events only the imports trained, and where the closure changed', () => {
    // Newest first: a change the filter sees, then one only the imports see
    // (after the closure grew), then one nothing sees.
    const seen = commit('2025-03-03T00:00:00Z', [modified('src/training/train.py')]);
    const forgotten = commit('2025-03-02T00:00:00Z', [modified('lib/schedule.py')]);
    const docs = commit('2025-03-01T00:00:00Z', [modified('docs/a.md')]);
    const result = runBacktest({
      commits: [seen, forgotten, docs],
      filters: FILTERS,
      settings: engineSettings({ trainOn: ['training'] }),
      dependencies: new Map([
        [docs.sha, deps(['train.py'], [])],
        [forgotten.sha, deps(['train.py', 'lib/schedule.py'], ['lib/schedule.py'])],
        [seen.sha, deps(['lib/schedule.py', 'train.py'], [])],
      ]),
    });
    expect(
      result.events.map((e) => [e.shouldTrain, e.dependencyFiles, e.closureSize, e.closureChanged]),
    ).toStrictEqual([
      [false, [], 1, false],
      [true, ['lib/schedule.py'], 2, true],
      [true, [], 2, false],
    ]);
    expect(result.events[1]?.reason).toBe(
      'training: lib/schedule.py changed; train.py imports lib/schedule.py',
    );
    expect([result.totals.dependencyOnly, result.totals.closureChanges]).toStrictEqual([1, 1]);
  });

  it('without them, the totals say nothing of imports', () => {
    const result = runBacktest({
      commits: [commit('2025-03-01T00:00:00Z', [modified('docs/a.md')])],
      filters: FILTERS,
      settings: engineSettings(),
    });
    expect(result.totals.dependencyOnly).toBeUndefined();
    expect(result.events[0]?.dependencyFiles).toBeUndefined();
  });
});
