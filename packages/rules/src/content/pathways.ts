import { withIds, type PackSource } from '../i18n/packs.js';
import type { LocalisedText, Nation, Pathway } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/pathways.js'),
};

/**
 * The default pathway catalogue (ids are a contract). Councils switch these on or off, edit
 * their text and links, and add their own in config. `kind` and `joint` are fixed here and
 * cannot be changed by config: they decide where a pathway may ever appear.
 *
 * Links are left to each council: access to the digital courses is usually through a code or
 * link the council buys, so the default says how to ask for it instead of guessing a URL.
 *
 * The words here are England's, where Family Hubs are the way in. Wales, Scotland and Northern
 * Ireland have no Family Hub programme: their words are in `NATION_PATHWAY_TEXT`, applied by
 * `defaultPathwaysFor` before a council's own changes.
 */
export const DEFAULT_PATHWAYS: readonly Pathway[] = /* @__PURE__ */ withIds(
  'pathway',
  [
    {
      id: 'me-you-and-baby-too',
      builtIn: true,
      name: { en: 'Me, You and Baby Too' },
      provider: { en: 'OnePlusOne' },
      description: {
        en: 'A free online course for couples who are expecting a baby or have a new baby. It shows how a baby changes things between you, and how to work through disagreements as a team.',
      },
      whoFor: { en: 'Couples who are expecting a baby, or who have a baby or toddler' },
      formats: ['digital'],
      kind: 'conflict',
      joint: true,
      cost: { en: 'Free' },
      duration: { en: 'Online, at your own pace' },
      access: {
        referral: 'self',
        howTo: { en: 'Ask your Family Hub for the free link.' },
      },
      eligibility: { relationship: ['together'], stage: ['expecting', 'baby'] },
    },
    {
      id: 'arguing-better',
      builtIn: true,
      name: { en: 'Arguing Better' },
      provider: { en: 'OnePlusOne' },
      description: {
        en: 'A free online course for parents who are together. It shows how arguments affect children, and how to argue in a way that sorts things out.',
      },
      whoFor: { en: 'Parents who are together' },
      formats: ['digital'],
      kind: 'conflict',
      joint: true,
      cost: { en: 'Free' },
      duration: { en: 'Online, at your own pace' },
      access: {
        referral: 'self',
        howTo: { en: 'Ask your Family Hub for the free link.' },
      },
      eligibility: { relationship: ['together'] },
    },
    {
      id: 'getting-it-right-for-children',
      builtIn: true,
      name: { en: 'Getting it Right for Children' },
      provider: { en: 'OnePlusOne' },
      description: {
        en: 'A free online course for parents who live apart or are splitting up. It helps you keep the children out of the middle, and talk with the other parent about them.',
      },
      whoFor: { en: 'Parents who live apart, or are splitting up' },
      formats: ['digital'],
      kind: 'conflict',
      joint: false,
      cost: { en: 'Free' },
      duration: { en: 'Online, at your own pace' },
      access: {
        referral: 'self',
        howTo: { en: 'Ask your Family Hub for the free link.' },
      },
      eligibility: { relationship: ['separating', 'separated'] },
    },
    {
      id: 'parenting-when-separated',
      builtIn: true,
      name: { en: 'Parenting when Separated' },
      description: {
        en: 'A group course for parents before, during or after a split. It is about putting the children first. The two parents go to different groups.',
      },
      whoFor: { en: 'Parents before, during or after a split' },
      formats: ['group'],
      kind: 'conflict',
      joint: false,
      cost: { en: 'Free' },
      duration: { en: 'A few sessions, once a week' },
      access: {
        referral: 'self-or-practitioner',
        howTo: { en: 'Contact your Family Hub to book a place, or ask a family worker to refer you.' },
      },
      eligibility: { relationship: ['separating', 'separated'] },
    },
    {
      id: 'getting-on-better',
      builtIn: true,
      name: { en: 'Getting on Better workshop' },
      description: {
        en: 'A short workshop for parents who are together. You learn what starts arguments, and try out ways to calm things down.',
      },
      whoFor: { en: 'Parents who are together, when the arguing has not got out of hand' },
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
        en: 'One-to-one help from a trained worker, for parents who find it hard to deal with arguing. It goes deeper than a course.',
      },
      whoFor: { en: 'Parents who are together and argue a lot' },
      formats: ['one-to-one'],
      kind: 'conflict',
      joint: true,
      duration: { en: 'Several sessions' },
      access: {
        referral: 'practitioner',
        howTo: { en: 'A Family Hub worker can refer you, after a chat about what is going on.' },
      },
      eligibility: { relationship: ['together'], conflict: ['high'] },
    },
    {
      id: 'family-hub-support',
      builtIn: true,
      name: { en: 'Family Hub support' },
      description: { en: 'A chat with a family worker, then group or one-to-one help that fits your family.' },
      whoFor: { en: 'Any parent' },
      formats: ['group', 'one-to-one'],
      kind: 'support',
      joint: false,
      cost: { en: 'Free' },
      access: {
        referral: 'self-or-practitioner',
        howTo: {
          en: 'Contact your Family Hub. Or ask someone you trust, like a health visitor or teacher, to put you in touch.',
        },
      },
      eligibility: {},
    },
    {
      id: 'mediation',
      builtIn: true,
      name: { en: 'Family mediation' },
      description: {
        en: 'A trained mediator helps parents who live apart agree plans for the children, without going to court. Mediators check first that it is safe.',
      },
      whoFor: { en: 'Parents who disagree about plans for the children' },
      formats: ['mediation'],
      kind: 'mediation',
      joint: true,
      cost: { en: 'Costs vary. You may get help to pay.' },
      access: {
        referral: 'self',
        howTo: { en: 'Look for a family mediator on the website, or ask your Family Hub.' },
        url: 'https://www.familymediationcouncil.org.uk/find-local-mediator/',
      },
      eligibility: { childArrangementsDispute: true },
    },
    {
      id: 'domestic-abuse-support',
      builtIn: true,
      name: { en: 'Local domestic abuse support' },
      description: {
        en: 'Private help from people trained in domestic abuse. They can help you plan how to stay safe.',
      },
      whoFor: { en: 'Anyone who lives with domestic abuse, or has in the past' },
      formats: ['one-to-one', 'phone'],
      kind: 'domestic-abuse',
      joint: false,
      cost: { en: 'Free' },
      access: {
        referral: 'self-or-practitioner',
        howTo: { en: 'Call the domestic abuse helpline. They can put you in touch with your local service.' },
      },
      eligibility: {},
    },
  ],
  PACKS,
);

