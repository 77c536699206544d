import { describe, expect, it } from 'vitest';
import { toSlug } from '../src/slug.ts';

describe('toSlug', () => {
  it('transliterates every Lithuanian letter', () => {
    expect(toSlug('ĄČĘĖĮŠŲŪŽ ąčęėįšųūž')).toBe('aceeisuuz-aceeisuuz');
  });

  it('turns punctuation and quotes into single hyphens', () => {
    expect(toSlug('Integracijos centras „Tiltai“ – Šiauliai, 2026!')).toBe('integracijos-centras-tiltai-siauliai-2026');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = toSlug('Lietuvių kalba darbo vietoje vairuotojams ir jų šeimoms visose apskrityse', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('lietuviu-kalba-darbo-vietoje');
  });

  it('gives an empty slug for text with no letters or digits', () => {
    expect(toSlug('„“ – …')).toBe('');
  });
});
