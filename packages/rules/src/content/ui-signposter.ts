import { withIds, type PackSource } from '../i18n/packs.js';
import type { Message } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/ui-signposter.js'),
  practitioner: () => import('./packs/practitioner/ui-signposter.js'),
  'cy-practitioner': () => import('./packs/cy-practitioner/ui-signposter.js'),
};

/**
 * The words only <rpc-signposter> uses. The element registers them when it loads, so other elements do not
 * carry them; a council can still override any of them in config (`strings`).
 */
export const SIGNPOSTER_MESSAGES = /* @__PURE__ */ withIds(
  '',
  {
    'ui.signposter.title': { en: 'Find support that fits your family' },
    'ui.signposter.intro': {
      en: 'Answer a few questions about your family. We will suggest the support that fits, and tell you how to start.',
    },
    'ui.signposter.private': {
      en: 'It takes about 3 minutes. The answers stay on this device and are wiped when you leave or start again. Nothing is stored or sent.',
    },
    'ui.list.title': { en: 'Support for parents' },
    'ui.list.intro': {
      en: 'Courses and support for parents who argue a lot, are separating, or want things to be better for their children. Choose what fits your family to narrow the list.',
    },
    'ui.list.safety-title': { en: 'If you are afraid of your partner or ex-partner' },
    'ui.list.safety-body': {
      en: 'Domestic abuse is not the same as arguing. The courses on this page are not for families where there is abuse, and neither is mediation. Talk to a domestic abuse service first: it is free and confidential.',
    },
    'ui.list.filters': { en: 'Narrow the list' },
    'ui.list.relationship': { en: 'Your relationship' },
    'ui.list.relationship.together': { en: 'Together' },
    'ui.list.relationship.separating': { en: 'Separating' },
    'ui.list.relationship.separated': { en: 'Separated' },
    'ui.list.stage': { en: 'Your youngest child' },
    'ui.list.format': { en: 'How you would like to take part' },
    'ui.list.any': { en: 'Any' },
    'ui.list.offers-title': { en: 'Courses and support' },
    'ui.list.count': { en: '{n} offers shown' },
    'ui.list.count-one': { en: '1 offer shown' },
    'ui.list.none': {
      en: 'Nothing in the list fits all these choices. Change a choice, or talk to one of the contacts below.',
    },
    'ui.list.clear': { en: 'Show everything' },
  } as const satisfies Record<string, Message>,
  PACKS,
);
