/** In Welsh: parents’ wording, and every text with one wording for everyone: the questions that open a journey (`content/gates.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SAFE_TO_CONTINUE
  'gate.safe-to-continue.text': 'Ydy hi’n ddiogel i chi ateb y cwestiynau hyn nawr?',
  'gate.safe-to-continue.hint': 'Gwnewch yn siŵr na all neb weld eich sgrin na’ch clywed, gan gynnwys y rhiant arall.',
  'gate.safe-to-continue.options.yes.label': 'Ydy, mae’n ddiogel nawr',
  'gate.safe-to-continue.options.no.label': 'Nac ydy, ddim ar hyn o bryd',
  // SCREENED_CONFIRM
  'gate.screened-confirm.text':
    'Ydych chi wedi sgrinio’r teulu hwn am gam-drin domestig heddiw, heb unrhyw arwyddion o gam-drin na pherygl?',
  'gate.screened-confirm.hint': 'Os na, neu os nad ydych chi’n siŵr, daw’r cwestiynau diogelwch nesaf.',
  'gate.screened-confirm.options.yes.label': 'Ydw, wedi’u sgrinio heddiw heb bryderon',
  'gate.screened-confirm.options.no.label': 'Nac ydw, neu roedd pryderon',
  'gate.screened-confirm.options.unsure.label': 'Ddim yn siŵr',
};
