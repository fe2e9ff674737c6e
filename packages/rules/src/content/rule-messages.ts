import type { Message } from '../types.js';

/**
 * Every sentence the rules produce (reasons, "why this was suggested", labels), by id.
 * A message is either one text for everyone or worded per audience. Councils can override any
 * of them per locale in config (`strings`). `{name}` slots are filled by the engine.
 */
export const RULE_MESSAGES = {
  // Route reasons
  'reason.emergency': {
    parent: {
      en: 'You said someone is in danger right now, so the first thing to do is call 999.',
      cy: 'Dywedoch chi fod rhywun mewn perygl ar hyn o bryd, felly y peth cyntaf i’w wneud yw ffonio 999.',
    },
    practitioner: {
      en: 'Someone is in danger right now: call 999 first.',
      cy: 'Mae rhywun mewn perygl ar hyn o bryd: ffoniwch 999 yn gyntaf.',
    },
  },
  'reason.danger-unsure': {
    parent: {
      en: 'You were not sure whether you or your children are in danger right now. If you might be, call 999.',
      cy: 'Doeddech chi ddim yn siŵr a ydych chi neu eich plant mewn perygl ar hyn o bryd. Os gallai hynny fod yn wir, ffoniwch 999.',
    },
    practitioner: {
      en: 'It is not clear whether the parent or children are in danger right now: if they might be, call 999.',
      cy: 'Nid yw’n glir a yw’r rhiant neu’r plant mewn perygl ar hyn o bryd: os gallai hynny fod yn wir, ffoniwch 999.',
    },
  },
  'reason.domestic-abuse': {
    parent: {
      en: 'What you describe is domestic abuse under the law, and a single incident counts. Support for arguing, couple work and mediation are not safe where there is abuse, so they are not suggested here.',
      cy: 'Mae’r hyn rydych chi’n ei ddisgrifio yn gam-drin domestig yn ôl y gyfraith, ac mae un digwyddiad yn unig yn cyfrif. Nid yw cefnogaeth gyda dadlau, gwaith gyda chyplau na chyfryngu yn ddiogel lle mae cam-drin, felly nid ydyn nhw’n cael eu hawgrymu yma.',
    },
    practitioner: {
      en: 'What is described meets the definition of domestic abuse in the Domestic Abuse Act 2021; a single incident counts. Do not refer to conflict support, joint or couple work, or mediation.',
      cy: 'Mae’r hyn a ddisgrifir yn bodloni diffiniad Deddf Cam-drin Domestig 2021 o gam-drin domestig; mae un digwyddiad yn unig yn cyfrif. Peidiwch ag atgyfeirio at gefnogaeth gyda gwrthdaro, gwaith ar y cyd neu waith gyda chyplau, na chyfryngu.',
    },
  },
  'reason.using-harm': {
    parent: {
      en: 'You are worried your own behaviour frightens or hurts your family. Asking for help is a strong first step. The Respect Phoneline helps people who want to change. Couple or joint work is not suggested.',
      cy: 'Rydych chi’n poeni bod eich ymddygiad eich hun yn codi ofn ar eich teulu neu’n eu brifo. Mae gofyn am gymorth yn gam cyntaf cryf. Mae Llinell Ffôn Respect yn helpu pobl sydd eisiau newid. Nid yw gwaith gyda chyplau na gwaith ar y cyd yn cael eu hawgrymu.',
    },
    practitioner: {
      en: 'The parent is worried their own behaviour frightens or hurts their family: refer to the Respect Phoneline. Do not offer joint or couple work.',
      cy: 'Mae’r rhiant yn poeni bod eu hymddygiad eu hunain yn codi ofn ar eu teulu neu’n eu brifo: atgyfeiriwch at Linell Ffôn Respect. Peidiwch â chynnig gwaith ar y cyd na gwaith gyda chyplau.',
    },
  },
  'reason.also-using-harm': {
    parent: {
      en: 'You are also worried about your own behaviour: the Respect Phoneline can help with that.',
      cy: 'Rydych chi hefyd yn poeni am eich ymddygiad eich hun: gall Llinell Ffôn Respect helpu gyda hynny.',
    },
    practitioner: {
      en: 'The parent is also worried about their own behaviour: the Respect Phoneline can help with that.',
      cy: 'Mae’r rhiant hefyd yn poeni am eu hymddygiad eu hunain: gall Llinell Ffôn Respect helpu gyda hynny.',
    },
  },
  'reason.unclear': {
    parent: {
      en: 'You were not sure about some of the safety questions. Not sure is never taken as no, so couple work, joint work and mediation are not suggested. Talking it through in confidence with a practitioner or a helpline can help you work out what is right for you.',
      cy: 'Doeddech chi ddim yn siŵr am rai o’r cwestiynau diogelwch. Nid yw ‘ddim yn siŵr’ byth yn cael ei gymryd fel ‘na’, felly nid yw gwaith gyda chyplau, gwaith ar y cyd na chyfryngu yn cael eu hawgrymu. Gall siarad yn gyfrinachol ag ymarferydd neu linell gymorth eich helpu i benderfynu beth sy’n iawn i chi.',
    },
    practitioner: {
      en: 'Some safety answers were not sure or not given. Not sure is never taken as no: do not offer joint or couple work or mediation. Explore safely with the parent, alone, and seek advice from the local domestic abuse service.',
      cy: 'Roedd rhai atebion diogelwch yn ‘ddim yn siŵr’ neu heb eu rhoi. Nid yw ‘ddim yn siŵr’ byth yn cael ei gymryd fel ‘na’: peidiwch â chynnig gwaith ar y cyd, gwaith gyda chyplau na chyfryngu. Archwiliwch yn ddiogel gyda’r rhiant, yn unigol, a gofynnwch am gyngor gan y gwasanaeth cam-drin domestig lleol.',
    },
  },
  'reason.unsure-about': {
    parent: { en: 'You were not sure about: {topics}.', cy: 'Doeddech chi ddim yn siŵr am: {topics}.' },
    practitioner: { en: 'Not sure or not answered: {topics}.', cy: 'Ddim yn siŵr neu heb ateb: {topics}.' },
  },
  'reason.conflict': {
    parent: {
      en: 'You did not describe signs of abuse, so support with arguing and co-parenting is a good fit.',
      cy: 'Wnaethoch chi ddim disgrifio arwyddion o gam-drin, felly mae cefnogaeth gyda dadlau a chyd-rianta yn addas i chi.',
    },
    practitioner: {
      en: 'No abuse indicators were described, so conflict support is appropriate. Keep safety in mind as you get to know the family.',
      cy: 'Ni ddisgrifiwyd unrhyw ddangosyddion cam-drin, felly mae cefnogaeth gyda gwrthdaro yn briodol. Cadwch ddiogelwch mewn cof wrth i chi ddod i adnabod y teulu.',
    },
  },
  'reason.no-concern': {
    parent: {
      en: 'Your answers suggest arguments are not often heated and usually get sorted out. Every family disagrees sometimes. If things change, the support below is there for you.',
      cy: 'Mae eich atebion yn awgrymu nad yw dadleuon yn aml yn danbaid, a’u bod fel arfer yn cael eu datrys. Mae pob teulu’n anghytuno weithiau. Os bydd pethau’n newid, mae’r gefnogaeth isod ar gael i chi.',
    },
    practitioner: {
      en: 'The answers suggest low conflict that usually gets resolved. The offers below are there if things change.',
      cy: 'Mae’r atebion yn awgrymu gwrthdaro lefel isel sydd fel arfer yn cael ei ddatrys. Mae’r cynigion isod ar gael os bydd pethau’n newid.',
    },
  },
  'reason.not-said': {
    parent: {
      en: 'You chose not to answer some questions. That is fine. Help that needs those answers is not shown here. A family worker can tell you about it.',
      cy: 'Dewisoch chi beidio ag ateb rhai cwestiynau. Mae hynny’n iawn. Dydy’r help sydd angen yr atebion hynny ddim yn cael ei ddangos yma. Gall gweithiwr teulu ddweud wrthych chi amdano.',
    },
    practitioner: {
      en: 'Some answers about the family were not given (prefer not to say). Offers that depend on them are not shown: a couple programme needs the parents to be together, mediation a dispute, COPE and Getting on Better a known level of conflict.',
      cy: 'Ni roddwyd rhai atebion am y teulu (gwell peidio â dweud). Ni ddangosir cynigion sy’n dibynnu arnyn nhw: mae rhaglen i gyplau angen i’r rhieni fod gyda’i gilydd, cyfryngu angen anghydfod, a COPE a Getting on Better angen lefel hysbys o wrthdaro.',
    },
  },
  'reason.band': {
    parent: {
      en: 'Your answers suggest the level of arguing is {band}. This is a guide, not a diagnosis.',
      cy: 'Mae eich atebion yn awgrymu mai {band} yw lefel y dadlau. Canllaw yw hwn, nid diagnosis.',
    },
    practitioner: {
      en: 'The answers suggest {band} conflict. This is a guide, not a diagnosis.',
      cy: 'Mae’r atebion yn awgrymu gwrthdaro {band}. Canllaw yw hwn, nid diagnosis.',
    },
  },
  'reason.screened': {
    en: 'A practitioner confirmed the family was screened for domestic abuse today, with no concerns.',
    cy: 'Cadarnhaodd ymarferydd fod y teulu wedi’u sgrinio am gam-drin domestig heddiw, heb bryderon.',
  },
  'reason.contradiction.relationship': {
    en: 'Two answers about whether the parents are together did not agree, so the more careful one was used: no courses for couples.',
    cy: 'Doedd dau ateb am a yw’r rhieni gyda’i gilydd ddim yn cytuno, felly defnyddiwyd yr un mwyaf gofalus: dim cyrsiau i gyplau.',
  },
  'reason.contradiction.stage': {
    en: 'Two answers about the youngest child’s age did not agree, so the answer given to the question was used.',
    cy: 'Doedd dau ateb am oed y plentyn ieuengaf ddim yn cytuno, felly defnyddiwyd yr ateb i’r cwestiwn.',
  },
  'reason.contradiction.childArrangementsDispute': {
    en: 'Two answers about a disagreement over the children’s arrangements did not agree, so it was taken that there is one.',
    cy: 'Doedd dau ateb am anghytundeb ynghylch trefniadau’r plant ddim yn cytuno, felly cymerwyd bod un.',
  },
  'reason.contradiction.conflict': {
    en: 'Two answers about how bad the arguing is did not agree, so the more serious one was used.',
    cy: 'Doedd dau ateb am ba mor ddrwg yw’r dadlau ddim yn cytuno, felly defnyddiwyd yr un mwyaf difrifol.',
  },
  'reason.children-used': {
    parent: {
      en: 'Children who live with abuse are affected too: the NSPCC can advise you about them.',
      cy: 'Mae plant sy’n byw gyda cham-drin yn cael eu heffeithio hefyd: gall yr NSPCC roi cyngor i chi amdanyn nhw.',
    },
    practitioner: {
      en: 'Children who live with abuse are victims in their own right: consider the children’s safety and the NSPCC.',
      cy: 'Mae plant sy’n byw gyda cham-drin yn ddioddefwyr yn eu rhinwedd eu hunain: ystyriwch ddiogelwch y plant a’r NSPCC.',
    },
  },
  // Urgency
  'urgent.danger': { en: 'Someone may be in danger now.', cy: 'Efallai bod rhywun mewn perygl nawr.' },
  'urgent.strangled': {
    en: 'Strangling or choking is one of the strongest warnings of serious harm.',
    cy: 'Mae llindagu neu dagu yn un o’r rhybuddion cryfaf o niwed difrifol.',
  },
  'urgent.threats': {
    en: 'Threats to kill are a warning of serious harm.',
    cy: 'Mae bygythiadau i ladd yn rhybudd o niwed difrifol.',
  },
  'urgent.stalking': {
    en: 'Checking, tracking or following someone after a separation can be stalking, which is a warning of serious harm.',
    cy: 'Gall gwirio, tracio neu ddilyn rhywun ar ôl gwahanu fod yn stelcio, sy’n rhybudd o niwed difrifol.',
  },
  'urgent.separation': {
    en: 'Separating from someone who is controlling and violent is a time of higher risk.',
    cy: 'Mae gwahanu oddi wrth rywun sy’n rheolaethol ac yn dreisgar yn gyfnod o risg uwch.',
  },
  'urgent.not-sure-marker': {
    en: 'There was uncertainty about strangling or threats, which cannot be ruled out.',
    cy: 'Roedd ansicrwydd ynghylch llindagu neu fygythiadau, ac ni ellir diystyru’r rhain.',
  },
  // Bands
  'band.low': { en: 'low', cy: 'isel' },
  'band.moderate': { en: 'moderate', cy: 'cymedrol' },
  'band.high': { en: 'high', cy: 'uchel' },
  // Why a pathway was suggested
  'why.together': {
    parent: { en: 'You are together.', cy: 'Rydych chi gyda’ch gilydd.' },
    practitioner: { en: 'The parents are together.', cy: 'Mae’r rhieni gyda’i gilydd.' },
  },
  'why.separating': {
    parent: { en: 'You are separating or have separated.', cy: 'Rydych chi’n gwahanu neu wedi gwahanu.' },
    practitioner: {
      en: 'The parents are separating or have separated.',
      cy: 'Mae’r rhieni’n gwahanu neu wedi gwahanu.',
    },
  },
  'why.expecting': {
    parent: {
      en: 'You are expecting a baby or have a young baby.',
      cy: 'Rydych chi’n disgwyl babi neu mae gennych chi fabi ifanc.',
    },
    practitioner: {
      en: 'They are expecting a baby or have a young baby.',
      cy: 'Maen nhw’n disgwyl babi neu mae ganddyn nhw fabi ifanc.',
    },
  },
  'why.conflict-high': {
    parent: { en: 'The arguing is intense.', cy: 'Mae’r dadlau’n ddwys.' },
    practitioner: { en: 'Conflict is high.', cy: 'Mae lefel y gwrthdaro’n uchel.' },
  },
  'why.conflict-low-moderate': {
    parent: {
      en: 'It suits arguing that has not got out of hand.',
      cy: 'Mae’n addas ar gyfer dadlau sydd heb fynd allan o reolaeth.',
    },
    practitioner: { en: 'It suits low to moderate conflict.', cy: 'Mae’n addas ar gyfer gwrthdaro isel i gymedrol.' },
  },
  'why.dispute': {
    parent: {
      en: 'You disagree about arrangements for the children.',
      cy: 'Rydych chi’n anghytuno am drefniadau ar gyfer y plant.',
    },
    practitioner: {
      en: 'The parents disagree about arrangements for the children.',
      cy: 'Mae’r rhieni’n anghytuno am drefniadau ar gyfer y plant.',
    },
  },
  'why.supported': {
    en: 'A practitioner supports you through it: many parents find this helps more than a course on their own.',
    cy: 'Mae ymarferydd yn eich cefnogi drwy’r cyfan: mae llawer o rieni’n gweld bod hyn yn helpu mwy na gwneud cwrs ar eu pen eu hunain.',
  },
  'why.any-parent': { en: 'It is open to any parent.', cy: 'Mae’n agored i unrhyw riant.' },
  'why.unclear': {
    parent: {
      en: 'A practitioner can talk through what is happening with you, in confidence.',
      cy: 'Gall ymarferydd siarad â chi am yr hyn sy’n digwydd, yn gyfrinachol.',
    },
    practitioner: {
      en: 'A practitioner can explore safely with the parent, alone, before any other support.',
      cy: 'Gall ymarferydd archwilio’n ddiogel gyda’r rhiant, yn unigol, cyn unrhyw gefnogaeth arall.',
    },
  },
  'why.domestic-abuse': {
    en: 'Specialist help with domestic abuse, in confidence.',
    cy: 'Cymorth arbenigol gyda cham-drin domestig, yn gyfrinachol.',
  },
  'why.using-harm': {
    en: 'Your local domestic abuse service can tell you about programmes for people who want to change.',
    cy: 'Gall eich gwasanaeth cam-drin domestig lleol ddweud wrthych chi am raglenni i bobl sydd eisiau newid.',
  },
  'why.council': { en: 'Offered by your council.', cy: 'Yn cael ei gynnig gan eich cyngor.' },
  // Labels
  'note.not-diagnosis': {
    en: 'This is a guide to help you find support. It is not a diagnosis or a risk assessment.',
    cy: 'Canllaw yw hwn i’ch helpu i ddod o hyd i gefnogaeth. Nid yw’n ddiagnosis nac yn asesiad risg.',
  },
  'format.digital': { en: 'Online course', cy: 'Cwrs ar-lein' },
  'format.group': { en: 'Group', cy: 'Grŵp' },
  'format.one-to-one': { en: 'One-to-one', cy: 'Un i un' },
  'format.workshop': { en: 'Workshop', cy: 'Gweithdy' },
  'format.mediation': { en: 'Mediation', cy: 'Cyfryngu' },
  'format.phone': { en: 'Phone', cy: 'Ffôn' },
  'referral.self': { en: 'You can sign up yourself', cy: 'Gallwch chi gofrestru eich hun' },
  'referral.practitioner': { en: 'Through a practitioner’s referral', cy: 'Drwy atgyfeiriad gan ymarferydd' },
  'referral.self-or-practitioner': {
    en: 'Sign up yourself, or ask a practitioner to refer you',
    cy: 'Cofrestrwch eich hun, neu gofynnwch i ymarferydd eich atgyfeirio',
  },
  'category.physical-sexual': { en: 'Physical or sexual abuse', cy: 'Cam-drin corfforol neu rywiol' },
  'category.violent-threatening': { en: 'Violent or threatening behaviour', cy: 'Ymddygiad treisgar neu fygythiol' },
  'category.controlling-coercive': {
    en: 'Controlling or coercive behaviour',
    cy: 'Ymddygiad rheolaethol neu gymhellol',
  },
  'category.economic': { en: 'Economic abuse', cy: 'Cam-drin economaidd' },
  'category.psychological-emotional': {
    en: 'Psychological or emotional abuse',
    cy: 'Cam-drin seicolegol neu emosiynol',
  },
  'category.fear-power': { en: 'Fear and an imbalance of power', cy: 'Ofn ac anghydbwysedd grym' },
} as const satisfies Record<string, Message>;
