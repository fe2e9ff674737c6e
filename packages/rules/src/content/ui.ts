import type { Message } from '../types.js';

/**
 * The words of the elements' interface. Like every message, a council can override any of
 * them per locale in config (`strings`).
 */
export const UI_MESSAGES = {
  'ui.continue': { en: 'Continue', cy: 'Parhau' },
  'ui.back': { en: 'Back', cy: 'Yn ôl' },
  'ui.start': { en: 'Start', cy: 'Dechrau' },
  'ui.start-again': { en: 'Start again', cy: 'Dechrau eto' },
  'ui.step-of': { en: 'Question {n} of {total}', cy: 'Cwestiwn {n} o {total}' },
  'ui.choose-answer': { en: 'Select an answer to continue', cy: 'Dewiswch ateb i barhau' },
  'ui.error-prefix': { en: 'Error:', cy: 'Gwall:' },
  'ui.why-we-ask': { en: 'Why we ask this', cy: 'Pam rydyn ni’n gofyn hyn' },
  'ui.section.safety': { en: 'Safety', cy: 'Diogelwch' },
  'ui.section.quality': { en: 'How things are between you', cy: 'Sut mae pethau rhyngoch chi' },
  'ui.section.situation': { en: 'Your family', cy: 'Eich teulu' },
  // Quick exit. Its accessible name always holds the standard words ("Exit this page"), whatever
  // a council shows instead, so the contract and voice control still find it.
  'ui.quick-exit': { en: 'Exit this page', cy: 'Gadael y dudalen hon' },
  'ui.quick-exit-prefix': { en: 'Emergency', cy: 'Argyfwng' },
  'ui.quick-exit-countdown': {
    en: 'Shift, press {n} more times to exit.',
    cy: 'Shift, pwyswch {n} gwaith eto i adael.',
  },
  'ui.quick-exit-countdown-one': {
    en: 'Shift, press 1 more time to exit.',
    cy: 'Shift, pwyswch 1 waith eto i adael.',
  },
  'ui.quick-exit-timeout': { en: 'Exit this page expired.', cy: 'Mae’r opsiwn gadael y dudalen hon wedi dod i ben.' },
  'ui.quick-exit-reset': {
    en: 'Exit this page reset: another key was pressed. Press Shift 3 times in a row to exit.',
    cy: 'Mae gadael y dudalen hon wedi ailosod: pwyswyd bysell arall. Pwyswch Shift 3 gwaith yn olynol i adael.',
  },
  'ui.quick-exit-loading': { en: 'Loading.', cy: 'Yn llwytho.' },
  'ui.quick-exit-note': {
    en: 'To leave this page quickly, select “Exit this page” or press the Shift key 3 times. Another website opens at once and your answers here are wiped. It cannot erase your browsing history, your call log (calls to 999 and to helplines show on your phone and your bill) or what your accounts sync to other devices. If you can, use a device that nobody else uses.',
    cy: 'I adael y dudalen hon yn gyflym, dewiswch “Gadael y dudalen hon” neu pwyswch y fysell Shift 3 gwaith. Mae gwefan arall yn agor ar unwaith ac mae eich atebion yma yn cael eu dileu. Nid yw’n gallu dileu hanes eich porwr, eich log galwadau (mae galwadau i 999 ac i linellau cymorth yn dangos ar eich ffôn a’ch bil) na’r hyn y mae eich cyfrifon yn ei gysoni i ddyfeisiau eraill. Os gallwch chi, defnyddiwch ddyfais nad oes neb arall yn ei defnyddio.',
  },
  'ui.safe-browsing': { en: 'How to browse more safely', cy: 'Sut i bori’n fwy diogel' },
  // Configuration problems: for the website team
  'ui.config-error-title': { en: 'This tool is not set up correctly', cy: 'Nid yw’r offeryn hwn wedi’i osod yn gywir' },
  'ui.config-error-intro': {
    en: 'For the website team: fix these problems in the RPC Kit config. Until then, the national helplines are shown.',
    cy: 'I dîm y wefan: cywirwch y problemau hyn yn ffurfweddiad RPC Kit. Tan hynny, dangosir y llinellau cymorth cenedlaethol.',
  },
  'ui.config-loading-failed': {
    en: 'The config at {src} could not be loaded ({reason}).',
    cy: 'Nid oedd modd llwytho’r ffurfweddiad yn {src} ({reason}).',
  },
  'ui.helplines-title': { en: 'If you need help now', cy: 'Os oes angen help arnoch nawr' },
  'ui.call': { en: 'Call', cy: 'Ffoniwch' },
  'ui.website': { en: 'Website', cy: 'Gwefan' },
  'ui.email': { en: 'Email', cy: 'E-bost' },
  'ui.hours': { en: 'Hours', cy: 'Oriau' },
  'ui.not-safe.title': { en: 'Come back when it is safe', cy: 'Dewch yn ôl pan fydd hi’n ddiogel' },
  'ui.not-safe.body': {
    en: 'You can leave this page quickly with “Exit this page”. If you are in danger, call 999. The helplines below are free and confidential.',
    cy: 'Gallwch adael y dudalen hon yn gyflym gyda “Gadael y dudalen hon”. Os ydych mewn perygl, ffoniwch 999. Mae’r llinellau cymorth isod am ddim ac yn gyfrinachol.',
  },
  // Results
  'ui.result.title.emergency': { en: 'Call 999 now', cy: 'Ffoniwch 999 nawr' },
  'ui.result.title.domestic-abuse': {
    parent: {
      en: 'What you describe is domestic abuse. Help is available.',
      cy: 'Cam-drin domestig yw’r hyn rydych yn ei ddisgrifio. Mae help ar gael.',
    },
    practitioner: { en: 'Domestic abuse is indicated', cy: 'Mae arwyddion o gam-drin domestig' },
  },
  'ui.result.title.using-harm': {
    parent: { en: 'Help to change is available', cy: 'Mae help i newid ar gael' },
    practitioner: {
      en: 'The parent is worried about their own behaviour',
      cy: 'Mae’r rhiant yn poeni am ei ymddygiad ei hun',
    },
  },
  'ui.result.title.unclear': {
    parent: { en: 'Talk it through in confidence', cy: 'Siaradwch am y peth yn gyfrinachol' },
    practitioner: { en: 'Safety is not clear yet', cy: 'Nid yw diogelwch yn glir eto' },
  },
  'ui.result.title.conflict': {
    parent: { en: 'Help that fits your family', cy: 'Help sy’n addas i’ch teulu' },
    practitioner: { en: 'Conflict support is appropriate', cy: 'Mae cymorth gyda gwrthdaro yn briodol' },
  },
  'ui.result.title.no-concern': {
    parent: { en: 'Things sound manageable', cy: 'Mae pethau’n swnio’n hylaw' },
    practitioner: { en: 'Low conflict', cy: 'Gwrthdaro isel' },
  },
  'ui.result.urgent': { en: 'This is urgent', cy: 'Mae hyn yn fater brys' },
  'ui.result.why': { en: 'Why we suggest this', cy: 'Pam rydyn ni’n awgrymu hyn' },
  'ui.result.contacts': { en: 'Who to contact', cy: 'Pwy i gysylltu â nhw' },
  'ui.result.pathways': { en: 'Support you can get', cy: 'Cymorth y gallwch ei gael' },
  'ui.result.not-offered': {
    parent: {
      en: 'Couple programmes, joint sessions and mediation are not suggested, because they are not safe where there may be abuse.',
      cy: 'Ni awgrymir rhaglenni cyplau, sesiynau ar y cyd na chyfryngu, oherwydd nid ydynt yn ddiogel lle gallai fod cam-drin.',
    },
    practitioner: {
      en: 'Do not offer joint sessions, couple programmes or mediation.',
      cy: 'Peidiwch â chynnig sesiynau ar y cyd, rhaglenni cyplau na chyfryngu.',
    },
  },
  'ui.pathway.who-for': { en: 'Who it is for', cy: 'Ar gyfer pwy' },
  'ui.pathway.format': { en: 'Format', cy: 'Fformat' },
  'ui.pathway.cost': { en: 'Cost', cy: 'Cost' },
  'ui.pathway.duration': { en: 'How long', cy: 'Pa mor hir' },
  'ui.pathway.how': { en: 'How to get it', cy: 'Sut i’w gael' },
  'ui.pathway.why': { en: 'Why this was suggested', cy: 'Pam yr awgrymwyd hyn' },
  'ui.pathway.link': { en: 'Go to {name}', cy: 'Ewch i {name}' },
  // Referral summary (practitioners)
  'ui.summary.title': { en: 'Referral summary', cy: 'Crynodeb atgyfeirio' },
  'ui.summary.note': {
    en: 'Nothing is stored or sent. Copy or print this now: it is wiped when you start again or leave the page.',
    cy: 'Nid oes dim yn cael ei gadw na’i anfon. Copïwch neu argraffwch hwn nawr: caiff ei ddileu pan fyddwch yn dechrau eto neu’n gadael y dudalen.',
  },
  'ui.summary.copy': { en: 'Copy summary', cy: 'Copïo’r crynodeb' },
  'ui.summary.copied': { en: 'Summary copied', cy: 'Crynodeb wedi’i gopïo' },
  'ui.summary.print': { en: 'Print summary', cy: 'Argraffu’r crynodeb' },
  'ui.summary.date': { en: 'Date', cy: 'Dyddiad' },
  'ui.summary.route': { en: 'Route', cy: 'Llwybr' },
  'ui.summary.urgent': { en: 'Urgent', cy: 'Brys' },
  'ui.summary.indicators': { en: 'Indicators', cy: 'Arwyddion' },
  'ui.summary.none': { en: 'None', cy: 'Dim' },
  'ui.summary.not-sure': { en: 'not sure', cy: 'ddim yn siŵr' },
  'ui.summary.not-asked': {
    en: 'Not asked (help was given first)',
    cy: 'Heb ofyn (rhoddwyd help yn gyntaf)',
  },
  'ui.summary.contacts': { en: 'Contacts given', cy: 'Cysylltiadau a roddwyd' },
  'ui.summary.reasons': { en: 'Reasons', cy: 'Rhesymau' },
  'ui.summary.pathways': { en: 'Suggested support', cy: 'Cymorth a awgrymir' },
  'ui.summary.version': { en: 'Question wording version', cy: 'Fersiwn geiriad y cwestiynau' },
  'ui.yes': { en: 'Yes', cy: 'Ydy' },
  'ui.no': { en: 'No', cy: 'Nac ydy' },
  'ui.route.emergency': { en: 'Emergency', cy: 'Argyfwng' },
  'ui.route.domestic-abuse': { en: 'Domestic abuse', cy: 'Cam-drin domestig' },
  'ui.route.using-harm': { en: 'Worried about own behaviour', cy: 'Yn poeni am ymddygiad ei hun' },
  'ui.route.unclear': { en: 'Unclear: safety not yet known', cy: 'Aneglur: nid yw diogelwch yn hysbys eto' },
  'ui.route.conflict': { en: 'Parental conflict', cy: 'Gwrthdaro rhwng rhieni' },
  'ui.route.no-concern': { en: 'Low conflict', cy: 'Gwrthdaro isel' },
} as const satisfies Record<string, Message>;
