import { SHARED_MESSAGES, translate } from '@rpc-kit/elements';
import { MESSAGES, message, type Audience, type MessageId } from '@rpc-kit/rules';
import { ELEMENT_CLASSES } from './elements.generated.js';

/**
 * Any message's own text (no council override), whichever element or the rules it belongs to:
 * for tools that show every word, such as the config builder. Defines nothing.
 */
export function messageText(id: MessageId, audience: Audience, locale: string): string {
  // The rules' own (their reasons and labels), read at once: an element reads most of them only
  // once its journey has loaded.
  if (Object.hasOwn(MESSAGES, id)) return message(id, audience, locale);
  const table = ELEMENT_CLASSES.map((c) => c.messages).find((t) => Object.hasOwn(t, id)) ?? SHARED_MESSAGES;
  return translate(id, audience, locale, {}, {}, table);
}
