/** In Welsh: parents’ wording, and every text with one wording for everyone: the relationship-quality questions (`content/quality.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // QUALITY_QUESTIONS
  'quality.frequency.text': 'Pa mor aml ydych chi a’r rhiant arall yn dadlau?',
  'quality.frequency.options.rarely.label': 'Anaml',
  'quality.frequency.options.sometimes.label': 'Bob hyn a hyn, ychydig o weithiau’r mis',
  'quality.frequency.options.weekly.label': 'Y rhan fwyaf o wythnosau',
  'quality.frequency.options.daily.label': 'Y rhan fwyaf o ddyddiau',
  'quality.frequency.options.prefer-not-to-say.label': 'Byddai’n well gen i beidio â dweud',
  'quality.intensity.text': 'Pan fyddwch chi’n dadlau, pa mor danbaid mae pethau’n mynd?',
  'quality.intensity.options.calm.label': 'Rydyn ni’n aros yn bwyllog',
  'quality.intensity.options.raised.label': 'Mae lleisiau’n codi weithiau',
  'quality.intensity.options.shouting.label': 'Mae gweiddi neu gau drysau’n glep',
  'quality.intensity.options.very-heated.label': 'Mae’n mynd yn danbaid iawn ac yn para am amser hir',
  'quality.resolution.text': 'Ar ôl dadl, ydych chi’n datrys pethau?',
  'quality.resolution.options.usually.label': 'Fel arfer',
  'quality.resolution.options.sometimes.label': 'Weithiau',
  'quality.resolution.options.rarely.label': 'Anaml',
  'quality.resolution.options.never.label': 'Byth: mae’r un dadleuon yn dod yn ôl o hyd',
  'quality.children.text': 'Ydy’r plant yn gweld neu’n clywed y dadleuon?',
  'quality.children.hint':
    'Mae plant yn sylwi ar fwy nag rydyn ni’n ei feddwl, hyd yn oed o ystafell arall. Meddyliwch hefyd a ydyn nhw’n cael eu dal yn y canol.',
  'quality.children.options.never.label': 'Nac ydyn, byth',
  'quality.children.options.occasionally.label': 'Ambell waith',
  'quality.children.options.often.label': 'Yn aml',
  'quality.children.options.in-the-middle.label': 'Yn aml, ac maen nhw’n cael eu dal yn y canol',
  'quality.heard.text': 'Ydych chi’n teimlo bod y rhiant arall yn gwrando arnoch chi?',
  'quality.heard.options.usually.label': 'Fel arfer',
  'quality.heard.options.sometimes.label': 'Weithiau',
  'quality.heard.options.rarely.label': 'Anaml',
  'quality.heard.options.never.label': 'Byth',
};
