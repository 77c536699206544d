import { describe, expect, it } from 'vitest';
import {
  registrationOpen,
  dateInLithuania,
  digestPeriodStart,
  fundingCallStatus,
  partnerRequestOpen,
  practiceOngoing,
  seminarUpcoming,
} from '../src/date-rules.ts';

const call = { opensAt: '2026-12-01T07:00:00Z', deadlineAt: '2027-01-31T21:59:00Z' };
const at = (iso: string) => new Date(iso);

describe('fundingCallStatus', () => {
  it('is forthcoming before the call opens', () => {
    expect(fundingCallStatus(call, at('2026-11-30T23:00:00Z'))).toBe('forthcoming');
  });

  it('is open from the opening time until 14 days before the deadline', () => {
    expect(fundingCallStatus(call, at('2026-12-01T07:00:00Z'))).toBe('open');
    expect(fundingCallStatus(call, at('2027-01-17T21:58:00Z'))).toBe('open');
  });

  it('is closing soon in the last 14 days', () => {
    expect(fundingCallStatus(call, at('2027-01-17T22:00:00Z'))).toBe('closing_soon');
    expect(fundingCallStatus(call, at('2027-01-31T21:59:00Z'))).toBe('closing_soon');
  });

  it('is closed after the deadline', () => {
    expect(fundingCallStatus(call, at('2027-01-31T21:59:01Z'))).toBe('closed');
  });
});

describe('dateInLithuania', () => {
  it('is the calendar day in Vilnius, not in UTC (the nightly rebuild runs at 00:05 there, 22:05 UTC in winter)', () => {
    expect(dateInLithuania(at('2026-12-01T22:05:00Z'))).toBe('2026-12-02');
    expect(dateInLithuania(at('2026-12-01T21:59:00Z'))).toBe('2026-12-01');
    expect(dateInLithuania(at('2026-07-01T21:30:00Z'))).toBe('2026-07-02'); // summer time, UTC+3
  });
});

describe('practiceOngoing', () => {
  const now = at('2026-12-02T10:00:00Z');
  it('goes on while it says so, without an end date, or until its end date has passed', () => {
    expect(practiceOngoing({ ongoing: true, endDate: '2020-01-01' }, now)).toBe(true);
    expect(practiceOngoing({ endDate: null }, now)).toBe(true);
    expect(practiceOngoing({ endDate: '2026-12-02' }, now)).toBe(true);
    expect(practiceOngoing({ endDate: '2026-12-01' }, now)).toBe(false);
  });
  it('is completed on the morning after its last day in Lithuania, at the nightly rebuild', () => {
    expect(practiceOngoing({ endDate: '2026-12-01' }, at('2026-12-01T22:05:00Z'))).toBe(false);
  });
});

describe('seminarUpcoming', () => {
  const seminar = { startAt: '2026-12-02T08:00:00Z', endAt: '2026-12-02T12:00:00Z' };
  it('is upcoming until it ends', () => {
    expect(seminarUpcoming(seminar, at('2026-12-02T11:59:00Z'))).toBe(true);
    expect(seminarUpcoming(seminar, at('2026-12-02T12:00:01Z'))).toBe(false);
  });
  it('without an end time, is taken to end two hours after it starts', () => {
    expect(seminarUpcoming({ startAt: seminar.startAt }, at('2026-12-02T09:59:00Z'))).toBe(true);
    expect(seminarUpcoming({ startAt: seminar.startAt, endAt: null }, at('2026-12-02T10:00:01Z'))).toBe(false);
  });
});

describe('registrationOpen', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const seminar = { platformRegistration: true, startAt: '2026-12-20T08:00:00Z', registrationDeadline: null };
  it('is open until the deadline, or the start without one, and only where the seminar takes it', () => {
    expect(registrationOpen(seminar, now)).toBe(true);
    expect(registrationOpen({ ...seminar, platformRegistration: false }, now)).toBe(false);
    expect(registrationOpen({ ...seminar, registrationDeadline: '2026-12-07T09:59:59Z' }, now)).toBe(false);
    expect(registrationOpen({ ...seminar, registrationDeadline: '2026-12-10T00:00:00Z' }, now)).toBe(true);
    expect(registrationOpen({ ...seminar, startAt: '2026-12-07T09:00:00Z' }, now)).toBe(false);
    // A deadline after the start does not keep it open past the start.
    expect(
      registrationOpen(
        { ...seminar, startAt: '2026-12-07T09:00:00Z', registrationDeadline: '2026-12-30T00:00:00Z' },
        now,
      ),
    ).toBe(false);
  });
});

describe('partnerRequestOpen', () => {
  const now = at('2026-12-02T10:00:00Z');
  it('is open while open or in discussion and not expired', () => {
    expect(partnerRequestOpen({ requestStatus: 'open', expiresAt: '2026-12-02' }, now)).toBe(true);
    expect(partnerRequestOpen({ requestStatus: 'in_discussion', expiresAt: null }, now)).toBe(true);
    expect(partnerRequestOpen({ requestStatus: 'open', expiresAt: '2026-12-01' }, now)).toBe(false);
    expect(partnerRequestOpen({ requestStatus: 'closed', expiresAt: '2027-01-01' }, now)).toBe(false);
    expect(partnerRequestOpen({ requestStatus: null }, now)).toBe(false);
  });
  it('closes at midnight in Lithuania after its expiry day', () => {
    expect(partnerRequestOpen({ requestStatus: 'open', expiresAt: '2026-12-01' }, at('2026-12-01T21:59:00Z'))).toBe(
      true,
    );
    expect(partnerRequestOpen({ requestStatus: 'open', expiresAt: '2026-12-01' }, at('2026-12-01T22:05:00Z'))).toBe(
      false,
    );
  });
});

describe('digestPeriodStart', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  it('starts a daily period at 08:00 in Lithuania, winter (UTC+2) and summer (UTC+3)', () => {
    expect(iso(digestPeriodStart('daily', Date.parse('2026-12-02T06:30:00Z')))).toBe('2026-12-02T06:00:00.000Z');
    expect(iso(digestPeriodStart('daily', Date.parse('2026-12-02T05:59:00Z')))).toBe('2026-12-01T06:00:00.000Z');
    expect(iso(digestPeriodStart('daily', Date.parse('2026-07-15T05:00:00Z')))).toBe('2026-07-15T05:00:00.000Z');
    expect(iso(digestPeriodStart('daily', Date.parse('2026-07-15T04:59:00Z')))).toBe('2026-07-14T05:00:00.000Z');
  });
  it('starts a weekly period on Monday at that hour, also across the change to summer time', () => {
    // Wednesday 2 December 2026: the week began on Monday 30 November.
    expect(iso(digestPeriodStart('weekly', Date.parse('2026-12-02T12:00:00Z')))).toBe('2026-11-30T06:00:00.000Z');
    // Monday 7:59 is still the previous week's.
    expect(iso(digestPeriodStart('weekly', Date.parse('2026-11-30T05:59:00Z')))).toBe('2026-11-23T06:00:00.000Z');
    // Summer time began on Sunday 29 March 2026; Monday 30 March at 08:00 is 05:00 UTC.
    expect(iso(digestPeriodStart('weekly', Date.parse('2026-04-01T10:00:00Z')))).toBe('2026-03-30T05:00:00.000Z');
    expect(iso(digestPeriodStart('daily', Date.parse('2026-03-29T10:00:00Z'), 2))).toBe('2026-03-29T00:00:00.000Z');
  });
});
