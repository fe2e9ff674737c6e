import { PHONE } from './patterns.js';

/** The link schemes a config may use. Anything else (javascript:, data:, ...) is rejected. */
export const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'mailto:'] as const;

/** True for an absolute `https:`, `http:`, `tel:` or `mailto:` link with something after the scheme. */
export function isSafeLink(value: string): boolean {
  // Reject control characters and whitespace tricks before parsing ("java\nscript:").
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value) || value.trim() !== value) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!(SAFE_SCHEMES as readonly string[]).includes(url.protocol)) return false;
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname.length > 0;
  if (url.protocol === 'tel:') return PHONE.test(safeDecode(url.pathname));
  return url.pathname.includes('@');
}

/** A URI component decoded, or an empty string where it is malformed ("tel:%"). */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

/** A `tel:` link for a phone number as people write it ("0808 2000 247" -> "tel:08082000247"). */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
