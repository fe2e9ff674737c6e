/**
 * The part of the safety floor an element's first screen needs: the messages no council may
 * reword, what counts as blank words, and the national contacts' reserved ids. Kept apart from
 * the rest of the floor (`floor.ts`, which re-exports all of it) so that reading a message or the
 * defaults does not load the floor's pathway and contact checks, which come with the rules'
 * journey and config validation.
 */
import { NATIONAL_CONTACTS } from '../content/contacts.js';

/** The id of the emergency contact (999). */
export const EMERGENCY_ID = 'emergency-999';
/** The id of the Respect Phoneline, for people worried about their own behaviour. */
export const RESPECT_ID = 'respect-phoneline';

/** Ids a council contact may not use: every national contact's. */
export const RESERVED_CONTACT_IDS: ReadonlySet<string> = /* @__PURE__ */ new Set(NATIONAL_CONTACTS.map((c) => c.id));

/**
 * Messages no council may override: what to do in an emergency, the helplines, and every reason
 * and urgency the rules give. Matched by id or by the prefix before the first dot.
 */
// Labels that are filled into reasons and findings (bands, the Act's categories) count as reasons.
// The referral summary's words (its headings, the routes, yes and no) are a record a practitioner
// copies: they count too, so "not sure" can never be reworded as "no".
const PROTECTED_PREFIXES = [
  'reason.',
  'urgent.',
  'band.',
  'category.',
  'why.domestic-abuse',
  'note.',
  'ui.summary.',
  'ui.route.',
  // The quick exit, all its words: the button people know ("Exit this page"), its "Emergency", what
  // Shift does, the cover, and what it cannot wipe.
  'ui.quick-exit',
  // The DA check's safe enquiry: somewhere private, the quick exit, "not sure" never read as no.
  'ui.da-check.enquiry',
];
const PROTECTED_IDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'ui.call',
  'ui.yes',
  'ui.no',
  'ui.helplines-title',
  'ui.help-now',
  'ui.result.urgent',
  'ui.result.not-offered',
  'ui.result.title.emergency',
  'ui.result.title.domestic-abuse',
  'ui.result.title.using-harm',
  'ui.result.title.unclear',
  'ui.not-safe.title',
  'ui.not-safe.body',
  'ui.da-check.dont',
  'ui.da-check.dont.abuse',
  'ui.da-check.next.emergency',
  'ui.da-check.next.domestic-abuse',
  'ui.da-check.next.using-harm',
  'ui.da-check.next.unclear',
  'ui.da-check.not-risk-assessment',
  'ui.list.safety-title',
  'ui.list.safety-body',
  'ui.help-finder.da-title',
  'ui.help-finder.da-body',
  'ui.help-finder.poster.emergency',
  // The headings over the helplines (a result's, the poster's), the ways to abuse help, and the
  // words about abuse and what was found: "Nothing to worry about" over the National Domestic
  // Abuse Helpline, or "Arguments" for the abuse services, would send a family the wrong way.
  'ui.result.contacts',
  'ui.help-finder.poster.helplines',
  'ui.help-finder.to-abuse',
  'ui.help-finder.guarded',
  'ui.help-finder.need.domestic-abuse',
  'ui.help-finder.poster.headline.domestic-abuse',
  'ui.help-finder.poster.intro.domestic-abuse',
  'ui.da-check.next',
  'ui.da-check.found',
  'ui.da-check.nothing-found',
  'ui.da-check.not-sure',
  'ui.da-check.not-asked',
  'ui.da-check.asked-clear',
  'ui.da-check.marac',
  // The labels inside every helpline's card (its hours, text, chat, website, email): a sentence
  // there would sit inside the National Domestic Abuse Helpline's card.
  'ui.hours',
  'ui.text',
  'ui.chat',
  'ui.website',
  'ui.email',
  // The reasons given on the guarded routes ("not sure", using harm) beside what they offer.
  'why.unclear',
  'why.using-harm',
  // What a parent sees when the config cannot be used: that the helplines below still work.
  'ui.config-error-title',
  // What stays private: a council cannot promise more, or less, than the element does.
  'ui.screener.private',
  'ui.signposter.private',
  'ui.practice-audit.privacy',
  'ui.practice-audit.privacy-body',
]);

/**
 * True for a text a person would see as blank: nothing but spaces, invisible characters (zero-width
 * spaces, soft hyphens, direction marks) and blank fillers (Hangul fillers, the blank Braille
 * pattern). A council's words that are blank are never shown (the rules' own words are).
 */
export function isBlankText(text: string): boolean {
  return text.replace(/[\s\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u2800\u180E]/gu, '') === '';
}

/** True for a message that is part of the safety floor: a council override of it is refused. */
export function isProtectedMessage(id: string): boolean {
  return PROTECTED_IDS.has(id) || PROTECTED_PREFIXES.some((p) => id.startsWith(p));
}
