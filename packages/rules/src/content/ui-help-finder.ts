import { withIds, type PackSource } from '../i18n/packs.js';
import type { Message } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/ui-help-finder.js'),
};

/**
 * The words only <rpc-help-finder> uses. The element registers them when it loads, so other
 * elements do not carry them; a council can still override any of them in config (`strings`).
 */
export const HELP_FINDER_MESSAGES = /* @__PURE__ */ withIds(
  '',
  {
    'ui.help-finder.title': { en: 'Find local help' },
    'ui.help-finder.intro': {
      en: 'Free and low-cost services near you for parents and children: arguing at home, separating, a new baby, domestic abuse and children’s wellbeing.',
    },
    'ui.help-finder.filters': { en: 'Find what fits' },
    'ui.help-finder.need': { en: 'What is it about?' },
    'ui.help-finder.need.any': { en: 'Anything' },
    'ui.help-finder.need.conflict-together': { en: 'Arguing a lot, while together' },
    'ui.help-finder.need.separating': { en: 'Separating or separated' },
    'ui.help-finder.need.new-baby': { en: 'Expecting or a new baby' },
    'ui.help-finder.need.domestic-abuse': { en: 'Domestic abuse' },
    'ui.help-finder.need.children-wellbeing': { en: 'Children’s wellbeing' },
    'ui.help-finder.for': { en: 'Who is it for?' },
    'ui.help-finder.for.any': { en: 'Anyone' },
    'ui.help-finder.for.parents': { en: 'Parents' },
    'ui.help-finder.for.children': { en: 'Children and young people' },
    'ui.help-finder.area': { en: 'Area or town' },
    'ui.help-finder.area.any': { en: 'Anywhere' },
    'ui.help-finder.search': { en: 'Search' },
    'ui.help-finder.search-hint': { en: 'A name, a place or a word, like “baby” or “Kelby”' },
    'ui.help-finder.count': { en: '{n} services found' },
    'ui.help-finder.count-one': { en: '1 service found' },
    'ui.help-finder.none': {
      en: 'No service matches all these choices. Try fewer words or another area, or call one of the helplines below.',
    },
    'ui.help-finder.more': { en: 'Show {n} more' },
    'ui.help-finder.loading': { en: 'Loading local services…' },
    'ui.help-finder.feed-failed': {
      en: 'We could not load the full list of local services just now. Here are the services we know about, and the national helplines.',
    },
    'ui.help-finder.services': { en: 'Local services' },
    'ui.help-finder.to-abuse': { en: 'Afraid of your partner or ex-partner? Go to domestic abuse services' },
    'ui.help-finder.da-title': { en: 'Domestic abuse services' },
    'ui.help-finder.da-body': {
      en: 'If you are afraid of your partner or ex-partner, talk to a domestic abuse service. Couples courses and mediation are not safe where there is abuse.',
    },
    'ui.help-finder.what': { en: 'What it offers' },
    'ui.help-finder.who': { en: 'Who it is for' },
    'ui.help-finder.ages': { en: 'Ages {min} to {max}' },
    'ui.help-finder.ages-from': { en: 'Ages {min} and over' },
    'ui.help-finder.ages-to': { en: 'Up to age {max}' },
    'ui.help-finder.when': { en: 'When' },
    'ui.help-finder.where': { en: 'Where' },
    'ui.help-finder.cost': { en: 'Cost' },
    'ui.help-finder.contact': { en: 'How to get in touch' },
    'ui.help-finder.website': { en: 'Website' },
    'ui.help-finder.qr-service': { en: 'QR code for this service' },
    'ui.help-finder.qr-alt': { en: 'QR code that opens {url}' },
    'ui.help-finder.share': { en: 'Share this list' },
    'ui.help-finder.share-body': { en: 'Scan with a phone camera to open this page.' },
    'ui.help-finder.print': { en: 'Print poster' },
    'ui.help-finder.poster.headline': { en: 'Arguing a lot at home? Free help for families' },
    'ui.help-finder.poster.headline.domestic-abuse': { en: 'Are you afraid of your partner or ex? You are not alone' },
    'ui.help-finder.poster.headline.separating': { en: 'Separating? Help to keep the children out of the middle' },
    'ui.help-finder.poster.headline.new-baby': { en: 'A baby on the way? Help for you both' },
    'ui.help-finder.poster.headline.children-wellbeing': { en: 'Worried about your child? Local help is here' },
    'ui.help-finder.poster.intro': {
      en: 'All couples argue. When it happens a lot, children feel it. Free, confidential support is available near you.',
    },
    'ui.help-finder.poster.scan': { en: 'Scan with your phone camera to find local help' },
    'ui.help-finder.poster.or-visit': { en: 'or visit' },
    'ui.help-finder.poster.helplines': { en: 'Free national helplines' },
    'ui.help-finder.poster.emergency': { en: 'In an emergency, call 999.' },
  } as const satisfies Record<string, Message>,
  PACKS,
);
