import { SHARED_MESSAGES, translate } from '@rpc-kit/elements';
import type { Audience, MessageId } from '@rpc-kit/rules';
import { ELEMENT_CLASSES } from './elements.generated.js';

/**
 * Any message's own text (no council override), whichever element or the rules it belongs to:
 * for tools that show every word, such as the config builder. Defines nothing.
 */
export function messageText(id: MessageId, audience: Audience, locale: string): string {
  const table = ELEMENT_CLASSES.map((c) => c.messages).find((t) => Object.hasOwn(t, id)) ?? SHARED_MESSAGES;
  return translate(id, audience, locale, {}, {}, table);
}
