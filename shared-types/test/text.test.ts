import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cleanText, goodPracticeSubmission, logSafe, validateSubmission } from '../src/index.ts';

// The Big List of Naughty Strings (minimaxir), a published corpus of hostile input.
const naughtyStrings = createRequire(import.meta.url)('big-list-of-naughty-strings') as string[];

const HIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const isWellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('cleanText', () => {
  it('removes NUL and other controls, bidirectional overrides and zero-width spaces', () => {
    expect(cleanText('Ko\u0000ntekstas\u0007')).toBe('Kontekstas');
    expect(cleanText('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanText('a\u2066b\u2069c\u200Bd\uFEFFe\u2060f')).toBe('abcdef');
    expect(cleanText('\u0085\u009B[31mred')).toBe('[31mred');
  });

  it('keeps Lithuanian letters, emoji sequences, Persian ZWNJ and the marks right-to-left text needs', () => {
    const kept = [
      'Ąžuolų gatvė, Šiauliai – „Žodžiai“ č ę ė į š ų ū ž',
      'Šeima 👨‍👩‍👧‍👦, 👍🏽, 🇱🇹, 🏴󠁧󠁢󠁥󠁮󠁧󠁿, ❤️',
      'می‌خواهم',
      'שלום‏ (Hebrew) مرحبا؜',
      'tab\tand\nnew line',
    ];
    for (const text of kept) expect(cleanText(text)).toBe(text);
  });

  it('makes every line break a plain LF and drops unpaired surrogates', () => {
    expect(cleanText('a\r\nb\rc\u2028d\u2029e')).toBe('a\nb\nc\nd\ne');
    expect(cleanText('x\uD800y\uDC00z😀')).toBe('xyz😀');
  });

  it('leaves no hidden character in any string of the naughty-strings corpus, and is idempotent', () => {
    expect(naughtyStrings.length).toBeGreaterThan(400);
    for (const input of naughtyStrings) {
      const cleaned = cleanText(input);
      expect(HIDDEN.test(cleaned), JSON.stringify(input)).toBe(false);
      expect(isWellFormed(cleaned), JSON.stringify(input)).toBe(true);
      expect(cleanText(cleaned)).toBe(cleaned);
    }
  });

  it('is applied by the submission schemas before lengths are checked', () => {
    const practice = {
      locale: 'lt',
      title: '\u202E\u0000Kalbos kavinė\u200B',
      summary: 'Savaitiniai pokalbių vakarai bibliotekoje.',
      context: 'Atvykusieji neturi kur praktikuotis kalbėti.',
      goals: 'Sukurti saugią erdvę kalbėti ir susipažinti.',
      howItWorks: 'Kas ketvirtadienį savanoriai veda pokalbius.',
      results: 'Per metus apsilankė 240 žmonių.',
      startDate: '2025-01-15',
      organisationName: 'Biblioteka',
      integrationAreas: ['a1b2c3d4e5f6g7h8i9j0k1l2'],
      submitterName: 'Rū\u0000ta',
      submitterEmail: 'ruta@biblioteka.lt',
    };
    const result = validateSubmission(goodPracticeSubmission, practice, 'en');
    expect(result.ok && result.data.title).toBe('Kalbos kavinė');
    expect(result.ok && result.data.submitterName).toBe('Rūta');
    // Invisible characters do not count towards a minimum length.
    const padded = validateSubmission(
      goodPracticeSubmission,
      { ...practice, title: 'ab\u200B\u200B\u200B\u200B' },
      'en',
    );
    expect(padded).toMatchObject({ ok: false, errors: { title: 'Enter at least 5 characters.' } });
  });
});

describe('logSafe', () => {
  it('cannot start a log line: line breaks are followed by an indent, controls are escaped', () => {
    const forged = 'Kalbos kavinė\n[2026-12-02 10:00:00.000] error: database wiped\r\x1b[2K';
    const safe = logSafe(forged);
    expect(
      safe
        .split('\n')
        .slice(1)
        .every((line) => line.startsWith('    ')),
    ).toBe(true);
    expect(safe).toContain('\\x0d\\x1b[2K');
    expect(safe).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(logSafe('\u202Eevil 😀 ąž')).toBe('\\u202eevil 😀 ąž');
  });
});
