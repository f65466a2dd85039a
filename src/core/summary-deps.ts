/**
 * What training depends on, in the job summary (pure): the changed files it
 * depends on with the chain that reached each, the files the training
 * filters do not cover (their drift), imports that cannot be followed, and
 * filter patterns that match no file.
 */
import { clip, plural } from './format.js';
import { MAX_MESSAGE_CHARS, code, escapeMarkdown } from './markdown.js';
import type { GateReport } from './types.js';

/** Items listed per part before "… and N more". */
const LISTED = 20;

function listed<T>(items: readonly T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, LISTED).map(line);
  if (items.length > LISTED) lines.push(`- … and ${items.length - LISTED} more`);
  return lines;
}

/** Filter patterns that match no file at the head commit: moved files the filters still name. */
function deadPatternLines(report: GateReport): string[] {
  const dead = report.deadPatterns ?? [];
  if (dead.length === 0) return [];
  return [
    '**Filter patterns that match no file at the head commit** (moved or renamed files?):',
    '',
    ...listed(dead, (d) => `- ${code(d.pattern)} in filter ${code(d.filter)}`),
    '',
  ];
}

export function dependencyLines(report: GateReport): string[] {
  const deps = report.dependencies;
  if (deps === undefined) return deadPatternLines(report);
  const lines = [
    `**Training dependencies:** ${plural(deps.closure.length, 'file')} training imports or its DVC stages depend on; ${
      deps.matches.length === 0
        ? 'none of them changed.'
        : `${plural(deps.matches.length, 'changed file', 'changed files')} among them:`
    }`,
    '',
  ];
  if (deps.matches.length > 0) {
    lines.push(
      ...listed(deps.matches, (m) => `- ${escapeMarkdown(clip(m.reason, MAX_MESSAGE_CHARS))}`),
      '',
    );
  }
  if (deps.uncovered.length > 0) {
    lines.push(
      '> [!WARNING]',
      `> **The training filters have drifted:** ${plural(deps.uncovered.length, 'file')} training depends on ${deps.uncovered.length === 1 ? 'is' : 'are'} in no <code>train-on</code> filter. The gate trains on ${deps.uncovered.length === 1 ? 'it' : 'them'} anyway; add ${deps.uncovered.length === 1 ? 'it' : 'them'} to the filters to make that plain: ${deps.uncovered
        .slice(0, 10)
        .map((p) => code(p))
        .join(', ')}${deps.uncovered.length > 10 ? ', …' : ''}`,
      '',
    );
  }
  if (deps.unresolved.length > 0) {
    lines.push(
      `Imports that cannot be followed statically (the files they load are not counted):`,
      '',
      ...listed(
        deps.unresolved,
        (u) =>
          `- ${code(u.file)} line ${u.line}${u.cell !== undefined ? ` (cell ${u.cell})` : ''}: ${code(clip(u.text, 120))}: ${escapeMarkdown(clip(u.reason, MAX_MESSAGE_CHARS))}`,
      ),
      '',
    );
  }
  return [...lines, ...deadPatternLines(report)];
}
