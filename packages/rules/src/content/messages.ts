import type { LocalisedText, Worded } from '../types.js';

/**
 * Every sentence the rules produce (reasons, "why this was suggested", labels), by id.
 * A message is either one text for everyone or worded per audience. Councils can override any
 * of them per locale in config (`strings`). `{name}` slots are filled by the engine.
 */
export type Message = LocalisedText | Worded;

export const MESSAGES = {
  // Route reasons
  'reason.emergency': {
    parent: { en: 'You said someone is in danger right now, so the first thing to do is call 999.' },
    practitioner: { en: 'Someone is in danger right now: call 999 first.' },
  },
  'reason.danger-unsure': {
    parent: {
      en: 'You were not sure whether you or your children are in danger right now. If you might be, call 999.',
    },
    practitioner: {
      en: 'It is not clear whether the parent or children are in danger right now: if they might be, call 999.',
    },
  },
  'reason.domestic-abuse': {
    parent: {
      en: 'What you describe is domestic abuse under the law, and a single incident counts. Support for arguing, couple work and mediation are not safe where there is abuse, so they are not suggested here.',
    },
    practitioner: {
      en: 'What is described meets the definition of domestic abuse in the Domestic Abuse Act 2021; a single incident counts. Do not refer to conflict support, joint or couple work, or mediation.',
    },
  },
  'reason.using-harm': {
    parent: {
      en: 'You are worried your own behaviour frightens or hurts your family. Asking for help is a strong first step. The Respect Phoneline helps people who want to change. Couple or joint work is not suggested.',
    },
    practitioner: {
      en: 'The parent is worried their own behaviour frightens or hurts their family: refer to the Respect Phoneline. Do not offer joint or couple work.',
    },
  },
  'reason.also-using-harm': {
    parent: { en: 'You are also worried about your own behaviour: the Respect Phoneline can help with that.' },
    practitioner: { en: 'The parent is also worried about their own behaviour: the Respect Phoneline can help with that.' },
  },
  'reason.unclear': {
    parent: {
      en: 'You were not sure about some of the safety questions. Not sure is never taken as no, so couple work, joint work and mediation are not suggested. Talking it through in confidence with a practitioner or a helpline can help you work out what is right for you.',
    },
    practitioner: {
      en: 'Some safety answers were not sure or not given. Not sure is never taken as no: do not offer joint or couple work or mediation. Explore safely with the parent, alone, and seek advice from the local domestic abuse service.',
    },
  },
  'reason.unsure-about': {
    parent: { en: 'You were not sure about: {topics}.' },
    practitioner: { en: 'Not sure or not answered: {topics}.' },
  },
  'reason.conflict': {
    parent: {
      en: 'You did not describe signs of abuse, so support with arguing and co-parenting is a good fit.',
    },
    practitioner: {
      en: 'No abuse indicators were described, so conflict support is appropriate. Keep safety in mind as you get to know the family.',
    },
  },
  'reason.no-concern': {
    parent: {
      en: 'Your answers suggest arguments are not often heated and usually get sorted out. Every family disagrees sometimes. If things change, the support below is there for you.',
    },
    practitioner: {
      en: 'The answers suggest low conflict that usually gets resolved. The offers below are there if things change.',
    },
  },
  'reason.band': {
    parent: { en: 'Your answers suggest the level of arguing is {band}. This is a guide, not a diagnosis.' },
    practitioner: { en: 'The answers suggest {band} conflict. This is a guide, not a diagnosis.' },
  },
  'reason.children-used': {
    parent: { en: 'Children who live with abuse are affected too: the NSPCC can advise you about them.' },
    practitioner: { en: 'Children who live with abuse are victims in their own right: consider the children’s safety and the NSPCC.' },
  },
  // Urgency
  'urgent.danger': { en: 'Someone may be in danger now.' },
  'urgent.strangled': { en: 'Strangling or choking is one of the strongest warnings of serious harm.' },
  'urgent.threats': { en: 'Threats to kill are a warning of serious harm.' },
  'urgent.stalking': { en: 'Checking, tracking or following someone after a separation can be stalking, which is a warning of serious harm.' },
  'urgent.separation': { en: 'Separating from someone who is controlling and violent is a time of higher risk.' },
  'urgent.not-sure-marker': { en: 'There was uncertainty about strangling or threats, which cannot be ruled out.' },
  // Bands
  'band.low': { en: 'low' },
  'band.moderate': { en: 'moderate' },
  'band.high': { en: 'high' },
  // Why a pathway was suggested
  'why.together': { parent: { en: 'You are together.' }, practitioner: { en: 'The parents are together.' } },
  'why.separating': {
    parent: { en: 'You are separating or have separated.' },
    practitioner: { en: 'The parents are separating or have separated.' },
  },
  'why.expecting': {
    parent: { en: 'You are expecting a baby or have a young baby.' },
    practitioner: { en: 'They are expecting a baby or have a young baby.' },
  },
  'why.conflict-high': { parent: { en: 'The arguing is intense.' }, practitioner: { en: 'Conflict is high.' } },
  'why.conflict-low-moderate': {
    parent: { en: 'It suits arguing that has not got out of hand.' },
    practitioner: { en: 'It suits low to moderate conflict.' },
  },
  'why.dispute': {
    parent: { en: 'You disagree about arrangements for the children.' },
    practitioner: { en: 'The parents disagree about arrangements for the children.' },
  },
  'why.supported': {
    en: 'A practitioner supports you through it: many parents find this helps more than a course on their own.',
  },
  'why.any-parent': { en: 'It is open to any parent.' },
  'why.unclear': {
    parent: { en: 'A practitioner can talk through what is happening with you, in confidence.' },
    practitioner: { en: 'A practitioner can explore safely with the parent, alone, before any other support.' },
  },
  'why.domestic-abuse': { en: 'Specialist help with domestic abuse, in confidence.' },
  'why.using-harm': { en: 'Your local domestic abuse service can tell you about programmes for people who want to change.' },
  'why.council': { en: 'Offered by your council.' },
  // Labels
  'note.not-diagnosis': {
    en: 'This is a guide to help you find support. It is not a diagnosis or a risk assessment.',
  },
  'format.digital': { en: 'Online course' },
  'format.group': { en: 'Group' },
  'format.one-to-one': { en: 'One-to-one' },
  'format.workshop': { en: 'Workshop' },
  'format.mediation': { en: 'Mediation' },
  'format.phone': { en: 'Phone' },
  'referral.self': { en: 'You can sign up yourself' },
  'referral.practitioner': { en: 'Through a practitioner’s referral' },
  'referral.self-or-practitioner': { en: 'Sign up yourself, or ask a practitioner to refer you' },
  'category.physical-sexual': { en: 'Physical or sexual abuse' },
  'category.violent-threatening': { en: 'Violent or threatening behaviour' },
  'category.controlling-coercive': { en: 'Controlling or coercive behaviour' },
  'category.economic': { en: 'Economic abuse' },
  'category.psychological-emotional': { en: 'Psychological or emotional abuse' },
  'category.fear-power': { en: 'Fear and an imbalance of power' },
} as const satisfies Record<string, Message>;

export type MessageId = keyof typeof MESSAGES;
export const MESSAGE_IDS = Object.keys(MESSAGES) as MessageId[];
