import { MESSAGES as RULE_MESSAGES, type Message } from './content/messages.js';
import { UI_MESSAGES } from './content/ui.js';
import { localise, primaryLanguage } from './text.js';
import type { Audience, LocalisedText, Worded } from './types.js';

/** Every message: the rules' reasons and labels, and the elements' interface. */
export const MESSAGES = { ...RULE_MESSAGES, ...UI_MESSAGES };
export type MessageId = keyof typeof MESSAGES;
export const MESSAGE_IDS = Object.keys(MESSAGES) as MessageId[];

/** Council overrides: locale -> message id -> text. */
export type StringOverrides = Readonly<Record<string, Partial<Record<MessageId, string>>>>;

const isWorded = (m: Message): m is Worded => 'parent' in m;

/** Picks the audience's wording of a message. */
export function worded(message: Message, audience: Audience): LocalisedText {
  return isWorded(message) ? message[audience] : message;
}

/** A message in a locale and for an audience, with the council's overrides applied. */
export function message(id: MessageId, audience: Audience, locale: string, overrides: StringOverrides = {}): string {
  const override = overrides[locale]?.[id] ?? overrides[primaryLanguage(locale)]?.[id];
  if (override !== undefined) return override;
  return localise(worded(MESSAGES[id], audience), locale);
}
