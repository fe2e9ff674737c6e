import type { MessageTable } from './message-table.js';

/**
 * The interface words every element shares: the quick exit, config problems, the helplines,
 * contact and pathway cards. The question journey's words are in journey/journey.messages.ts, an
 * element's own in its `<name>.messages.ts`; the words of the referral summary are the rules'
 * (`referralSummary` writes it). Like every message, a
 * council can override any of them per locale in config (`strings`), except safety messages.
 */
export const SHARED_MESSAGES = {
  // Quick exit
  'ui.quick-exit': { en: 'Exit this page', cy: 'Gadael y dudalen hon' },
  // Two messages rather than one plural: quick-exit.ts chooses between them until its rewrite.
  'ui.quick-exit-countdown': {
    en: 'Shift, press {n} more times to exit.',
    cy: 'Shift, pwyswch {n} gwaith eto i adael.',
  },
  'ui.quick-exit-countdown-one': {
    en: 'Shift, press 1 more time to exit.',
    cy: 'Shift, pwyswch 1 waith eto i adael.',
  },
  'ui.quick-exit-timeout': { en: 'Exit this page expired.', cy: 'Mae’r opsiwn gadael y dudalen hon wedi dod i ben.' },
  'ui.quick-exit-activated': { en: 'Exit this page activated.', cy: 'Gadael y dudalen hon wedi’i ddewis.' },
  'ui.quick-exit-loading': { en: 'Loading.', cy: 'Yn llwytho.' },
  'ui.quick-exit-note': {
    en: 'To leave quickly, use “Exit this page” or press the Shift key 3 times. It takes you to another website and wipes your answers, but it does not clear your browsing history.',
    cy: 'I adael yn gyflym, defnyddiwch “Gadael y dudalen hon” neu pwyswch y fysell Shift 3 gwaith. Mae’n mynd â chi i wefan arall ac yn dileu eich atebion, ond nid yw’n clirio hanes eich porwr.',
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
  'ui.result.contacts': { en: 'Who to contact', cy: 'Pwy i gysylltu â nhw' },
  'ui.pathway.who-for': { en: 'Who it is for', cy: 'Ar gyfer pwy' },
  'ui.pathway.format': { en: 'Format', cy: 'Fformat' },
  'ui.pathway.cost': { en: 'Cost', cy: 'Cost' },
  'ui.pathway.duration': { en: 'How long', cy: 'Pa mor hir' },
  'ui.pathway.how': { en: 'How to get it', cy: 'Sut i’w gael' },
  'ui.pathway.why': { en: 'Why this was suggested', cy: 'Pam yr awgrymwyd hyn' },
  'ui.pathway.link': { en: 'Go to {name}', cy: 'Ewch i {name}' },
} as const satisfies MessageTable;
