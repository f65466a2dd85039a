/**
 * Matches + force + completeness → should-train and a reason a reviewer reads
 * at a glance. Pure.
 *
 * Order: `force`, then `force-label`, then a matching `train-on` filter (a match
 * in a partial list is still a match), then an incomplete change set (decided by
 * `on-error`), and only a change set seen whole with no match skips training.
 */
import { listSome, orList, plural } from './format.js';
import type { Decision, FilterMatch, FilterReport, OnError } from './types.js';

export interface DecisionInput {
  matches: readonly FilterMatch[];
  /** Filter names whose match means training. */
  trainOn: readonly string[];
  force: boolean;
  forceLabel?: string;
  /** Labels of the pull request, when the event has one. */
  labels?: readonly string[];
  /** How many files changed (as far as was seen). */
  changedCount: number;
  complete: boolean;
  /** What could not be seen, and why (when not complete). */
  incompleteReason?: string;
  /** Set when there was nothing to compare at all (a deleted branch). */
  nothingToCompare?: string;
  onError: OnError;
  /** Changed files training depends on (training-entrypoints, dvc-stages), each with why. */
  dependencies?: readonly { reason: string }[];
}

/** How the reason opens when `on-error` decided. */
export const ON_ERROR_LEAD: Readonly<Record<OnError, string>> = {
  train: 'training because',
  skip: 'skipped although',
  fail: 'failed:',
};

/** Each filter's matches, marked with whether it is one of `train-on`. */
export function filterReports(
  matches: readonly FilterMatch[],
  trainOn: readonly string[],
): FilterReport[] {
  const decides = new Set(trainOn);
  return matches.map((m) => ({ name: m.name, trainOn: decides.has(m.name), files: m.files }));
}

export function decide(input: DecisionInput): Decision {
  if (input.force) {
    return {
      shouldTrain: true,
      trigger: 'force',
      fail: false,
      reason: 'training forced: the force input is true',
    };
  }
  if (input.forceLabel && input.labels?.includes(input.forceLabel)) {
    return {
      shouldTrain: true,
      trigger: 'label',
      fail: false,
      reason: `training forced: the pull request has the label "${input.forceLabel}"`,
    };
  }

  const trainOn = new Set(input.trainOn);
  const trainMatches = input.matches.filter((m) => trainOn.has(m.name) && m.files.length > 0);
  if (trainMatches.length > 0) {
    const parts = trainMatches.map(
      (m) =>
        `${m.name} matched ${plural(m.files.length, 'file')} (${listSome(m.files.map((f) => f.filename))})`,
    );
    const of = input.complete ? ` of ${plural(input.changedCount, 'changed file')}` : '';
    return {
      shouldTrain: true,
      trigger: 'filters',
      fail: false,
      reason: `training: ${parts.join('; ')}${of}`,
    };
  }

  const [first, ...more] = input.dependencies ?? [];
  if (first !== undefined) {
    const others =
      more.length > 0 ? ` (and ${plural(more.length, 'more file')} training depends on)` : '';
    return {
      shouldTrain: true,
      trigger: 'dependencies',
      fail: false,
      reason: `training: ${first.reason}${others}`,
    };
  }

  if (input.nothingToCompare !== undefined) {
    return {
      shouldTrain: false,
      trigger: 'nothing-to-compare',
      fail: false,
      reason: `skipped: ${input.nothingToCompare}`,
    };
  }

  if (!input.complete) {
    const why = input.incompleteReason ?? 'the list of changed files was cut short';
    const seen = `no train-on filter matched the ${plural(input.changedCount, 'file')} that could be seen`;
    const lead = ON_ERROR_LEAD[input.onError];
    return {
      shouldTrain: input.onError === 'train',
      trigger: 'incomplete',
      fail: input.onError === 'fail',
      reason: `${lead} the change set could not be seen whole (${why}); ${seen}, and on-error is ${input.onError}`,
    };
  }

  const names = orList([...trainOn]);
  const others = input.matches.filter((m) => !trainOn.has(m.name) && m.files.length > 0);
  const otherText =
    others.length > 0
      ? `; matched only ${others.map((m) => `${m.name} (${plural(m.files.length, 'file')})`).join(', ')}`
      : '';
  if (input.changedCount === 0) {
    return {
      shouldTrain: false,
      trigger: 'no-match',
      fail: false,
      reason: 'skipped: no files changed',
    };
  }
  return {
    shouldTrain: false,
    trigger: 'no-match',
    fail: false,
    reason: `skipped: ${plural(input.changedCount, 'changed file')}, none match${input.changedCount === 1 ? 'es' : ''} ${names}${otherText}`,
  };
}
