// How the CDN build splits an element's message table into its English for parents and packs of
// the other words (see word-packs.mjs). Plain JavaScript with no imports: the elements' browser
// tests run the same split through the rules' packs (packages/kit/test/word-packs.test.ts).

/**
 * The quick exit's words, kept whole in the first load: `<rpc-quick-exit>` draws at once, in the
 * page's language, without waiting for any pack.
 */
export const keepWhole = (id) => id.startsWith('ui.quick-exit');

/** A text in English and Welsh only, each one plain string (not plural forms). */
const plain = (text) =>
  typeof text === 'object' &&
  text !== null &&
  typeof text.en === 'string' &&
  Object.entries(text).every(([locale, words]) => (locale === 'en' || locale === 'cy') && typeof words === 'string');

/**
 * Splits one message table: `english`, the messages split (English for parents only), to be
 * registered with the rules' `withIds` so their packs are found; `whole`, those that stay as they
 * are (in plural forms, with words in any other language, or named by `keep(id)`: the quick
 * exit's), not registered, so they read exactly as in the source; and the packs (`cy`,
 * `practitioner`, `cy-practitioner`: id -> words).
 */
export function splitTable(table, { keep = keepWhole } = {}) {
  const english = {};
  const whole = {};
  const packs = { cy: {}, practitioner: {}, 'cy-practitioner': {} };
  for (const [id, message] of Object.entries(table)) {
    const worded = Object.hasOwn(message, 'parent');
    const [parent, practitioner] = worded ? [message.parent, message.practitioner] : [message, undefined];
    if (keep(id) || !plain(parent) || (practitioner && !plain(practitioner))) {
      whole[id] = message;
      continue;
    }
    english[id] = { en: parent.en };
    if (parent.cy !== undefined) packs.cy[id] = parent.cy;
    if (practitioner) {
      packs.practitioner[id] = practitioner.en;
      if (practitioner.cy !== undefined) packs['cy-practitioner'][id] = practitioner.cy;
    }
  }
  return { english, whole, packs };
}
