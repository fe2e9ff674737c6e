import { MESSAGES, type Message, type MessageId } from './content/messages.js';
import { localise, primaryLanguage } from './text.js';
import type { Audience, LocalisedText, Worded } from './types.js';

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
