import type { Message } from '../types.js';

/**
 * Every sentence the rules produce (reasons, "why this was suggested", labels), by id.
 * A message is either one text for everyone or worded per audience. Councils can override any
 * of them per locale in config (`strings`), except the safety messages (see
 * `isProtectedMessage`). `{name}` slots are filled by the engine.
 *
 * A result describes what was said and what it can mean, never a verdict. A parent reads plain
 * words; a practitioner reads the precise ones (the Act, "not a risk assessment").
 */
export const RULE_MESSAGES = {
  // Route reasons
  'reason.emergency': {
    parent: {
      en: 'You said someone may be in danger now. Call 999 first.',
      cy: 'Dywedoch chi y gallai rhywun fod mewn perygl nawr. Ffoniwch 999 yn gyntaf.',
    },
    practitioner: {
      en: 'Someone is in danger right now: call 999 first.',
      cy: 'Mae rhywun mewn perygl ar hyn o bryd: ffoniwch 999 yn gyntaf.',
    },
  },
  'reason.danger-unsure': {
    parent: {
      en: 'You were not sure if you or your children are in danger now. If you might be, call 999.',
      cy: 'Doeddech chi ddim yn siŵr a ydych chi neu’ch plant mewn perygl nawr. Os gallech chi fod, ffoniwch 999.',
    },
    practitioner: {
      en: 'It is not clear whether the parent or children are in danger right now: if they might be, call 999.',
      cy: 'Nid yw’n glir a yw’r rhiant neu’r plant mewn perygl ar hyn o bryd: os gallen nhw fod, ffoniwch 999.',
    },
  },
  'reason.domestic-abuse': {
    parent: {
      en: 'Some of what you describe are signs of domestic abuse. Even one time counts. Help for couples, courses about arguing and mediation are not safe when there may be abuse. So they are not shown here.',
      cy: 'Mae rhai o’r pethau rydych chi’n eu disgrifio yn arwyddion o gam-drin domestig. Mae hyd yn oed un tro yn cyfrif. Dydy cymorth i gyplau, cyrsiau am ddadlau a chyfryngu ddim yn ddiogel pan allai fod cam-drin. Felly dydyn nhw ddim yn cael eu dangos yma.',
    },
    practitioner: {
      en: 'What is described includes indicators of domestic abuse as the Domestic Abuse Act 2021 defines it; a single incident counts. Do not refer to conflict support, joint or couple work, or mediation. This is not a risk assessment.',
      cy: 'Mae’r hyn a ddisgrifir yn cynnwys dangosyddion o gam-drin domestig fel y’i diffinnir gan Ddeddf Cam-drin Domestig 2021; mae un digwyddiad yn cyfrif. Peidiwch ag atgyfeirio at gymorth gyda gwrthdaro, gwaith ar y cyd neu waith gyda chyplau, na chyfryngu. Nid asesiad risg yw hwn.',
    },
  },
  'reason.using-harm': {
    parent: {
      en: 'You said you worry about how you act towards your family. Asking for help is a strong first step. The Respect Phoneline helps people who want to change, in private. Help for couples is not shown here.',
      cy: 'Dywedoch chi eich bod chi’n poeni am y ffordd rydych chi’n ymddwyn tuag at eich teulu. Mae gofyn am gymorth yn gam cyntaf cryf. Mae Llinell Ffôn Respect yn helpu pobl sydd eisiau newid, yn breifat. Dydy cymorth i gyplau ddim yn cael ei ddangos yma.',
    },
    practitioner: {
      en: 'The parent is worried their own behaviour frightens or hurts their family: refer to the Respect Phoneline. Do not offer joint or couple work.',
      cy: 'Mae’r rhiant yn poeni bod ei ymddygiad ei hun yn dychryn neu’n brifo ei deulu: atgyfeiriwch at Linell Ffôn Respect. Peidiwch â chynnig gwaith ar y cyd na gwaith gyda chyplau.',
    },
  },
  'reason.also-using-harm': {
    parent: {
      en: 'You also said you worry about how you act. Many people who are treated badly blame themselves. You can talk about this with the helpline too. If you want help to change how you act, the Respect Phoneline is there for you.',
      cy: 'Dywedoch chi hefyd eich bod chi’n poeni am y ffordd rydych chi’n ymddwyn. Mae llawer o bobl sy’n cael eu trin yn wael yn beio eu hunain. Gallwch chi siarad am hyn gyda’r llinell gymorth hefyd. Os ydych chi eisiau cymorth i newid y ffordd rydych chi’n ymddwyn, mae Llinell Ffôn Respect yno i chi.',
    },
    practitioner: {
      en: 'The parent is also worried about their own behaviour. Help for them as a victim comes first (people who are abused often blame themselves); the Respect Phoneline is there if they want help to change.',
      cy: 'Mae’r rhiant hefyd yn poeni am ei ymddygiad ei hun. Daw cymorth iddo fel dioddefwr yn gyntaf (mae pobl sy’n cael eu cam-drin yn aml yn beio eu hunain); mae Llinell Ffôn Respect yno os yw eisiau cymorth i newid.',
    },
  },
  'reason.unclear': {
    parent: {
      en: 'You were not sure about some of the questions. That is OK. We never take “not sure” to mean “no”. So help for couples and mediation are not shown. You can talk it through in private with a family worker or a helpline.',
      cy: 'Doeddech chi ddim yn siŵr am rai o’r cwestiynau. Mae hynny’n iawn. Dydyn ni byth yn cymryd bod “ddim yn siŵr” yn golygu “na”. Felly dydy cymorth i gyplau a chyfryngu ddim yn cael eu dangos. Gallwch chi siarad am y peth yn breifat gyda gweithiwr teulu neu linell gymorth.',
    },
    practitioner: {
      en: 'Some safety answers were not sure or not given. Not sure is never taken as no: do not offer joint or couple work or mediation. Explore safely with the parent, alone, and seek advice from the local domestic abuse service.',
      cy: 'Roedd rhai atebion diogelwch yn ‘ddim yn siŵr’ neu heb eu rhoi. Nid yw ‘ddim yn siŵr’ byth yn cael ei gymryd fel ‘na’: peidiwch â chynnig gwaith ar y cyd, gwaith gyda chyplau na chyfryngu. Archwiliwch yn ddiogel gyda’r rhiant, ar ei ben ei hun, a gofynnwch am gyngor gan y gwasanaeth cam-drin domestig lleol.',
    },
  },
  'reason.unsure-about': {
    parent: { en: 'You were not sure about: {topics}.', cy: 'Doeddech chi ddim yn siŵr am: {topics}.' },
    practitioner: { en: 'Not sure or not answered: {topics}.', cy: 'Ddim yn siŵr neu heb ateb: {topics}.' },
  },
  'reason.conflict': {
    parent: {
      en: 'Your answers do not show signs of abuse. So help with arguing, and with bringing up your children together, may suit you.',
      cy: 'Dydy’ch atebion ddim yn dangos arwyddion o gam-drin. Felly gallai cymorth gyda dadlau, a gyda magu’ch plant gyda’ch gilydd, fod yn addas i chi.',
    },
    practitioner: {
      en: 'No abuse indicators were described, so conflict support is appropriate. Keep safety in mind as you get to know the family.',
      cy: 'Ni ddisgrifiwyd unrhyw ddangosyddion cam-drin, felly mae cymorth gyda gwrthdaro yn briodol. Cadwch ddiogelwch mewn cof wrth i chi ddod i adnabod y teulu.',
    },
  },
  'reason.no-concern': {
    parent: {
      en: 'Your answers suggest you do not argue much, it does not get heated, and you usually sort things out. All families disagree sometimes. If things change, the help below is there for you.',
      cy: 'Mae’ch atebion yn awgrymu nad ydych chi’n dadlau llawer, nad yw pethau’n mynd yn danbaid, a’ch bod chi fel arfer yn datrys pethau. Mae pob teulu’n anghytuno weithiau. Os bydd pethau’n newid, mae’r cymorth isod ar gael i chi.',
    },
    practitioner: {
      en: 'The answers suggest low conflict that usually gets resolved. The offers below are there if things change.',
      cy: 'Mae’r atebion yn awgrymu gwrthdaro lefel isel sydd fel arfer yn cael ei ddatrys. Mae’r cynigion isod ar gael os bydd pethau’n newid.',
    },
  },
  'reason.not-said': {
    parent: {
      en: 'You chose not to answer some questions. That is fine. Help that needs those answers is not shown here. A family worker can tell you about it.',
      cy: 'Dewisoch chi beidio ag ateb rhai cwestiynau. Mae hynny’n iawn. Dydy’r cymorth sydd angen yr atebion hynny ddim yn cael ei ddangos yma. Gall gweithiwr teulu ddweud wrthych chi amdano.',
    },
    practitioner: {
      en: 'Some answers about the family were not given (prefer not to say). Offers that depend on them are not shown: a couple programme needs the parents to be together, mediation a dispute, COPE and Getting on Better a known level of conflict.',
      cy: 'Ni roddwyd rhai atebion am y teulu (gwell peidio â dweud). Ni ddangosir cynigion sy’n dibynnu arnyn nhw: mae rhaglen i gyplau angen i’r rhieni fod gyda’i gilydd, cyfryngu angen anghydfod, a COPE a Getting on Better angen lefel hysbys o wrthdaro.',
    },
  },
  'reason.band': {
    parent: {
      en: 'Your answers suggest the level of arguing is {band}. This is a guide, not a diagnosis.',
      cy: 'Mae’ch atebion yn awgrymu mai {band} yw lefel y dadlau. Canllaw yw hwn, nid diagnosis.',
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
    en: 'Two answers about whether the parents are together did not match. So the safer one was used: no courses for couples.',
    cy: 'Doedd dau ateb am a yw’r rhieni gyda’i gilydd ddim yn cyd-fynd. Felly defnyddiwyd yr un mwyaf diogel: dim cyrsiau i gyplau.',
  },
  'reason.contradiction.stage': {
    en: 'Two answers about the age of the youngest child did not match. So the answer to the question was used.',
    cy: 'Doedd dau ateb am oed y plentyn ieuengaf ddim yn cyd-fynd. Felly defnyddiwyd yr ateb i’r cwestiwn.',
  },
  'reason.contradiction.childArrangementsDispute': {
    en: 'Two answers about whether the parents disagree over plans for the children did not match. So we took it that they do.',
    cy: 'Doedd dau ateb am a yw’r rhieni’n anghytuno am drefniadau’r plant ddim yn cyd-fynd. Felly fe gymeron ni eu bod nhw.',
  },
  'reason.contradiction.conflict': {
    en: 'Two answers about how bad the arguing is did not match. So the more serious one was used.',
    cy: 'Doedd dau ateb am ba mor ddrwg yw’r dadlau ddim yn cyd-fynd. Felly defnyddiwyd yr un mwyaf difrifol.',
  },
  'reason.children-used': {
    parent: {
      en: 'Children who live with abuse are harmed too. The NSPCC can give you advice about them.',
      cy: 'Mae plant sy’n byw gyda cham-drin yn cael niwed hefyd. Gall yr NSPCC roi cyngor i chi amdanyn nhw.',
    },
    practitioner: {
      en: 'Children who live with abuse are victims in their own right: consider the children’s safety and the NSPCC.',
      cy: 'Mae plant sy’n byw gyda cham-drin yn ddioddefwyr yn eu rhinwedd eu hunain: ystyriwch ddiogelwch y plant a’r NSPCC.',
    },
  },
  // Urgency
  'urgent.danger': { en: 'Someone may be in danger now.', cy: 'Efallai bod rhywun mewn perygl nawr.' },
  'urgent.strangled': {
    parent: {
      en: 'Choking is one of the strongest signs of serious harm.',
      cy: 'Mae tagu yn un o’r arwyddion cryfaf o niwed difrifol.',
    },
    practitioner: {
      en: 'Non-fatal strangulation is one of the strongest markers of serious harm.',
      cy: 'Mae llindagu nad yw’n angheuol yn un o’r arwyddion cryfaf o niwed difrifol.',
    },
  },
  'urgent.threats': {
    en: 'Threats to kill are a sign of serious harm.',
    cy: 'Mae bygythiadau i ladd yn arwydd o niwed difrifol.',
  },
  'urgent.stalking': {
    parent: {
      en: 'Checking up on someone or following them can be stalking, most of all after a split. Stalking is a sign of serious harm.',
      cy: 'Gall gwirio rhywun neu ei ddilyn fod yn stelcio, yn enwedig ar ôl gwahanu. Mae stelcio yn arwydd o niwed difrifol.',
    },
    practitioner: {
      en: 'Checking, tracking or following after a separation (or where it is not known whether they are together) can be stalking, a marker of serious harm.',
      cy: 'Gall gwirio, tracio neu ddilyn ar ôl gwahanu (neu pan nad yw’n hysbys a ydyn nhw gyda’i gilydd) fod yn stelcio, sy’n arwydd o niwed difrifol.',
    },
  },
  'urgent.separation': {
    parent: {
      en: 'The time around a split is more dangerous when a partner controls you and has hurt you.',
      cy: 'Mae’r amser o gwmpas gwahanu yn fwy peryglus pan fo partner yn eich rheoli ac wedi’ch brifo.',
    },
    practitioner: {
      en: 'Separation (or a relationship not known) with controlling behaviour and violence is a time of higher risk.',
      cy: 'Mae gwahanu (neu berthynas nad yw’n hysbys) gydag ymddygiad rheolaethol a thrais yn gyfnod o risg uwch.',
    },
  },
  'urgent.not-sure-marker': {
    parent: {
      en: 'You were not sure about choking or threats. We cannot rule them out.',
      cy: 'Doeddech chi ddim yn siŵr am dagu neu fygythiadau. Allwn ni ddim eu diystyru.',
    },
    practitioner: {
      en: 'There was uncertainty about strangulation or threats, which cannot be ruled out.',
      cy: 'Roedd ansicrwydd ynghylch llindagu neu fygythiadau, ac ni ellir diystyru’r rhain.',
    },
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
    parent: { en: 'You live apart, or you are splitting up.', cy: 'Rydych chi’n byw ar wahân, neu’n gwahanu.' },
    practitioner: {
      en: 'The parents are separating, have separated or were never a couple.',
      cy: 'Mae’r rhieni’n gwahanu, wedi gwahanu neu erioed wedi bod yn gwpl.',
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
    parent: { en: 'There is a lot of arguing.', cy: 'Mae llawer o ddadlau.' },
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
      en: 'You do not agree on plans for the children.',
      cy: 'Dydych chi ddim yn cytuno am drefniadau’r plant.',
    },
    practitioner: {
      en: 'The parents disagree about arrangements for the children.',
      cy: 'Mae’r rhieni’n anghytuno am drefniadau ar gyfer y plant.',
    },
  },
  'why.supported': {
    parent: {
      en: 'A trained person helps you through it. Many parents find this helps more than a course on their own.',
      cy: 'Mae person hyfforddedig yn eich helpu drwyddo. Mae llawer o rieni’n gweld bod hyn yn helpu mwy na gwneud cwrs ar eu pen eu hunain.',
    },
    practitioner: {
      en: 'A practitioner supports the parents through it: many parents find this helps more than a self-guided course.',
      cy: 'Mae ymarferydd yn helpu’r rhieni drwyddo: mae llawer o rieni’n gweld bod hyn yn helpu mwy na chwrs hunan-dywys.',
    },
  },
  'why.any-parent': { en: 'It is open to any parent.', cy: 'Mae’n agored i unrhyw riant.' },
  'why.unclear': {
    parent: {
      en: 'A family worker can talk it through with you, in private.',
      cy: 'Gall gweithiwr teulu siarad am y peth gyda chi, yn breifat.',
    },
    practitioner: {
      en: 'A practitioner can explore safely with the parent, alone, before any other support.',
      cy: 'Gall ymarferydd archwilio’n ddiogel gyda’r rhiant, ar ei ben ei hun, cyn unrhyw gymorth arall.',
    },
  },
  'why.domestic-abuse': {
    en: 'Help from people who know about domestic abuse. It is private.',
    cy: 'Cymorth gan bobl sy’n gwybod am gam-drin domestig. Mae’n breifat.',
  },
  'why.using-harm': {
    en: 'Ask your local domestic abuse service about courses for people who want to change.',
    cy: 'Gofynnwch i’ch gwasanaeth cam-drin domestig lleol am gyrsiau i bobl sydd eisiau newid.',
  },
  'why.council': { en: 'Offered by your council.', cy: 'Yn cael ei gynnig gan eich cyngor.' },
  // Notes
  'note.not-diagnosis': {
    parent: {
      en: 'This is a guide to help you find support. It is not a diagnosis or a risk assessment.',
      cy: 'Canllaw yw hwn i’ch helpu i ddod o hyd i gymorth. Nid diagnosis nac asesiad risg yw hwn.',
    },
    practitioner: {
      en: 'This is a guide to help find support. It is not a diagnosis or a risk assessment.',
      cy: 'Canllaw yw hwn i helpu i ddod o hyd i gymorth. Nid diagnosis nac asesiad risg yw hwn.',
    },
  },
  /** Shown beside every phone number (`tel:` link) of a helpline or 999. */
  'note.call-history': {
    parent: {
      en: 'Calls to 999 and to helplines show in your phone’s call history. They can show on the phone bill too. If that is not safe, use a phone no one else checks, like a friend’s.',
      cy: 'Mae galwadau i 999 ac i linellau cymorth yn dangos yn hanes galwadau eich ffôn. Gallan nhw ddangos ar fil y ffôn hefyd. Os nad yw hynny’n ddiogel, defnyddiwch ffôn nad oes neb arall yn ei wirio, fel ffôn ffrind.',
    },
    practitioner: {
      en: 'Calls to 999 and helplines show in the phone’s call history and can show on the bill: agree a safe phone and a safe time with the parent.',
      cy: 'Mae galwadau i 999 a llinellau cymorth yn dangos yn hanes galwadau’r ffôn a gallan nhw ddangos ar y bil: cytunwch ar ffôn diogel ac amser diogel gyda’r rhiant.',
    },
  },
  'format.digital': { en: 'Online course', cy: 'Cwrs ar-lein' },
  'format.group': { en: 'Group', cy: 'Grŵp' },
  'format.one-to-one': { en: 'One-to-one', cy: 'Un i un' },
  'format.workshop': { en: 'Workshop', cy: 'Gweithdy' },
  'format.mediation': { en: 'Mediation', cy: 'Cyfryngu' },
  'format.phone': { en: 'Phone', cy: 'Ffôn' },
  'referral.self': { en: 'You can sign up yourself', cy: 'Gallwch chi gofrestru eich hun' },
  'referral.practitioner': {
    parent: { en: 'A family worker can refer you', cy: 'Gall gweithiwr teulu eich atgyfeirio' },
    practitioner: { en: 'Through a practitioner’s referral', cy: 'Drwy atgyfeiriad gan ymarferydd' },
  },
  'referral.self-or-practitioner': {
    parent: {
      en: 'Sign up yourself, or ask a family worker to refer you',
      cy: 'Cofrestrwch eich hun, neu gofynnwch i weithiwr teulu eich atgyfeirio',
    },
    practitioner: {
      en: 'Self-referral, or a practitioner’s referral',
      cy: 'Hunanatgyfeirio, neu atgyfeiriad gan ymarferydd',
    },
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
