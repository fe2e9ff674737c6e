import { RULE_MESSAGES } from '../content/rule-messages.js';
import { SUMMARY_MESSAGES } from '../content/summary-words.js';
import { isBlankText, isProtectedMessage } from '../safety/protected.js';
import type { ElementMessageId } from './message-ids.generated.js';
import { localise, primaryLanguage } from './text.js';
import { practitionerView } from './packs.js';
import type { Audience, LocalisedText, Message, Worded } from '../types.js';

/**
 * The rules' own messages: the reasons, labels and urgency they give, and the words of the
 * referral summary they write. The elements' interface words live beside the elements
 * (`@rpc-kit/elements`' shared words, each element's `<name>.messages.ts`); `MESSAGE_IDS`
 * (`message-ids.ts`) lists every id of both, for a config's `strings`.
 */
export const MESSAGES: typeof RULE_MESSAGES & typeof SUMMARY_MESSAGES = /* @__PURE__ */ Object.assign(
  {},
  RULE_MESSAGES,
  SUMMARY_MESSAGES,
);

/** The id of any message, the rules' or an element's. */
export type MessageId = keyof typeof MESSAGES | ElementMessageId;

/** Council overrides: locale -> message id -> text. */
export type StringOverrides = Readonly<Record<string, Partial<Record<MessageId, string>>>>;

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
export function overrideOf(id: string, locale: string, overrides: StringOverrides = {}): string | undefined {
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
 * One of the rules' messages in a locale and for an audience, with the council's overrides
 * applied (except to a safety message). An id the rules do not hold (an element's word) reads as
 * the council's override or the id itself, never as a crash or a blank: elements look up their
 * own words first (see `@rpc-kit/elements`' `translate`).
 */
export function message(id: MessageId, audience: Audience, locale: string, overrides: StringOverrides = {}): string {
  const override = overrideOf(id, locale, overrides);
  if (override !== undefined) return override;
  const found = (MESSAGES as Partial<Record<MessageId, Message>>)[id];
  return found ? localise(worded(found, audience), locale) : id;
}
