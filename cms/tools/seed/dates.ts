// Demo dates are relative to the day the seed runs, so a fresh demo always has open,
// forthcoming and closed calls and upcoming and past seminars.

const DAY = 24 * 60 * 60 * 1000;

/** UTC offset of Europe/Vilnius at the given instant, in minutes (120 in winter, 180 in summer). */
function vilniusOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Vilnius', timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')!.value; // "GMT+02:00"
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(name)!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** ISO instant of the given Vilnius wall-clock time, `days` days from `now`. */
export function vilniusDateTime(days: number, time = '10:00', now = new Date()): string {
  const day = new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
  const asUtc = new Date(`${day}T${time}:00Z`);
  return new Date(asUtc.getTime() - vilniusOffsetMinutes(asUtc) * 60 * 1000).toISOString();
}

/** Calendar date (YYYY-MM-DD) `days` days from `now`. */
export function dateFromToday(days: number, now = new Date()): string {
  return new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
}
