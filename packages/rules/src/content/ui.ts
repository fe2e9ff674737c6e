import type { Message } from './messages.js';

/**
 * The words of the elements' interface. Like every message, a council can override any of
 * them per locale in config (`strings`).
 */
export const UI_MESSAGES = {
  'ui.continue': { en: 'Continue', cy: 'Parhau' },
  'ui.back': { en: 'Back', cy: 'Yn ôl' },
  'ui.start': { en: 'Start', cy: 'Dechrau' },
  'ui.start-again': { en: 'Start again', cy: 'Dechrau eto' },
  'ui.step-of': { en: 'Question {n} of {total}', cy: 'Cwestiwn {n} o {total}' },
  'ui.choose-answer': { en: 'Select an answer to continue', cy: 'Dewiswch ateb i barhau' },
  'ui.error-prefix': { en: 'Error:', cy: 'Gwall:' },
  'ui.why-we-ask': { en: 'Why we ask this', cy: 'Pam rydyn ni’n gofyn hyn' },
  'ui.section.safety': { en: 'Safety', cy: 'Diogelwch' },
  'ui.section.quality': { en: 'How things are between you', cy: 'Sut mae pethau rhyngoch chi' },
  'ui.section.situation': { en: 'Your family', cy: 'Eich teulu' },
  // Quick exit
  'ui.quick-exit': { en: 'Exit this page', cy: 'Gadael y dudalen hon' },
  'ui.quick-exit-countdown': {
    en: 'Shift, press {n} more times to exit.',
    cy: 'Shift, pwyswch {n} gwaith eto i adael.',
  },
  'ui.quick-exit-countdown-one': {
    en: 'Shift, press 1 more time to exit.',
    cy: 'Shift, pwyswch 1 waith eto i adael.',
  },
  'ui.quick-exit-timeout': { en: 'Exit this page expired.', cy: 'Mae’r opsiwn gadael y dudalen hon wedi dod i ben.' },
  'ui.quick-exit-activated': { en: 'Exit this page activated.', cy: 'Gadael y dudalen hon wedi’i ddewis.' },
  'ui.quick-exit-loading': { en: 'Loading.', cy: 'Yn llwytho.' },
  'ui.quick-exit-note': {
    en: 'To leave quickly, use “Exit this page” or press the Shift key 3 times. It takes you to another website and wipes your answers, but it does not clear your browsing history.',
    cy: 'I adael yn gyflym, defnyddiwch “Gadael y dudalen hon” neu pwyswch y fysell Shift 3 gwaith. Mae’n mynd â chi i wefan arall ac yn dileu eich atebion, ond nid yw’n clirio hanes eich porwr.',
  },
  'ui.safe-browsing': { en: 'How to browse more safely', cy: 'Sut i bori’n fwy diogel' },
  // Configuration problems: for the website team
  'ui.config-error-title': { en: 'This tool is not set up correctly', cy: 'Nid yw’r offeryn hwn wedi’i osod yn gywir' },
  'ui.config-error-intro': {
    en: 'For the website team: fix these problems in the RPC Kit config. Until then, the national helplines are shown.',
    cy: 'I dîm y wefan: cywirwch y problemau hyn yn ffurfweddiad RPC Kit. Tan hynny, dangosir y llinellau cymorth cenedlaethol.',
  },
  'ui.config-loading-failed': {
    en: 'The config at {src} could not be loaded ({reason}).',
    cy: 'Nid oedd modd llwytho’r ffurfweddiad yn {src} ({reason}).',
  },
  'ui.helplines-title': { en: 'If you need help now', cy: 'Os oes angen help arnoch nawr' },
  'ui.call': { en: 'Call', cy: 'Ffoniwch' },
  'ui.website': { en: 'Website', cy: 'Gwefan' },
  'ui.email': { en: 'Email', cy: 'E-bost' },
  'ui.hours': { en: 'Hours', cy: 'Oriau' },
  // Screener
  'ui.screener.title': {
    parent: { en: 'Find the right help with arguments at home', cy: 'Dod o hyd i’r help iawn gyda dadleuon gartref' },
    practitioner: {
      en: 'Screen with a family before a referral',
      cy: 'Sgrinio gyda theulu cyn atgyfeirio',
    },
  },
  'ui.screener.intro': {
    parent: {
      en: 'Every couple argues sometimes. When arguments are frequent, heated or never sorted out, children feel it, and free help is available.',
      cy: 'Mae pob cwpl yn dadlau weithiau. Pan fydd dadleuon yn aml, yn danbaid neu byth yn cael eu datrys, mae plant yn teimlo hynny, ac mae help am ddim ar gael.',
    },
    practitioner: {
      en: 'Ask the parent these questions alone, in private, in your own words. Safety comes first: the result tells you whether conflict support is appropriate or the family needs domestic abuse help.',
      cy: 'Gofynnwch y cwestiynau hyn i’r rhiant ar ei ben ei hun, yn breifat, yn eich geiriau eich hun. Diogelwch sy’n dod gyntaf: mae’r canlyniad yn dweud wrthych a yw cymorth gyda gwrthdaro yn briodol neu a oes angen help gyda cham-drin domestig ar y teulu.',
    },
  },
  'ui.screener.private': {
    en: 'It takes about 5 minutes. Your answers stay on this device and are wiped when you leave or start again. Nothing is stored or sent.',
    cy: 'Mae’n cymryd tua 5 munud. Mae eich atebion yn aros ar y ddyfais hon ac yn cael eu dileu pan fyddwch yn gadael neu’n dechrau eto. Nid oes dim yn cael ei gadw na’i anfon.',
  },
  'ui.safe-check.question': {
    parent: {
      en: 'Is it safe for you to answer these questions now?',
      cy: 'Ydy hi’n ddiogel i chi ateb y cwestiynau hyn nawr?',
    },
    practitioner: {
      en: 'Is it safe to talk with the parent now, alone, with no one else listening?',
      cy: 'Ydy hi’n ddiogel siarad â’r rhiant nawr, ar ei ben ei hun, heb i neb arall wrando?',
    },
  },
  'ui.safe-check.hint': {
    parent: {
      en: 'Check that no one can see your screen or overhear you, including the other parent.',
      cy: 'Gwnewch yn siŵr na all neb weld eich sgrin na’ch clywed, gan gynnwys y rhiant arall.',
    },
    practitioner: {
      en: 'Agree a safe way to contact the parent before you go on.',
      cy: 'Cytunwch ar ffordd ddiogel o gysylltu â’r rhiant cyn mynd ymlaen.',
    },
  },
  'ui.safe-check.yes': { en: 'Yes, it is safe now', cy: 'Ydy, mae’n ddiogel nawr' },
  'ui.safe-check.no': { en: 'No, not right now', cy: 'Nac ydy, ddim ar hyn o bryd' },
  'ui.not-safe.title': { en: 'Come back when it is safe', cy: 'Dewch yn ôl pan fydd hi’n ddiogel' },
  'ui.not-safe.body': {
    en: 'You can leave this page quickly with “Exit this page”. If you are in danger, call 999. The helplines below are free and confidential.',
    cy: 'Gallwch adael y dudalen hon yn gyflym gyda “Gadael y dudalen hon”. Os ydych mewn perygl, ffoniwch 999. Mae’r llinellau cymorth isod am ddim ac yn gyfrinachol.',
  },
  // Results
  'ui.result.title.emergency': { en: 'Call 999 now', cy: 'Ffoniwch 999 nawr' },
  'ui.result.title.domestic-abuse': {
    parent: {
      en: 'What you describe is domestic abuse. Help is available.',
      cy: 'Cam-drin domestig yw’r hyn rydych yn ei ddisgrifio. Mae help ar gael.',
    },
    practitioner: { en: 'Domestic abuse is indicated', cy: 'Mae arwyddion o gam-drin domestig' },
  },
  'ui.result.title.using-harm': {
    parent: { en: 'Help to change is available', cy: 'Mae help i newid ar gael' },
    practitioner: {
      en: 'The parent is worried about their own behaviour',
      cy: 'Mae’r rhiant yn poeni am ei ymddygiad ei hun',
    },
  },
  'ui.result.title.unclear': {
    parent: { en: 'Talk it through in confidence', cy: 'Siaradwch am y peth yn gyfrinachol' },
    practitioner: { en: 'Safety is not clear yet', cy: 'Nid yw diogelwch yn glir eto' },
  },
  'ui.result.title.conflict': {
    parent: { en: 'Help that fits your family', cy: 'Help sy’n addas i’ch teulu' },
    practitioner: { en: 'Conflict support is appropriate', cy: 'Mae cymorth gyda gwrthdaro yn briodol' },
  },
  'ui.result.title.no-concern': {
    parent: { en: 'Things sound manageable', cy: 'Mae pethau’n swnio’n hylaw' },
    practitioner: { en: 'Low conflict', cy: 'Gwrthdaro isel' },
  },
  'ui.result.urgent': { en: 'This is urgent', cy: 'Mae hyn yn fater brys' },
  'ui.result.why': { en: 'Why we suggest this', cy: 'Pam rydyn ni’n awgrymu hyn' },
  'ui.result.contacts': { en: 'Who to contact', cy: 'Pwy i gysylltu â nhw' },
  'ui.result.pathways': { en: 'Support you can get', cy: 'Cymorth y gallwch ei gael' },
  'ui.result.not-offered': {
    parent: {
      en: 'Couple programmes, joint sessions and mediation are not suggested, because they are not safe where there may be abuse.',
      cy: 'Ni awgrymir rhaglenni cyplau, sesiynau ar y cyd na chyfryngu, oherwydd nid ydynt yn ddiogel lle gallai fod cam-drin.',
    },
    practitioner: {
      en: 'Do not offer joint sessions, couple programmes or mediation.',
      cy: 'Peidiwch â chynnig sesiynau ar y cyd, rhaglenni cyplau na chyfryngu.',
    },
  },
  'ui.pathway.who-for': { en: 'Who it is for', cy: 'Ar gyfer pwy' },
  'ui.pathway.format': { en: 'Format', cy: 'Fformat' },
  'ui.pathway.cost': { en: 'Cost', cy: 'Cost' },
  'ui.pathway.duration': { en: 'How long', cy: 'Pa mor hir' },
  'ui.pathway.how': { en: 'How to get it', cy: 'Sut i’w gael' },
  'ui.pathway.why': { en: 'Why this was suggested', cy: 'Pam yr awgrymwyd hyn' },
  'ui.pathway.link': { en: 'Go to {name}', cy: 'Ewch i {name}' },
  // Referral summary (practitioners)
  'ui.summary.title': { en: 'Referral summary', cy: 'Crynodeb atgyfeirio' },
  'ui.summary.note': {
    en: 'Nothing is stored or sent. Copy or print this now: it is wiped when you start again or leave the page.',
    cy: 'Nid oes dim yn cael ei gadw na’i anfon. Copïwch neu argraffwch hwn nawr: caiff ei ddileu pan fyddwch yn dechrau eto neu’n gadael y dudalen.',
  },
  'ui.summary.copy': { en: 'Copy summary', cy: 'Copïo’r crynodeb' },
  'ui.summary.copied': { en: 'Summary copied', cy: 'Crynodeb wedi’i gopïo' },
  'ui.summary.print': { en: 'Print summary', cy: 'Argraffu’r crynodeb' },
  'ui.summary.date': { en: 'Date', cy: 'Dyddiad' },
  'ui.summary.route': { en: 'Route', cy: 'Llwybr' },
  'ui.summary.urgent': { en: 'Urgent', cy: 'Brys' },
  'ui.summary.indicators': { en: 'Indicators', cy: 'Arwyddion' },
  'ui.summary.none': { en: 'None', cy: 'Dim' },
  'ui.summary.reasons': { en: 'Reasons', cy: 'Rhesymau' },
  'ui.summary.pathways': { en: 'Suggested support', cy: 'Cymorth a awgrymir' },
  'ui.summary.version': { en: 'Question wording version', cy: 'Fersiwn geiriad y cwestiynau' },
  'ui.yes': { en: 'Yes', cy: 'Ydy' },
  'ui.no': { en: 'No', cy: 'Nac ydy' },
  'ui.route.emergency': { en: 'Emergency', cy: 'Argyfwng' },
  'ui.route.domestic-abuse': { en: 'Domestic abuse', cy: 'Cam-drin domestig' },
  'ui.route.using-harm': { en: 'Worried about own behaviour', cy: 'Yn poeni am ymddygiad ei hun' },
  'ui.route.unclear': { en: 'Unclear: safety not yet known', cy: 'Aneglur: nid yw diogelwch yn hysbys eto' },
  'ui.route.conflict': { en: 'Parental conflict', cy: 'Gwrthdaro rhwng rhieni' },
  'ui.route.no-concern': { en: 'Low conflict', cy: 'Gwrthdaro isel' },
  // Conflict or abuse check
  'ui.da-check.title': {
    parent: { en: 'Is it arguing, or is it abuse?', cy: 'Ai dadlau yw hyn, neu gam-drin?' },
    practitioner: {
      en: 'Conflict or domestic abuse? Check before you refer',
      cy: 'Gwrthdaro neu gam-drin domestig? Gwiriwch cyn atgyfeirio',
    },
  },
  'ui.da-check.intro': {
    parent: {
      en: 'Every couple argues sometimes, but some behaviour is abuse. These questions help you tell the difference and find the right help.',
      cy: 'Mae pob cwpl yn dadlau weithiau, ond mae rhai mathau o ymddygiad yn gam-drin. Mae’r cwestiynau hyn yn eich helpu i weld y gwahaniaeth a dod o hyd i’r help iawn.',
    },
    practitioner: {
      en: 'Use this before referring a family to conflict support. It asks about what separates abuse from conflict: fear, control and an imbalance of power. A single incident counts.',
      cy: 'Defnyddiwch hwn cyn atgyfeirio teulu at gymorth gyda gwrthdaro. Mae’n holi am yr hyn sy’n gwahaniaethu cam-drin oddi wrth wrthdaro: ofn, rheolaeth ac anghydbwysedd grym. Mae un digwyddiad yn cyfrif.',
    },
  },
  'ui.da-check.before': {
    parent: { en: 'Before you start', cy: 'Cyn i chi ddechrau' },
    practitioner: { en: 'Before you ask', cy: 'Cyn i chi ofyn' },
  },
  'ui.da-check.enquiry-1': {
    parent: {
      en: 'Make sure you are somewhere private and no one can see your screen or hear you.',
      cy: 'Gwnewch yn siŵr eich bod mewn lle preifat ac na all neb weld eich sgrin na’ch clywed.',
    },
    practitioner: {
      en: 'Is it safe to talk now? Make sure the parent is alone and no one can overhear, including children.',
      cy: 'Ydy hi’n ddiogel siarad nawr? Gwnewch yn siŵr fod y rhiant ar ei ben ei hun ac na all neb glywed, gan gynnwys plant.',
    },
  },
  'ui.da-check.enquiry-2': {
    parent: {
      en: 'If you need to leave quickly, use “Exit this page”.',
      cy: 'Os oes angen i chi adael yn gyflym, defnyddiwch “Gadael y dudalen hon”.',
    },
    practitioner: {
      en: 'Agree a safe way to contact them: which number, what time, and whether a message or voicemail is safe.',
      cy: 'Cytunwch ar ffordd ddiogel o gysylltu â nhw: pa rif, pa amser, ac a yw neges neu neges llais yn ddiogel.',
    },
  },
  'ui.da-check.enquiry-3': {
    parent: {
      en: 'You can say “not sure” to any question. It is never taken as no.',
      cy: 'Gallwch ddweud “ddim yn siŵr” i unrhyw gwestiwn. Nid yw byth yn cael ei gymryd fel na.',
    },
    practitioner: {
      en: 'Never ask in front of the other parent, and never use a family member to interpret.',
      cy: 'Peidiwch byth â gofyn o flaen y rhiant arall, a pheidiwch byth â defnyddio aelod o’r teulu i gyfieithu.',
    },
  },
  'ui.da-check.not-risk-assessment': {
    parent: {
      en: 'This is not a diagnosis or a risk assessment. It helps you find the right kind of help.',
      cy: 'Nid diagnosis nac asesiad risg yw hwn. Mae’n eich helpu i ddod o hyd i’r math iawn o help.',
    },
    practitioner: {
      en: 'This is not a risk assessment. Where abuse is indicated, use your local domestic abuse service’s risk assessment and referral route.',
      cy: 'Nid asesiad risg yw hwn. Lle mae arwyddion o gam-drin, defnyddiwch asesiad risg a llwybr atgyfeirio eich gwasanaeth cam-drin domestig lleol.',
    },
  },
  'ui.da-check.found': {
    en: 'What was found, by the Domestic Abuse Act’s categories',
    cy: 'Beth a ganfuwyd, yn ôl categorïau’r Ddeddf Cam-drin Domestig',
  },
  'ui.da-check.nothing-found': {
    en: 'No signs of abuse were described.',
    cy: 'Ni ddisgrifiwyd unrhyw arwyddion o gam-drin.',
  },
  'ui.da-check.not-sure': { en: 'Not sure', cy: 'Ddim yn siŵr' },
  'ui.da-check.next': { en: 'What to do next', cy: 'Beth i’w wneud nesaf' },
  'ui.da-check.dont': { en: 'What not to do', cy: 'Beth i beidio â’i wneud' },
  'ui.da-check.next.emergency': {
    parent: { en: 'Call 999 now if you are in danger.', cy: 'Ffoniwch 999 nawr os ydych mewn perygl.' },
    practitioner: {
      en: 'Call 999 now if anyone is in immediate danger. Then refer to the local domestic abuse service.',
      cy: 'Ffoniwch 999 nawr os oes unrhyw un mewn perygl uniongyrchol. Yna atgyfeiriwch at y gwasanaeth cam-drin domestig lleol.',
    },
  },
  'ui.da-check.next.domestic-abuse': {
    parent: {
      en: 'Talk to a domestic abuse helpline. It is free and confidential, and they can help you stay safe.',
      cy: 'Siaradwch â llinell gymorth cam-drin domestig. Mae am ddim ac yn gyfrinachol, a gallant eich helpu i gadw’n ddiogel.',
    },
    practitioner: {
      en: 'Refer to the local domestic abuse service, with the parent’s consent where it is safe to ask. Where the risk is high, follow your MARAC referral route.',
      cy: 'Atgyfeiriwch at y gwasanaeth cam-drin domestig lleol, gyda chaniatâd y rhiant lle mae’n ddiogel gofyn. Lle mae’r risg yn uchel, dilynwch eich llwybr atgyfeirio MARAC.',
    },
  },
  'ui.da-check.next.using-harm': {
    parent: {
      en: 'Call the Respect Phoneline: they help people who want to change their behaviour.',
      cy: 'Ffoniwch Linell Ffôn Respect: maen nhw’n helpu pobl sydd eisiau newid eu hymddygiad.',
    },
    practitioner: {
      en: 'Refer the parent to the Respect Phoneline, and consider the safety of their partner and children.',
      cy: 'Atgyfeiriwch y rhiant at Linell Ffôn Respect, ac ystyriwch ddiogelwch eu partner a’u plant.',
    },
  },
  'ui.da-check.next.unclear': {
    parent: {
      en: 'Talk it through in confidence with a helpline or a Family Hub practitioner.',
      cy: 'Siaradwch am y peth yn gyfrinachol gyda llinell gymorth neu ymarferydd Hyb Teulu.',
    },
    practitioner: {
      en: 'Do not refer to conflict support yet. Talk with the parent again, alone and safely, and ask the local domestic abuse service for advice.',
      cy: 'Peidiwch ag atgyfeirio at gymorth gyda gwrthdaro eto. Siaradwch â’r rhiant eto, ar ei ben ei hun ac yn ddiogel, a gofynnwch i’r gwasanaeth cam-drin domestig lleol am gyngor.',
    },
  },
  'ui.da-check.next.conflict': {
    parent: {
      en: 'Support with arguing could help. This is what your council offers:',
      cy: 'Gallai cymorth gyda dadlau helpu. Dyma beth mae eich cyngor yn ei gynnig:',
    },
    practitioner: {
      en: 'Conflict support is appropriate. Keep safety in mind as you get to know the family. The council offers:',
      cy: 'Mae cymorth gyda gwrthdaro yn briodol. Cadwch ddiogelwch mewn cof wrth i chi ddod i adnabod y teulu. Mae’r cyngor yn cynnig:',
    },
  },
  'ui.da-check.dont.abuse': {
    parent: {
      en: 'Couple programmes, joint sessions and mediation are not safe where there may be abuse.',
      cy: 'Nid yw rhaglenni cyplau, sesiynau ar y cyd na chyfryngu yn ddiogel lle gallai fod cam-drin.',
    },
    practitioner: {
      en: 'Do not offer joint sessions, couple programmes or mediation, and do not raise these concerns with the other parent.',
      cy: 'Peidiwch â chynnig sesiynau ar y cyd, rhaglenni cyplau na chyfryngu, a pheidiwch â chodi’r pryderon hyn gyda’r rhiant arall.',
    },
  },
  'ui.da-check.referral-route': { en: 'Local referral route', cy: 'Llwybr atgyfeirio lleol' },
  'ui.da-check.marac': { en: 'High risk: MARAC referral route', cy: 'Risg uchel: llwybr atgyfeirio MARAC' },
} as const satisfies Record<string, Message>;
