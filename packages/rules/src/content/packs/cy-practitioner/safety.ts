/** Practitioners’ Welsh: only the texts whose Welsh differs for a practitioner: the safety questions (`content/safety.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SAFETY_QUESTIONS
  'safety.danger-now.finding': 'Mae’r rhiant neu’r plant mewn perygl ar hyn o bryd.',
  'safety.danger-now.text': 'Oes perygl i’r rhiant neu’r plant ar hyn o bryd?',
  'safety.danger-now.options.unsure.label': 'Ddim yn siŵr, neu byddai’n well ganddyn nhw beidio â dweud',
  'safety.afraid.finding':
    'Mae’r rhiant yn ofni ei bartner neu gyn-bartner, neu’n newid yr hyn mae’n ei wneud er mwyn osgoi ei ddicter.',
  'safety.afraid.text':
    'Ydy’r rhiant byth yn ofni ei bartner neu gyn-bartner, neu’n newid yr hyn mae’n ei wneud fel nad yw’r person arall yn gwylltio?',
  'safety.afraid.hint':
    'Y partner neu’r cyn-bartner: rhywun y mae’r rhiant mewn perthynas agos ag ef neu hi, neu a fu, gan gynnwys rhiant arall y plant.',
  'safety.afraid.options.yes.label': 'Ydy',
  'safety.afraid.options.no.label': 'Nac ydy',
  'safety.physical.finding': 'Mae partner neu gyn-bartner y rhiant wedi’i frifo’n gorfforol.',
  'safety.physical.text':
    'Ydy partner neu gyn-bartner y rhiant erioed wedi’i frifo’n gorfforol, hyd yn oed unwaith? Er enghraifft, ei wthio, rhoi slap iddo, ei daro, ei gicio neu ei ddal i lawr.',
  'safety.physical.hint': 'Mae un digwyddiad yn cyfrif.',
  'safety.strangled.finding':
    'Mae partner neu gyn-bartner y rhiant wedi’i lindagu neu wedi’i dagu, neu wedi’i atal rhag anadlu.',
  'safety.strangled.text':
    'Ydy partner neu gyn-bartner y rhiant erioed wedi rhoi ei ddwylo neu unrhyw beth arall am ei wddf, wedi’i dagu neu wedi’i atal rhag anadlu?',
  'safety.strangled.hint': 'Llindagu nad yw’n angheuol, hyd yn oed heb anaf i’w weld.',
  'safety.threats.finding':
    'Mae partner neu gyn-bartner y rhiant wedi bygwth ei ladd neu ei frifo, neu ladd neu frifo pobl sy’n agos ato.',
  'safety.threats.text':
    'Ydy partner neu gyn-bartner y rhiant wedi bygwth ei ladd neu ei frifo, neu ladd neu frifo’r plant neu rywun sy’n agos ato?',
  'safety.threats.hint': 'Mae bygythiadau i ladd yn gwneud y canlyniad yn un brys.',
  'safety.sexual.finding':
    'Mae partner neu gyn-bartner y rhiant wedi rhoi pwysau arno neu wedi’i orfodi i wneud rhywbeth rhywiol.',
  'safety.sexual.text':
    'Ydy partner neu gyn-bartner y rhiant erioed wedi rhoi pwysau arno neu wedi’i orfodi i wneud unrhyw beth rhywiol nad oedd eisiau ei wneud?',
  'safety.sexual.hint': 'O fewn perthynas neu briodas hefyd.',
  'safety.controlling.finding':
    'Mae partner neu gyn-bartner y rhiant yn rheoli’r hyn mae’n ei wneud neu bwy mae’n eu gweld.',
  'safety.controlling.text':
    'Ydy partner neu gyn-bartner y rhiant yn rheoli’r hyn mae’n ei wneud, pwy mae’n eu gweld neu ble mae’n mynd, neu’n ei gadw draw oddi wrth ffrindiau a theulu?',
  'safety.controlling.hint': 'Ynysu, rheoli bywyd bob dydd, cymryd annibyniaeth i ffwrdd.',
  'safety.economic.finding': 'Mae partner neu gyn-bartner y rhiant yn rheoli ei arian neu ei waith.',
  'safety.economic.text':
    'Ydy partner neu gyn-bartner y rhiant yn rheoli ei arian, yn ei atal rhag gweithio, neu’n cymryd dyledion yn ei enw?',
  'safety.economic.hint': 'Cam-drin economaidd: arian, gwaith, eiddo, nwyddau neu wasanaethau.',
  'safety.monitoring.finding': 'Mae partner neu gyn-bartner y rhiant yn ei wirio, yn ei dracio neu’n ei ddilyn.',
  'safety.monitoring.text':
    'Ydy partner neu gyn-bartner y rhiant yn gwirio ei ffôn, yn tracio ble mae, yn ei ddilyn, neu’n troi i fyny dro ar ôl tro lle mae?',
  'safety.monitoring.hint': 'Ar ôl gwahanu gall hyn fod yn stelcio, sy’n gwneud y canlyniad yn un brys.',
  'safety.degrading.finding': 'Mae partner neu gyn-bartner y rhiant yn ei fychanu neu’n codi cywilydd arno.',
  'safety.degrading.text':
    'Ydy partner neu gyn-bartner y rhiant yn ei fychanu, yn codi cywilydd arno neu’n gwneud iddo deimlo’n ddiwerth?',
  'safety.degrading.hint': 'Gan gynnwys codi cywilydd o flaen pobl eraill.',
  'safety.children-used.finding':
    'Mae partner neu gyn-bartner y rhiant wedi defnyddio’r plant i’w ddychryn neu i’w reoli.',
  'safety.children-used.text':
    'Ydy partner neu gyn-bartner y rhiant wedi defnyddio’r plant i’w ddychryn neu i’w reoli? Er enghraifft, bygwth mynd â’r plant i ffwrdd neu droi’r plant yn erbyn y rhiant.',
  'safety.children-used.hint':
    'Mae plant sy’n gweld, yn clywed neu’n byw gyda cham-drin yn ddioddefwyr yn eu rhinwedd eu hunain.',
  'safety.can-disagree-safely.finding':
    'Dydy’r rhiant ddim yn gallu anghytuno heb boeni am yr hyn y bydd ei bartner neu gyn-bartner yn ei wneud.',
  'safety.can-disagree-safely.text':
    'Pan fyddan nhw’n anghytuno, ydy’r rhiant yn gallu dweud beth mae’n ei feddwl heb boeni am yr hyn y bydd ei bartner neu gyn-bartner yn ei wneud?',
  'safety.can-disagree-safely.hint': '“Nac ydy” yw’r arwydd o bryder yma.',
  'safety.own-behaviour.finding': 'Mae’r rhiant yn poeni bod ei ymddygiad ei hun yn dychryn neu’n brifo ei deulu.',
  'safety.own-behaviour.topic': 'ymddygiad y rhiant ei hun',
  'safety.own-behaviour.text':
    'Ydy’r rhiant yn poeni bod ei ymddygiad ei hun yn dychryn neu’n brifo ei bartner, ei gyn-bartner neu ei blant?',
  'safety.own-behaviour.hint': 'Ei deulu: ei bartner neu gyn-bartner, a’i blant.',
  // SAFETY_OPTIONS
  'safety-options.unsure.label': 'Ddim yn siŵr, neu byddai’n well ganddyn nhw beidio â dweud',
};
