import type { MessageTable } from '../message-table.js';

/**
 * The words of a question journey (the screener, the da-check, the signposter's questions): the
 * steps, the error summary, "not safe now", the result, the referral summary's buttons. Like every
 * message, a council can override any of them per locale in config (`strings`), except safety
 * messages.
 */
export const JOURNEY_MESSAGES = {
  'ui.continue': { en: 'Continue', cy: 'Parhau' },
  'ui.back': { en: 'Back', cy: 'Yn ôl' },
  'ui.start': { en: 'Start', cy: 'Dechrau' },
  'ui.start-again': { en: 'Start again', cy: 'Dechrau eto' },
  'ui.questions-loading': { en: 'Loading the questions.', cy: 'Yn llwytho’r cwestiynau.' },
  'ui.questions-unavailable': {
    en: 'Sorry, the questions did not load. Try again later. You can still call the helplines below.',
    cy: 'Mae’n ddrwg gennym, wnaeth y cwestiynau ddim llwytho. Rhowch gynnig arall arni nes ymlaen. Gallwch ffonio’r llinellau cymorth isod o hyd.',
  },
  'ui.step-of': { en: 'Question {n} of {total}', cy: 'Cwestiwn {n} o {total}' },
  'ui.choose-answer': { en: 'Select an answer to continue', cy: 'Dewiswch ateb i barhau' },
  'ui.error-summary-title': { en: 'There is a problem', cy: 'Mae problem wedi codi' },
  'ui.why-we-ask': { en: 'Why we ask this', cy: 'Pam rydyn ni’n gofyn hyn' },
  'ui.section.safety': { en: 'Safety', cy: 'Diogelwch' },
  'ui.section.quality': { en: 'How things are between you', cy: 'Sut mae pethau rhyngoch chi' },
  'ui.section.situation': { en: 'Your family', cy: 'Eich teulu' },
  'ui.not-safe.title': {
    parent: { en: 'Come back when it is safe', cy: 'Dewch yn ôl pan fydd hi’n ddiogel' },
    practitioner: { en: 'Stop here for now', cy: 'Stopiwch yma am y tro' },
  },
  'ui.not-safe.body': {
    parent: {
      en: 'You can leave this page quickly with “Exit this page”. If you are in danger, call 999. The helplines below are free and private.',
      cy: 'Gallwch adael y dudalen hon yn gyflym gyda “Gadael y dudalen hon”. Os ydych mewn perygl, ffoniwch 999. Mae’r llinellau cymorth isod am ddim ac yn breifat.',
    },
    practitioner: {
      en: 'Do not ask the questions while it is not safe to talk. If anyone is in danger now, call 999. Agree with the parent a safe way and a safe time to talk again, and give them the helplines below: they are free and private.',
      cy: 'Peidiwch â gofyn y cwestiynau tra nad yw’n ddiogel siarad. Os oes unrhyw un mewn perygl nawr, ffoniwch 999. Cytunwch gyda’r rhiant ar ffordd ddiogel ac amser diogel i siarad eto, a rhowch y llinellau cymorth isod iddyn nhw: maen nhw am ddim ac yn breifat.',
    },
  },
  'ui.result.title.emergency': { en: 'Call 999 now', cy: 'Ffoniwch 999 nawr' },
  'ui.result.title.domestic-abuse': {
    parent: {
      en: 'Some of the things you describe are signs of domestic abuse. Help is available.',
      cy: 'Mae rhai o’r pethau rydych yn eu disgrifio yn arwyddion o gam-drin domestig. Mae help ar gael.',
    },
    practitioner: {
      en: 'Signs of domestic abuse were described',
      cy: 'Disgrifiwyd arwyddion o gam-drin domestig',
    },
  },
  'ui.result.title.using-harm': {
    parent: { en: 'Help to change is available', cy: 'Mae help i newid ar gael' },
    practitioner: {
      en: 'The parent is worried about their own behaviour',
      cy: 'Mae’r rhiant yn poeni am ei ymddygiad ei hun',
    },
  },
  'ui.result.title.unclear': {
    parent: { en: 'Talk it through in private', cy: 'Siaradwch am y peth yn breifat' },
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
  'ui.result.pathways': { en: 'Support you can get', cy: 'Cymorth y gallwch ei gael' },
  'ui.result.not-offered': {
    parent: {
      en: 'We do not suggest courses for couples, joint sessions or mediation. They are not safe where there may be abuse.',
      cy: 'Nid ydyn ni’n awgrymu cyrsiau i gyplau, sesiynau ar y cyd na chyfryngu. Nid ydyn nhw’n ddiogel lle gallai fod cam-drin.',
    },
    practitioner: {
      en: 'Do not offer joint sessions, couple programmes or mediation.',
      cy: 'Peidiwch â chynnig sesiynau ar y cyd, rhaglenni cyplau na chyfryngu.',
    },
  },
  'ui.summary.note': {
    en: 'Nothing is stored or sent. Copy or print this now: it is wiped when you start again or leave the page.',
    cy: 'Nid oes dim yn cael ei gadw na’i anfon. Copïwch neu argraffwch hwn nawr: caiff ei ddileu pan fyddwch yn dechrau eto neu’n gadael y dudalen.',
  },
  'ui.summary.copy': { en: 'Copy summary', cy: 'Copïo’r crynodeb' },
  'ui.summary.copied': { en: 'Summary copied', cy: 'Crynodeb wedi’i gopïo' },
  'ui.summary.print': { en: 'Print summary', cy: 'Argraffu’r crynodeb' },
} as const satisfies MessageTable;
