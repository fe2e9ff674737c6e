import type { LocalisedText, Nation, Pathway } from '../types.js';

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
export const DEFAULT_PATHWAYS: readonly Pathway[] = [
  {
    id: 'me-you-and-baby-too',
    builtIn: true,
    name: { en: 'Me, You and Baby Too', cy: 'Me, You and Baby Too' },
    provider: { en: 'OnePlusOne', cy: 'OnePlusOne' },
    description: {
      en: 'A free online course for couples who are expecting a baby or have a new baby. It shows how a baby changes things between you, and how to work through disagreements as a team.',
      cy: 'Cwrs ar-lein am ddim i gyplau sy’n disgwyl babi neu sydd â babi newydd. Mae’n dangos sut mae babi’n newid pethau rhyngoch chi, a sut i ddatrys anghytundebau fel tîm.',
    },
    whoFor: {
      en: 'Couples who are expecting a baby, or who have a baby or toddler',
      cy: 'Cyplau sy’n disgwyl babi, neu sydd â babi neu blentyn bach',
    },
    formats: ['digital'],
    kind: 'conflict',
    joint: true,
    cost: { en: 'Free', cy: 'Am ddim' },
    duration: { en: 'Online, at your own pace', cy: 'Ar-lein, ar eich cyflymder eich hun' },
    access: {
      referral: 'self',
      howTo: {
        en: 'Ask your Family Hub for the free link.',
        cy: 'Gofynnwch i’ch Hyb Teulu am y ddolen am ddim.',
      },
    },
    eligibility: { relationship: ['together'], stage: ['expecting', 'baby'] },
  },
  {
    id: 'arguing-better',
    builtIn: true,
    name: { en: 'Arguing Better', cy: 'Arguing Better' },
    provider: { en: 'OnePlusOne', cy: 'OnePlusOne' },
    description: {
      en: 'A free online course for parents who are together. It shows how arguments affect children, and how to argue in a way that sorts things out.',
      cy: 'Cwrs ar-lein am ddim i rieni sydd gyda’i gilydd. Mae’n dangos sut mae dadleuon yn effeithio ar blant, a sut i ddadlau mewn ffordd sy’n datrys pethau.',
    },
    whoFor: { en: 'Parents who are together', cy: 'Rhieni sydd gyda’i gilydd' },
    formats: ['digital'],
    kind: 'conflict',
    joint: true,
    cost: { en: 'Free', cy: 'Am ddim' },
    duration: { en: 'Online, at your own pace', cy: 'Ar-lein, ar eich cyflymder eich hun' },
    access: {
      referral: 'self',
      howTo: {
        en: 'Ask your Family Hub for the free link.',
        cy: 'Gofynnwch i’ch Hyb Teulu am y ddolen am ddim.',
      },
    },
    eligibility: { relationship: ['together'] },
  },
  {
    id: 'getting-it-right-for-children',
    builtIn: true,
    name: { en: 'Getting it Right for Children', cy: 'Getting it Right for Children' },
    provider: { en: 'OnePlusOne', cy: 'OnePlusOne' },
    description: {
      en: 'A free online course for parents who live apart or are splitting up. It helps you keep the children out of the middle, and talk with the other parent about them.',
      cy: 'Cwrs ar-lein am ddim i rieni sy’n byw ar wahân neu sy’n gwahanu. Mae’n eich helpu i gadw’r plant allan o’r canol, a siarad â’r rhiant arall amdanyn nhw.',
    },
    whoFor: {
      en: 'Parents who live apart, or are splitting up',
      cy: 'Rhieni sy’n byw ar wahân, neu sy’n gwahanu',
    },
    formats: ['digital'],
    kind: 'conflict',
    joint: false,
    cost: { en: 'Free', cy: 'Am ddim' },
    duration: { en: 'Online, at your own pace', cy: 'Ar-lein, ar eich cyflymder eich hun' },
    access: {
      referral: 'self',
      howTo: {
        en: 'Ask your Family Hub for the free link.',
        cy: 'Gofynnwch i’ch Hyb Teulu am y ddolen am ddim.',
      },
    },
    eligibility: { relationship: ['separating', 'separated'] },
  },
  {
    id: 'parenting-when-separated',
    builtIn: true,
    name: { en: 'Parenting when Separated', cy: 'Parenting when Separated' },
    description: {
      en: 'A group course for parents before, during or after a split. It is about putting the children first. The two parents go to different groups.',
      cy: 'Cwrs grŵp i rieni cyn gwahanu, wrth wahanu neu ar ôl gwahanu. Mae’n ymwneud â rhoi’r plant yn gyntaf. Mae’r ddau riant yn mynd i grwpiau gwahanol.',
    },
    whoFor: {
      en: 'Parents before, during or after a split',
      cy: 'Rhieni cyn gwahanu, wrth wahanu neu ar ôl gwahanu',
    },
    formats: ['group'],
    kind: 'conflict',
    joint: false,
    cost: { en: 'Free', cy: 'Am ddim' },
    duration: { en: 'A few sessions, once a week', cy: 'Ychydig o sesiynau, unwaith yr wythnos' },
    access: {
      referral: 'self-or-practitioner',
      howTo: {
        en: 'Contact your Family Hub to book a place, or ask a family worker to refer you.',
        cy: 'Cysylltwch â’ch Hyb Teulu i gadw lle, neu gofynnwch i weithiwr teulu eich atgyfeirio.',
      },
    },
    eligibility: { relationship: ['separating', 'separated'] },
  },
  {
    id: 'getting-on-better',
    builtIn: true,
    name: { en: 'Getting on Better workshop', cy: 'Gweithdy Getting on Better' },
    description: {
      en: 'A short workshop for parents who are together. You learn what starts arguments, and try out ways to calm things down.',
      cy: 'Gweithdy byr i rieni sydd gyda’i gilydd. Rydych chi’n dysgu beth sy’n dechrau dadleuon, ac yn rhoi cynnig ar ffyrdd o dawelu pethau.',
    },
    whoFor: {
      en: 'Parents who are together, when the arguing has not got out of hand',
      cy: 'Rhieni sydd gyda’i gilydd, pan nad yw’r dadlau wedi mynd allan o reolaeth',
    },
    formats: ['workshop'],
    kind: 'conflict',
    joint: true,
    cost: { en: 'Free', cy: 'Am ddim' },
    duration: { en: 'Two weeks', cy: 'Pythefnos' },
    access: {
      referral: 'self-or-practitioner',
      howTo: { en: 'Contact your Family Hub to book a place.', cy: 'Cysylltwch â’ch Hyb Teulu i gadw lle.' },
    },
    eligibility: { relationship: ['together'], conflict: ['low', 'moderate'] },
  },
  {
    id: 'cope',
    builtIn: true,
    name: { en: 'COPE: Co-parenting Everyday', cy: 'COPE: Co-parenting Everyday' },
    provider: { en: 'Relate', cy: 'Relate' },
    description: {
      en: 'One-to-one help from a trained worker, for parents who find it hard to deal with arguing. It goes deeper than a course.',
      cy: 'Cymorth un i un gan weithiwr hyfforddedig, i rieni sy’n ei chael hi’n anodd delio â dadlau. Mae’n mynd yn ddyfnach na chwrs.',
    },
    whoFor: {
      en: 'Parents who are together and argue a lot',
      cy: 'Rhieni sydd gyda’i gilydd ac sy’n dadlau llawer',
    },
    formats: ['one-to-one'],
    kind: 'conflict',
    joint: true,
    duration: { en: 'Several sessions', cy: 'Sawl sesiwn' },
    access: {
      referral: 'practitioner',
      howTo: {
        en: 'A Family Hub worker can refer you, after a chat about what is going on.',
        cy: 'Gall gweithiwr Hyb Teulu eich atgyfeirio, ar ôl sgwrs am yr hyn sy’n digwydd.',
      },
    },
    eligibility: { relationship: ['together'], conflict: ['high'] },
  },
  {
    id: 'family-hub-support',
    builtIn: true,
    name: { en: 'Family Hub support', cy: 'Cymorth Hyb Teulu' },
    description: {
      en: 'A chat with a family worker, then group or one-to-one help that fits your family.',
      cy: 'Sgwrs gyda gweithiwr teulu, ac yna cymorth mewn grŵp neu un i un sy’n addas i’ch teulu.',
    },
    whoFor: { en: 'Any parent', cy: 'Unrhyw riant' },
    formats: ['group', 'one-to-one'],
    kind: 'support',
    joint: false,
    cost: { en: 'Free', cy: 'Am ddim' },
    access: {
      referral: 'self-or-practitioner',
      howTo: {
        en: 'Contact your Family Hub. Or ask someone you trust, like a health visitor or teacher, to put you in touch.',
        cy: 'Cysylltwch â’ch Hyb Teulu. Neu gofynnwch i rywun rydych chi’n ymddiried ynddo, fel ymwelydd iechyd neu athro, eich rhoi mewn cysylltiad.',
      },
    },
    eligibility: {},
  },
  {
    id: 'mediation',
    builtIn: true,
    name: { en: 'Family mediation', cy: 'Cyfryngu teuluol' },
    description: {
      en: 'A trained mediator helps parents who live apart agree plans for the children, without going to court. Mediators check first that it is safe.',
      cy: 'Mae cyfryngwr hyfforddedig yn helpu rhieni sy’n byw ar wahân i gytuno ar drefniadau’r plant, heb fynd i’r llys. Mae cyfryngwyr yn gwirio yn gyntaf ei bod yn ddiogel.',
    },
    whoFor: {
      en: 'Parents who disagree about plans for the children',
      cy: 'Rhieni sy’n anghytuno am drefniadau’r plant',
    },
    formats: ['mediation'],
    kind: 'mediation',
    joint: true,
    cost: {
      en: 'Costs vary. You may get help to pay.',
      cy: 'Mae’r costau’n amrywio. Efallai y cewch chi help i dalu.',
    },
    access: {
      referral: 'self',
      howTo: {
        en: 'Look for a family mediator on the website, or ask your Family Hub.',
        cy: 'Chwiliwch am gyfryngwr teuluol ar y wefan, neu gofynnwch i’ch Hyb Teulu.',
      },
      url: 'https://www.familymediationcouncil.org.uk/find-local-mediator/',
    },
    eligibility: { childArrangementsDispute: true },
  },
  {
    id: 'domestic-abuse-support',
    builtIn: true,
    name: { en: 'Local domestic abuse support', cy: 'Cymorth lleol ar gyfer cam-drin domestig' },
    description: {
      en: 'Private help from people trained in domestic abuse. They can help you plan how to stay safe.',
      cy: 'Cymorth preifat gan bobl sydd wedi’u hyfforddi mewn cam-drin domestig. Gallan nhw eich helpu i gynllunio sut i gadw’n ddiogel.',
    },
    whoFor: {
      en: 'Anyone who lives with domestic abuse, or has in the past',
      cy: 'Unrhyw un sy’n byw gyda cham-drin domestig, neu sydd wedi gwneud yn y gorffennol',
    },
    formats: ['one-to-one', 'phone'],
    kind: 'domestic-abuse',
    joint: false,
    cost: { en: 'Free', cy: 'Am ddim' },
    access: {
      referral: 'self-or-practitioner',
      howTo: {
        en: 'Call the domestic abuse helpline. They can put you in touch with your local service.',
        cy: 'Ffoniwch y llinell gymorth cam-drin domestig. Gallan nhw eich rhoi mewn cysylltiad â’ch gwasanaeth lleol.',
      },
    },
    eligibility: {},
  },
];

