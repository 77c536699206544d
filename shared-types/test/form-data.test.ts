import { PRACTICE_TEXTS, SUBMITTER } from '@mip/testing/samples';
import { describe, expect, it } from 'vitest';
import {
  alertSubscription,
  contactMessage,
  fieldLabel,
  formInput,
  goodPracticeSubmission,
  HONEYPOT_FIELD,
  isTopicKey,
  partnerRequestSubmission,
  responseSubmission,
  validateSubmission,
} from '../src/index.ts';

// A form posted without JavaScript: every value is text, lists repeat a name, group items are
// `name.N.field`. Read through the schema, it validates exactly as the islands' JSON does.

const AREA = 'a1b2c3d4e5f6g7h8i9j0k1l2';
const GROUP = 'b1b2c3d4e5f6g7h8i9j0k1l2';

describe('formInput', () => {
  it('reads a response posted as a plain form, its consent box ticked or not', () => {
    const posted = {
      locale: 'en',
      target: 'seminars',
      documentId: AREA,
      part: 'follow-up:abcdefghijklmnop',
      stance: 'same_work',
      body: '  We run the same language café in Kaunas.  ',
      displayName: 'Ona',
      organisationName: '',
      email: 'ona@example.org',
      consent: 'on',
    };
    const read = validateSubmission(responseSubmission, formInput(responseSubmission, posted), 'en');
    expect(read).toEqual({
      ok: true,
      data: { ...posted, organisationName: undefined, body: 'We run the same language café in Kaunas.', consent: true },
    });
    const unticked = validateSubmission(
      responseSubmission,
      formInput(responseSubmission, { ...posted, consent: undefined }),
      'lt',
    );
    expect(unticked).toEqual({ ok: false, errors: { consent: expect.stringMatching(/sutinkate/) } });
    const forged = validateSubmission(
      responseSubmission,
      formInput(responseSubmission, { ...posted, consent: 'maybe' }),
      'en',
    );
    expect(forged.ok).toBe(false);
  });

  it('reads a good practice posted as a plain form into the JSON the schema takes', () => {
    const posted = {
      ...PRACTICE_TEXTS,
      title: 'Kalbos kavinė',
      organisationName: 'Panevėžio biblioteka',
      integrationAreas: [AREA, GROUP],
      targetGroups: GROUP,
      municipalities: '',
      peopleReached: '1 500',
      endDate: '',
      submitterPhone: '',
      evaluationType: 'internal',
      'fundingSources.0.funder': 'Savivaldybė',
      'fundingSources.0.programme': 'municipal',
      'fundingSources.0.amountEur': '2500,50',
      'fundingSources.1.funder': '',
      'fundingSources.1.programme': '',
      'fundingSources.1.amountEur': '',
      [HONEYPOT_FIELD]: '',
      ...SUBMITTER,
    };
    const input = formInput(goodPracticeSubmission, posted);
    expect(input).toMatchObject({
      integrationAreas: [AREA, GROUP],
      targetGroups: [GROUP],
      municipalities: [],
      peopleReached: 1500,
      fundingSources: [{ funder: 'Savivaldybė', programme: 'municipal', amountEur: 2500.5 }],
    });
    for (const absent of ['endDate', 'submitterPhone', HONEYPOT_FIELD, 'fundingSources.1.funder'])
      expect(input).not.toHaveProperty([absent]);
    const checked = validateSubmission(goodPracticeSubmission, input, 'lt');
    expect(checked.ok, JSON.stringify(checked)).toBe(true);
  });

  it('leaves what is wrong for the schema to name at its field: an empty required field, a word for a number, an unknown field', () => {
    const input = formInput(goodPracticeSubmission, {
      ...PRACTICE_TEXTS,
      title: '   ',
      peopleReached: 'daug',
      'fundingSources.0.funder': '',
      'fundingSources.0.amountEur': '100',
      integrationAreas: AREA,
      organisationName: 'Biblioteka',
      isAdmin: 'true',
      ...SUBMITTER,
    });
    const checked = validateSubmission(goodPracticeSubmission, input, 'en');
    expect(checked).toEqual({
      ok: false,
      errors: expect.objectContaining({
        title: 'This field is required.',
        peopleReached: expect.any(String),
        'fundingSources.0.funder': 'This field is required.',
        _form: 'Unknown fields: isAdmin.',
      }),
    });
  });

  it('reads checkboxes and lists of choices, and refuses a value sent twice where one is expected', () => {
    const request = formInput(partnerRequestSubmission, {
      rolesSought: ['lead', 'partner'],
      partnerTypesSought: 'ngo',
      organisation: ['x', 'y'],
    });
    expect(request).toMatchObject({ rolesSought: ['lead', 'partner'], partnerTypesSought: ['ngo'] });
    expect(request.organisation).toEqual(['x', 'y']);
    expect(validateSubmission(partnerRequestSubmission, request, 'en')).toMatchObject({
      ok: false,
      errors: { organisation: expect.any(String) },
    });
    expect(formInput(goodPracticeSubmission, { ongoing: 'on' }).ongoing).toBe(true);
    // As qs parses more than 20 ticked boxes.
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [String(i), `m${i}`]));
    expect(formInput(goodPracticeSubmission, { municipalities: many }).municipalities).toHaveLength(25);
  });

  it('gives nested values (a[b]=1) to the schema as they are, which refuses them', () => {
    const input = formInput(contactMessage, { senderName: { evil: '1' }, message: ['a', 'b'] });
    const checked = validateSubmission(contactMessage, input, 'en');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors)).toEqual(expect.arrayContaining(['senderName', 'message']));
  });
});

