import { describe, expect, it } from 'vitest';
import { compareText, formatDate, formatDateTime, formatMoney, formatNumber } from '../src/lib/format.ts';

describe('formatting for the reader', () => {
  it('writes dates the Lithuanian and the English way', () => {
    expect(formatDate('lt', '2026-11-26')).toBe('2026 m. lapkričio 26 d.');
    expect(formatDate('en', '2026-11-26')).toBe('26 November 2026');
  });

  it('keeps a calendar date on its day whatever the time zone', () => {
    expect(formatDate('en', '2026-03-29')).toBe('29 March 2026');
  });

  it('shows instants in Lithuanian time, summer and winter', () => {
    expect(formatDateTime('en', '2027-01-31T21:59:00Z')).toMatch(/31 January 2027.*23:59/);
    expect(formatDateTime('lt', '2026-07-01T20:59:00Z')).toMatch(/2026 m\. liepos 1 d\..*23:59/);
  });

  it('formats numbers and money per language', () => {
    expect(formatNumber('lt', 12500)).toBe('12\u00a0500');
    expect(formatNumber('en', 12500)).toBe('12,500');
    expect(formatMoney('lt', 3200000)).toBe('3\u00a0200\u00a0000\u00a0€');
    expect(formatMoney('en', 3200000)).toBe('€3,200,000');
  });

  it('sorts with the Lithuanian collator', () => {
    const words = ['Zarasai', 'Šiauliai', 'Alytus', 'Čekiškė', 'Cirkliškis', 'Žagarė', 'Sasnava'];
    expect([...words].sort((a, b) => compareText('lt', a, b))).toEqual([
      'Alytus',
      'Cirkliškis',
      'Čekiškė',
      'Sasnava',
      'Šiauliai',
      'Zarasai',
      'Žagarė',
    ]);
  });
});
