/** The addresses QR codes lead to, and the short form printed under a poster's code. */
import { CAMPAIGN_TAG, type Need } from '@rpc-kit/rules/lean';

/**
 * The page address with the campaign tag (`rpc-src`, only letters, digits, - and _) and the need
 * (`rpc-need`) set, everything else in the address kept.
 */
export function posterUrl(page: string, options: { source?: string | undefined; need?: Need | undefined }): string {
  const url = new URL(page, globalThis.location?.href);
  if (options.source && CAMPAIGN_TAG.test(options.source)) url.searchParams.set('rpc-src', options.source);
  if (options.need) url.searchParams.set('rpc-need', options.need);
  return url.href;
}

/** The address as people type it: no scheme, no "www.", no trailing slash, no query. */
export function shortUrl(page: string): string {
  const url = new URL(page, globalThis.location?.href);
  return `${url.host.replace(/^www\./, '')}${url.pathname}`.replace(/\/$/, '');
}
