/** In Welsh: parents’ wording, and every text with one wording for everyone: the safety questions (`content/safety.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SAFETY_QUESTIONS
  'safety.danger-now.finding': 'Dywedoch chi y gallech chi neu’ch plant fod mewn perygl nawr.',
  'safety.danger-now.topic': 'perygl ar hyn o bryd',
  'safety.danger-now.text': 'Oes perygl i chi neu’ch plant ar hyn o bryd?',
  'safety.danger-now.why': 'Os oes unrhyw un mewn perygl nawr, ffoniwch 999 yn gyntaf.',
  'safety.danger-now.options.yes.label': 'Oes',
  'safety.danger-now.options.no.label': 'Nac oes',
  'safety.danger-now.options.unsure.label': 'Ddim yn siŵr, neu byddai’n well gen i beidio â dweud',
  'safety.afraid.finding': 'Dywedoch chi eich bod chi’n teimlo ofn eich partner neu’ch cyn-bartner.',
  'safety.afraid.topic': 'teimlo ofn',
  'safety.afraid.text': 'Ydych chi byth yn teimlo ofn eich partner neu’ch cyn-bartner?',
  'safety.afraid.hint':
    'Eich partner neu’ch cyn-bartner yw’r person rydych chi gyda nhw nawr, neu roeddech chi gyda nhw o’r blaen. Mae teimlo ofn yn cynnwys newid yr hyn rydych chi’n ei wneud fel nad ydyn nhw’n gwylltio.',
  'safety.afraid.why':
    'Ofn yw’r arwydd cliriaf o gam-drin. Mewn dadl, gall y ddau berson ddweud beth maen nhw’n ei feddwl. Pan fo cam-drin, mae un person yn byw mewn ofn.',
  'safety.afraid.options.yes.label': 'Ydw',
  'safety.afraid.options.no.label': 'Nac ydw',
  'safety.physical.finding': 'Dywedoch chi fod eich partner neu’ch cyn-bartner wedi’ch brifo.',
  'safety.physical.topic': 'cael eich brifo',
  'safety.physical.text': 'Ydy’ch partner neu’ch cyn-bartner erioed wedi’ch brifo’n fwriadol, hyd yn oed unwaith?',
  'safety.physical.hint': 'Er enghraifft, eich gwthio, rhoi slap i chi, eich taro neu’ch cicio, neu’ch dal i lawr.',
  'safety.physical.why':
    'Gall cael eich brifo’n fwriadol, hyd yn oed unwaith, fod yn gam-drin domestig. Does dim rhaid iddo ddigwydd eto.',
  'safety.physical.options.yes.label': 'Ydy',
  'safety.physical.options.no.label': 'Nac ydy',
  'safety.strangled.finding': 'Dywedoch chi eich bod chi wedi cael eich tagu neu eich dal gerfydd eich gwddf.',
  'safety.strangled.topic': 'tagu neu lindagu',
  'safety.strangled.text': 'Ydy’ch partner neu’ch cyn-bartner erioed wedi’ch tagu, neu wedi’ch dal gerfydd eich gwddf?',
  'safety.strangled.hint':
    'Mae hyn yn golygu dwylo neu unrhyw beth arall am eich gwddf, neu gael eich atal rhag anadlu. Mae’n cyfrif hyd yn oed os na adawodd farc.',
  'safety.strangled.why':
    'Mae tagu yn drosedd, hyd yn oed os nad yw’n gadael marc. Mae’n un o’r arwyddion cryfaf o niwed difrifol. Mae’n golygu bod angen cymorth yn fuan.',
  'safety.threats.finding': 'Dywedoch chi fod eich partner neu’ch cyn-bartner wedi’ch bygwth.',
  'safety.threats.topic': 'bygythiadau i ladd neu frifo',
  'safety.threats.text': 'Ydy’ch partner neu’ch cyn-bartner wedi bygwth eich lladd neu’ch brifo?',
  'safety.threats.hint': 'Mae hyn yn cynnwys bygwth brifo’r plant, neu rywun sy’n agos atoch chi.',
  'safety.threats.why':
    'Mae bygythiadau i ladd neu frifo yn gam-drin. Mae bygythiadau i ladd yn golygu bod angen cymorth yn fuan.',
  'safety.sexual.finding': 'Dywedoch chi fod rhywbeth rhywiol wedi digwydd nad oeddech chi ei eisiau.',
  'safety.sexual.topic': 'pwysau neu orfodaeth rywiol',
  'safety.sexual.text':
    'Ydy’ch partner neu’ch cyn-bartner erioed wedi gwneud i chi wneud rhywbeth rhywiol nad oeddech chi eisiau ei wneud?',
  'safety.sexual.hint': 'Mae hyn yn cynnwys cael eich gwthio i’w wneud, neu eich gorfodi.',
  'safety.sexual.why':
    'Mae rhyw nad oeddech chi ei eisiau yn gam-drin. Mae hyn yn wir hyd yn oed os ydych chi’n briod neu’n byw gyda’ch gilydd.',
  'safety.controlling.finding':
    'Dywedoch chi fod eich partner neu’ch cyn-bartner yn rheoli’r hyn rydych chi’n ei wneud neu bwy rydych chi’n eu gweld.',
  'safety.controlling.topic': 'cael eich rheoli',
  'safety.controlling.text':
    'Ydy’ch partner neu’ch cyn-bartner yn rheoli’r hyn rydych chi’n ei wneud neu bwy rydych chi’n eu gweld?',
  'safety.controlling.hint': 'Er enghraifft, ble rydych chi’n mynd, neu eich cadw draw oddi wrth ffrindiau a theulu.',
  'safety.controlling.why':
    'Mae rheolaeth yn cymryd eich rhyddid fesul tipyn. Mae’n gam-drin, hyd yn oed os nad oes neb yn cael ei daro.',
  'safety.economic.finding': 'Dywedoch chi fod eich partner neu’ch cyn-bartner yn rheoli eich arian.',
  'safety.economic.topic': 'rheoli arian neu waith',
  'safety.economic.text': 'Ydy’ch partner neu’ch cyn-bartner yn rheoli’ch arian?',
  'safety.economic.hint':
    'Er enghraifft, cymryd eich arian, eich atal rhag gweithio, neu greu dyledion yn eich enw chi.',
  'safety.economic.why':
    'Mae cymryd rheolaeth dros eich arian neu’ch gwaith, fel na allwch chi gael yr hyn sydd ei angen arnoch chi, yn gam-drin hefyd.',
  'safety.monitoring.finding': 'Dywedoch chi fod eich partner neu’ch cyn-bartner yn eich gwirio neu’n eich dilyn.',
  'safety.monitoring.topic': 'cael eich gwirio neu’ch dilyn',
  'safety.monitoring.text': 'Ydy’ch partner neu’ch cyn-bartner yn eich gwirio neu’n eich dilyn?',
  'safety.monitoring.hint':
    'Er enghraifft, gwirio eich ffôn, tracio ble rydych chi, neu droi i fyny dro ar ôl tro lle rydych chi.',
  'safety.monitoring.why':
    'Mae eich gwirio a’ch dilyn yn ffyrdd o’ch rheoli chi. Ar ôl gwahanu, gall hyn fod yn stelcio. Yna mae angen cymorth yn fuan.',
  'safety.degrading.finding':
    'Dywedoch chi fod eich partner neu’ch cyn-bartner yn eich bychanu neu’n gwneud i chi deimlo’n fach.',
  'safety.degrading.topic': 'cael eich bychanu',
  'safety.degrading.text': 'Ydy’ch partner neu’ch cyn-bartner yn eich bychanu neu’n gwneud i chi deimlo’n ddiwerth?',
  'safety.degrading.hint': 'Er enghraifft, eich galw chi’n enwau, neu wneud hwyl am eich pen o flaen pobl eraill.',
  'safety.degrading.why': 'Mae gwneud i rywun deimlo’n fach neu’n ddiwerth yn gam-drin. Nid dadl arferol yw hi.',
  'safety.children-used.finding':
    'Dywedoch chi fod eich partner neu’ch cyn-bartner wedi defnyddio’r plant i’ch dychryn neu i’ch rheoli.',
  'safety.children-used.topic': 'defnyddio’r plant i reoli',
  'safety.children-used.text': 'Ydy’ch partner neu’ch cyn-bartner wedi defnyddio’r plant i’ch dychryn neu i’ch rheoli?',
  'safety.children-used.hint': 'Er enghraifft, bygwth mynd â nhw i ffwrdd, neu eu troi yn eich erbyn chi.',
  'safety.children-used.why':
    'Mae defnyddio’r plant i reoli rhiant yn gam-drin. Mae plant sy’n byw gyda cham-drin yn cael niwed ganddo hefyd.',
  'safety.can-disagree-safely.finding': 'Dywedoch chi nad ydych chi’n teimlo’n ddiogel i anghytuno.',
  'safety.can-disagree-safely.topic': 'anghytuno’n ddiogel',
  'safety.can-disagree-safely.text':
    'Pan fyddwch chi a’ch partner neu’ch cyn-bartner yn anghytuno, ydych chi’n gallu dweud beth rydych chi’n ei feddwl?',
  'safety.can-disagree-safely.hint':
    'Atebwch “ydw” dim ond os gallwch chi wneud hynny heb boeni am yr hyn y gallen nhw ei wneud.',
  'safety.can-disagree-safely.why':
    'Mewn dadl, gall y ddau berson ddweud eu dweud. Os oes ofn ar un person anghytuno, mae gan y llall rym drosto. Mae hynny’n arwydd o gam-drin.',
  'safety.own-behaviour.finding':
    'Dywedoch chi eich bod chi’n poeni am y ffordd rydych chi’n ymddwyn tuag at eich teulu.',
  'safety.own-behaviour.topic': 'y ffordd rydych chi’n ymddwyn tuag at eich teulu',
  'safety.own-behaviour.text': 'Ydych chi’n poeni bod y ffordd rydych chi’n ymddwyn yn dychryn neu’n brifo’ch teulu?',
  'safety.own-behaviour.hint': 'Mae’ch teulu yma’n golygu eich partner neu’ch cyn-bartner, a’ch plant.',
  'safety.own-behaviour.why':
    'Gall pobl sy’n poeni am y ffordd maen nhw’n ymddwyn gael cymorth preifat i newid. Mae hyn yn cadw pawb yn fwy diogel.',
  // SAFETY_OPTIONS
  'safety-options.yes.label': 'Ydy',
  'safety-options.no.label': 'Nac ydy',
  'safety-options.unsure.label': 'Ddim yn siŵr, neu byddai’n well gen i beidio â dweud',
};
