import { PRACTICE_TEXTS, SUBMITTER } from '@mip/testing/samples';
import { describe, expect, it } from 'vitest';
import {
  contactMessage,
  fieldLimitsOf,
  goodPracticeSubmission,
  MAX_TERM_LINKS,
  partnerRequestSubmission,
  validateSubmission,
} from '../src/index.ts';

const AREA = 'a1b2c3d4e5f6g7h8i9j0k1l2';
const practice = {
  ...PRACTICE_TEXTS,
  title: '  Lietuvių kalbos kavinė 🇱🇹 „Žodžiai“  ',
  organisationName: 'Panevėžio biblioteka',
  integrationAreas: [AREA],
  ...SUBMITTER,
};

describe('submission schemas', () => {
  it('accept a complete practice, trimmed, with Lithuanian letters and emoji intact and defaults filled', () => {
    const result = validateSubmission(goodPracticeSubmission, practice, 'lt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.title).toBe('Lietuvių kalbos kavinė 🇱🇹 „Žodžiai“');
    expect(result.data).toMatchObject({ evaluationType: 'none', ongoing: false, fundingSources: [], targetGroups: [] });
  });

  it('explain each problem at its field, in the reader’s language', () => {
    const bad = { ...practice, title: 'ab', submitterEmail: 'ruta@', endDate: '2024-01-01', integrationAreas: [] };
    const lt = validateSubmission(goodPracticeSubmission, bad, 'lt');
    const en = validateSubmission(goodPracticeSubmission, bad, 'en');
    expect(lt).toEqual({
      ok: false,
      errors: {
        title: 'Įrašykite bent 5 simbolių.',
        submitterEmail: expect.stringContaining('el. pašto adresą'),
        integrationAreas: 'Pasirinkite bent vieną.',
        endDate: 'Pabaigos data negali būti ankstesnė už pradžios datą.',
      },
    });
    expect(en).toEqual({
      ok: false,
      errors: {
        title: 'Enter at least 5 characters.',
        submitterEmail: expect.stringContaining('email address'),
        integrationAreas: 'Choose at least one.',
        endDate: 'The end date cannot be before the start date.',
      },
    });
    // Cross-field rules alone.
    expect(validateSubmission(goodPracticeSubmission, { ...practice, endDate: '2024-01-01' }, 'en')).toEqual({
      ok: false,
      errors: { endDate: 'The end date cannot be before the start date.' },
    });
    const { organisationName: _, ...noOrganisation } = practice;
    expect(validateSubmission(goodPracticeSubmission, noOrganisation, 'lt')).toEqual({
      ok: false,
      errors: { organisationName: 'Pasirinkite organizaciją arba įrašykite jos pavadinimą.' },
    });
  });

  it('reject unknown fields, forged ids, wrong types, oversized text and a filled honeypot', () => {
    const check = (input: object) => validateSubmission(goodPracticeSubmission, { ...practice, ...input }, 'en');
    expect(check({ moderationStatus: 'accepted', publishedAt: '2026-01-01' })).toEqual({
      ok: false,
      errors: { _form: 'Unknown fields: moderationStatus, publishedAt.' },
    });
    expect(check({ integrationAreas: ['1 OR 1=1'] })).toEqual({
      ok: false,
      errors: { 'integrationAreas.0': 'Choose a value from the list.' },
    });
    expect(check({ peopleReached: '240' }).ok).toBe(false);
    expect(check({ context: 'x'.repeat(10_001) })).toEqual({
      ok: false,
      errors: { context: 'No more than 10000 characters.' },
    });
    expect(check({ homepage: 'http://spam.example' })).toEqual({
      ok: false,
      errors: { homepage: 'Leave this field empty.' },
    });
    expect(check({ locale: 'ru' }).ok).toBe(false);
  });

  it('cover partner requests and contact messages', () => {
    const request = {
      locale: 'en',
      title: 'Partner for a mentoring project',
      summary: 'We look for a municipality to co-run mentoring.',
      projectIdea: 'Volunteer mentors meet newly arrived families every week for six months, with a final evaluation.',
      organisationName: 'Tiltai',
      rolesSought: ['partner'],
      integrationAreas: [AREA],
      expiresAt: '2027-03-01',
      contactName: 'Jonas',
      contactEmail: 'jonas@tiltai.lt',
    };
    expect(validateSubmission(partnerRequestSubmission, request, 'en').ok).toBe(true);
    expect(validateSubmission(partnerRequestSubmission, { ...request, rolesSought: ['boss'] }, 'en').ok).toBe(false);
    const message = {
      locale: 'lt',
      target: 'organisation',
      documentId: AREA,
      senderName: 'Ona',
      senderEmail: 'ona@example.lt',
      message: 'Norėtume bendradarbiauti vykdant projektą.',
    };
    expect(validateSubmission(contactMessage, message, 'lt').ok).toBe(true);
    expect(validateSubmission(contactMessage, { ...message, message: 'Labas' }, 'lt')).toEqual({
      ok: false,
      errors: { message: 'Įrašykite bent 20 simbolių.' },
    });
  });
});

describe('fieldLimitsOf', () => {
  it('reads required and the longest text off a schema, so forms show the limits the CMS enforces', () => {
    const limits = fieldLimitsOf(goodPracticeSubmission);
    expect(limits.title).toEqual({ required: true, max: 300 });
    expect(limits.evaluationSummary).toEqual({ required: false, max: 10_000 });
    expect(limits.submitterPhone).toEqual({ required: false, max: 50 });
    expect(limits.evaluationType).toEqual({ required: false }); // has a default
    expect(limits.startDate).toEqual({ required: true });
    expect(limits.integrationAreas).toEqual({ required: true, max: MAX_TERM_LINKS });
    expect(limits.fundingSources).toEqual({
      required: false,
      max: 10,
      fields: { funder: { required: true, max: 300 }, programme: { required: false }, amountEur: { required: false } },
    });
    expect(fieldLimitsOf(contactMessage).message).toEqual({ required: true, max: 5000 });
    expect(fieldLimitsOf(partnerRequestSubmission).rolesSought).toEqual({ required: true, max: 3 });
  });

  it('lets a form link more terms than any taxonomy has today (a fifteenth area must not break it)', () => {
    const areas = Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')}b2c3d4e5f6g7h8i9j0k1l2`);
    expect(
      validateSubmission(
        goodPracticeSubmission,
        { ...practice, integrationAreas: areas, municipalities: [...areas, ...areas] },
        'en',
      ).ok,
    ).toBe(true);
    const tooMany = Array.from({ length: MAX_TERM_LINKS + 1 }, () => AREA);
    expect(validateSubmission(goodPracticeSubmission, { ...practice, integrationAreas: tooMany }, 'en').ok).toBe(false);
  });
});
