/** Practitioners’ English: only the texts worded differently for a practitioner: the rules’ messages (`content/rule-messages.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // RULE_MESSAGES
  'reason.emergency': 'Someone is in danger right now: call 999 first.',
  'reason.danger-unsure':
    'It is not clear whether the parent or children are in danger right now: if they might be, call 999.',
  'reason.domestic-abuse':
    'What is described includes indicators of domestic abuse as the Domestic Abuse Act 2021 defines it; a single incident counts. Do not refer to conflict support, joint or couple work, or mediation. This is not a risk assessment.',
  'reason.using-harm':
    'The parent is worried their own behaviour frightens or hurts their family: refer to the Respect Phoneline. Do not offer joint or couple work.',
  'reason.also-using-harm':
    'The parent is also worried about their own behaviour. Help for them as a victim comes first (people who are abused often blame themselves); the Respect Phoneline is there if they want help to change.',
  'reason.unclear':
    'Some safety answers were not sure or not given. Not sure is never taken as no: do not offer joint or couple work or mediation. Explore safely with the parent, alone, and seek advice from the local domestic abuse service.',
  'reason.unsure-about': 'Not sure or not answered: {topics}.',
  'reason.conflict':
    'No abuse indicators were described, so conflict support is appropriate. Keep safety in mind as you get to know the family.',
  'reason.no-concern':
    'The answers suggest low conflict that usually gets resolved. The offers below are there if things change.',
  'reason.not-said':
    'Some answers about the family were not given (prefer not to say). Offers that depend on them are not shown: a couple programme needs the parents to be together, mediation a dispute, COPE and Getting on Better a known level of conflict.',
  'reason.band': 'The answers suggest {band} conflict. This is a guide, not a diagnosis.',
  'reason.children-used':
    'Children who live with abuse are victims in their own right: consider the children’s safety and the NSPCC.',
  'urgent.strangled': 'Non-fatal strangulation is one of the strongest markers of serious harm.',
  'urgent.stalking':
    'Checking, tracking or following after a separation (or where it is not known whether they are together) can be stalking, a marker of serious harm.',
  'urgent.separation':
    'Separation (or a relationship not known) with controlling behaviour and violence is a time of higher risk.',
  'urgent.not-sure-marker': 'There was uncertainty about strangulation or threats, which cannot be ruled out.',
  'why.together': 'The parents are together.',
  'why.separating': 'The parents are separating, have separated or were never a couple.',
  'why.expecting': 'They are expecting a baby or have a young baby.',
  'why.conflict-high': 'Conflict is high.',
  'why.conflict-low-moderate': 'It suits low to moderate conflict.',
  'why.dispute': 'The parents disagree about arrangements for the children.',
  'why.supported':
    'A practitioner supports the parents through it: many parents find this helps more than a self-guided course.',
  'why.unclear': 'A practitioner can explore safely with the parent, alone, before any other support.',
};
