/** Practitioners’ English: only the texts worded differently for a practitioner: the relationship-quality questions (`content/quality.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // QUALITY_QUESTIONS
  'quality.frequency.text': 'How often do the parents argue?',
  'quality.frequency.options.prefer-not-to-say.label': 'They would rather not say',
  'quality.intensity.text': 'When they argue, how heated does it get?',
  'quality.intensity.options.calm.label': 'They stay calm',
  'quality.resolution.text': 'After an argument, do they sort things out?',
  'quality.children.text': 'Do the children see or hear the arguments, or get caught in the middle?',
  'quality.children.hint': 'Children notice more than adults think, even from another room.',
  'quality.heard.text': 'Does the parent feel the other parent listens to them?',
};
