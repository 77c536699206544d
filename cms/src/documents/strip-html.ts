import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

// Text from the public carries no HTML. htmlparser2's tokenizer (the one sanitize-html is built
// on) finds every start and end tag, comment, declaration and processing instruction the way a
// browser's tokenizer would, and those ranges are cut out of the text; script and style elements
// go with their content. Everything else is kept exactly as typed: entities are not decoded (so
// `&lt;b&gt;` stays text and can never become a tag), a "<" that starts no tag ("5 < 10", "x <3")
// stays, and so does a tag left unfinished at the very end ("x<y and more"), which no browser
// would render either. Cutting can join pieces into a new tag (`<<a>img …>`), so it repeats until
// nothing changes.

const WITH_CONTENT = new Set(['script', 'style']);
const MAX_PASSES = 20;

type Range = [start: number, end: number];

function markupRanges(text: string): Range[] {
  const ranges: Range[] = [];
  // Where the next token starts: right after the previous text or markup.
  let cursor = 0;
  let tag = { name: '', start: 0 };
  let open: { name: string; start: number; end: number } | null = null;
  const markup = (start: number, end: number) => {
    ranges.push([start, end]);
    cursor = end + 1;
  };
  const tagName = (start: number, end: number) => text.slice(start, end).toLowerCase();
  const noop = () => {};
  const callbacks: TokenizerCallbacks = {
    ontext: (_start, end) => {
      cursor = end;
    },
    onopentagname: (start, end) => {
      tag = { name: tagName(start, end), start: cursor };
    },
    onopentagend: (end) => {
      if (WITH_CONTENT.has(tag.name)) {
        open = { name: tag.name, start: tag.start, end };
        cursor = end + 1;
      } else markup(tag.start, end);
    },
    onselfclosingtag: (end) => markup(tag.start, end),
    onclosetag: (start, end) => {
      const name = tagName(start, end);
      const close = text.indexOf('>', end);
      const closeEnd = close === -1 ? text.length - 1 : close;
      if (open && open.name === name) {
        markup(open.start, closeEnd);
        open = null;
      } else markup(cursor, closeEnd);
    },
    oncomment: (_start, end) => markup(cursor, end),
    oncdata: (_start, end) => markup(cursor, end),
    ondeclaration: (_start, end) => markup(cursor, end),
    onprocessinginstruction: (_start, end) => markup(cursor, end),
    onattribdata: noop,
    onattribentity: noop,
    onattribend: noop,
    onattribname: noop,
    ontextentity: noop,
    onend: noop,
  };
  const tokenizer = new Tokenizer({ decodeEntities: false }, callbacks);
  tokenizer.write(text);
  tokenizer.end();
  // A script or style left open at the end: its start tag still goes.
  const unclosed = open as { start: number; end: number } | null;
  if (unclosed) ranges.push([unclosed.start, unclosed.end]);
  return ranges;
}

function cutOnce(text: string): string {
  let result = '';
  let position = 0;
  for (const [start, end] of markupRanges(text).sort((a, b) => a[0] - b[0])) {
    if (start > position) result += text.slice(position, start);
    position = Math.max(position, end + 1);
  }
  return result + text.slice(position);
}

/** `text` without any HTML markup, to a fixed point (see above). */
export function stripHtml(text: string): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = cutOnce(current);
    if (next === current) return next;
    current = next;
  }
  // Markup that keeps producing markup is not text anybody meant to send.
  return current.replace(/[<>]/g, '');
}
