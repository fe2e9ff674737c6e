import type { MessageTable } from '@rpc-kit/elements';

/**
 * The words only <rpc-signposter> uses, beside it: other elements do not carry them. A council can override
 * any of them in its config's `strings` (their ids are listed for the config by
 * scripts/generate.mjs); safety messages are kept as they are (see the rules' `isProtectedMessage`).
 */
export const SIGNPOSTER_MESSAGES = {
  'ui.signposter.title': {
    parent: { en: 'Find support that fits your family', cy: 'Dod o hyd i gymorth sy’n addas i’ch teulu' },
    practitioner: { en: 'Find the right offer for a family', cy: 'Dod o hyd i’r cynnig iawn i deulu' },
  },
  'ui.signposter.intro': {
    parent: {
      en: 'Answer a few questions about your family. We will suggest the support that fits, and tell you how to start.',
      cy: 'Atebwch ychydig o gwestiynau am eich teulu. Byddwn yn awgrymu’r cymorth sy’n addas, ac yn dweud wrthych sut i ddechrau.',
    },
    practitioner: {
      en: 'Answer a few questions about the family to see which offers fit, and how to refer. Safety comes first.',
      cy: 'Atebwch ychydig o gwestiynau am y teulu i weld pa gynigion sy’n addas, a sut i atgyfeirio. Diogelwch sy’n dod gyntaf.',
    },
  },
  'ui.signposter.private': {
    en: 'It takes about 3 minutes. The answers stay on this device and are wiped when you leave or start again. Nothing is stored or sent.',
    cy: 'Mae’n cymryd tua 3 munud. Mae’r atebion yn aros ar y ddyfais hon ac yn cael eu dileu pan fyddwch yn gadael neu’n dechrau eto. Nid oes dim yn cael ei gadw na’i anfon.',
  },
  'ui.list.title': { en: 'Support for parents', cy: 'Cymorth i rieni' },
  'ui.list.intro': {
    en: 'Courses and help for parents who argue a lot, are splitting up, or want things to be better for their children. Choose what fits your family to make the list shorter.',
    cy: 'Cyrsiau a help i rieni sy’n dadlau llawer, sy’n gwahanu, neu sydd eisiau i bethau fod yn well i’w plant. Dewiswch beth sy’n addas i’ch teulu i wneud y rhestr yn fyrrach.',
  },
  'ui.list.safety-title': {
    en: 'If you are afraid of your partner or ex-partner',
    cy: 'Os ydych chi’n ofni eich partner neu gyn-bartner',
  },
  'ui.list.safety-body': {
    en: 'Being afraid is not the same as arguing. The courses on this page are not safe for you, and neither is mediation. Talk to one of the helplines below first. It is free and private.',
    cy: 'Nid yw bod ag ofn yr un peth â dadlau. Nid yw’r cyrsiau ar y dudalen hon yn ddiogel i chi, na chyfryngu chwaith. Siaradwch ag un o’r llinellau cymorth isod yn gyntaf. Mae am ddim ac yn breifat.',
  },
  'ui.list.filters': { en: 'Narrow the list', cy: 'Culhau’r rhestr' },
  'ui.list.relationship': { en: 'Your relationship', cy: 'Eich perthynas' },
  'ui.list.relationship.together': { en: 'Together', cy: 'Gyda’n gilydd' },
  'ui.list.relationship.separating': { en: 'Separating', cy: 'Yn gwahanu' },
  'ui.list.relationship.separated': { en: 'Separated', cy: 'Wedi gwahanu' },
  'ui.list.stage': { en: 'Your youngest child', cy: 'Eich plentyn ieuengaf' },
  'ui.list.format': { en: 'How you would like to take part', cy: 'Sut yr hoffech chi gymryd rhan' },
  'ui.list.any': { en: 'Any', cy: 'Unrhyw' },
  'ui.list.offers-title': { en: 'Courses and support', cy: 'Cyrsiau a chymorth' },
  'ui.list.count': {
    en: { one: '1 offer shown', other: '{n} offers shown' },
    cy: { one: '1 cynnig yn cael ei ddangos', other: '{n} cynnig yn cael eu dangos' },
  },
  'ui.list.none': {
    en: 'Nothing in the list fits all these choices. Change a choice, or talk to one of the contacts below.',
    cy: 'Does dim byd yn y rhestr yn addas i’r holl ddewisiadau hyn. Newidiwch ddewis, neu siaradwch ag un o’r cysylltiadau isod.',
  },
  'ui.list.clear': { en: 'Show everything', cy: 'Dangos popeth' },
} as const satisfies MessageTable;
