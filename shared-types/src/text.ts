// Text people send us is stored and shown to others, so characters that only hide or disguise text
// are removed before anything else looks at it:
// - C0 and C1 control characters and DEL (NUL among them, which PostgreSQL refuses outright),
//   except tab and line breaks; CR LF and lone CR become LF;
// - the bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069),
//   which make text display in another order than it is stored ("Trojan Source");
// - invisible format characters with no use in prose: zero-width space, word joiner and the
//   invisible operators (U+2060-U+2064), the byte-order mark, interlinear annotation marks;
// - unpaired UTF-16 surrogates, which are not text at all.
// Kept on purpose: letters of every script, emoji with their joiners and variation selectors,
// ZWNJ (U+200C, part of Persian spelling), and the LRM/RLM/ALM marks that mixed right-to-left
// text needs. Line and paragraph separators (U+2028/U+2029) become ordinary line breaks.
const HIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;

/** `value` without control, bidirectional-override and invisible characters (see above). */
export function cleanText(value: string): string {
  return value.replace(LONE_SURROGATE, '').replace(LINE_BREAK, '\n').replace(HIDDEN, '');
}

// For log lines: what `cleanText` removes, carriage returns and line separators (ANSI escapes start
// with a control character) are shown as escapes instead.
const UNPRINTABLE = new RegExp(`${HIDDEN.source}|[\\r\\u2028\\u2029]|${LONE_SURROGATE.source}`, 'g');

/**
 * A log message that cannot forge log entries: control and invisible characters are written as
 * escapes (`\x1b`, `\u202e`), and every line after the first is indented, so only the logger
 * itself starts a line.
 */
export function logSafe(message: string): string {
  return message
    .replace(UNPRINTABLE, (char) => {
      const code = char.charCodeAt(0);
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    })
    .replace(/\n/g, '\n    ');
}
