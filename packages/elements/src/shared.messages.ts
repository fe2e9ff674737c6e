import type { MessageTable } from './message-table.js';

/**
 * The interface words every element shares: the quick exit, config problems, the helplines,
 * contact and pathway cards. The question journey's words are in journey/journey.messages.ts, an
 * element's own in its `<name>.messages.ts`; the words of the referral summary are the rules'
 * (`referralSummary` writes it). Like every message, a
 * council can override any of them per locale in config (`strings`), except safety messages.
 */
export const SHARED_MESSAGES = {
  // Before a problem's words, for screen readers (the journeys' questions, the practice audit's boxes)
  'ui.error-prefix': { en: 'Error:', cy: 'Gwall:' },
  // Quick exit
  'ui.quick-exit': { en: 'Exit this page', cy: 'Gadael y dudalen hon' },
  'ui.quick-exit-prefix': { en: 'Emergency', cy: 'Argyfwng' },
  // Two messages rather than one plural: quick-exit.ts chooses between them until its rewrite.
  'ui.quick-exit-countdown': {
    en: 'Shift, press {n} more times to exit.',
    cy: 'Shift, pwyswch {n} gwaith eto i adael.',
  },
  'ui.quick-exit-countdown-one': { en: 'Shift, press 1 more time to exit.', cy: 'Shift, pwyswch 1 waith eto i adael.' },
  'ui.quick-exit-timeout': { en: 'Exit this page expired.', cy: 'Mae’r opsiwn gadael y dudalen hon wedi dod i ben.' },
  'ui.quick-exit-reset': {
    en: 'Exit this page reset: another key was pressed. Press Shift 3 times in a row to exit.',
    cy: 'Mae gadael y dudalen hon wedi ailosod: pwyswyd bysell arall. Pwyswch Shift 3 gwaith yn olynol i adael.',
  },
  'ui.quick-exit-loading': { en: 'Loading.', cy: 'Yn llwytho.' },
  'ui.quick-exit-note': {
    en: 'To leave this page fast, select “{label}” or press the Shift key 3 times. Another website opens at once and your answers and searches here are wiped. It does not wipe your browsing history, your call log, or what your accounts copy to other phones or computers. Calls to 999 and to helplines show on your phone and your bill. If you can, use a phone or computer that nobody else uses.',
    cy: 'I adael y dudalen hon yn gyflym, dewiswch “{label}” neu pwyswch y fysell Shift 3 gwaith. Mae gwefan arall yn agor ar unwaith ac mae eich atebion a’ch chwiliadau yma yn cael eu dileu. Nid yw’n dileu hanes eich porwr, eich log galwadau, na’r hyn y mae eich cyfrifon yn ei gopïo i ffonau neu gyfrifiaduron eraill. Mae galwadau i 999 ac i linellau cymorth yn dangos ar eich ffôn a’ch bil. Os gallwch chi, defnyddiwch ffôn neu gyfrifiadur nad oes neb arall yn ei ddefnyddio.',
  },
  'ui.safe-browsing': { en: 'How to browse more safely', cy: 'Sut i bori’n fwy diogel' },
  // Configuration problems: one plain line for the parent, the details for the website team
  'ui.config-error-title': {
    en: 'Something went wrong with this page. You can still call the helplines below.',
    cy: 'Aeth rhywbeth o’i le gyda’r dudalen hon. Gallwch chi ffonio’r llinellau cymorth isod o hyd.',
  },
  'ui.config-editor': { en: 'For the website editor', cy: 'I olygydd y wefan' },
  'ui.config-error-intro': {
    en: 'Fix these problems in the RPC Kit config. Until then, the national helplines are shown.',
    cy: 'Cywirwch y problemau hyn yn ffurfweddiad RPC Kit. Tan hynny, dangosir y llinellau cymorth cenedlaethol.',
  },
  'ui.config-partial-intro': {
    en: 'These parts of the RPC Kit config have problems and are left out until they are fixed. The rest of the config is in use.',
    cy: 'Mae problemau gyda’r rhannau hyn o ffurfweddiad RPC Kit, ac maen nhw wedi’u gadael allan nes eu bod wedi’u cywiro. Mae gweddill y ffurfweddiad yn cael ei ddefnyddio.',
  },
  'ui.config-left-out': { en: 'Left out: {paths}', cy: 'Wedi’u gadael allan: {paths}' },
  'ui.config-loading-failed': {
    en: 'The config at {src} could not be loaded ({reason}).',
    cy: 'Nid oedd modd llwytho’r ffurfweddiad yn {src} ({reason}).',
  },
  'ui.helplines-title': { en: 'If you need help now', cy: 'Os oes angen help arnoch nawr' },
  'ui.help-now': { en: 'Need help now?', cy: 'Angen help nawr?' },
  'ui.call': { en: 'Call', cy: 'Ffoniwch' },
  'ui.text': { en: 'Text', cy: 'Tecstiwch' },
  'ui.chat': { en: 'Live chat', cy: 'Sgwrs fyw' },
  'ui.website': { en: 'Website', cy: 'Gwefan' },
  'ui.email': { en: 'Email', cy: 'E-bost' },
  'ui.hours': { en: 'Hours', cy: 'Oriau' },
  'ui.result.contacts': { en: 'Who to contact', cy: 'Pwy i gysylltu â nhw' },
  'ui.pathway.who-for': { en: 'Who it is for', cy: 'Ar gyfer pwy' },
  'ui.pathway.format': { en: 'Format', cy: 'Fformat' },
  'ui.pathway.cost': { en: 'Cost', cy: 'Cost' },
  'ui.pathway.duration': { en: 'How long', cy: 'Pa mor hir' },
  'ui.pathway.how': { en: 'How to get it', cy: 'Sut i’w gael' },
  'ui.pathway.why': { en: 'Why this was suggested', cy: 'Pam yr awgrymwyd hyn' },
  'ui.pathway.link': { en: 'Go to {name}', cy: 'Ewch i {name}' },
} as const satisfies MessageTable;
