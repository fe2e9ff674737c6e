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
    name: { en: 'Me, You and Baby Too', cy: 'Me, You and Baby Too' },
    provider: { en: 'OnePlusOne', cy: 'OnePlusOne' },
    description: {
      en: 'A free online course for couples who are expecting or have a new baby: how a baby changes a relationship, and how to handle disagreements as a team.',
      cy: 'Cwrs ar-lein am ddim i gyplau sy’n disgwyl babi neu sydd â babi newydd: sut mae babi’n newid perthynas, a sut i ddelio ag anghytundebau fel tîm.',
    },
    whoFor: {
      en: 'Parents who are together and expecting a baby or have a baby or toddler',
      cy: 'Rhieni sydd gyda’i gilydd ac sy’n disgwyl babi neu sydd â babi neu blentyn bach',
    },
    formats: ['digital'],
    kind: 'conflict',
    joint: true,
    cost: { en: 'Free', cy: 'Am ddim' },
    duration: { en: 'Online, at your own pace', cy: 'Ar-lein, ar eich cyflymder eich hun' },
    access: {
      referral: 'self',
      howTo: {
        en: 'Ask your Family Hub for the free access link.',
        cy: 'Gofynnwch i’ch Hyb Teulu am y ddolen mynediad am ddim.',
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
      en: 'A free online course for parents who are together: how arguments affect children, and how to argue in a way that gets things sorted.',
      cy: 'Cwrs ar-lein am ddim i rieni sydd gyda’i gilydd: sut mae dadleuon yn effeithio ar blant, a sut i ddadlau mewn ffordd sy’n datrys pethau.',
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
        en: 'Ask your Family Hub for the free access link.',
        cy: 'Gofynnwch i’ch Hyb Teulu am y ddolen mynediad am ddim.',
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
      en: 'A free online course for parents who are separating or separated: how to keep the children out of the middle and talk with the other parent about them.',
      cy: 'Cwrs ar-lein am ddim i rieni sy’n gwahanu neu sydd wedi gwahanu: sut i gadw’r plant allan o’r canol a siarad â’r rhiant arall amdanyn nhw.',
    },
    whoFor: { en: 'Parents who are separating or separated', cy: 'Rhieni sy’n gwahanu neu sydd wedi gwahanu' },
    formats: ['digital'],
    kind: 'conflict',
    joint: false,
    cost: { en: 'Free', cy: 'Am ddim' },
    duration: { en: 'Online, at your own pace', cy: 'Ar-lein, ar eich cyflymder eich hun' },
    access: {
      referral: 'self',
      howTo: {
        en: 'Ask your Family Hub for the free access link.',
        cy: 'Gofynnwch i’ch Hyb Teulu am y ddolen mynediad am ddim.',
      },
    },
    eligibility: { relationship: ['separating', 'separated'] },
  },
  {
    id: 'parenting-when-separated',
    builtIn: true,
    name: { en: 'Parenting when Separated', cy: 'Parenting when Separated' },
    description: {
      en: 'A group course for parents before, during or after a separation, on putting the children first. The two parents go to different groups.',
      cy: 'Cwrs grŵp i rieni cyn gwahanu, wrth wahanu neu ar ôl gwahanu, am roi’r plant yn gyntaf. Mae’r ddau riant yn mynd i grwpiau gwahanol.',
    },
    whoFor: {
      en: 'Parents preparing for, going through or after a separation',
      cy: 'Rhieni sy’n paratoi i wahanu, sy’n mynd drwy wahaniad neu sydd wedi gwahanu',
    },
    formats: ['group'],
    kind: 'conflict',
    joint: false,
    cost: { en: 'Free', cy: 'Am ddim' },
    duration: { en: 'A few weekly sessions', cy: 'Ychydig o sesiynau wythnosol' },
    access: {
      referral: 'self-or-practitioner',
      howTo: {
        en: 'Contact your Family Hub to book a place, or ask a practitioner to refer you.',
        cy: 'Cysylltwch â’ch Hyb Teulu i gadw lle, neu gofynnwch i ymarferydd eich atgyfeirio.',
      },
    },
    eligibility: { relationship: ['separating', 'separated'] },
  },
  {
    id: 'getting-on-better',
    builtIn: true,
    name: { en: 'Getting on Better workshop', cy: 'Gweithdy Getting on Better' },
    description: {
      en: 'A short workshop for parents who are together, to understand what drives arguments and practise ways to calm them down.',
      cy: 'Gweithdy byr i rieni sydd gyda’i gilydd, i ddeall beth sy’n sbarduno dadleuon ac ymarfer ffyrdd o’u tawelu.',
    },
    whoFor: {
      en: 'Parents who are together, with low to moderate conflict',
      cy: 'Rhieni sydd gyda’i gilydd, gyda lefel isel i gymedrol o wrthdaro',
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
      en: 'One-to-one support from a trained practitioner for parents who are struggling to manage conflict: the more intensive offer.',
      cy: 'Cymorth un i un gan ymarferydd hyfforddedig i rieni sy’n cael trafferth rheoli gwrthdaro: y cynnig mwy dwys.',
    },
    whoFor: {
      en: 'Parents who are together and struggling with a lot of conflict',
      cy: 'Rhieni sydd gyda’i gilydd ac sy’n cael trafferth gyda llawer o wrthdaro',
    },
    formats: ['one-to-one'],
    kind: 'conflict',
    joint: true,
    duration: { en: 'Several sessions', cy: 'Sawl sesiwn' },
    access: {
      referral: 'practitioner',
      howTo: {
        en: 'A Family Hub practitioner refers you after a conversation about what is going on.',
        cy: 'Bydd ymarferydd Hyb Teulu yn eich atgyfeirio ar ôl sgwrs am yr hyn sy’n digwydd.',
      },
    },
    eligibility: { relationship: ['together'], conflict: ['high'] },
  },
  {
    id: 'family-hub-support',
    builtIn: true,
    name: { en: 'Family Hub support', cy: 'Cymorth Hyb Teulu' },
    description: {
      en: 'A conversation with a Family Hub practitioner, then group or one-to-one support that fits your family.',
      cy: 'Sgwrs gydag ymarferydd Hyb Teulu, ac yna cymorth grŵp neu gymorth un i un sy’n addas i’ch teulu.',
    },
    whoFor: { en: 'Any parent', cy: 'Unrhyw riant' },
    formats: ['group', 'one-to-one'],
    kind: 'support',
    joint: false,
    cost: { en: 'Free', cy: 'Am ddim' },
    access: {
      referral: 'self-or-practitioner',
      howTo: {
        en: 'Contact your Family Hub, or ask someone you already trust, such as a health visitor or teacher, to put you in touch.',
        cy: 'Cysylltwch â’ch Hyb Teulu, neu gofynnwch i rywun rydych chi eisoes yn ymddiried ynddo, fel ymwelydd iechyd neu athro, eich rhoi mewn cysylltiad.',
      },
    },
    eligibility: {},
  },
  {
    id: 'mediation',
    builtIn: true,
    name: { en: 'Family mediation', cy: 'Cyfryngu teuluol' },
    description: {
      en: 'A trained mediator helps separated parents agree arrangements for the children without going to court. Mediators check first that it is safe.',
      cy: 'Mae cyfryngwr hyfforddedig yn helpu rhieni sydd wedi gwahanu i gytuno ar drefniadau ar gyfer y plant heb fynd i’r llys. Mae cyfryngwyr yn gwirio yn gyntaf ei bod yn ddiogel.',
    },
    whoFor: {
      en: 'Parents who disagree about arrangements for the children',
      cy: 'Rhieni sy’n anghytuno ynghylch trefniadau ar gyfer y plant',
    },
    formats: ['mediation'],
    kind: 'mediation',
    joint: true,
    cost: {
      en: 'Costs vary; help with costs may be available',
      cy: 'Mae’r costau’n amrywio; efallai y bydd help gyda’r costau ar gael',
    },
    access: {
      referral: 'self',
      howTo: {
        en: 'Find an accredited family mediator, or ask your Family Hub.',
        cy: 'Dewch o hyd i gyfryngwr teuluol achrededig, neu gofynnwch i’ch Hyb Teulu.',
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
      en: 'Specialist, confidential support from people trained to help with domestic abuse, including safety planning.',
      cy: 'Cymorth arbenigol a chyfrinachol gan bobl sydd wedi’u hyfforddi i helpu gyda cham-drin domestig, gan gynnwys cynllunio diogelwch.',
    },
    whoFor: { en: 'Anyone affected by domestic abuse', cy: 'Unrhyw un y mae cam-drin domestig yn effeithio arno' },
    formats: ['one-to-one', 'phone'],
    kind: 'domestic-abuse',
    joint: false,
    cost: { en: 'Free', cy: 'Am ddim' },
    access: {
      referral: 'self-or-practitioner',
      howTo: {
        en: 'Call the domestic abuse helpline, who can put you in touch with your local service.',
        cy: 'Ffoniwch y llinell gymorth cam-drin domestig, a all eich rhoi mewn cysylltiad â’ch gwasanaeth lleol.',
      },
    },
    eligibility: {},
  },
];

export const DEFAULT_PATHWAY_IDS: readonly string[] = /* @__PURE__ */ DEFAULT_PATHWAYS.map((p) => p.id);
