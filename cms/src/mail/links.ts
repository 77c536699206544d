import { createHmac, timingSafeEqual } from 'node:crypto';
import { requiredSetting } from '../required-setting';

// The links in the mails the public gets (email alerts, responses): each carries a token signed
// with ALERTS_SECRET (HMAC-SHA256) that says what it may do and to what, so the pages behind them
// need no sign-in and no cookie:
// - `c`: confirm one alert subscription, until it expires (48 hours);
// - `u`: unsubscribe one subscription (RFC 8058's one-click POST, or a button on a page);
// - `m`: see and change all the subscriptions of one address (named by a digest of it, never the
//   address itself, which would end up in browser histories and server logs);
// - `rc`: confirm one response, until it expires (48 hours);
// - `rw`: withdraw one response (no expiry: its author may withdraw it at any time);
// - `gc`: confirm one seminar registration, until it expires (48 hours);
// - `gx`: cancel one seminar registration (no expiry).
// A token cannot be changed into another (another purpose, id or expiry breaks the signature).

export type LinkPurpose = 'c' | 'u' | 'm' | 'rc' | 'rw' | 'gc' | 'gx';
/** The purposes whose links expire. */
const EXPIRING = new Set<LinkPurpose>(['c', 'rc', 'gc']);
export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000;

export interface CheckedLink {
  purpose: LinkPurpose;
  /** A subscription id (c, u), an address digest (m), a response's document id (rc, rw) or a registration id (gc, gx). */
  subject: string;
  /** When a confirmation link stops working (ms), or null. */
  expires: number | null;
}

const secret = () => requiredSetting(process.env.ALERTS_SECRET, 'ALERTS_SECRET');
const sign = (payload: string) =>
  createHmac('sha256', secret()).update(`mip-alerts-v1\n${payload}`).digest('base64url');

/** A token for `purpose` on `subject` (expiring at `expires` ms, for a confirmation). */
export function makeToken(purpose: LinkPurpose, subject: string, expires: number | null = null): string {
  const payload = [purpose, subject, ...(expires === null ? [] : [Math.floor(expires / 1000).toString(36)])].join('.');
  return `${payload}.${sign(payload)}`;
}

/** The token's purpose and subject if it is one we signed, else null; an expired one says so. */
export function checkToken(
  token: unknown,
  purpose: LinkPurpose,
  now = Date.now(),
): { ok: true; link: CheckedLink } | { ok: false; reason: 'invalid' | 'expired' } {
  if (typeof token !== 'string' || token.length > 300) return { ok: false, reason: 'invalid' };
  const parts = token.split('.');
  const given = parts.pop() ?? '';
  const payload = parts.join('.');
  const [kind, subject, expiry] = parts;
  if (kind !== purpose || !subject || !/^[A-Za-z0-9_-]{1,64}$/.test(subject)) return { ok: false, reason: 'invalid' };
  if (EXPIRING.has(purpose) !== (expiry !== undefined) || parts.length > 3) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(sign(payload));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, reason: 'invalid' };
  const expires = expiry === undefined ? null : Number.parseInt(expiry, 36) * 1000;
  if (expires !== null && (!Number.isFinite(expires) || expires < now)) return { ok: false, reason: 'expired' };
  return { ok: true, link: { purpose, subject, expires } };
}

/** The CMS's public address (nginx proxies /api, /uploads and /admin there in production). */
export const publicCmsUrl = () =>
  (process.env.CMS_PUBLIC_URL || `http://localhost:${process.env.CMS_PORT || 1337}`).replace(/\/$/, '');

/** Where the links' pages are. */
export const publicApiUrl = () => `${publicCmsUrl()}/api`;

export const linkUrl = (path: 'confirm' | 'unsubscribe' | 'subscriptions', token: string) =>
  `${publicApiUrl()}/alerts/${path}?${new URLSearchParams({ token })}`;

export const responseLinkUrl = (path: 'confirm' | 'withdraw', token: string) =>
  `${publicApiUrl()}/responses/${path}?${new URLSearchParams({ token })}`;

export const registrationLinkUrl = (path: 'confirm' | 'cancel', token: string) =>
  `${publicApiUrl()}/registrations/${path}?${new URLSearchParams({ token })}`;
