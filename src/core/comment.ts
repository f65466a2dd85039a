/**
 * The sticky pull-request comment (pure): the verdict, the reason, the cost
 * with its sources and the filters table, rendered with the job summary's own
 * pieces and escaping. Its first two lines are hidden markers: the first says
 * the gate wrote it, the second which gate (workflow and job), so that each
 * gate on a pull request keeps exactly one comment and updates it in place.
 */
import { utf8Length } from './outputs.js';
import { link } from './format.js';
import { commitRef, renderFilterTable, renderVerdict, repoUrl } from './summary.js';
import type { GateReport } from './types.js';

/** The first line of every comment the gate writes. */
export const COMMENT_MARKER = '<!-- ml-change-gate -->';

/** GitHub refuses a comment over 65,536 characters; this leaves room below it. */
export const COMMENT_LIMIT_BYTES = 60_000;

export interface CommentOptions {
  /** Which gate wrote the comment (see commentKey). */
  key: string;
  /** The workflow run, for a link to its job summary. */
  runId?: number;
}

/** What tells the gates on one pull request apart: the workflow's name and the job's id. */
export function commentKey(workflow: string, job: string): string {
  return `${workflow}/${job}`;
}

/**
 * The key as it is written inside an HTML comment: letters, digits, space and
 * `_./()-` stay, every other character becomes `%{hex}`, so the text can never
 * close the comment (`-->`) or hold a line break.
 */
function keyLine(key: string): string {
  let safe = '';
  for (const char of key) {
    safe += /^[A-Za-z0-9 _./()-]$/.test(char)
      ? char
      : `%{${(char.codePointAt(0) ?? 0).toString(16)}}`;
  }
  return `<!-- ml-change-gate:${safe} -->`;
}

/** Whether a comment is the one this gate keeps: both markers, as its first two lines. */
export function isGateComment(body: string, key: string): boolean {
  const [first, second] = body.split(/\r?\n/, 2);
  return first?.trim() === COMMENT_MARKER && second?.trim() === keyLine(key);
}

function footer(report: GateReport, runId: number | undefined): string[] {
  const base = repoUrl(report);
  const parts: string[] = [];
  const head = report.changeSet.headSha;
  if (head !== '' && !/^0+$/.test(head)) parts.push(`Head ${commitRef(head, base)}`);
  if (base !== undefined && runId !== undefined && Number.isSafeInteger(runId) && runId > 0) {
    parts.push(`files and details in the ${link(`${base}/actions/runs/${runId}`, 'job summary')}`);
  }
  parts.push('this comment is updated on every push');
  return [`<sub>${parts.join(' · ')}</sub>`];
}

/** The body of the pull-request comment, under GitHub's size limit. */
export function renderComment(report: GateReport, opts: CommentOptions): string {
  const head = [COMMENT_MARKER, keyLine(opts.key), ...renderVerdict(report)];
  const tail = footer(report, opts.runId);
  const used = [...head, ...tail].reduce((n, line) => n + utf8Length(line) + 1, 0);
  const table = renderFilterTable(report, Math.max(0, COMMENT_LIMIT_BYTES - used));
  return [...head, ...table, ...tail].join('\n') + '\n';
}
