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

/**
 * Registration on the platform is open for a seminar that takes it, until its registration
 * deadline, or its start when it has none.
 */
export function registrationOpen(
  seminar: { platformRegistration?: boolean | null; startAt?: string | null; registrationDeadline?: string | null },
  now: Date = new Date(),
): boolean {
  if (!seminar.platformRegistration || !seminar.startAt) return false;
  const closes = seminar.registrationDeadline ? Date.parse(seminar.registrationDeadline) : Date.parse(seminar.startAt);
  return now.getTime() < Math.min(closes, Date.parse(seminar.startAt));
}

/** A partner request is open while its status is open or in discussion and its expiry day has not passed. */
export function partnerRequestOpen(
  request: { requestStatus?: string | null; expiresAt?: string | null },
  now: Date = new Date(),
): boolean {
  const status = request.requestStatus === 'open' || request.requestStatus === 'in_discussion';
  return status && (!request.expiresAt || request.expiresAt >= dateInLithuania(now));
}

/** The offset of Lithuanian time from UTC at `at` (ms since the epoch), in ms. */
function lithuanianOffset(at: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: SITE_TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(at))
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * When the alert digest period that `at` falls in began (ms): the last `hour` o'clock in
 * Lithuania for a daily digest, the last Monday at that hour for a weekly one.
 */
export function digestPeriodStart(frequency: 'daily' | 'weekly', at: number, hour = 8): number {
  const wall = at + lithuanianOffset(at); // Lithuanian wall time, read with the UTC getters
  const local = new Date(wall);
  let start = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour);
  if (wall < start) start -= 86_400_000;
  if (frequency === 'weekly') start -= ((new Date(start).getUTCDay() + 6) % 7) * 86_400_000; // back to Monday
  // The offset at the wall time itself: read once at a guess, then at the instant it gives.
  return start - lithuanianOffset(start - lithuanianOffset(start));
}
