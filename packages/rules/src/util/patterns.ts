/**
 * The shapes of small values that several parts of the rules check: each defined once, each
 * linear in the length of its input (no pattern that can backtrack badly), each bounded.
 */

/** A BCP 47 language tag as configs use them: "en", "cy", "en-GB". */
export const LOCALE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;

/** A campaign tag (`rpc-src`, a poster id): letters, digits, - and _, at most 64. */
export const CAMPAIGN_TAG = /^[A-Za-z0-9_-]{1,64}$/;

/** A phone number as people write it: digits, spaces, brackets and hyphens, 3 to 20 characters. */
export const PHONE = /^\+?[0-9 ()-]{3,20}$/;

/** The longest email address the standards allow. */
export const MAX_EMAIL_LENGTH = 254;

/**
 * An email address: one "@", something before it, a domain with a dot inside it after it, and no
 * spaces or angle brackets. Checked by hand rather than with a pattern, so a long input cannot
 * make it slow.
 */
export function isEmail(value: string): boolean {
  if (value.length < 5 || value.length > MAX_EMAIL_LENGTH) return false;
  if (/[\s<>]/.test(value)) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const domain = value.slice(at + 1);
  const dot = domain.indexOf('.');
  return dot > 0 && domain.lastIndexOf('.') < domain.length - 1;
}
