import type { Question, QuestionOption, Tool } from '../types.js';

/**
 * The safety questions (ids and answer values are a contract). The wording is RPC Kit's own:
 * it is not taken from any risk-assessment instrument, and it is not a risk assessment.
 * The order matters: immediate danger is always asked first.
 *
 * A parent reads plain words, one behaviour to a question where the meaning allows, with the
 * examples in the hint; a practitioner reads the precise wording. In Welsh each question's yes and
 * no echo its own verb ("Ydy ...?" "Ydy" / "Nac ydy"), for each audience: see docs/welsh-glossary.md.
 */

const ALL_TOOLS: readonly Tool[] = ['screener', 'da-check', 'signposter'];

/** "Not sure, or I would rather not say": never read as no. The same on every safety question. */
const UNSURE: QuestionOption = {
  value: 'unsure',
  label: {
    parent: { en: 'Not sure, or I would rather not say', cy: 'Ddim yn siŵr, neu byddai’n well gen i beidio â dweud' },
    practitioner: {
      en: 'Not sure, or they would rather not say',
      cy: 'Ddim yn siŵr, neu byddai’n well ganddyn nhw beidio â dweud',
    },
  },
};

/** Yes, no and not sure, with the Welsh yes and no that answer the question's verb for each audience. */
function answers(parent: readonly [string, string], practitioner: readonly [string, string]): QuestionOption[] {
  return [
    {
      value: 'yes',
      label: { parent: { en: 'Yes', cy: parent[0] }, practitioner: { en: 'Yes', cy: practitioner[0] } },
    },
    { value: 'no', label: { parent: { en: 'No', cy: parent[1] }, practitioner: { en: 'No', cy: practitioner[1] } } },
    UNSURE,
  ];
}

const YDY = ['Ydy', 'Nac ydy'] as const;
const YDW = ['Ydw', 'Nac ydw'] as const;
const OES = ['Oes', 'Nac oes'] as const;

/** "Ydy ... ?" about the partner or ex-partner, for both audiences: "Ydy" / "Nac ydy". */
const ABOUT_THEM = answers(YDY, YDY);
/** "Ydych chi ... ?" to the parent, "Ydy'r rhiant ... ?" to a practitioner. */
const ABOUT_YOU = answers(YDW, YDY);

/** Yes, no and not sure; each safety question has its own Welsh yes and no (see `answers`). */
export const SAFETY_OPTIONS: readonly QuestionOption[] = ABOUT_THEM;

