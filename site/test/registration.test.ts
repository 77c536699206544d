import { describe, expect, it } from 'vitest';
import { days, seminar, twoLanguageSite } from './fixtures.ts';

// A seminar that takes registration on the site: open until its deadline (or start), with the
// places left as the CMS counted them for this build, and "waiting list" once they are taken.

const registering = (id: string, overrides: Record<string, unknown> = {}) =>
  seminar('lt', id, days(10), { platformRegistration: true, capacity: 20, placesTaken: 12, ...overrides });

describe('seminar registration in the site model', () => {
  const site = twoLanguageSite({
    lt: {
      seminars: [
        registering('open'),
        registering('full', { placesTaken: 20 }),
        registering('unlimited', { capacity: null, placesTaken: 3 }),
        registering('closed', { registrationDeadline: days(-1) }),
        registering('past', {
          startAt: days(-3),
          listedParticipants: [
            { name: 'Ona Onaitė', organisation: 'Kauno bendruomenė' },
            { name: 'Jonas Jonaitis', organisation: null },
          ],
        }),
        seminar('lt', 'elsewhere', days(10), { registrationUrl: 'https://example.org/register' }),
      ],
    },
  });
  const entry = (id: string) => site.catalogs.lt.sections.seminars.find((e) => e.documentId === id)!;
  const fact = (id: string) => entry(id).facts.find((f) => f.label === 'Laisvų vietų')?.value;

  it('is open, with the places left, only while the seminar takes registration here', () => {
    expect(entry('open').registration).toEqual({ capacity: 20, left: 8 });
    expect(fact('open')).toBe('8');
    expect(entry('full').registration).toEqual({ capacity: 20, left: 0 });
    expect(fact('full')).toMatch(/laukiančiųjų sąrašą/);
    expect(entry('unlimited').registration).toEqual({ capacity: null, left: null });
    expect(fact('unlimited')).toBeUndefined();
    for (const id of ['closed', 'past', 'elsewhere']) expect(entry(id).registration ?? null).toBeNull();
  });

  it('lists the participants who agreed to be listed, also after the seminar, and nobody when none did', () => {
    expect(entry('past').participants).toEqual([
      { name: 'Ona Onaitė', organisation: 'Kauno bendruomenė' },
      { name: 'Jonas Jonaitis', organisation: null },
    ]);
    expect(entry('open')).not.toHaveProperty('participants');
  });
});
