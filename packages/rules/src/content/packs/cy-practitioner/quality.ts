/** Practitioners’ Welsh: only the texts whose Welsh differs for a practitioner: the relationship-quality questions (`content/quality.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // QUALITY_QUESTIONS
  'quality.frequency.text': 'Pa mor aml mae’r rhieni’n dadlau?',
  'quality.frequency.options.prefer-not-to-say.label': 'Byddai’n well ganddyn nhw beidio â dweud',
  'quality.intensity.text': 'Pan fyddan nhw’n dadlau, pa mor danbaid mae pethau’n mynd?',
  'quality.intensity.options.calm.label': 'Maen nhw’n aros yn bwyllog',
  'quality.resolution.text': 'Ar ôl dadl, ydyn nhw’n datrys pethau?',
  'quality.children.text': 'Ydy’r plant yn gweld neu’n clywed y dadleuon, neu’n cael eu dal yn y canol?',
  'quality.children.hint': 'Mae plant yn sylwi ar fwy nag y mae oedolion yn ei feddwl, hyd yn oed o ystafell arall.',
  'quality.heard.text': 'Ydy’r rhiant yn teimlo bod y rhiant arall yn gwrando arno?',
};
