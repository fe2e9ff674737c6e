/**
 * @rpc-kit/rules: the shared, DOM-free rules and content of RPC Kit.
 * Runs in browsers and Node; uses zod/mini only.
 *
 * This entry gives every word at once: it loads the Welsh and practitioners' packs of the content
 * it carries before it finishes loading, for callers that read them without awaiting
 * `loadContent` (the elements, for now). `@rpc-kit/rules/lean` is the same API with the packs left
 * out of the first load: await `loadContent({ locale, audience })` there before reading Welsh or
 * practitioners' words (until then they are the English that parents read).
 */
import { loadContent } from './i18n/packs.js';

export * from './lean.js';

await Promise.all([
  loadContent({ locale: 'cy', audience: 'practitioner' }),
  loadContent({ locale: 'en', audience: 'practitioner' }),
]);
