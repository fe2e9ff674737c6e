import { RULE_MESSAGES } from '../content/rule-messages.js';
import { UI_MESSAGES } from '../content/ui.js';
import { ELEMENT_MESSAGE_IDS } from '../content/element-message-ids.js';
import type { DA_CHECK_MESSAGES } from '../content/ui-da-check.js';
import type { HELP_FINDER_MESSAGES } from '../content/ui-help-finder.js';
import type { SCREENER_MESSAGES } from '../content/ui-screener.js';
import type { SIGNPOSTER_MESSAGES } from '../content/ui-signposter.js';
import { isProtectedMessage } from '../safety/floor.js';
import type { PRACTICE_AUDIT_MESSAGES } from '../content/ui-practice-audit.js';
import { localise, primaryLanguage } from './text.js';
import { practitionerView } from './packs.js';
import type { Audience, LocalisedText, Message, Worded } from '../types.js';

/** The messages every element uses: the rules' reasons and labels, and the shared interface. */
export const MESSAGES: typeof RULE_MESSAGES & typeof UI_MESSAGES = /* @__PURE__ */ Object.assign(
  {},
  RULE_MESSAGES,
  UI_MESSAGES,
);

type AllMessages = typeof MESSAGES &
  typeof SCREENER_MESSAGES &
  typeof DA_CHECK_MESSAGES &
  typeof SIGNPOSTER_MESSAGES &
  typeof HELP_FINDER_MESSAGES &
  typeof PRACTICE_AUDIT_MESSAGES;
export type MessageId = keyof AllMessages;
/** Every message id, including each element's own: what a config's `strings` may override. */
export const MESSAGE_IDS = /* @__PURE__ */ Object.keys(MESSAGES).concat(
  /* @__PURE__ */ Object.values(ELEMENT_MESSAGE_IDS).flat(),
) as MessageId[];

/** Council overrides: locale -> message id -> text. */
export type StringOverrides = Readonly<Record<string, Partial<Record<MessageId, string>>>>;

/** An element's own messages, registered when the element loads (see `registerMessages`). */
const registered: Partial<Record<MessageId, Message>> = {};

/** Adds an element's own messages to the table, so each element carries only its own words. */
export function registerMessages(table: Readonly<Record<string, Message>>): void {
  Object.assign(registered, table);
}

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
 * A message in a locale and for an audience, with the council's overrides applied (except to a
 * safety message: see `isProtectedMessage`). An element's
 * message that was never registered reads as its id, never as a crash or a blank.
 */
export function message(id: MessageId, audience: Audience, locale: string, overrides: StringOverrides = {}): string {
  // A council may reword the interface, never a safety message (the config check refuses it too).
  if (!isProtectedMessage(id)) {
    const own = (table: object | undefined) =>
      table && Object.hasOwn(table, id) ? (table as Partial<Record<MessageId, string>>)[id] : undefined;
    const override =
      own(Object.hasOwn(overrides, locale) ? overrides[locale] : undefined) ??
      own(Object.hasOwn(overrides, primaryLanguage(locale)) ? overrides[primaryLanguage(locale)] : undefined);
    if (typeof override === 'string') return override;
  }
  const found = (MESSAGES as Partial<Record<MessageId, Message>>)[id] ?? registered[id];
  return found ? localise(worded(found, audience), locale) : id;
}
