import { digestPeriodStart, type AlertFrequency } from '@mip/shared-types';

// When digests go out: daily at ALERT_DIGEST_HOUR (08:00 by default) in Lithuania, weekly on Mondays
// at that hour (shared-types' date rules compute the periods).

export const digestHour = () => {
  const hour = Number(process.env.ALERT_DIGEST_HOUR ?? 8);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 8;
};

/** The digest period a subscription of `frequency` is in at `now` (null for immediate alerts). */
export const currentDigestPeriod = (frequency: AlertFrequency, now: number) =>
  frequency === 'immediately' ? null : digestPeriodStart(frequency, now, digestHour());
