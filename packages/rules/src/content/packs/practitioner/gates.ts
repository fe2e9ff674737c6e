/** Practitioners’ English: only the texts worded differently for a practitioner: the questions that open a journey (`content/gates.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SAFE_TO_CONTINUE
  'gate.safe-to-continue.text': 'Is it safe to talk with the parent now, alone, with no one else listening?',
  'gate.safe-to-continue.hint': 'Agree a safe way to contact the parent before you go on.',
};
