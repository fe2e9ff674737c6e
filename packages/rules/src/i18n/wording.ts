import { LABEL_MESSAGES } from '../content/label-messages.js';
import { isBlankText, isProtectedMessage } from '../safety/protected.js';
import { localise, primaryLanguage } from './text.js';
import { practitionerView } from './packs.js';
import type { Audience, LocalisedText, Message, Worded } from '../types.js';

/**
 * How a message is read: the council's words for it, the audience's wording, the locale. Apart
 * from the rules' whole table of messages (`messages.ts`), so that an element's first screen can
 * read its labels and notes (`labelMessage`) without loading the reasons and the summary's words.
 */

/** Council overrides: locale -> message id -> text (any id: `StringOverrides` is the typed one). */
export type OverrideTable = Readonly<Record<string, Readonly<Record<string, string | undefined>>>>;

const isWorded = (m: Message): m is Worded => 'parent' in m;

/**
 * Picks the audience's wording of a message. A default content text has practitioners' words in a
 * pack (see `loadContent`): for a practitioner it is read from there once loaded, else as parents read it.
 */
export function worded(message: Message, audience: Audience): LocalisedText {
  if (isWorded(message)) return message[audience];
  return audience === 'practitioner' ? practitionerView(message) : message;
}

/**
 * The council's text for a message in a locale (the exact tag, then its primary language), or
 * undefined. Never for a safety message: a council may reword the interface, never the floor
 * (the config check refuses such an override too).
 */
export function overrideOf(id: string, locale: string, overrides: OverrideTable = {}): string | undefined {
  if (isProtectedMessage(id)) return undefined;
  const own = (table: object | undefined) =>
    table && Object.hasOwn(table, id) ? (table as Record<string, unknown>)[id] : undefined;
  const found =
    own(Object.hasOwn(overrides, locale) ? overrides[locale] : undefined) ??
    own(Object.hasOwn(overrides, primaryLanguage(locale)) ? overrides[primaryLanguage(locale)] : undefined);
  // Words a person would see as blank (spaces, zero-width characters) are not the council's words: the rules' are shown.
  return typeof found === 'string' && !isBlankText(found) ? found : undefined;
}

/**
 * A message of a table in a locale and for an audience, with the council's overrides applied
 * (except to a safety message); an id the table does not hold reads as the council's override or
 * the id itself, never as a crash or a blank.
 */
export function messageIn(
  table: Readonly<Record<string, Message>>,
  id: string,
  audience: Audience,
  locale: string,
  overrides: OverrideTable = {},
): string {
  const override = overrideOf(id, locale, overrides);
  if (override !== undefined) return override;
  const found = Object.hasOwn(table, id) ? table[id] : undefined;
  return found ? localise(worded(found, audience), locale) : id;
}

/**
 * One of the rules' labels and notes (`LABEL_MESSAGES`: a format, a way in, "not a diagnosis",
 * the call history note), as `message` reads it. Any other id reads as the council's override or
 * the id: an element reads the rest of the rules' messages with `message` once their journey has
 * loaded.
 */
export const labelMessage = (id: string, audience: Audience, locale: string, overrides?: OverrideTable): string =>
  messageIn(LABEL_MESSAGES, id, audience, locale, overrides);
