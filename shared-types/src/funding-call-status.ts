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
