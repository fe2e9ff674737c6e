import type { Question, QuestionOption, Tool } from '../types.js';

/**
 * The safety questions (ids and answer values are a contract). The wording is RPC Kit's own:
 * it is not taken from any risk-assessment instrument, and it is not a risk assessment.
 * The order matters: immediate danger is always asked first.
 */

const ALL_TOOLS: readonly Tool[] = ['screener', 'da-check', 'signposter'];

export const SAFETY_OPTIONS: readonly QuestionOption[] = [
  { value: 'yes', label: { parent: { en: 'Yes', cy: 'Ie' }, practitioner: { en: 'Yes', cy: 'Ie' } } },
  { value: 'no', label: { parent: { en: 'No', cy: 'Na' }, practitioner: { en: 'No', cy: 'Na' } } },
  {
    value: 'unsure',
    label: {
      parent: { en: 'Not sure, or I would rather not say', cy: 'Ddim yn siŵr, neu byddai’n well gen i beidio â dweud' },
      practitioner: {
        en: 'Not sure, or they would rather not say',
        cy: 'Ddim yn siŵr, neu byddai’n well ganddyn nhw beidio â dweud',
      },
    },
  },
];

export const SAFETY_QUESTIONS: readonly Question[] = [
  {
    id: 'danger-now',
    finding: {
      parent: {
        en: 'You said you or your children are in danger right now.',
        cy: 'Dywedoch chi eich bod chi neu’ch plant mewn perygl ar hyn o bryd.',
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
        cy: 'Ydych chi neu’ch plant mewn perygl ar hyn o bryd?',
      },
      practitioner: {
        en: 'Is the parent, or are the children, in danger right now?',
        cy: 'Ydy’r rhiant, neu ydy’r plant, mewn perygl ar hyn o bryd?',
      },
    },
    why: {
      en: 'If anyone is in danger now, the first thing to do is call 999.',
      cy: 'Os oes unrhyw un mewn perygl nawr, y peth cyntaf i’w wneud yw ffonio 999.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'afraid',
    finding: {
      parent: {
        en: 'You said you feel afraid of your partner or ex-partner, or change what you do so they do not get angry.',
        cy: 'Dywedoch chi eich bod chi’n teimlo ofn eich partner neu’ch cyn-bartner, neu eich bod chi’n newid yr hyn rydych chi’n ei wneud fel nad ydyn nhw’n gwylltio.',
      },
      practitioner: {
        en: 'The parent is afraid of their partner or ex-partner, or changes what they do to avoid their anger.',
        cy: 'Mae’r rhiant yn ofni eu partner neu eu cyn-bartner, neu’n newid yr hyn mae’n ei wneud er mwyn osgoi eu dicter.',
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
        en: 'Do you ever feel afraid of your partner or ex-partner, or change what you do so they do not get angry?',
        cy: 'Ydych chi byth yn teimlo ofn eich partner neu’ch cyn-bartner, neu’n newid yr hyn rydych chi’n ei wneud fel nad ydyn nhw’n gwylltio?',
      },
      practitioner: {
        en: 'Is the parent ever afraid of their partner or ex-partner, or do they change what they do so the other person does not get angry?',
        cy: 'Ydy’r rhiant byth yn ofni eu partner neu eu cyn-bartner, neu ydy’r rhiant yn newid yr hyn mae’n ei wneud fel nad yw’r person arall yn gwylltio?',
      },
    },
    why: {
      en: 'Fear is the clearest difference between conflict and abuse. In conflict both people can say what they think; in abuse one person lives with fear.',
      cy: 'Ofn yw’r gwahaniaeth cliriaf rhwng gwrthdaro a cham-drin. Mewn gwrthdaro, gall y ddau berson ddweud beth maen nhw’n ei feddwl; pan fo cam-drin, mae un person yn byw mewn ofn.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'physical',
    finding: {
      parent: {
        en: 'You said your partner or ex-partner has hurt you physically.',
        cy: 'Dywedoch chi fod eich partner neu’ch cyn-bartner wedi’ch brifo’n gorfforol.',
      },
      practitioner: {
        en: 'Their partner or ex-partner has hurt them physically.',
        cy: 'Mae eu partner neu eu cyn-bartner wedi’u brifo’n gorfforol.',
      },
    },
    topic: { en: 'being hurt physically', cy: 'niwed corfforol' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'physical-sexual',
    text: {
      parent: {
        en: 'Has your partner or ex-partner ever hurt you physically, even once? For example pushed, slapped, hit, kicked or held you down.',
        cy: 'Ydy’ch partner neu’ch cyn-bartner erioed wedi’ch brifo’n gorfforol, hyd yn oed unwaith? Er enghraifft, eich gwthio, rhoi slap i chi, eich taro, eich cicio neu eich dal i lawr.',
      },
      practitioner: {
        en: 'Has their partner or ex-partner ever hurt them physically, even once? For example pushed, slapped, hit, kicked or held them down.',
        cy: 'Ydy eu partner neu eu cyn-bartner erioed wedi’u brifo’n gorfforol, hyd yn oed unwaith? Er enghraifft, eu gwthio, rhoi slap iddyn nhw, eu taro, eu cicio neu eu dal i lawr.',
      },
    },
    why: {
      en: 'The law says a single incident of physical abuse is domestic abuse. No pattern is needed.',
      cy: 'Mae’r gyfraith yn dweud bod un digwyddiad o gam-drin corfforol yn gam-drin domestig. Does dim angen patrwm.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'strangled',
    finding: {
      parent: {
        en: 'You said your partner or ex-partner has put something around your neck, choked you or stopped you breathing.',
        cy: 'Dywedoch chi fod eich partner neu’ch cyn-bartner wedi rhoi rhywbeth am eich gwddf, wedi’ch tagu neu wedi’ch atal rhag anadlu.',
      },
      practitioner: {
        en: 'Their partner or ex-partner has strangled or choked them, or stopped them breathing.',
        cy: 'Mae eu partner neu eu cyn-bartner wedi’u llindagu neu wedi’u tagu, neu wedi’u hatal rhag anadlu.',
      },
    },
    topic: { en: 'strangling or choking', cy: 'llindagu neu dagu' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'physical-sexual',
    text: {
      parent: {
        en: 'Has your partner or ex-partner ever put their hands or anything else around your neck, choked you or stopped you breathing?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner erioed wedi rhoi eu dwylo neu unrhyw beth arall am eich gwddf, wedi’ch tagu neu wedi’ch atal rhag anadlu?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner ever put their hands or anything else around their neck, choked them or stopped them breathing?',
        cy: 'Ydy eu partner neu eu cyn-bartner erioed wedi rhoi eu dwylo neu unrhyw beth arall am eu gwddf, wedi’u tagu neu wedi’u hatal rhag anadlu?',
      },
    },
    why: {
      en: 'Strangling or choking, even when it leaves no mark, is a crime and one of the strongest warnings of serious harm. It makes help urgent.',
      cy: 'Mae llindagu neu dagu, hyd yn oed pan nad yw’n gadael marc, yn drosedd ac yn un o’r arwyddion rhybudd cryfaf o niwed difrifol. Mae’n golygu bod angen cymorth ar frys.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'threats',
    finding: {
      parent: {
        en: 'You said your partner or ex-partner has threatened to kill or hurt you or people close to you.',
        cy: 'Dywedoch chi fod eich partner neu’ch cyn-bartner wedi bygwth eich lladd neu’ch brifo, neu ladd neu frifo pobl sy’n agos atoch chi.',
      },
      practitioner: {
        en: 'Their partner or ex-partner has threatened to kill or hurt them or people close to them.',
        cy: 'Mae eu partner neu eu cyn-bartner wedi bygwth eu lladd neu eu brifo, neu ladd neu frifo pobl sy’n agos atyn nhw.',
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
        en: 'Has your partner or ex-partner threatened to kill or hurt you, the children or someone close to you?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner wedi bygwth eich lladd neu’ch brifo, neu ladd neu frifo’r plant neu rywun sy’n agos atoch chi?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner threatened to kill or hurt them, the children or someone close to them?',
        cy: 'Ydy eu partner neu eu cyn-bartner wedi bygwth eu lladd neu eu brifo, neu ladd neu frifo’r plant neu rywun sy’n agos atyn nhw?',
      },
    },
    why: {
      en: 'Threats to kill or hurt are abuse, and threats to kill make help urgent.',
      cy: 'Mae bygythiadau i ladd neu frifo yn gam-drin, ac mae bygythiadau i ladd yn golygu bod angen cymorth ar frys.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'sexual',
    finding: {
      parent: {
        en: 'You said your partner or ex-partner has pressured or forced you into something sexual.',
        cy: 'Dywedoch chi fod eich partner neu’ch cyn-bartner wedi rhoi pwysau arnoch chi neu wedi’ch gorfodi i wneud rhywbeth rhywiol.',
      },
      practitioner: {
        en: 'Their partner or ex-partner has pressured or forced them into something sexual.',
        cy: 'Mae eu partner neu eu cyn-bartner wedi rhoi pwysau arnyn nhw neu wedi’u gorfodi i wneud rhywbeth rhywiol.',
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
        en: 'Has your partner or ex-partner ever pressured or forced you into anything sexual you did not want?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner erioed wedi rhoi pwysau arnoch chi neu wedi’ch gorfodi i wneud unrhyw beth rhywiol nad oeddech chi eisiau ei wneud?',
      },
      practitioner: {
        en: 'Has their partner or ex-partner ever pressured or forced them into anything sexual they did not want?',
        cy: 'Ydy eu partner neu eu cyn-bartner erioed wedi rhoi pwysau arnyn nhw neu wedi’u gorfodi i wneud unrhyw beth rhywiol nad oedden nhw eisiau ei wneud?',
      },
    },
    why: {
      en: 'Sexual abuse within a relationship is domestic abuse, even between partners or spouses.',
      cy: 'Mae cam-drin rhywiol mewn perthynas yn gam-drin domestig, hyd yn oed rhwng partneriaid neu bobl briod.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'controlling',
    finding: {
      parent: {
        en: 'You said your partner or ex-partner controls what you do or who you see.',
        cy: 'Dywedoch chi fod eich partner neu’ch cyn-bartner yn rheoli’r hyn rydych chi’n ei wneud neu bwy rydych chi’n eu gweld.',
      },
      practitioner: {
        en: 'Their partner or ex-partner controls what they do or who they see.',
        cy: 'Mae eu partner neu eu cyn-bartner yn rheoli’r hyn maen nhw’n ei wneud neu bwy maen nhw’n eu gweld.',
      },
    },
    topic: { en: 'controlling behaviour', cy: 'ymddygiad rheolaethol' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'controlling-coercive',
    text: {
      parent: {
        en: 'Does your partner or ex-partner control what you do, who you see or where you go, or keep you away from friends and family?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner yn rheoli’r hyn rydych chi’n ei wneud, pwy rydych chi’n eu gweld neu ble rydych chi’n mynd, neu’n eich cadw chi draw oddi wrth ffrindiau a theulu?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner control what they do, who they see or where they go, or keep them away from friends and family?',
        cy: 'Ydy eu partner neu eu cyn-bartner yn rheoli’r hyn maen nhw’n ei wneud, pwy maen nhw’n eu gweld neu ble maen nhw’n mynd, neu’n eu cadw nhw draw oddi wrth ffrindiau a theulu?',
      },
    },
    why: {
      en: 'Controlling behaviour takes away a person’s freedom bit by bit. It is abuse even when there is no violence.',
      cy: 'Mae ymddygiad rheolaethol yn cymryd rhyddid person oddi arnyn nhw fesul tipyn. Mae’n gam-drin hyd yn oed pan nad oes trais.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'economic',
    finding: {
      parent: {
        en: 'You said your partner or ex-partner controls your money or work.',
        cy: 'Dywedoch chi fod eich partner neu’ch cyn-bartner yn rheoli’ch arian neu’ch gwaith.',
      },
      practitioner: {
        en: 'Their partner or ex-partner controls their money or work.',
        cy: 'Mae eu partner neu eu cyn-bartner yn rheoli eu harian neu eu gwaith.',
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
        en: 'Does your partner or ex-partner control your money, stop you working, or take out debts in your name?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner yn rheoli’ch arian, yn eich atal rhag gweithio, neu’n cymryd dyledion yn eich enw chi?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner control their money, stop them working, or take out debts in their name?',
        cy: 'Ydy eu partner neu eu cyn-bartner yn rheoli eu harian, yn eu hatal rhag gweithio, neu’n cymryd dyledion yn eu henw nhw?',
      },
    },
    why: {
      en: 'Controlling someone’s money, work or belongings so they cannot get what they need is economic abuse.',
      cy: 'Mae rheoli arian, gwaith neu eiddo rhywun fel na allan nhw gael yr hyn sydd ei angen arnyn nhw yn gam-drin economaidd.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'monitoring',
    finding: {
      parent: {
        en: 'You said your partner or ex-partner checks, tracks or follows you.',
        cy: 'Dywedoch chi fod eich partner neu’ch cyn-bartner yn eich monitro, yn eich tracio neu’n eich dilyn.',
      },
      practitioner: {
        en: 'Their partner or ex-partner checks, tracks or follows them.',
        cy: 'Mae eu partner neu eu cyn-bartner yn eu monitro, yn eu tracio neu’n eu dilyn.',
      },
    },
    topic: { en: 'checking, tracking or following', cy: 'monitro, tracio neu ddilyn' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'controlling-coercive',
    text: {
      parent: {
        en: 'Does your partner or ex-partner check your phone, track where you are, follow you, or keep turning up where you are?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner yn gwirio’ch ffôn, yn tracio ble rydych chi, yn eich dilyn, neu’n troi i fyny dro ar ôl tro lle rydych chi?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner check their phone, track where they are, follow them, or keep turning up where they are?',
        cy: 'Ydy eu partner neu eu cyn-bartner yn gwirio eu ffôn, yn tracio ble maen nhw, yn eu dilyn, neu’n troi i fyny dro ar ôl tro lle maen nhw?',
      },
    },
    why: {
      en: 'Checking, tracking and following are ways of controlling someone. After a separation they can be stalking, which makes help urgent.',
      cy: 'Mae monitro, tracio a dilyn yn ffyrdd o reoli rhywun. Ar ôl gwahanu, gall y rhain fod yn stelcian, ac mae hynny’n golygu bod angen cymorth ar frys.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'degrading',
    finding: {
      parent: {
        en: 'You said your partner or ex-partner puts you down or humiliates you.',
        cy: 'Dywedoch chi fod eich partner neu’ch cyn-bartner yn eich bychanu neu’n codi cywilydd arnoch chi.',
      },
      practitioner: {
        en: 'Their partner or ex-partner puts them down or humiliates them.',
        cy: 'Mae eu partner neu eu cyn-bartner yn eu bychanu neu’n codi cywilydd arnyn nhw.',
      },
    },
    topic: { en: 'being put down or humiliated', cy: 'bychanu neu godi cywilydd' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'psychological-emotional',
    text: {
      parent: {
        en: 'Does your partner or ex-partner put you down, humiliate you or make you feel worthless?',
        cy: 'Ydy’ch partner neu’ch cyn-bartner yn eich bychanu, yn codi cywilydd arnoch chi neu’n gwneud i chi deimlo’n ddiwerth?',
      },
      practitioner: {
        en: 'Does their partner or ex-partner put them down, humiliate them or make them feel worthless?',
        cy: 'Ydy eu partner neu eu cyn-bartner yn eu bychanu, yn codi cywilydd arnyn nhw neu’n gwneud iddyn nhw deimlo’n ddiwerth?',
      },
    },
    why: {
      en: 'Being made to feel small or worthless is emotional abuse, not an ordinary argument.',
      cy: 'Mae gwneud i rywun deimlo’n fach neu’n ddiwerth yn gam-drin emosiynol, nid dadl arferol.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'children-used',
    finding: {
      parent: {
        en: 'You said your partner or ex-partner has used the children to frighten or control you.',
        cy: 'Dywedoch chi fod eich partner neu’ch cyn-bartner wedi defnyddio’r plant i’ch dychryn neu i’ch rheoli.',
      },
      practitioner: {
        en: 'Their partner or ex-partner has used the children to frighten or control them.',
        cy: 'Mae eu partner neu eu cyn-bartner wedi defnyddio’r plant i’w dychryn neu i’w rheoli.',
      },
    },
    topic: { en: 'the children being used to control', cy: 'defnyddio’r plant i reoli' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'victim',
    indicator: 'yes',
    category: 'controlling-coercive',
    text: {
      parent: {
        en: 'Has your partner or ex-partner used the children to frighten or control you? For example threatening to take them away or turning them against you.',
        cy: 'Ydy’ch partner neu’ch cyn-bartner wedi defnyddio’r plant i’ch dychryn neu i’ch rheoli? Er enghraifft, bygwth mynd â nhw i ffwrdd neu eu troi yn eich erbyn chi.',
      },
      practitioner: {
        en: 'Has their partner or ex-partner used the children to frighten or control them? For example threatening to take the children away or turning them against the parent.',
        cy: 'Ydy eu partner neu eu cyn-bartner wedi defnyddio’r plant i’w dychryn neu i’w rheoli? Er enghraifft, bygwth mynd â’r plant i ffwrdd neu droi’r plant yn erbyn y rhiant.',
      },
    },
    why: {
      en: 'Using children to control a parent is abuse of the parent, and children who live with abuse are victims in their own right.',
      cy: 'Mae defnyddio plant i reoli rhiant yn gam-drin y rhiant, ac mae plant sy’n byw gyda cham-drin yn ddioddefwyr yn eu hawl eu hunain.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'can-disagree-safely',
    finding: {
      parent: {
        en: 'You said you cannot disagree without worrying about what your partner or ex-partner will do.',
        cy: 'Dywedoch chi na allwch chi anghytuno heb boeni am yr hyn y bydd eich partner neu’ch cyn-bartner yn ei wneud.',
      },
      practitioner: {
        en: 'The parent cannot disagree without worrying about what their partner or ex-partner will do.',
        cy: 'Dydy’r rhiant ddim yn gallu anghytuno heb boeni am yr hyn y bydd eu partner neu eu cyn-bartner yn ei wneud.',
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
        en: 'When you disagree, can you say what you think without worrying about what your partner or ex-partner will do?',
        cy: 'Pan fyddwch chi’n anghytuno, ydych chi’n gallu dweud beth rydych chi’n ei feddwl heb boeni am yr hyn y bydd eich partner neu’ch cyn-bartner yn ei wneud?',
      },
      practitioner: {
        en: 'When they disagree, can the parent say what they think without worrying about what their partner or ex-partner will do?',
        cy: 'Pan fyddan nhw’n anghytuno, ydy’r rhiant yn gallu dweud beth maen nhw’n ei feddwl heb boeni am yr hyn y bydd eu partner neu eu cyn-bartner yn ei wneud?',
      },
    },
    why: {
      en: 'In conflict, both people can speak as equals. If one person cannot disagree safely, there is an imbalance of power that points to abuse.',
      cy: 'Mewn gwrthdaro, gall y ddau berson siarad ar delerau cyfartal. Os nad yw un person yn gallu anghytuno’n ddiogel, mae anghydbwysedd pŵer sy’n awgrymu cam-drin.',
    },
    options: SAFETY_OPTIONS,
  },
  {
    id: 'own-behaviour',
    finding: {
      parent: {
        en: 'You said you are worried that your own behaviour frightens or hurts your family.',
        cy: 'Dywedoch chi eich bod chi’n poeni bod eich ymddygiad chi eich hun yn dychryn neu’n brifo’ch teulu.',
      },
      practitioner: {
        en: 'The parent is worried that their own behaviour frightens or hurts their family.',
        cy: 'Mae’r rhiant yn poeni bod eu hymddygiad eu hunain yn dychryn neu’n brifo eu teulu.',
      },
    },
    topic: { en: 'their own behaviour', cy: 'eu hymddygiad eu hunain' },
    group: 'safety',
    tools: ALL_TOOLS,
    concerns: 'own-behaviour',
    indicator: 'yes',
    text: {
      parent: {
        en: 'Are you worried that your own behaviour frightens or hurts your partner, ex-partner or children?',
        cy: 'Ydych chi’n poeni bod eich ymddygiad chi eich hun yn dychryn neu’n brifo’ch partner, eich cyn-bartner neu’ch plant?',
      },
      practitioner: {
        en: 'Is the parent worried that their own behaviour frightens or hurts their partner, ex-partner or children?',
        cy: 'Ydy’r rhiant yn poeni bod eu hymddygiad eu hunain yn dychryn neu’n brifo eu partner, eu cyn-bartner neu eu plant?',
      },
    },
    why: {
      en: 'People who are worried about their own behaviour can get confidential help to change, which keeps everyone safer.',
      cy: 'Gall pobl sy’n poeni am eu hymddygiad eu hunain gael cymorth cyfrinachol i newid, ac mae hynny’n cadw pawb yn fwy diogel.',
    },
    options: SAFETY_OPTIONS,
  },
];

/** The ids of the safety questions, in the order they are asked. */
export const SAFETY_IDS: readonly string[] = /* @__PURE__ */ SAFETY_QUESTIONS.map((q) => q.id);
