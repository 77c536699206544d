import { describe, expect, it } from 'vitest';
import { fundingCallStatus } from '../src/funding-call-status.ts';

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