export const SAFETY_QUESTIONS: readonly Question[] = [
  {
    id: 'danger-now',
    finding: {
      parent: {
        en: 'You said you or your children may be in danger now.',
        cy: 'Dywedoch chi y gallech chi neu’ch plant fod mewn perygl nawr.',
      },
      practitioner: {
        en: 'The parent or the children are in danger right now.',
        cy: 'Mae’r rhiant neu’r plant mewn perygl ar hyn o bryd.',
      },
    },
    topic: { en: 'danger right now', cy: 'perygl ar hyn o bryd' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'danger',
    indicator: 'yes',
    category: 'violent-threatening',
    text: {
      parent: {
        en: 'Are you or your children in danger right now?',
        cy: 'Oes perygl i chi neu’ch plant ar hyn o bryd?',
      },
      practitioner: {
        en: 'Is the parent, or are the children, in danger right now?',
        cy: 'Oes perygl i’r rhiant neu’r plant ar hyn o bryd?',
      },
    },
    why: {
      en: 'If anyone is in danger now, call 999 first.',
      cy: 'Os oes unrhyw un mewn perygl nawr, ffoniwch 999 yn gyntaf.',
    },
    options: answers(OES, OES),
  },
  {
    id: 'afraid',
    finding: {
      parent: {
        en: 'You said you feel afraid of your partner or ex.',
        cy: 'Dywedoch chi eich bod chi’n teimlo ofn eich partner neu’ch cyn-bartner.',
      },
      practitioner: {
        en: 'The parent is afraid of their partner or ex-partner, or changes what they do to avoid their anger.',
        cy: 'Mae’r rhiant yn ofni ei bartner neu gyn-bartner, neu’n newid yr hyn mae’n ei wneud er mwyn osgoi ei ddicter.',
      },
    },
    topic: { en: 'feeling afraid', cy: 'teimlo ofn' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'fear-power',
    text: {
      parent: {
        en: 'Are you ever afraid of your partner or ex?',
        cy: 'Ydych chi byth yn teimlo ofn eich partner neu’ch cyn-bartner?',
      },
      practitioner: {
        en: 'Is the parent ever afraid of their partner or ex-partner, or do they change what they do so the other person does not get angry?',
        cy: 'Ydy’r rhiant byth yn ofni ei bartner neu gyn-bartner, neu’n newid yr hyn mae’n ei wneud fel nad yw’r person arall yn gwylltio?',
      },
    },
    hint: {
      parent: {
        en: 'Your partner or ex is the person you are with now, or were with before. Being afraid includes changing what you do so they do not get angry.',
        cy: 'Eich partner neu’ch cyn-bartner yw’r person rydych chi gyda nhw nawr, neu roeddech chi gyda nhw o’r blaen. Mae teimlo ofn yn cynnwys newid yr hyn rydych chi’n ei wneud fel nad ydyn nhw’n gwylltio.',
      },
      practitioner: {
        en: 'The partner or ex-partner: someone the parent is or was in an intimate relationship with, including the children’s other parent.',
        cy: 'Y partner neu’r cyn-bartner: rhywun y mae’r rhiant mewn perthynas agos ag ef neu hi, neu a fu, gan gynnwys rhiant arall y plant.',
      },
    },
    why: {
      en: 'Fear is the clearest sign of abuse. In an argument, both people can say what they think. In abuse, one person lives in fear.',
      cy: 'Ofn yw’r arwydd cliriaf o gam-drin. Mewn dadl, gall y ddau berson ddweud beth maen nhw’n ei feddwl. Pan fo cam-drin, mae un person yn byw mewn ofn.',
    },
    options: ABOUT_YOU,
  },
  {
    id: 'physical',
    finding: {
      parent: { en: 'You said you have been hurt.', cy: 'Dywedoch chi eich bod chi wedi cael eich brifo.' },
      practitioner: {
        en: 'Their partner or ex-partner has hurt them physically.',
        cy: 'Mae partner neu gyn-bartner y rhiant wedi’i frifo’n gorfforol.',
      },
    },
    topic: { en: 'being hurt', cy: 'cael eich brifo' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'physical-sexual',
    text: {
      parent: {
        en: 'Has your partner or ex ever hurt you on purpose, even once?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner erioed wedi’ch brifo’n fwriadol, hyd yn oed unwaith?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner ever hurt them physically, even once? For example pushed, slapped, hit, kicked or held them down.',
        cy: 'Ydy partner neu gyn-bartner y rhiant erioed wedi’i frifo’n gorfforol, hyd yn oed unwaith? Er enghraifft, ei wthio, rhoi slap iddo, ei daro, ei gicio neu ei ddal i lawr.',
      },
    },
    hint: {
      parent: {
        en: 'For example, pushed, slapped, hit or kicked you, or held you down.',
        cy: 'Er enghraifft, eich gwthio, rhoi slap i chi, eich taro neu’ch cicio, neu’ch dal i lawr.',
      },
      practitioner: {
        en: 'A single incident counts.',
        cy: 'Mae un digwyddiad yn cyfrif.',
      },
    },
    why: {
      en: 'The law says that hurting someone even once is domestic abuse. It does not have to happen again.',
      cy: 'Mae’r gyfraith yn dweud bod brifo rhywun hyd yn oed unwaith yn gam-drin domestig. Does dim rhaid iddo ddigwydd eto.',
    },
    options: ABOUT_THEM,
  },
  {
    id: 'strangled',
    finding: {
      parent: {
        en: 'You said you have been choked or held by the neck.',
        cy: 'Dywedoch chi eich bod chi wedi cael eich tagu neu eich dal gerfydd eich gwddf.',
      },
      practitioner: {
        en: 'Their partner or ex-partner has strangled or choked them, or stopped them breathing.',
        cy: 'Mae partner neu gyn-bartner y rhiant wedi’i lindagu neu wedi’i dagu, neu wedi’i atal rhag anadlu.',
      },
    },
    topic: { en: 'choking or strangling', cy: 'tagu neu lindagu' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'physical-sexual',
    text: {
      parent: {
        en: 'Has your partner or ex ever choked you, or held you by the neck?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner erioed wedi’ch tagu, neu wedi’ch dal gerfydd eich gwddf?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner ever put their hands or anything else around their neck, choked them or stopped them breathing?',
        cy: 'Ydy partner neu gyn-bartner y rhiant erioed wedi rhoi ei ddwylo neu unrhyw beth arall am ei wddf, wedi’i dagu neu wedi’i atal rhag anadlu?',
      },
    },
    hint: {
      parent: {
        en: 'This means hands or anything else around your neck, or being stopped from breathing. It counts even if it left no mark.',
        cy: 'Mae hyn yn golygu dwylo neu unrhyw beth arall am eich gwddf, neu gael eich atal rhag anadlu. Mae’n cyfrif hyd yn oed os na adawodd farc.',
      },
      practitioner: {
        en: 'Non-fatal strangulation, even with no visible injury.',
        cy: 'Llindagu nad yw’n angheuol, hyd yn oed heb anaf i’w weld.',
      },
    },
    why: {
      en: 'Choking is a crime, even if it leaves no mark. It is one of the strongest signs of serious harm. It means help is needed soon.',
      cy: 'Mae tagu yn drosedd, hyd yn oed os nad yw’n gadael marc. Mae’n un o’r arwyddion cryfaf o niwed difrifol. Mae’n golygu bod angen cymorth yn fuan.',
    },
    options: ABOUT_THEM,
  },
  {
    id: 'threats',
    finding: {
      parent: { en: 'You said you have been threatened.', cy: 'Dywedoch chi eich bod chi wedi cael eich bygwth.' },
      practitioner: {
        en: 'Their partner or ex-partner has threatened to kill or hurt them or people close to them.',
        cy: 'Mae partner neu gyn-bartner y rhiant wedi bygwth ei ladd neu ei frifo, neu ladd neu frifo pobl sy’n agos ato.',
      },
    },
    topic: { en: 'threats to kill or hurt', cy: 'bygythiadau i ladd neu frifo' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'violent-threatening',
    text: {
      parent: {
        en: 'Has your partner or ex threatened to kill or hurt you?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner wedi bygwth eich lladd neu’ch brifo?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner threatened to kill or hurt them, the children or someone close to them?',
        cy: 'Ydy partner neu gyn-bartner y rhiant wedi bygwth ei ladd neu ei frifo, neu ladd neu frifo’r plant neu rywun sy’n agos ato?',
      },
    },
    hint: {
      parent: {
        en: 'This includes threats to hurt the children, or someone close to you.',
        cy: 'Mae hyn yn cynnwys bygwth brifo’r plant, neu rywun sy’n agos atoch chi.',
      },
      practitioner: {
        en: 'Threats to kill make the result urgent.',
        cy: 'Mae bygythiadau i ladd yn gwneud y canlyniad yn un brys.',
      },
    },
    why: {
      en: 'Threats to kill or hurt are abuse. Threats to kill mean help is needed soon.',
      cy: 'Mae bygythiadau i ladd neu frifo yn gam-drin. Mae bygythiadau i ladd yn golygu bod angen cymorth yn fuan.',
    },
    options: ABOUT_THEM,
  },
  {
    id: 'sexual',
    finding: {
      parent: {
        en: 'You said something sexual happened that you did not want.',
        cy: 'Dywedoch chi fod rhywbeth rhywiol wedi digwydd nad oeddech chi ei eisiau.',
      },
      practitioner: {
        en: 'Their partner or ex-partner has pressured or forced them into something sexual.',
        cy: 'Mae partner neu gyn-bartner y rhiant wedi rhoi pwysau arno neu wedi’i orfodi i wneud rhywbeth rhywiol.',
      },
    },
    topic: { en: 'sexual pressure or force', cy: 'pwysau neu orfodaeth rywiol' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'physical-sexual',
    text: {
      parent: {
        en: 'Has your partner or ex ever made you do something sexual you did not want to do?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner erioed wedi gwneud i chi wneud rhywbeth rhywiol nad oeddech chi eisiau ei wneud?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner ever pressured or forced them into anything sexual they did not want?',
        cy: 'Ydy partner neu gyn-bartner y rhiant erioed wedi rhoi pwysau arno neu wedi’i orfodi i wneud unrhyw beth rhywiol nad oedd eisiau ei wneud?',
      },
    },
    hint: {
      parent: {
        en: 'This includes being pushed into it, or forced.',
        cy: 'Mae hyn yn cynnwys cael eich gwthio i’w wneud, neu eich gorfodi.',
      },
      practitioner: {
        en: 'Within a relationship or marriage too.',
        cy: 'O fewn perthynas neu briodas hefyd.',
      },
    },
    why: {
      en: 'Sex that you did not want is abuse. This is true even if you are married or live together.',
      cy: 'Mae rhyw nad oeddech chi ei eisiau yn gam-drin. Mae hyn yn wir hyd yn oed os ydych chi’n briod neu’n byw gyda’ch gilydd.',
    },
    options: ABOUT_THEM,
  },
  {
    id: 'controlling',
    finding: {
      parent: {
        en: 'You said you are controlled in what you do or who you see.',
        cy: 'Dywedoch chi fod rhywun yn rheoli’r hyn rydych chi’n ei wneud neu bwy rydych chi’n eu gweld.',
      },
      practitioner: {
        en: 'Their partner or ex-partner controls what they do or who they see.',
        cy: 'Mae partner neu gyn-bartner y rhiant yn rheoli’r hyn mae’n ei wneud neu bwy mae’n eu gweld.',
      },
    },
    topic: { en: 'being controlled', cy: 'cael eich rheoli' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'controlling-coercive',
    text: {
      parent: {
        en: 'Does your partner or ex control what you do or who you see?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner yn rheoli’r hyn rydych chi’n ei wneud neu bwy rydych chi’n eu gweld?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner control what they do, who they see or where they go, or keep them away from friends and family?',
        cy: 'Ydy partner neu gyn-bartner y rhiant yn rheoli’r hyn mae’n ei wneud, pwy mae’n eu gweld neu ble mae’n mynd, neu’n ei gadw draw oddi wrth ffrindiau a theulu?',
      },
    },
    hint: {
      parent: {
        en: 'For example, where you go, or keeping you away from friends and family.',
        cy: 'Er enghraifft, ble rydych chi’n mynd, neu eich cadw draw oddi wrth ffrindiau a theulu.',
      },
      practitioner: {
        en: 'Isolating, regulating everyday life, removing independence.',
        cy: 'Ynysu, rheoli bywyd bob dydd, cymryd annibyniaeth i ffwrdd.',
      },
    },
    why: {
      en: 'Control takes away your freedom bit by bit. It is abuse, even if no one is hit.',
      cy: 'Mae rheolaeth yn cymryd eich rhyddid fesul tipyn. Mae’n gam-drin, hyd yn oed os nad oes neb yn cael ei daro.',
    },
    options: ABOUT_THEM,
  },
  {
    id: 'economic',
    finding: {
      parent: {
        en: 'You said your money or work is controlled.',
        cy: 'Dywedoch chi fod rhywun yn rheoli eich arian neu’ch gwaith.',
      },
      practitioner: {
        en: 'Their partner or ex-partner controls their money or work.',
        cy: 'Mae partner neu gyn-bartner y rhiant yn rheoli ei arian neu ei waith.',
      },
    },
    topic: { en: 'control of money or work', cy: 'rheoli arian neu waith' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'economic',
    text: {
      parent: {
        en: 'Does your partner or ex control your money?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner yn rheoli’ch arian?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner control their money, stop them working, or take out debts in their name?',
        cy: 'Ydy partner neu gyn-bartner y rhiant yn rheoli ei arian, yn ei atal rhag gweithio, neu’n cymryd dyledion yn ei enw?',
      },
    },
    hint: {
      parent: {
        en: 'For example, taking your money, stopping you from working, or running up debts in your name.',
        cy: 'Er enghraifft, cymryd eich arian, eich atal rhag gweithio, neu greu dyledion yn eich enw chi.',
      },
      practitioner: {
        en: 'Economic abuse: money, work, belongings, goods or services.',
        cy: 'Cam-drin economaidd: arian, gwaith, eiddo, nwyddau neu wasanaethau.',
      },
    },
    why: {
      en: 'Taking control of your money or work, so you cannot get what you need, is abuse too.',
      cy: 'Mae cymryd rheolaeth dros eich arian neu’ch gwaith, fel na allwch chi gael yr hyn sydd ei angen arnoch chi, yn gam-drin hefyd.',
    },
    options: ABOUT_THEM,
  },
  {
    id: 'monitoring',
    finding: {
      parent: {
        en: 'You said you are checked on or followed.',
        cy: 'Dywedoch chi fod rhywun yn eich gwirio neu’n eich dilyn.',
      },
      practitioner: {
        en: 'Their partner or ex-partner checks, tracks or follows them.',
        cy: 'Mae partner neu gyn-bartner y rhiant yn ei wirio, yn ei dracio neu’n ei ddilyn.',
      },
    },
    topic: { en: 'being checked on or followed', cy: 'cael eich gwirio neu’ch dilyn' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'controlling-coercive',
    text: {
      parent: {
        en: 'Does your partner or ex check up on you or follow you?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner yn eich gwirio neu’n eich dilyn?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner check their phone, track where they are, follow them, or keep turning up where they are?',
        cy: 'Ydy partner neu gyn-bartner y rhiant yn gwirio ei ffôn, yn tracio ble mae, yn ei ddilyn, neu’n troi i fyny dro ar ôl tro lle mae?',
      },
    },
    hint: {
      parent: {
        en: 'For example, checking your phone, tracking where you are, or turning up where you are again and again.',
        cy: 'Er enghraifft, gwirio eich ffôn, tracio ble rydych chi, neu droi i fyny dro ar ôl tro lle rydych chi.',
      },
      practitioner: {
        en: 'After a separation this can be stalking, which makes the result urgent.',
        cy: 'Ar ôl gwahanu gall hyn fod yn stelcio, sy’n gwneud y canlyniad yn un brys.',
      },
    },
    why: {
      en: 'Checking up on you and following you are ways to control you. After a split, they can be stalking. Then help is needed soon.',
      cy: 'Mae eich gwirio a’ch dilyn yn ffyrdd o’ch rheoli chi. Ar ôl gwahanu, gall hyn fod yn stelcio. Yna mae angen cymorth yn fuan.',
    },
    options: ABOUT_THEM,
  },
  {
    id: 'degrading',
    finding: {
      parent: {
        en: 'You said you are put down or made to feel small.',
        cy: 'Dywedoch chi fod rhywun yn eich bychanu neu’n gwneud i chi deimlo’n fach.',
      },
      practitioner: {
        en: 'Their partner or ex-partner puts them down or humiliates them.',
        cy: 'Mae partner neu gyn-bartner y rhiant yn ei fychanu neu’n codi cywilydd arno.',
      },
    },
    topic: { en: 'being put down', cy: 'cael eich bychanu' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'psychological-emotional',
    text: {
      parent: {
        en: 'Does your partner or ex put you down or make you feel worthless?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner yn eich bychanu neu’n gwneud i chi deimlo’n ddiwerth?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner put them down, humiliate them or make them feel worthless?',
        cy: 'Ydy partner neu gyn-bartner y rhiant yn ei fychanu, yn codi cywilydd arno neu’n gwneud iddo deimlo’n ddiwerth?',
      },
    },
    hint: {
      parent: {
        en: 'For example, calling you names, or making fun of you in front of others.',
        cy: 'Er enghraifft, eich galw chi’n enwau, neu wneud hwyl am eich pen o flaen pobl eraill.',
      },
      practitioner: {
        en: 'Including humiliation in front of others.',
        cy: 'Gan gynnwys codi cywilydd o flaen pobl eraill.',
      },
    },
    why: {
      en: 'Being made to feel small or worthless is abuse. It is not a normal argument.',
      cy: 'Mae gwneud i rywun deimlo’n fach neu’n ddiwerth yn gam-drin. Nid dadl arferol yw hi.',
    },
    options: ABOUT_THEM,
  },
  {
    id: 'children-used',
    finding: {
      parent: {
        en: 'You said the children have been used to scare or control you.',
        cy: 'Dywedoch chi fod y plant wedi cael eu defnyddio i’ch dychryn neu i’ch rheoli.',
      },
      practitioner: {
        en: 'Their partner or ex-partner has used the children to frighten or control them.',
        cy: 'Mae partner neu gyn-bartner y rhiant wedi defnyddio’r plant i’w ddychryn neu i’w reoli.',
      },
    },
    topic: { en: 'the children used to control', cy: 'defnyddio’r plant i reoli' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'controlling-coercive',
    text: {
      parent: {
        en: 'Has your partner or ex used the children to scare or control you?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner wedi defnyddio’r plant i’ch dychryn neu i’ch rheoli?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner used the children to frighten or control them? For example threatening to take the children away or turning them against the parent.',
        cy: 'Ydy partner neu gyn-bartner y rhiant wedi defnyddio’r plant i’w ddychryn neu i’w reoli? Er enghraifft, bygwth mynd â’r plant i ffwrdd neu droi’r plant yn erbyn y rhiant.',
      },
    },
    hint: {
      parent: {
        en: 'For example, threatening to take them away, or turning them against you.',
        cy: 'Er enghraifft, bygwth mynd â nhw i ffwrdd, neu eu troi yn eich erbyn chi.',
      },
      practitioner: {
        en: 'Children who see, hear or live with abuse are victims in their own right.',
        cy: 'Mae plant sy’n gweld, yn clywed neu’n byw gyda cham-drin yn ddioddefwyr yn eu rhinwedd eu hunain.',
      },
    },
    why: {
      en: 'Using the children to control a parent is abuse. Children who live with abuse are harmed by it too.',
      cy: 'Mae defnyddio’r plant i reoli rhiant yn gam-drin. Mae plant sy’n byw gyda cham-drin yn cael niwed ganddo hefyd.',
    },
    options: ABOUT_THEM,
  },
  {
    id: 'can-disagree-safely',
    finding: {
      parent: {
        en: 'You said you do not feel safe to disagree.',
        cy: 'Dywedoch chi nad ydych chi’n teimlo’n ddiogel i anghytuno.',
      },
      practitioner: {
        en: 'The parent cannot disagree without worrying about what their partner or ex-partner will do.',
        cy: 'Dydy’r rhiant ddim yn gallu anghytuno heb boeni am yr hyn y bydd ei bartner neu gyn-bartner yn ei wneud.',
      },
    },
    topic: { en: 'disagreeing safely', cy: 'anghytuno’n ddiogel' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'no',
    category: 'fear-power',
    text: {
      parent: {
        en: 'When you and your partner or ex disagree, can you say what you think?',
        cy: 'Pan fyddwch chi a’ch partner neu’ch cyn-bartner yn anghytuno, ydych chi’n gallu dweud beth rydych chi’n ei feddwl?',
      },
      practitioner: {
        en: 'When they disagree, can the parent say what they think without worrying about what their partner or ex-partner will do?',
        cy: 'Pan fyddan nhw’n anghytuno, ydy’r rhiant yn gallu dweud beth mae’n ei feddwl heb boeni am yr hyn y bydd ei bartner neu gyn-bartner yn ei wneud?',
      },
    },
    hint: {
      parent: {
        en: 'Say yes only if you can do it without worrying about what they might do.',
        cy: 'Atebwch “ydw” dim ond os gallwch chi wneud hynny heb boeni am yr hyn y gallen nhw ei wneud.',
      },
      practitioner: {
        en: '“No” is the sign of concern here.',
        cy: '“Nac ydy” yw’r arwydd o bryder yma.',
      },
    },
    why: {
      en: 'In an argument, both people can speak up. If one person is scared to disagree, the other has power over them. That is a sign of abuse.',
      cy: 'Mewn dadl, gall y ddau berson ddweud eu dweud. Os oes ofn ar un person anghytuno, mae gan y llall rym drosto. Mae hynny’n arwydd o gam-drin.',
    },
    options: ABOUT_YOU,
  },
  {
    id: 'own-behaviour',
    finding: {
      parent: {
        en: 'You said you worry about how you act towards your family.',
        cy: 'Dywedoch chi eich bod chi’n poeni am y ffordd rydych chi’n ymddwyn tuag at eich teulu.',
      },
      practitioner: {
        en: 'The parent is worried that their own behaviour frightens or hurts their family.',
        cy: 'Mae’r rhiant yn poeni bod ei ymddygiad ei hun yn dychryn neu’n brifo ei deulu.',
      },
    },
    topic: {
      parent: { en: 'how you act towards your family', cy: 'y ffordd rydych chi’n ymddwyn tuag at eich teulu' },
      practitioner: { en: 'their own behaviour', cy: 'ymddygiad y rhiant ei hun' },
    },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'own-behaviour',
    indicator: 'yes',
    text: {
      parent: {
        en: 'Do you worry that the way you act scares or hurts your family?',
        cy: 'Ydych chi’n poeni bod y ffordd rydych chi’n ymddwyn yn dychryn neu’n brifo’ch teulu?',
      },
      practitioner: {
        en: 'Is the parent worried that their own behaviour frightens or hurts their partner, ex-partner or children?',
        cy: 'Ydy’r rhiant yn poeni bod ei ymddygiad ei hun yn dychryn neu’n brifo ei bartner, ei gyn-bartner neu ei blant?',
      },
    },
    hint: {
      parent: {
        en: 'Your family here means your partner or ex, and your children.',
        cy: 'Mae’ch teulu yma’n golygu eich partner neu’ch cyn-bartner, a’ch plant.',
      },
      practitioner: {
        en: 'Their family: their partner or ex-partner, and their children.',
        cy: 'Ei deulu: ei bartner neu gyn-bartner, a’i blant.',
      },
    },
    why: {
      en: 'People who worry about how they act can get private help to change. This keeps everyone safer.',
      cy: 'Gall pobl sy’n poeni am y ffordd maen nhw’n ymddwyn gael cymorth preifat i newid. Mae hyn yn cadw pawb yn fwy diogel.',
    },
    options: ABOUT_YOU,
  },
];

/** The ids of the safety questions, in the order they are asked. */
export const SAFETY_IDS: readonly string[] = /* @__PURE__ */ SAFETY_QUESTIONS.map((q) => q.id);
