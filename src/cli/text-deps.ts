/**
 * What training depends on, as the command line prints it (pure): the lines
 * `check` adds under its table, and the `check --explain` listing of the
 * filters' drift.
 */
import type { DependencyReport } from '../core/dependencies.js';
import { deadPatternWarning, type DeadPattern } from '../core/deps/dead.js';
import { displayPath, formatCount, plural } from '../core/format.js';

/** Items listed per part before "… and N more". */
const LISTED = 30;

function listed(items: readonly string[]): string[] {
  const lines = items.slice(0, LISTED).map((item) => `  ${item}`);
  if (items.length > LISTED) lines.push(`  … and ${formatCount(items.length - LISTED)} more`);
  return lines;
}

/** The lines `check` prints under its filter table. */
export function dependencyText(deps: DependencyReport): string[] {
  const lines = [
    '',
    `depends on:   ${plural(deps.closure.length, 'file')} training imports or its DVC stages depend on; ${
      deps.matches.length === 0 ? 'none changed' : `${formatCount(deps.matches.length)} changed:`
    }`,
    ...listed(deps.matches.map((m) => displayPath(m.reason))),
  ];
  const notes: string[] = [];
  if (deps.uncovered.length > 0) {
    notes.push(`${plural(deps.uncovered.length, 'file')} training imports in no train-on filter`);
  }
  if (deps.deadPatterns.length > 0) {
    notes.push(`${plural(deps.deadPatterns.length, 'filter pattern')} matching no file`);
  }
  if (deps.unresolved.length > 0) {
    notes.push(`${plural(deps.unresolved.length, 'import')} that cannot be followed`);
  }
  if (notes.length > 0) lines.push(`warning:      ${notes.join('; ')} (see --explain)`);
  return lines;
}

/** Filter patterns that match no file at the head, as `check` warns of them. */
export function deadPatternText(dead: readonly DeadPattern[]): string[] {
  return dead.length === 0
    ? []
    : ['', ...dead.map((d) => `warning:      ${deadPatternWarning(d)}`)];
}

/** `check --explain`: the train-on filters against what training depends on. */
export function renderExplain(deps: DependencyReport): string {
  const parts: string[][] = [];
  if (deps.uncovered.length > 0) {
    parts.push([
      `Files training depends on that no train-on filter covers (${formatCount(deps.uncovered.length)}); the gate trains on them anyway, add them to the filters to make that plain:`,
      ...listed(deps.uncovered.map(displayPath)),
    ]);
  }
  if (deps.unimported.length > 0) {
    parts.push([
      `Python files the train-on filters cover that nothing training runs imports (${formatCount(deps.unimported.length)}); unless training loads them some other way (exec, a configuration loader, a subprocess), a change to them trains for nothing:`,
      ...listed(deps.unimported.map(displayPath)),
    ]);
  }
  if (deps.deadPatterns.length > 0) {
    parts.push([
      `Filter patterns that match no file at the head commit (${formatCount(deps.deadPatterns.length)}):`,
      ...listed(
        deps.deadPatterns.map(
          (d) => `${displayPath(d.pattern)}  (filter ${displayPath(d.filter)})`,
        ),
      ),
    ]);
  }
  if (deps.unresolved.length > 0) {
    parts.push([
      `Imports that cannot be followed statically (${formatCount(deps.unresolved.length)}); the files they load are not counted:`,
      ...listed(
        deps.unresolved.map(
          (u) =>
            `${displayPath(u.file)}:${u.line}${u.cell !== undefined ? ` (cell ${u.cell})` : ''}  ${displayPath(u.text)}: ${displayPath(u.reason)}`,
        ),
      ),
    ]);
  }
  if (parts.length === 0) {
    parts.push([
      `The train-on filters cover all ${plural(deps.closure.length, 'file')} training depends on, every pattern matches a file, and every import was followed.`,
    ]);
  }
  return `\n${parts.map((p) => p.join('\n')).join('\n\n')}\n`;
}
