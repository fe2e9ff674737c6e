/**
 * Where a quick exit may go, as the config check says, and what an element reads from a config not
 * yet checked: the council's quick exit address and its nation. A module of its own: the elements
 * read it before config validation has loaded, and the quick exit alone does not need it.
 */
import { isSafeLink } from '../util/links.js';
import { NATIONS, type Nation } from '../types.js';
import { CONFIG_LIMITS } from './limits.js';

/** A website address a quick exit may open: `https:` or `http:`, never a call, an email or a relative link. */
export const WEBSITE_LINK = /^https?:\/\//i;

/** True for a full `https:` or `http:` address that `isSafeLink` accepts: where a quick exit may go. */
export function isWebsiteLink(value: unknown): value is string {
  return typeof value === 'string' && WEBSITE_LINK.test(value) && isSafeLink(value);
}

/**
 * The council's quick exit address in a config not yet checked, if it is one the check would
 * accept (`quickExit.url`, a full website address, within the length a config's text may have,
 * in plain JSON objects of its own): an element's quick exit leaves for it while config validation
 * is still loading, rather than for the default. Anything else: `undefined`.
 */
export function quickExitUrlOf(raw: unknown): string | undefined {
  const quickExit = own(raw, 'quickExit');
  const url = own(quickExit, 'url');
  return isWebsiteLink(url) && url.length <= CONFIG_LIMITS.maxText ? url : undefined;
}

/**
 * The council's nation in a config not yet checked (or one with problems), when it can be read: a
 * valid one, or one written with capitals or spaces ("Wales", "Northern Ireland"), which stays a
 * problem for the webmaster. So a Welsh family gets Wales's helpline, not England's, while the
 * config is checked, if it cannot be, and if the rest of it cannot be used. Anything else:
 * `undefined` (the default, England).
 */
export function nationOf(raw: unknown): Nation | undefined {
  const nation = own(raw, 'nation');
  const read =
    typeof nation === 'string'
      ? nation
          .replace(/\p{Cf}/gu, '')
          .trim()
          .toLowerCase()
          .replace(/[\s_.]+/g, '-')
      : nation;
  const named = typeof read === 'string' && Object.hasOwn(NATION_NAMES, read) ? NATION_NAMES[read] : read;
  return NATIONS.includes(named as Nation) ? (named as Nation) : undefined;
}

// A nation as a council may write it in Welsh, Gaelic or short (still a problem to fix, but its
// helpline is shown meanwhile, not England's).
const NATION_NAMES: Readonly<Record<string, Nation>> = {
  cymru: 'wales',
  alba: 'scotland',
  'yr-alban': 'scotland',
  ni: 'northern-ireland',
  'n-ireland': 'northern-ireland',
  'gogledd-iwerddon': 'northern-ireland',
  lloegr: 'england',
};

/** A plain object's own property, read once (an array, an inherited value or a getter: `undefined`). */
function own(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const property = Object.getOwnPropertyDescriptor(value, key);
  return property && 'value' in property ? property.value : undefined;
}
