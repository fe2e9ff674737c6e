/** Content freshness: which national contacts are unverified or have not been checked lately. */
import { NATIONAL_CONTACTS } from './contacts.js';
import type { Contact } from '../types.js';

export interface FreshnessWarning {
  readonly id: string;
  readonly message: string;
}

const SIX_MONTHS_MS = 183 * 24 * 60 * 60 * 1000;

export function contentFreshness(
  today: Date = new Date(),
  contacts: readonly Contact[] = NATIONAL_CONTACTS,
): FreshnessWarning[] {
  const warnings: FreshnessWarning[] = [];
  for (const c of contacts) {
    if (c.status === 'unverified') {
      warnings.push({
        id: c.id,
        message: `unverified: ${c.statusNote ?? 'check against its source'} (${c.source ?? 'no source'})`,
      });
    }
    if (!c.verified) warnings.push({ id: c.id, message: 'has no verified date' });
    else if (today.getTime() - Date.parse(c.verified) > SIX_MONTHS_MS) {
      warnings.push({ id: c.id, message: `last checked ${c.verified}, more than six months ago: check it again` });
    }
  }
  return warnings;
}
