/**
 * Markdown made from hostile text (pure). File names, filter and model names,
 * refs and reasons go through `escapeMarkdown`, which leaves only letters,
 * digits, spaces and a few inert characters as they are and writes everything
 * else as a numeric HTML entity, so no name can open a link, an image,
 * emphasis, a heading, a table cell or an HTML tag. Control characters are
 * shown visibly (`\n`, `\t`, `\x1b`), so no name can break a line either.
 */
import { clip } from './format.js';
import { formatMoney } from './outputs.js';

export const MAX_REASON_CHARS = 2_000;
export const MAX_NAME_CHARS = 256;
export const MAX_MESSAGE_CHARS = 500;

// Left as they are: letters, digits and combining marks of any script, the space, and `,`, `/`, `-`.
const PLAIN = /^[\p{L}\p{N}\p{M} ,/-]$/u;
// Shown as escapes: controls, format characters (bidi overrides, zero-width…), line and
// paragraph separators and lone surrogates. The zero-width joiner stays: emoji use it.
const INVISIBLE = /^(?!\u200d)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u;
const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\\': '\\\\',
};

function entity(char: string): string {
  return `&#${char.codePointAt(0) ?? 0};`;
}

function visibleEscape(char: string): string {
  const named = NAMED_ESCAPES[char];
  if (named !== undefined) return named;
  const code = char.codePointAt(0) ?? 0;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/**
 * Text made inert for Markdown and HTML: letters, digits, spaces and `,/-` stay;
 * a backslash or a control or format character is written as a C-style escape
 * (`\\`, `\n`, `\x1b`, `\u{202e}`) so it is visible and unambiguous; every other
 * character becomes a numeric HTML entity. Safe in a paragraph, a list item,
 * a table cell, a heading, and as text or attribute value inside HTML.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const char of text) {
    if (PLAIN.test(char)) out += char;
    else if (char === '\\' || INVISIBLE.test(char)) {
      for (const c of visibleEscape(char)) out += PLAIN.test(c) ? c : entity(c);
    } else out += entity(char);
  }
  return out;
}

export function code(text: string, max = MAX_NAME_CHARS): string {
  return `<code>${escapeMarkdown(clip(text, max))}</code>`;
}

export function money(amount: number, currency: string): string {
  // A valid code is three letters, which escaping leaves as they are.
  return formatMoney(amount, escapeMarkdown(clip(currency, 16)));
}
