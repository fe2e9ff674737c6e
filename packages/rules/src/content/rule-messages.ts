import { withIds, type PackSource } from '../i18n/packs.js';
import type { Message } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/rule-messages.js'),
  practitioner: () => import('./packs/practitioner/rule-messages.js'),
  'cy-practitioner': () => import('./packs/cy-practitioner/rule-messages.js'),
};

/**
 * Every sentence the rules produce (reasons, "why this was suggested", labels), by id.
 * A message is either one text for everyone or worded per audience. Councils can override any
 * of them per locale in config (`strings`), except the safety messages (see
 * `isProtectedMessage`). `{name}` slots are filled by the engine.
 *
 * A result describes what was said and what it can mean, never a verdict. A parent reads plain
 * words; a practitioner reads the precise ones (the Act, "not a risk assessment").
 */
export const RULE_MESSAGES = /* @__PURE__ */ withIds(
  '',
  {
    // Route reasons
    'reason.emergency': { en: 'You said someone may be in danger now. Call 999 first.' },
    'reason.danger-unsure': {
      en: 'You were not sure if you or your children are in danger now. If you might be, call 999.',
    },
    'reason.domestic-abuse': {
      en: 'Some of the things you describe are signs of domestic abuse. Even one time counts. Help for couples, courses about arguing and mediation are not safe when there may be abuse. So they are not shown here.',
    },
    'reason.using-harm': {
      en: 'You said you worry about how you act towards your family. Asking for help is a strong first step. The Respect Phoneline helps people who want to change, in private. Help for couples is not shown here.',
    },
    'reason.also-using-harm': {
      en: 'You also said you worry about how you act. Many people who are treated badly blame themselves. You can talk about this with the helpline too. If you want help to change how you act, the Respect Phoneline is there for you.',
    },
    'reason.unclear': {
      en: 'You were not sure about some of the questions. That is OK. We never take “not sure” to mean “no”. So help for couples and mediation are not shown. You can talk it through in private with a family worker or a helpline.',
    },
    'reason.unsure-about': { en: 'You were not sure about: {topics}.' },
    'reason.conflict': {
      en: 'Your answers do not show signs of abuse. So help with arguing, and with bringing up your children together, may suit you.',
    },
    'reason.no-concern': {
      en: 'Your answers suggest you do not argue much, it does not get heated, and you usually sort things out. All families disagree sometimes. If things change, the help below is there for you.',
    },
    'reason.not-said': {
      en: 'You chose not to answer some questions. That is fine. Help that needs those answers is not shown here. A family worker can tell you about it.',
    },
    'reason.band': { en: 'Your answers suggest the level of arguing is {band}. This is a guide, not a diagnosis.' },
    'reason.screened': {
      en: 'A practitioner confirmed the family was screened for domestic abuse today, with no concerns.',
    },
    'reason.contradiction.relationship': {
      en: 'Two answers about whether the parents are together did not match. So the safer one was used: no courses for couples.',
    },
    'reason.contradiction.stage': {
      en: 'Two answers about the age of the youngest child did not match. So the answer to the question was used.',
    },
    'reason.contradiction.childArrangementsDispute': {
      en: 'Two answers about whether the parents disagree over plans for the children did not match. So we took it that they do.',
    },
    'reason.contradiction.conflict': {
      en: 'Two answers about how bad the arguing is did not match. So the more serious one was used.',
    },
    'reason.children-used': {
      en: 'Children who live with abuse are harmed too. The NSPCC can give you advice about them.',
    },
    // Urgency
    'urgent.danger': { en: 'Someone may be in danger now.' },
    'urgent.strangled': { en: 'Choking is one of the strongest signs of serious harm.' },
    'urgent.threats': { en: 'Threats to kill are a sign of serious harm.' },
    'urgent.stalking': {
      en: 'Checking up on someone or following them can be stalking, most of all after a split. Stalking is a sign of serious harm.',
    },
    'urgent.separation': {
      en: 'The time around a split is more dangerous when a partner controls you and has hurt you.',
    },
    'urgent.not-sure-marker': { en: 'You were not sure about choking or threats. We cannot rule them out.' },
    // Bands
    'band.low': { en: 'low' },
    'band.moderate': { en: 'moderate' },
    'band.high': { en: 'high' },
    // Why a pathway was suggested
    'why.together': { en: 'You are together.' },
    'why.separating': { en: 'You live apart, or you are splitting up.' },
    'why.expecting': { en: 'You are expecting a baby or have a young baby.' },
    'why.conflict-high': { en: 'There is a lot of arguing.' },
    'why.conflict-low-moderate': { en: 'It suits arguing that has not got out of hand.' },
    'why.dispute': { en: 'You do not agree on plans for the children.' },
    'why.supported': {
      en: 'A trained person helps you through it. Many parents find this helps more than a course on their own.',
    },
    'why.any-parent': { en: 'It is open to any parent.' },
    'why.unclear': { en: 'A family worker can talk it through with you, in private.' },
    'why.domestic-abuse': { en: 'Help from people who know about domestic abuse. It is private.' },
    'why.using-harm': { en: 'Ask your local domestic abuse service about courses for people who want to change.' },
    'why.council': { en: 'Offered by your council.' },
    'category.physical-sexual': { en: 'Physical or sexual abuse' },
    'category.violent-threatening': { en: 'Violent or threatening behaviour' },
    'category.controlling-coercive': { en: 'Controlling or coercive behaviour' },
    'category.economic': { en: 'Economic abuse' },
    'category.psychological-emotional': { en: 'Psychological or emotional abuse' },
    'category.fear-power': { en: 'Fear and an imbalance of power' },
  } as const satisfies Record<string, Message>,
  PACKS,
);
