import type { MessageTable } from '@rpc-kit/elements';

/**
 * The words only <rpc-help-finder> uses, beside it: other elements do not carry them. A council can override
 * any of them in its config's `strings` (their ids are listed for the config by
 * scripts/generate.mjs); safety messages are kept as they are (see the rules' `isProtectedMessage`).
 */
export const HELP_FINDER_MESSAGES = {
  'ui.help-finder.title': { en: 'Find local help', cy: 'Dod o hyd i help lleol' },
  'ui.help-finder.intro': {
    en: 'Free or low-cost help near you for parents and children. It can help with arguing, splitting up, a new baby, feeling safe at home, and how your children are doing.',
    cy: 'Help am ddim neu’n rhad yn agos atoch chi i rieni a phlant. Gall helpu gyda dadlau, gwahanu, babi newydd, teimlo’n ddiogel gartref, a sut mae’ch plant yn dod ymlaen.',
  },
  'ui.help-finder.filters': { en: 'Find what fits', cy: 'Dod o hyd i beth sy’n addas' },
  'ui.help-finder.need': { en: 'What is it about?', cy: 'Am beth mae o?' },
  'ui.help-finder.need.any': { en: 'Anything', cy: 'Unrhyw beth' },
  'ui.help-finder.need.conflict-together': {
    en: 'Arguing a lot, while together',
    cy: 'Dadlau llawer, tra gyda’ch gilydd',
  },
  'ui.help-finder.need.separating': { en: 'Separating or separated', cy: 'Gwahanu neu wedi gwahanu' },
  'ui.help-finder.need.new-baby': { en: 'Expecting or a new baby', cy: 'Disgwyl babi neu fabi newydd' },
  'ui.help-finder.need.domestic-abuse': { en: 'Domestic abuse', cy: 'Cam-drin domestig' },
  'ui.help-finder.need.children-wellbeing': { en: 'Children’s wellbeing', cy: 'Lles plant' },
  'ui.help-finder.for': { en: 'Who is it for?', cy: 'Ar gyfer pwy?' },
  'ui.help-finder.for.any': { en: 'Anyone', cy: 'Unrhyw un' },
  'ui.help-finder.for.parents': { en: 'Parents', cy: 'Rhieni' },
  'ui.help-finder.for.children': { en: 'Children and young people', cy: 'Plant a phobl ifanc' },
  'ui.help-finder.area': { en: 'Area or town', cy: 'Ardal neu dref' },
  'ui.help-finder.area.any': { en: 'Anywhere', cy: 'Unrhyw le' },
  'ui.help-finder.search': { en: 'Search', cy: 'Chwilio' },
  'ui.help-finder.search-hint': {
    en: 'A name, a place or a word, like “baby” or the name of your town',
    cy: 'Enw, lle neu air, fel “babi” neu enw eich tref',
  },
  'ui.help-finder.count': {
    en: { one: '1 service found', other: '{n} services found' },
    cy: { one: '1 gwasanaeth wedi’i ganfod', other: '{n} gwasanaeth wedi’u canfod' },
  },
  'ui.help-finder.none': {
    en: 'No service matches all these choices. Try fewer words or another area, or call one of the helplines below.',
    cy: 'Does dim gwasanaeth yn cyfateb i’r holl ddewisiadau hyn. Rhowch gynnig ar lai o eiriau neu ardal arall, neu ffoniwch un o’r llinellau cymorth isod.',
  },
  'ui.help-finder.none-listed': {
    en: 'No local services are listed here yet. You can call one of the helplines below.',
    cy: 'Does dim gwasanaethau lleol wedi’u rhestru yma eto. Gallwch ffonio un o’r llinellau cymorth isod.',
  },
  'ui.help-finder.more': { en: 'Show {n} more', cy: 'Dangos {n} arall' },
  'ui.help-finder.loading': { en: 'Loading local services…', cy: 'Yn llwytho gwasanaethau lleol…' },
  'ui.help-finder.feed-failed': {
    en: 'We could not load the full list of local services just now. Here are the services we know about, and the national helplines.',
    cy: 'Doedd dim modd i ni lwytho’r rhestr lawn o wasanaethau lleol ar hyn o bryd. Dyma’r gwasanaethau rydyn ni’n gwybod amdanyn nhw, a’r llinellau cymorth cenedlaethol.',
  },
  'ui.help-finder.services': { en: 'Local services', cy: 'Gwasanaethau lleol' },
  'ui.help-finder.to-abuse': {
    en: 'Afraid of your partner or ex? Go to services that help you stay safe',
    cy: 'Yn ofni eich partner neu’ch cyn-bartner? Ewch i wasanaethau sy’n eich helpu i gadw’n ddiogel',
  },
  'ui.help-finder.guarded': {
    en: 'We do not list courses for couples, joint sessions or mediation here. They are not safe where there may be abuse.',
    cy: 'Nid ydyn ni’n rhestru cyrsiau i gyplau, sesiynau ar y cyd na chyfryngu yma. Nid ydyn nhw’n ddiogel lle gallai fod cam-drin.',
  },
  'ui.help-finder.da-title': { en: 'Domestic abuse services', cy: 'Gwasanaethau cam-drin domestig' },
  'ui.help-finder.da-body': {
    en: 'If you are afraid of your partner or ex, talk to a domestic abuse service. Courses for couples and mediation are not safe where there may be abuse.',
    cy: 'Os ydych chi’n ofni eich partner neu’ch cyn-bartner, siaradwch â gwasanaeth cam-drin domestig. Nid yw cyrsiau i gyplau na chyfryngu yn ddiogel lle gallai fod cam-drin.',
  },
  'ui.help-finder.what': { en: 'What it offers', cy: 'Beth mae’n ei gynnig' },
  'ui.help-finder.who': { en: 'Who it is for', cy: 'Ar gyfer pwy' },
  'ui.help-finder.ages': { en: 'Ages {min} to {max}', cy: 'Oedran {min} i {max}' },
  'ui.help-finder.ages-from': { en: 'Ages {min} and over', cy: 'Oedran {min} a hŷn' },
  'ui.help-finder.ages-to': { en: 'Up to age {max}', cy: 'Hyd at {max} oed' },
  'ui.help-finder.when': { en: 'When', cy: 'Pryd' },
  'ui.help-finder.where': { en: 'Where', cy: 'Ble' },
  'ui.help-finder.cost': { en: 'Cost', cy: 'Cost' },
  'ui.help-finder.contact': { en: 'How to get in touch', cy: 'Sut i gysylltu' },
  'ui.help-finder.website': { en: 'Website', cy: 'Gwefan' },
  'ui.help-finder.qr-service': { en: 'QR code for this service', cy: 'Cod QR ar gyfer y gwasanaeth hwn' },
  'ui.help-finder.qr-alt': { en: 'QR code that opens {url}', cy: 'Cod QR sy’n agor {url}' },
  'ui.help-finder.share': { en: 'Share this list', cy: 'Rhannu’r rhestr hon' },
  'ui.help-finder.share-body': {
    en: 'Scan with a phone camera to open this page.',
    cy: 'Sganiwch gyda chamera ffôn i agor y dudalen hon.',
  },
  'ui.help-finder.print': { en: 'Print poster', cy: 'Argraffu poster' },
  'ui.help-finder.poster.headline': {
    en: 'Arguing a lot at home? Free help for families',
    cy: 'Dadlau llawer gartref? Help am ddim i deuluoedd',
  },
  'ui.help-finder.poster.headline.domestic-abuse': {
    en: 'Are you afraid of your partner or ex? You are not alone',
    cy: 'Ydych chi’n ofni eich partner neu gyn-bartner? Dydych chi ddim ar eich pen eich hun',
  },
  'ui.help-finder.poster.headline.separating': {
    en: 'Separating? Help to keep the children out of the middle',
    cy: 'Yn gwahanu? Help i gadw’r plant allan o’r canol',
  },
  'ui.help-finder.poster.headline.new-baby': {
    en: 'A baby on the way? Help for you both',
    cy: 'Babi ar y ffordd? Help i’r ddau ohonoch chi',
  },
  'ui.help-finder.poster.headline.children-wellbeing': {
    en: 'Worried about your child? Local help is here',
    cy: 'Yn poeni am eich plentyn? Mae help lleol yma',
  },
  'ui.help-finder.poster.intro': {
    en: 'All couples argue. When it happens a lot, children feel it. Free, private help is near you.',
    cy: 'Mae pob cwpl yn dadlau. Pan fydd yn digwydd yn aml, mae plant yn ei deimlo. Mae help am ddim a phreifat yn agos atoch chi.',
  },
  'ui.help-finder.poster.intro.domestic-abuse': {
    en: 'No one should make you feel afraid. Free, private help is here for you and your children.',
    cy: 'Ddylai neb wneud i chi deimlo ofn. Mae help am ddim a phreifat yma i chi a’ch plant.',
  },
  'ui.help-finder.poster.intro.separating': {
    en: 'Splitting up is hard for the whole family. Free help can make it easier on your children.',
    cy: 'Mae gwahanu yn anodd i’r teulu cyfan. Gall help am ddim ei wneud yn haws i’ch plant.',
  },
  'ui.help-finder.poster.intro.new-baby': {
    en: 'A new baby changes things for you both. Free help is near you, before and after the birth.',
    cy: 'Mae babi newydd yn newid pethau i’r ddau ohonoch chi. Mae help am ddim yn agos atoch chi, cyn ac ar ôl yr enedigaeth.',
  },
  'ui.help-finder.poster.intro.children-wellbeing': {
    en: 'If your child seems worried, sad or angry, you do not have to cope alone. Free help is near you.',
    cy: 'Os yw’ch plentyn yn ymddangos yn bryderus, yn drist neu’n flin, does dim rhaid i chi ymdopi ar eich pen eich hun. Mae help am ddim yn agos atoch chi.',
  },
  'ui.help-finder.poster.scan': {
    en: 'Scan with your phone camera to find local help',
    cy: 'Sganiwch gyda chamera eich ffôn i ddod o hyd i help lleol',
  },
  'ui.help-finder.poster.or-visit': { en: 'or visit', cy: 'neu ewch i' },
  'ui.help-finder.poster.helplines': { en: 'Free national helplines', cy: 'Llinellau cymorth cenedlaethol am ddim' },
  'ui.help-finder.poster.emergency': { en: 'In an emergency, call 999.', cy: 'Mewn argyfwng, ffoniwch 999.' },
} as const satisfies MessageTable;
