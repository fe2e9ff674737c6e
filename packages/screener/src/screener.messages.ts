import type { MessageTable } from '@rpc-kit/elements';

/**
 * The words only <rpc-screener> uses, beside it: other elements do not carry them. A council can override
 * any of them in its config's `strings` (their ids are listed for the config by
 * scripts/generate.mjs); safety messages are kept as they are (see the rules' `isProtectedMessage`).
 */
export const SCREENER_MESSAGES = {
  'ui.screener.title': {
    parent: { en: 'Find the right help with arguments at home', cy: 'Dod o hyd i’r help iawn gyda dadleuon gartref' },
    practitioner: { en: 'Screen with a family before a referral', cy: 'Sgrinio gyda theulu cyn atgyfeirio' },
  },
  'ui.screener.intro': {
    parent: {
      en: 'Every couple argues sometimes. When it happens a lot, gets heated or never gets sorted out, children feel it. Free help is here for you.',
      cy: 'Mae pob cwpl yn dadlau weithiau. Pan fydd yn digwydd yn aml, yn mynd yn danbaid neu byth yn cael ei ddatrys, mae plant yn teimlo hynny. Mae help am ddim yma i chi.',
    },
    practitioner: {
      en: 'Ask the parent these questions alone, in private, in your own words. Safety comes first: the result tells you whether conflict support is appropriate or the family needs domestic abuse help.',
      cy: 'Gofynnwch y cwestiynau hyn i’r rhiant ar ei ben ei hun, yn breifat, yn eich geiriau eich hun. Diogelwch sy’n dod gyntaf: mae’r canlyniad yn dweud wrthych a yw cymorth gyda gwrthdaro yn briodol neu a oes angen help gyda cham-drin domestig ar y teulu.',
    },
  },
  'ui.screener.private': {
    en: 'It takes about 5 minutes. Your answers stay on this device and are wiped when you leave or start again. Nothing is stored or sent.',
    cy: 'Mae’n cymryd tua 5 munud. Mae eich atebion yn aros ar y ddyfais hon ac yn cael eu dileu pan fyddwch yn gadael neu’n dechrau eto. Nid oes dim yn cael ei gadw na’i anfon.',
  },
} as const satisfies MessageTable;
