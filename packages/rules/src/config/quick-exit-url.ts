/**
 * Where a quick exit may go, as the config check says, and the council's address read from a config
 * not yet checked. A module of its own: the elements read it before config validation has loaded,
 * and the quick exit alone does not need it.
 */
import { isSafeLink } from '../util/links.js';

/** A website address a quick exit may open: `https:` or `http:`, never a call, an email or a relative link. */
export const WEBSITE_LINK = /^https?:\/\//i;

/** True for a full `https:` or `http:` address that `isSafeLink` accepts: where a quick exit may go. */
export function isWebsiteLink(value: unknown): value is string {
  return typeof value === 'string' && WEBSITE_LINK.test(value) && isSafeLink(value);
}

/**
 * The council's quick exit address in a config not yet checked, if it is one the check would
 * accept (`quickExit.url`, a full website address): an element's quick exit leaves for it while
 * config validation is still loading, rather than for the default. Anything else: `undefined`.
 */
export function quickExitUrlOf(raw: unknown): string | undefined {
  const quickExit: unknown =
    raw !== null && typeof raw === 'object' ? (raw as { quickExit?: unknown }).quickExit : undefined;
  const url: unknown =
    quickExit !== null && typeof quickExit === 'object' ? (quickExit as { url?: unknown }).url : undefined;
  return isWebsiteLink(url) ? url : undefined;
}