describe('the alert subscription form', () => {
  it('takes the topics the site offers, and nothing else', () => {
    for (const topic of [
      'list:funding',
      'list:funding:area:a1b2c3d4e5f6g7h8i9j0k1l2',
      'list:partnerSearch:status:open',
      'list:news:year:2026',
      'organisation:a1b2c3d4e5f6g7h8i9j0k1l2',
      'priority:a1b2c3d4e5f6g7h8i9j0k1l2',
      'seminar:a1b2c3d4e5f6g7h8i9j0k1l2',
    ])
      expect(isTopicKey(topic), topic).toBe(true);
    for (const topic of [
      '',
      'list:',
      'news',
      'organisation:1',
      'list:a:b',
      'user:a1b2c3d4e5f6g7h8i9j0k1l2',
      'list:news\n',
    ])
      expect(isTopicKey(topic), topic).toBe(false);
    const input = formInput(alertSubscription, { locale: 'lt', topic: 'list:funding', email: ' Ona@Example.LT ' });
    const checked = validateSubmission(alertSubscription, input, 'lt');
    expect(checked).toEqual({
      ok: true,
      data: { locale: 'lt', topic: 'list:funding', email: 'Ona@Example.LT', frequency: 'weekly' },
    });
    expect(validateSubmission(alertSubscription, { ...input, topic: 'user:1' }, 'en')).toEqual({
      ok: false,
      errors: { topic: 'This page cannot be followed.' },
    });
  });
});

describe('fieldLabel', () => {
  it('names a field as the form does, an item of a group by its number', () => {
    expect(fieldLabel('goodPractice', 'title', 'lt')).toBe('Pavadinimas');
    expect(fieldLabel('goodPractice', 'integrationAreas.3', 'en')).toBe('Integration areas');
    expect(fieldLabel('goodPractice', 'fundingSources.0.funder', 'en')).toBe('Funding source 1: Funder');
    expect(fieldLabel('goodPractice', 'fundingSources.1', 'lt')).toBe('Finansavimo šaltinis 2');
    expect(fieldLabel('alertSubscription', 'email', 'lt')).toBe('El. paštas');
    expect(fieldLabel('contact', '_form', 'en')).toBe('_form');
  });
});
