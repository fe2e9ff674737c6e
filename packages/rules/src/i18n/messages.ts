import { LABEL_MESSAGES } from '../content/label-messages.js';
import { RULE_MESSAGES } from '../content/rule-messages.js';
import { SUMMARY_MESSAGES } from '../content/summary-words.js';
import type { ElementMessageId } from './message-ids.generated.js';
import { messageIn, overrideOf, worded } from './wording.js';
import type { Audience } from '../types.js';

export { overrideOf, worded };

/**
 * The rules' own messages: the labels and notes an element shows on any screen, the reasons,
 * categories and urgency they give, and the words of the referral summary they write. The elements'
 * interface words live beside the elements (`@rpc-kit/elements`' shared words, each element's
 * `<name>.messages.ts`); `MESSAGE_IDS` (`message-ids.ts`) lists every id of both, for a config's `strings`.
 */
export const MESSAGES: typeof LABEL_MESSAGES & typeof RULE_MESSAGES & typeof SUMMARY_MESSAGES =
  /* @__PURE__ */ Object.assign({}, LABEL_MESSAGES, RULE_MESSAGES, SUMMARY_MESSAGES);

/** The id of any message, the rules' or an element's. */
export type MessageId = keyof typeof MESSAGES | ElementMessageId;

/** Council overrides: locale -> message id -> text. */
export type StringOverrides = Readonly<Record<string, Partial<Record<MessageId, string>>>>;

/**
 * One of the rules' messages in a locale and for an audience, with the council's overrides
 * applied (except to a safety message). An id the rules do not hold (an element's word) reads as
 * the council's override or the id itself, never as a crash or a blank: elements look up their
 * own words first (see `@rpc-kit/elements`' `translate`).
 */
export function message(id: MessageId, audience: Audience, locale: string, overrides: StringOverrides = {}): string {
  return messageIn(MESSAGES, id, audience, locale, overrides);
}
