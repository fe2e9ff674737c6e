import { withIds, type PackSource } from '../i18n/packs.js';
import type { Message } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/ui-screener.js'),
  practitioner: () => import('./packs/practitioner/ui-screener.js'),
  'cy-practitioner': () => import('./packs/cy-practitioner/ui-screener.js'),
};

/**
 * The words only <rpc-screener> uses. The element registers them when it loads, so other elements do not
 * carry them; a council can still override any of them in config (`strings`).
 */
export const SCREENER_MESSAGES = /* @__PURE__ */ withIds(
  '',
  {
    'ui.screener.title': { en: 'Find the right help with arguments at home' },
    'ui.screener.intro': {
      en: 'Every couple argues sometimes. When arguments are frequent, heated or never sorted out, children feel it, and free help is available.',
    },
    'ui.screener.private': {
      en: 'It takes about 5 minutes. Your answers stay on this device and are wiped when you leave or start again. Nothing is stored or sent.',
    },
  } as const satisfies Record<string, Message>,
  PACKS,
);
