import type { Pathway } from '../types.js';

/**
 * The default pathway catalogue (ids are a contract). Councils switch these on or off, edit
 * their text and links, and add their own in config. `kind` and `joint` are fixed here and
 * cannot be changed by config: they decide where a pathway may ever appear.
 *
 * Links are left to each council: access to the digital courses is usually through a code or
 * link the council buys, so the default says how to ask for it instead of guessing a URL.
 */
export const DEFAULT_PATHWAYS: readonly Pathway[] = [
  {
    id: 'me-you-and-baby-too',
    builtIn: true,
    name: { en: 'Me, You and Baby Too' },
    provider: { en: 'OnePlusOne' },
    description: {
      en: 'A free online course for couples who are expecting or have a new baby: how a baby changes a relationship, and how to handle disagreements as a team.',
    },
    whoFor: { en: 'Parents who are together and expecting a baby or have a baby or toddler' },
    formats: ['digital'],
    kind: 'conflict',
    joint: true,
    cost: { en: 'Free' },
    duration: { en: 'Online, at your own pace' },
    access: {
      referral: 'self',
      howTo: { en: 'Ask your Family Hub for the free access link.' },
    },
    eligibility: { relationship: ['together'], stage: ['expecting', 'baby'] },
  },
  {
    id: 'arguing-better',
    builtIn: true,
    name: { en: 'Arguing Better' },
    provider: { en: 'OnePlusOne' },
    description: {
      en: 'A free online course for parents who are together: how arguments affect children, and how to argue in a way that gets things sorted.',
    },
    whoFor: { en: 'Parents who are together' },
    formats: ['digital'],
    kind: 'conflict',
    joint: true,
    cost: { en: 'Free' },
    duration: { en: 'Online, at your own pace' },
    access: {
      referral: 'self',
      howTo: { en: 'Ask your Family Hub for the free access link.' },
    },
    eligibility: { relationship: ['together'] },
  },
  {
    id: 'getting-it-right-for-children',
    builtIn: true,
    name: { en: 'Getting it Right for Children' },
    provider: { en: 'OnePlusOne' },
    description: {
      en: 'A free online course for parents who are separating or separated: how to keep the children out of the middle and talk with the other parent about them.',
    },
    whoFor: { en: 'Parents who are separating or separated' },
    formats: ['digital'],
    kind: 'conflict',
    joint: false,
    cost: { en: 'Free' },
    duration: { en: 'Online, at your own pace' },
    access: {
      referral: 'self',
      howTo: { en: 'Ask your Family Hub for the free access link.' },
    },
    eligibility: { relationship: ['separating', 'separated'] },
  },
  {
    id: 'parenting-when-separated',
    builtIn: true,
    name: { en: 'Parenting when Separated' },
    description: {
      en: 'A group course for parents before, during or after a separation, on putting the children first. The two parents go to different groups.',
    },
    whoFor: { en: 'Parents preparing for, going through or after a separation' },
    formats: ['group'],
    kind: 'conflict',
    joint: false,
    cost: { en: 'Free' },
    duration: { en: 'A few weekly sessions' },
    access: {
      referral: 'self-or-practitioner',
      howTo: { en: 'Contact your Family Hub to book a place, or ask a practitioner to refer you.' },
    },
    eligibility: { relationship: ['separating', 'separated'] },
  },
  {
    id: 'getting-on-better',
    builtIn: true,
    name: { en: 'Getting on Better workshop' },
    description: {
      en: 'A short workshop for parents who are together, to understand what drives arguments and practise ways to calm them down.',
    },
    whoFor: { en: 'Parents who are together, with low to moderate conflict' },
    formats: ['workshop'],
    kind: 'conflict',
    joint: true,
    cost: { en: 'Free' },
    duration: { en: 'Two weeks' },
    access: {
      referral: 'self-or-practitioner',
      howTo: { en: 'Contact your Family Hub to book a place.' },
    },
    eligibility: { relationship: ['together'], conflict: ['low', 'moderate'] },
  },
  {
    id: 'cope',
    builtIn: true,
    name: { en: 'COPE: Co-parenting Everyday' },
    provider: { en: 'Relate' },
    description: {
      en: 'One-to-one support from a trained practitioner for parents who are struggling to manage conflict: the more intensive offer.',
    },
    whoFor: { en: 'Parents who are together and struggling with a lot of conflict' },
    formats: ['one-to-one'],
    kind: 'conflict',
    joint: true,
    duration: { en: 'Several sessions' },
    access: {
      referral: 'practitioner',
      howTo: { en: 'A Family Hub practitioner refers you after a conversation about what is going on.' },
    },
    eligibility: { relationship: ['together'], conflict: ['high'] },
  },
  {
    id: 'family-hub-support',
    builtIn: true,
    name: { en: 'Family Hub support' },
    description: {
      en: 'A conversation with a Family Hub practitioner, then group or one-to-one support that fits your family.',
    },
    whoFor: { en: 'Any parent' },
    formats: ['group', 'one-to-one'],
    kind: 'support',
    joint: false,
    cost: { en: 'Free' },
    access: {
      referral: 'self-or-practitioner',
      howTo: { en: 'Contact your Family Hub, or ask someone you already trust, such as a health visitor or teacher, to put you in touch.' },
    },
    eligibility: {},
  },
  {
    id: 'mediation',
    builtIn: true,
    name: { en: 'Family mediation' },
    description: {
      en: 'A trained mediator helps separated parents agree arrangements for the children without going to court. Mediators check first that it is safe.',
    },
    whoFor: { en: 'Parents who disagree about arrangements for the children' },
    formats: ['mediation'],
    kind: 'mediation',
    joint: true,
    cost: { en: 'Costs vary; help with costs may be available' },
    access: {
      referral: 'self',
      howTo: { en: 'Find an accredited family mediator, or ask your Family Hub.' },
      url: 'https://www.familymediationcouncil.org.uk/find-local-mediator/',
    },
    eligibility: { childArrangementsDispute: true },
  },
  {
    id: 'domestic-abuse-support',
    builtIn: true,
    name: { en: 'Local domestic abuse support' },
    description: {
      en: 'Specialist, confidential support from people trained to help with domestic abuse, including safety planning.',
    },
    whoFor: { en: 'Anyone affected by domestic abuse' },
    formats: ['one-to-one', 'phone'],
    kind: 'domestic-abuse',
    joint: false,
    cost: { en: 'Free' },
    access: {
      referral: 'self-or-practitioner',
      howTo: { en: 'Call the domestic abuse helpline, who can put you in touch with your local service.' },
    },
    eligibility: {},
  },
];

export const DEFAULT_PATHWAY_IDS: readonly string[] = DEFAULT_PATHWAYS.map((p) => p.id);