export const DEFAULT_PATHWAY_IDS: readonly string[] = /* @__PURE__ */ DEFAULT_PATHWAYS.map((p) => p.id);

/** The texts of a default pathway that differ by nation. */
export interface NationPathwayText {
  readonly name?: LocalisedText;
  readonly description?: LocalisedText;
  readonly howTo?: LocalisedText;
}

const FAMILY_SUPPORT_LINK: LocalisedText = { en: 'Ask your council’s family support service for the free link.' };

/**
 * Outside England there is no Family Hub programme: the way in is the council's own family
 * support, in neutral words (a council names its own service in config).
 */
const OUTSIDE_ENGLAND: Readonly<Record<string, NationPathwayText>> = {
  'me-you-and-baby-too': { howTo: FAMILY_SUPPORT_LINK },
  'arguing-better': { howTo: FAMILY_SUPPORT_LINK },
  'getting-it-right-for-children': { howTo: FAMILY_SUPPORT_LINK },
  'parenting-when-separated': {
    howTo: {
      en: 'Contact your council’s family support service to book a place, or ask a family worker to refer you.',
    },
  },
  'getting-on-better': {
    howTo: { en: 'Contact your council’s family support service to book a place.' },
  },
  cope: {
    howTo: { en: 'A family support worker can refer you, after a chat about what is going on.' },
  },
  'family-hub-support': {
    name: { en: 'Family support' },
    howTo: {
      en: 'Contact your council’s family support service. Or ask someone you trust, like a health visitor or teacher, to put you in touch.',
    },
  },
  mediation: {
    howTo: { en: 'Look for a family mediator on the website, or ask your council’s family support service.' },
  },
};

/** The default pathways' words that differ by nation (England's are the catalogue's own). */
export const NATION_PATHWAY_TEXT: Readonly<Partial<Record<Nation, Readonly<Record<string, NationPathwayText>>>>> =
  /* @__PURE__ */ withIds(
    'pathway-nation',
    {
      wales: OUTSIDE_ENGLAND,
      scotland: OUTSIDE_ENGLAND,
      'northern-ireland': OUTSIDE_ENGLAND,
    },
    PACKS,
  );

const withText = (p: Pathway, t: NationPathwayText | undefined): Pathway =>
  t
    ? {
        ...p,
        ...(t.name ? { name: t.name } : {}),
        ...(t.description ? { description: t.description } : {}),
        ...(t.howTo ? { access: { ...p.access, howTo: t.howTo } } : {}),
      }
    : p;

const BY_NATION = /* @__PURE__ */ new Map<Nation, readonly Pathway[]>();

/** The default pathways in a nation's words. The same objects on every call. */
export function defaultPathwaysFor(nation: Nation): readonly Pathway[] {
  const text = NATION_PATHWAY_TEXT[nation];
  if (!text) return DEFAULT_PATHWAYS;
  let list = BY_NATION.get(nation);
  if (!list) {
    list = DEFAULT_PATHWAYS.map((p) => withText(p, Object.hasOwn(text, p.id) ? text[p.id] : undefined));
    BY_NATION.set(nation, list);
  }
  return list;
}