export const DEFAULT_PATHWAY_IDS: readonly string[] = /* @__PURE__ */ DEFAULT_PATHWAYS.map((p) => p.id);

/** The texts of a default pathway that differ by nation. */
export interface NationPathwayText {
  readonly name?: LocalisedText;
  readonly description?: LocalisedText;
  readonly howTo?: LocalisedText;
}

const FAMILY_SUPPORT_LINK: LocalisedText = {
  en: 'Ask your council’s family support service for the free link.',
  cy: 'Gofynnwch i wasanaeth cymorth i deuluoedd eich cyngor am y ddolen am ddim.',
};

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
      cy: 'Cysylltwch â gwasanaeth cymorth i deuluoedd eich cyngor i gadw lle, neu gofynnwch i weithiwr teulu eich atgyfeirio.',
    },
  },
  'getting-on-better': {
    howTo: {
      en: 'Contact your council’s family support service to book a place.',
      cy: 'Cysylltwch â gwasanaeth cymorth i deuluoedd eich cyngor i gadw lle.',
    },
  },
  cope: {
    howTo: {
      en: 'A family support worker can refer you, after a chat about what is going on.',
      cy: 'Gall gweithiwr cymorth i deuluoedd eich atgyfeirio, ar ôl sgwrs am yr hyn sy’n digwydd.',
    },
  },
  'family-hub-support': {
    name: { en: 'Family support', cy: 'Cymorth i deuluoedd' },
    howTo: {
      en: 'Contact your council’s family support service. Or ask someone you trust, like a health visitor or teacher, to put you in touch.',
      cy: 'Cysylltwch â gwasanaeth cymorth i deuluoedd eich cyngor. Neu gofynnwch i rywun rydych chi’n ymddiried ynddo, fel ymwelydd iechyd neu athro, eich rhoi mewn cysylltiad.',
    },
  },
  mediation: {
    howTo: {
      en: 'Look for a family mediator on the website, or ask your council’s family support service.',
      cy: 'Chwiliwch am gyfryngwr teuluol ar y wefan, neu gofynnwch i wasanaeth cymorth i deuluoedd eich cyngor.',
    },
  },
};

/** The default pathways' words that differ by nation (England's are the catalogue's own). */
export const NATION_PATHWAY_TEXT: Readonly<Partial<Record<Nation, Readonly<Record<string, NationPathwayText>>>>> = {
  wales: OUTSIDE_ENGLAND,
  scotland: OUTSIDE_ENGLAND,
  'northern-ireland': OUTSIDE_ENGLAND,
};

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
