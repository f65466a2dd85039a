/**
 * The small text helpers every ring uses, in one place: showing names in
 * one-line messages, quoting, clipping, plurals, lists, escaping for HTML and
 * the shell, and the message of an error. Pure.
 */

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

/** A value quoted for a message, control characters escaped, shortened when long. */
export function quote(text: string, max = 80): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 3)}...` : text);
}

/** `text` cut to at most `max` code points, the last one an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A whole number with thousands separators: `10,000`. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** "1 run" / "10,000 runs": as `plural`, with thousands separators. */
export function pluralCount(n: number, word: string, many = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : many}`;
}

/** Text made safe inside HTML or XML, as element text or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A link whose text is already HTML. */
export function link(url: string, html: string): string {
  return `<a href="${escapeHtml(url)}">${html}</a>`;
}

/** Characters that are never special to a POSIX shell, in any position. */
export const SHELL_SAFE = /^[A-Za-z0-9_@%+:,./-]+$/;

/** One word as a POSIX shell reads it back: as it is when safe, else single-quoted. */
export function shellWord(word: string): string {
  if (SHELL_SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
