import type { MessageTable } from '@rpc-kit/elements';

/**
 * The words only <rpc-da-check> uses, beside it: other elements do not carry them. A council can override
 * any of them in its config's `strings` (their ids are listed for the config by
 * scripts/generate.mjs); safety messages are kept as they are (see the rules' `isProtectedMessage`).
 */
export const DA_CHECK_MESSAGES = {
  'ui.da-check.title': {
    parent: { en: 'How are things at home?', cy: 'Sut mae pethau gartref?' },
    practitioner: {
      en: 'Conflict or domestic abuse? Check before you refer',
      cy: 'Gwrthdaro neu gam-drin domestig? Gwiriwch cyn atgyfeirio',
    },
  },
  'ui.da-check.intro': {
    parent: {
      en: 'Some short questions about how things are between you and the other parent. They help you find the right kind of help.',
      cy: 'Rhai cwestiynau byr am sut mae pethau rhyngoch chi a’r rhiant arall. Maen nhw’n eich helpu i ddod o hyd i’r math iawn o help.',
    },
    practitioner: {
      en: 'Use this before referring a family to conflict support. It asks about what separates abuse from conflict: fear, control and an imbalance of power. A single incident counts.',
      cy: 'Defnyddiwch hwn cyn atgyfeirio teulu at gymorth gyda gwrthdaro. Mae’n holi am yr hyn sy’n gwahaniaethu cam-drin oddi wrth wrthdaro: ofn, rheolaeth ac anghydbwysedd grym. Mae un digwyddiad yn cyfrif.',
    },
  },
  'ui.da-check.before': {
    parent: { en: 'Before you start', cy: 'Cyn i chi ddechrau' },
    practitioner: { en: 'Before you ask', cy: 'Cyn i chi ofyn' },
  },
  'ui.da-check.enquiry-1': {
    parent: {
      en: 'Make sure you are somewhere private and no one can see your screen or hear you.',
      cy: 'Gwnewch yn siŵr eich bod mewn lle preifat ac na all neb weld eich sgrin na’ch clywed.',
    },
    practitioner: {
      en: 'Is it safe to talk now? Make sure the parent is alone and no one can overhear, including children.',
      cy: 'Ydy hi’n ddiogel siarad nawr? Gwnewch yn siŵr fod y rhiant ar ei ben ei hun ac na all neb glywed, gan gynnwys plant.',
    },
  },
  'ui.da-check.enquiry-2': {
    parent: {
      en: 'If you need to leave quickly, use “Exit this page”.',
      cy: 'Os oes angen i chi adael yn gyflym, defnyddiwch “Gadael y dudalen hon”.',
    },
    practitioner: {
      en: 'Agree a safe way to contact them: which number, what time, and whether a message or voicemail is safe.',
      cy: 'Cytunwch ar ffordd ddiogel o gysylltu â nhw: pa rif, pa amser, ac a yw neges neu neges llais yn ddiogel.',
    },
  },
  'ui.da-check.enquiry-3': {
    parent: {
      en: 'You can say “not sure” to any question. It is never taken as no.',
      cy: 'Gallwch ddweud “ddim yn siŵr” i unrhyw gwestiwn. Nid yw byth yn cael ei gymryd fel na.',
    },
    practitioner: {
      en: 'Never ask in front of the other parent, and never use a family member to interpret.',
      cy: 'Peidiwch byth â gofyn o flaen y rhiant arall, a pheidiwch byth â defnyddio aelod o’r teulu i gyfieithu.',
    },
  },
  'ui.da-check.not-risk-assessment': {
    parent: {
      en: 'This is not a test and not a diagnosis. It only helps you find the right kind of help.',
      cy: 'Nid prawf na diagnosis yw hwn. Dim ond eich helpu i ddod o hyd i’r math iawn o help y mae.',
    },
    practitioner: {
      en: 'This is not a risk assessment. Where abuse is indicated, use your local domestic abuse service’s risk assessment and referral route.',
      cy: 'Nid asesiad risg yw hwn. Lle mae arwyddion o gam-drin, defnyddiwch asesiad risg a llwybr atgyfeirio eich gwasanaeth cam-drin domestig lleol.',
    },
  },
  'ui.da-check.found': {
    en: 'What was found, by the Domestic Abuse Act’s categories',
    cy: 'Beth a ganfuwyd, yn ôl categorïau’r Ddeddf Cam-drin Domestig',
  },
  'ui.da-check.nothing-found': {
    en: 'No signs of abuse were described.',
    cy: 'Ni ddisgrifiwyd unrhyw arwyddion o gam-drin.',
  },
  'ui.da-check.asked-clear': {
    en: 'Also asked, with no concern in the answer: {topics}.',
    cy: 'Gofynnwyd hefyd, heb bryder yn yr ateb: {topics}.',
  },
  'ui.da-check.not-asked': {
    en: 'Help came first, so these questions were not asked: {topics}. Ask them when it is safe.',
    cy: 'Daeth help yn gyntaf, felly ni ofynnwyd y cwestiynau hyn: {topics}. Gofynnwch nhw pan fydd hi’n ddiogel.',
  },
  'ui.da-check.not-sure': { en: 'Not sure', cy: 'Ddim yn siŵr' },
  'ui.da-check.next': { en: 'What to do next', cy: 'Beth i’w wneud nesaf' },
  'ui.da-check.dont': { en: 'What not to do', cy: 'Beth i beidio â’i wneud' },
  'ui.da-check.next.emergency': {
    parent: { en: 'Call 999 now if you are in danger.', cy: 'Ffoniwch 999 nawr os ydych mewn perygl.' },
    practitioner: {
      en: 'Call 999 now if anyone is in immediate danger. Then refer to the local domestic abuse service.',
      cy: 'Ffoniwch 999 nawr os oes unrhyw un mewn perygl uniongyrchol. Yna atgyfeiriwch at y gwasanaeth cam-drin domestig lleol.',
    },
  },
  'ui.da-check.next.domestic-abuse': {
    parent: {
      en: 'Talk to a domestic abuse helpline. It is free and private, and they can help you stay safe.',
      cy: 'Siaradwch â llinell gymorth cam-drin domestig. Mae am ddim ac yn breifat, a gallan nhw eich helpu i gadw’n ddiogel.',
    },
    practitioner: {
      en: 'Refer to the local domestic abuse service, with the parent’s consent where it is safe to ask. Where the risk is high, follow your MARAC referral route.',
      cy: 'Atgyfeiriwch at y gwasanaeth cam-drin domestig lleol, gyda chaniatâd y rhiant lle mae’n ddiogel gofyn. Lle mae’r risg yn uchel, dilynwch eich llwybr atgyfeirio MARAC.',
    },
  },
  'ui.da-check.next.using-harm': {
    parent: {
      en: 'You can call the Respect Phoneline. They talk with people who are worried about how they act.',
      cy: 'Gallwch ffonio Llinell Ffôn Respect. Maen nhw’n siarad â phobl sy’n poeni am sut maen nhw’n ymddwyn.',
    },
    practitioner: {
      en: 'Refer the parent to the Respect Phoneline, and consider the safety of their partner and children.',
      cy: 'Atgyfeiriwch y rhiant at Linell Ffôn Respect, ac ystyriwch ddiogelwch eu partner a’u plant.',
    },
  },
  'ui.da-check.next.unclear': {
    parent: {
      en: 'Talk it through in private with a helpline or a family worker.',
      cy: 'Siaradwch am y peth yn breifat gyda llinell gymorth neu weithiwr teulu.',
    },
    practitioner: {
      en: 'Do not refer to conflict support yet. Talk with the parent again, alone and safely, and ask the local domestic abuse service for advice.',
      cy: 'Peidiwch ag atgyfeirio at gymorth gyda gwrthdaro eto. Siaradwch â’r rhiant eto, ar ei ben ei hun ac yn ddiogel, a gofynnwch i’r gwasanaeth cam-drin domestig lleol am gyngor.',
    },
  },
  'ui.da-check.next.conflict': {
    parent: {
      en: 'Help with arguing could help. This is what your council offers:',
      cy: 'Gallai cymorth gyda dadlau helpu. Dyma beth mae eich cyngor yn ei gynnig:',
    },
    practitioner: {
      en: 'Conflict support is appropriate. Keep safety in mind as you get to know the family. The council offers:',
      cy: 'Mae cymorth gyda gwrthdaro yn briodol. Cadwch ddiogelwch mewn cof wrth i chi ddod i adnabod y teulu. Mae’r cyngor yn cynnig:',
    },
  },
  'ui.da-check.dont.abuse': {
    parent: {
      en: 'Couple programmes, joint sessions and mediation are not safe where there may be abuse.',
      cy: 'Nid yw rhaglenni cyplau, sesiynau ar y cyd na chyfryngu yn ddiogel lle gallai fod cam-drin.',
    },
    practitioner: {
      en: 'Do not offer joint sessions, couple programmes or mediation, and do not raise these concerns with the other parent.',
      cy: 'Peidiwch â chynnig sesiynau ar y cyd, rhaglenni cyplau na chyfryngu, a pheidiwch â chodi’r pryderon hyn gyda’r rhiant arall.',
    },
  },
  'ui.da-check.referral-route': { en: 'Local referral route', cy: 'Llwybr atgyfeirio lleol' },
  'ui.da-check.marac': { en: 'High risk: MARAC referral route', cy: 'Risg uchel: llwybr atgyfeirio MARAC' },
} as const satisfies MessageTable;
