// The states the site derives from dates at build time, never stored: a funding call's status, a
// practice still going on, a seminar still to come, a partner request still open. Dates without a
// time (a practice's end, a request's expiry) are days in Lithuania: the scheduled rebuild just after
// midnight in Vilnius rolls them over.

/** The platform's time zone: deadlines, dates and the daily rebuild are in Lithuanian time. */
export const SITE_TIME_ZONE = 'Europe/Vilnius';

const ymd = new Intl.DateTimeFormat('en-CA', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Lithuania at `now`, as YYYY-MM-DD. */
export const dateInLithuania = (now: Date): string => ymd.format(now);

export const FUNDING_CALL_STATUSES = ['forthcoming', 'open', 'closing_soon', 'closed'] as const;
export type FundingCallStatus = (typeof FUNDING_CALL_STATUSES)[number];

/** A call is "closing soon" in the last 14 days before its deadline. */
export const CLOSING_SOON_DAYS = 14;

/** Status of a funding call, derived from its dates; never stored. */
export function fundingCallStatus(
  call: { opensAt: string | Date; deadlineAt: string | Date },
  now: Date = new Date(),
): FundingCallStatus {
  const opens = new Date(call.opensAt).getTime();
  const deadline = new Date(call.deadlineAt).getTime();
  const t = now.getTime();
  if (t < opens) return 'forthcoming';
  if (t > deadline) return 'closed';
  if (deadline - t <= CLOSING_SOON_DAYS * 24 * 60 * 60 * 1000) return 'closing_soon';
  return 'open';
}

/** A practice goes on while it says so, has no end date, or its end date is today or later. */
export function practiceOngoing(
  practice: { ongoing?: boolean | null; endDate?: string | null },
  now: Date = new Date(),
): boolean {
  return !!practice.ongoing || !practice.endDate || practice.endDate >= dateInLithuania(now);
}

/** How long a seminar without an end time is taken to last. */
export const SEMINAR_DEFAULT_HOURS = 2;

/** A seminar is upcoming until it ends (its end time, or two hours after its start). */
export function seminarUpcoming(
  seminar: { startAt?: string | null; endAt?: string | null },
  now: Date = new Date(),
): boolean {
  const start = seminar.startAt ? Date.parse(seminar.startAt) : 0;
  const end = seminar.endAt ? Date.parse(seminar.endAt) : start + SEMINAR_DEFAULT_HOURS * 3600_000;
  return end >= now.getTime();
}

/** A partner request is open while its status is open or in discussion and its expiry day has not passed. */
export function partnerRequestOpen(
  request: { requestStatus?: string | null; expiresAt?: string | null },
  now: Date = new Date(),
): boolean {
  const status = request.requestStatus === 'open' || request.requestStatus === 'in_discussion';
  return status && (!request.expiresAt || request.expiresAt >= dateInLithuania(now));
}
