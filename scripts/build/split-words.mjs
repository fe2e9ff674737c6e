// How the CDN build splits an element's message table into its English for parents and packs of
// the other words (see word-packs.mjs). Plain JavaScript with no imports: the elements' browser
// tests run the same split through the rules' packs (packages/elements/test/word-packs.test.ts).

/** A text in English and Welsh only, each one plain string (not plural forms). */
const plain = (text) =>
  typeof text === 'object' &&
  text !== null &&
  typeof text.en === 'string' &&
  Object.entries(text).every(([locale, words]) => (locale === 'en' || locale === 'cy') && typeof words === 'string');

/**
 * Splits one message table: the table with English for parents, and the packs (`cy`,
 * `practitioner`, `cy-practitioner`: id -> words). A message in plural forms, or with words in
 * any other language, stays whole in the table.
 */
export function splitTable(table) {
  const english = {};
  const packs = { cy: {}, practitioner: {}, 'cy-practitioner': {} };
  for (const [id, message] of Object.entries(table)) {
    const worded = Object.hasOwn(message, 'parent');
    const [parent, practitioner] = worded ? [message.parent, message.practitioner] : [message, undefined];
    if (!plain(parent) || (practitioner && !plain(practitioner))) {
      english[id] = message;
      continue;
    }
    english[id] = { en: parent.en };
    if (parent.cy !== undefined) packs.cy[id] = parent.cy;
    if (practitioner) {
      packs.practitioner[id] = practitioner.en;
      if (practitioner.cy !== undefined) packs['cy-practitioner'][id] = practitioner.cy;
    }
  }
  return { english, packs };
}
