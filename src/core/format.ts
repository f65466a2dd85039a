/**
 * Text for one-line messages (the `reason` output, log lines): a file name may
 * hold any character but NUL, so control characters are shown as escapes and
 * never break the line.
 */
export function displayPath(path: string): string {
  let out = '';
  for (const ch of path) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (
      code < 0x20 ||
      code === 0x7f ||
      (code >= 0x80 && code < 0xa0) ||
      code === 0x2028 ||
      code === 0x2029
    ) {
      out += `\\u{${code.toString(16)}}`;
    } else out += ch;
  }
  return out;
}

/** "a, b, c and 4 more" from a list of names, at most `max` shown. */
export function listSome(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max).map(displayPath);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** "1 file" / "3 files". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "a", "a or b", "a, b or c". */
export function orList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** The message of an error, or the thing thrown as text. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
