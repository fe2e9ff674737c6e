/**
 * A contact in one language, as decisions and elements show it: a module of its own, as an
 * element's first screen (999 and the helplines) needs it without the rules' journey.
 */
import { localise, otherLanguages } from '../i18n/text.js';
import type { Contact, LocalisedText } from '../types.js';
import { compact } from '../util/compact.js';
import type { DecisionContact } from './types.js';

/** A contact with its texts in one language, as decisions and elements show it. */
export function localiseContact(c: Contact, locale: string): DecisionContact {
  const text = (t: LocalisedText | undefined) => (t ? localise(t, locale) : undefined);
  return compact({
    id: c.id,
    name: localise(c.name, locale),
    phone: c.phone,
    text: c.text,
    url: c.url,
    chat: c.chat,
    email: c.email,
    hours: text(c.hours),
    description: text(c.description),
    topics: c.topics,
    status: c.status,
    source: c.source,
    verified: c.verified,
    lang: otherLanguages({ name: c.name, hours: c.hours, description: c.description }, locale),
  });
}
