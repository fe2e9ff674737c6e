/**
 * Which of the council's pathways a decision shows, in what order, and why. The safety floor
 * (`safety/floor.ts`) decides which kinds may show on a route at all; this module decides which
 * of those fit the family.
 */
import type { MessageId } from '../i18n/messages.js';
import { localise, otherLanguages } from '../i18n/text.js';
import { floorAllows, safetyClass } from '../safety/floor.js';
import type { Eligibility, LocalisedText, Pathway, PathwayFormat, Route, Situation } from '../types.js';
import { compact } from '../util/compact.js';
import type { DecisionPathway } from './types.js';

export type Say = (id: MessageId, values?: Record<string, string>) => string;

const SUPPORTED_FORMATS: ReadonlySet<PathwayFormat> = /* @__PURE__ */ new Set([
  'group',
  'one-to-one',
  'workshop',
  'mediation',
  'phone',
]);

/** Delivered by people (a group, one-to-one, a workshop, mediation or a phone line), not self-guided. */
export const isSupported = (p: Pick<Pathway, 'formats'>): boolean => p.formats.some((f) => SUPPORTED_FORMATS.has(f));

export const isSeparated = (s: Situation): boolean => s.relationship === 'separating' || s.relationship === 'separated';

/**
 * Does a pathway's eligibility fit a situation? The one eligibility rule. Each field the pathway
 * has a rule for must match the situation. What happens when the situation does not say:
 * - `unknown: 'fails'` (a decision for a family): a rule on an unknown field does not fit, so a
 *   course for "high conflict" is not suggested to a family whose level of arguing is unknown;
 * - `unknown: 'fits'` (a list narrowed by filters): only the fields the person chose narrow it.
 */
export function meetsEligibility(e: Eligibility, s: Situation, unknown: 'fails' | 'fits'): boolean {
  const field = <T>(rule: readonly T[] | undefined, value: T | undefined) =>
    rule === undefined || (value === undefined ? unknown === 'fits' : rule.includes(value));
  if (!field(e.relationship, s.relationship)) return false;
  if (!field(e.stage, s.stage)) return false;
  if (!field(e.conflict, s.conflict)) return false;
  if (e.childArrangementsDispute !== undefined) {
    const dispute = s.childArrangementsDispute ?? (unknown === 'fails' ? false : undefined);
    if (dispute !== undefined && dispute !== e.childArrangementsDispute) return false;
  }
  return true;
}

/**
 * May a pathway show on a route for this family at all? The floor's classes; domestic abuse
 * support never as one offer among courses (and, if its words read like couple work, nowhere);
 * and never a couple programme once parents are separating or separated (mediation is for
 * separated parents). With `unknown: 'fails'` (a decision for a family), a couple programme also
 * needs the parents to have said they are together: not knowing (not asked, or "prefer not to
 * say") is read as possibly separated.
 */
export function allowedOnRoute(
  p: Pathway,
  route: Route,
  situation: Situation,
  unknown: 'fails' | 'fits' = 'fits',
): boolean {
  const cls = safetyClass(p);
  if (!floorAllows(p, route)) return false;
  if (p.kind === 'domestic-abuse' && cls !== 'abuse-support') return false;
  if (cls !== 'couple') return true;
  return situation.relationship === undefined ? unknown === 'fits' : !isSeparated(situation);
}

/** The pathways a decision shows, ranked, with those held back for safety. */
export function choosePathways(
  pathways: readonly Pathway[],
  route: Route,
  situation: Situation,
  unknown: 'fails' | 'fits' = 'fails',
): { chosen: Pathway[]; withheld: string[] } {
  const withheld: string[] = [];
  const allowed: Pathway[] = [];
  for (const p of pathways) {
    if (allowedOnRoute(p, route, situation, unknown)) allowed.push(p);
    else if (safetyClass(p) !== 'abuse-support') withheld.push(p.id);
  }
  // Domestic abuse support, and on the unclear route family support to talk it through, are for
  // everyone; the rest must fit the family.
  const forEveryone = (p: Pathway) =>
    safetyClass(p) === 'abuse-support' || (route === 'unclear' && p.id === 'family-hub-support');
  const fits = allowed.filter((p) => forEveryone(p) || meetsEligibility(p.eligibility, situation, unknown));
  const tier = (p: Pathway) => {
    if (route === 'unclear') return p.id === 'family-hub-support' ? 0 : safetyClass(p) === 'abuse-support' ? 1 : 2;
    return isSupported(p) ? 0 : 1;
  };
  const chosen = fits
    .map((p, i) => ({ p, i }))
    .sort((a, b) => tier(a.p) - tier(b.p) || a.i - b.i)
    .map(({ p }) => p);
  return { chosen, withheld };
}

/** Why a pathway was suggested, in plain words. */
export function whySuggested(p: Pathway, route: Route, situation: Situation, say: Say): string[] {
  const out: string[] = [];
  const cls = safetyClass(p);
  if (cls === 'abuse-support') out.push(say('why.domestic-abuse'));
  else if (route === 'unclear' && p.id === 'family-hub-support') out.push(say('why.unclear'));
  else {
    const e = p.eligibility;
    if (e.relationship?.includes('together') && situation.relationship === 'together') out.push(say('why.together'));
    if (e.relationship && isSeparated(situation)) out.push(say('why.separating'));
    if (e.stage && situation.stage) out.push(say('why.expecting'));
    if (e.conflict && situation.conflict === 'high') out.push(say('why.conflict-high'));
    if (e.conflict && situation.conflict && situation.conflict !== 'high') out.push(say('why.conflict-low-moderate'));
    if (e.childArrangementsDispute) out.push(say('why.dispute'));
    if (out.length === 0) out.push(say('why.any-parent'));
  }
  if (isSupported(p) && cls !== 'abuse-support') out.push(say('why.supported'));
  if (!p.builtIn) out.push(say('why.council'));
  return out;
}

/** A pathway with its texts in one language, as decisions and lists show it. */
export function localisePathway(p: Pathway, say: Say, locale: string, why: readonly string[]): DecisionPathway {
  const text = (t: LocalisedText | undefined) => (t ? localise(t, locale) : undefined);
  return compact({
    id: p.id,
    name: localise(p.name, locale),
    provider: text(p.provider),
    description: localise(p.description, locale),
    whoFor: localise(p.whoFor, locale),
    formats: p.formats,
    formatLabels: p.formats.map((f) => say(`format.${f}`)),
    kind: p.kind,
    joint: p.joint,
    safetyClass: safetyClass(p),
    supported: isSupported(p),
    council: !p.builtIn,
    cost: text(p.cost),
    duration: text(p.duration),
    access: compact({
      url: p.access.url,
      phone: p.access.phone,
      email: p.access.email,
      referral: p.access.referral,
      referralLabel: p.access.referral ? say(`referral.${p.access.referral}`) : undefined,
      howTo: text(p.access.howTo),
    }),
    why,
    lang: otherLanguages(
      {
        name: p.name,
        provider: p.provider,
        description: p.description,
        whoFor: p.whoFor,
        cost: p.cost,
        duration: p.duration,
        howTo: p.access.howTo,
      },
      locale,
    ),
  });
}
