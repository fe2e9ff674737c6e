/** The council's whole offer, for a page that lists it with no questions asked. */
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config/resolve.js';
import { message } from '../i18n/messages.js';
import { fill } from '../i18n/text.js';
import { safetyClass } from '../safety/floor.js';
import type { Audience, PathwayFormat, Situation } from '../types.js';
import { allowedOnRoute, localisePathway, meetsEligibility, type Say } from './pathways.js';
import type { DecisionPathway } from './types.js';

export interface OfferFilter {
  /** Only what fits this situation: a field that is set must match a pathway's rule for it. */
  readonly situation?: Situation;
  /** Only pathways offered in one of these formats. */
  readonly formats?: readonly PathwayFormat[];
}

export interface Offer {
  /** Domestic abuse support: always listed first and apart, never as one choice among courses. */
  readonly safety: readonly DecisionPathway[];
  /** Everything else the council offers that fits the filter, in the council's order. */
  readonly pathways: readonly DecisionPathway[];
}

/**
 * The council's whole offer. A filter narrows it the way a family would ("we have separated"): a
 * pathway whose rules name that field must include the value, couple programmes go once
 * separating, and domestic abuse support is kept apart.
 */
export function offer(
  config: ResolvedConfig = DEFAULT_CONFIG,
  filter: OfferFilter = {},
  options: { audience?: Audience; locale?: string } = {},
): Offer {
  const audience: Audience = options.audience === 'practitioner' ? 'practitioner' : 'parent';
  const locale = options.locale ?? 'en';
  const say: Say = (id, values = {}) => fill(message(id, audience, locale, config.strings), values);
  const s = filter.situation ?? {};
  const formats = filter.formats ?? [];
  const fits = (p: (typeof config.pathways)[number]) =>
    allowedOnRoute(p, 'conflict', s) &&
    meetsEligibility(p.eligibility, s, 'fits') &&
    (formats.length === 0 || p.formats.some((f) => formats.includes(f)));
  const local = (p: (typeof config.pathways)[number]) => localisePathway(p, say, locale, []);
  return {
    safety: config.pathways.filter((p) => safetyClass(p) === 'abuse-support').map(local),
    pathways: config.pathways.filter(fits).map(local),
  };
}
