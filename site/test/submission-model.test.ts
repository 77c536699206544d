import { describe, expect, it } from 'vitest';
import {
  concreteFields,
  errorPlaces,
  toInput,
  withoutItem,
  type FormField,
  type Values,
} from '../src/components/submission/model.ts';

// The public forms' model without React or a browser (the form itself: e2e/forms.spec.ts).
const funding: FormField = {
  name: 'fundingSources',
  kind: 'group',
  label: 'Funding',
  itemLabel: 'Funding source {n}',
  max: 10,
  fields: [
    { name: 'funder', kind: 'text', label: 'Funder', required: true },
    { name: 'amountEur', kind: 'number', label: 'Amount' },
  ],
};
const fields: FormField[] = [
  { name: 'title', kind: 'text', label: 'Title', required: true },
  { name: 'peopleReached', kind: 'number', label: 'People reached' },
  { name: 'integrationAreas', kind: 'checkboxes', label: 'Areas', required: true },
  { name: 'ongoing', kind: 'checkbox', label: 'Ongoing' },
  { name: 'summary', kind: 'textarea', label: 'Summary' },
  funding,
  { name: 'files', kind: 'files', label: 'Files' },
];

describe('the form model', () => {
  it('gives each shown group item its fields, with their paths and a label naming the item', () => {
    const concrete = concreteFields(fields, { 'fundingSources#rows': '2' });
    expect(concrete.filter((f) => f.name.startsWith('fundingSources.')).map((f) => [f.name, f.summaryLabel])).toEqual([
      ['fundingSources.0.funder', 'Funder (Funding source 1)'],
      ['fundingSources.0.amountEur', 'Amount (Funding source 1)'],
      ['fundingSources.1.funder', 'Funder (Funding source 2)'],
      ['fundingSources.1.amountEur', 'Amount (Funding source 2)'],
    ]);
    // never more items than the group allows, never fewer than one
    expect(concreteFields([funding], { 'fundingSources#rows': '40' })).toHaveLength(20);
    expect(concreteFields([funding], {})).toHaveLength(2);
  });

  it('sends what the schema expects: numbers as numbers, empty fields left out, lists and yes/no as such', () => {
    const values: Values = {
      title: ' Kavinė ',
      peopleReached: '240',
      summary: '   ',
      integrationAreas: ['a1'],
      ongoing: true,
    };
    const { input } = toInput(fields, values, 'lt', { target: 'organisation' });
    expect(input).toEqual({
      locale: 'lt',
      target: 'organisation',
      title: ' Kavinė ',
      peopleReached: 240,
      integrationAreas: ['a1'],
      ongoing: true,
    });
    expect(toInput(fields, {}, 'en', {}).input).toEqual({ locale: 'en', integrationAreas: [], ongoing: false });
  });

  it('leaves out empty group items and puts the errors on the items as shown', () => {
    const values: Values = {
      'fundingSources#rows': '3',
      'fundingSources.2.funder': 'X',
      'fundingSources.2.amountEur': '-5',
    };
    const { input, remap } = toInput(fields, values, 'en', {});
    expect(input.fundingSources).toEqual([{ funder: 'X', amountEur: -5 }]);
    // The schema names the first item sent, which is the third shown.
    expect(remap({ 'fundingSources.0.amountEur': 'Too small', title: 'Required' })).toEqual({
      'fundingSources.2.amountEur': 'Too small',
      title: 'Required',
    });
  });

  it('moves later group items up when one is removed', () => {
    const values: Values = {
      'fundingSources#rows': '3',
      'fundingSources.0.funder': 'A',
      'fundingSources.1.funder': 'B',
      'fundingSources.2.funder': 'C',
      'fundingSources.2.amountEur': '3',
    };
    expect(withoutItem(values, funding, 0)).toEqual({
      'fundingSources#rows': '2',
      'fundingSources.0.funder': 'B',
      'fundingSources.1.funder': 'C',
      'fundingSources.1.amountEur': '3',
    });
  });

  it('shows an error at its field, or at the nearest field its path starts with', () => {
    const { errorAt, fieldOf } = errorPlaces(
      fields,
      { 'fundingSources#rows': '1' },
      {
        title: 'Required',
        'integrationAreas.0': 'Unknown area',
        'fundingSources.0.funder': 'Too short',
        _form: 'Try later',
      },
    );
    expect(errorAt('title')).toBe('Required');
    expect(errorAt('integrationAreas')).toBe('Unknown area');
    expect(errorAt('fundingSources.0.funder')).toBe('Too short');
    expect(fieldOf('_form')).toBeNull();
  });
});
