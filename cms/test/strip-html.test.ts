import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stripHtml } from '../src/documents/strip-html.ts';
import { markupIn } from './markup.ts';

// The Big List of Naughty Strings (minimaxir): among them about 230 published XSS vectors.
const naughtyStrings = createRequire(import.meta.url)('big-list-of-naughty-strings') as string[];

describe('stripHtml', () => {
  it('removes tags, scripts with their content, comments and declarations', () => {
    expect(stripHtml('Praktika <script>alert(1)</script><b onmouseover="x()">drąsi</b>')).toBe('Praktika drąsi');
    expect(stripHtml('<style>p{}</style>a<br/>b<!-- c --><![CDATA[d]]><!DOCTYPE html><?xml x?>')).toBe('ab');
    expect(stripHtml('<SCRIPT>x</SCRIPT>ok</div   >')).toBe('ok');
    expect(stripHtml('<img src="a>b" onerror=x>z')).toBe('z');
  });

  it('removes markup that nesting or splitting would rebuild (to a fixed point)', () => {
    expect(stripHtml('<<a>img src=x onerror=alert(1)>')).toBe('');
    expect(stripHtml('<<script>script>alert(1)<</script>/script>')).toBe('');
    expect(stripHtml('<scr<script>ipt>alert(1)</script>')).toBe('ipt>alert(1)');
    expect(stripHtml('<<<b>b>b>x')).toBe('x');
  });

  it('keeps prose, Markdown and entities exactly as typed', () => {
    const kept = [
      '**Svarbu:** 5 < 10 ir 10 > 5; a <= b; x <3 y',
      '[nuoroda](https://example.lt) ir `kodas`',
      'AT&T &amp; &lt;b&gt; lieka tekstu',
      "Robert'); DROP TABLE good_practices;-- ir ' OR '1'='1",
      'x<y and more',
    ];
    for (const text of kept) expect(stripHtml(text)).toBe(text);
  });

  it('leaves no markup in any string of the naughty-strings corpus, and changes none without "<"', () => {
    const vectors = naughtyStrings.filter((s) => s.includes('<'));
    expect(vectors.length).toBeGreaterThan(150);
    for (const input of naughtyStrings) {
      const stripped = stripHtml(input);
      expect(markupIn(stripped), JSON.stringify(input)).toEqual([]);
      expect(stripHtml(stripped)).toBe(stripped);
      if (!input.includes('<')) expect(stripped).toBe(input);
    }
  });
});
