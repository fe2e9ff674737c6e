/** Practitioners’ English: only the texts worded differently for a practitioner: <rpc-da-check>’s own messages (`content/ui-da-check.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // DA_CHECK_MESSAGES
  'ui.da-check.title': 'Conflict or domestic abuse? Check before you refer',
  'ui.da-check.intro':
    'Use this before referring a family to conflict support. It asks about what separates abuse from conflict: fear, control and an imbalance of power. A single incident counts.',
  'ui.da-check.before': 'Before you ask',
  'ui.da-check.enquiry-1':
    'Is it safe to talk now? Make sure the parent is alone and no one can overhear, including children.',
  'ui.da-check.enquiry-2':
    'Agree a safe way to contact them: which number, what time, and whether a message or voicemail is safe.',
  'ui.da-check.enquiry-3': 'Never ask in front of the other parent, and never use a family member to interpret.',
  'ui.da-check.not-risk-assessment':
    'This is not a risk assessment. Where abuse is indicated, use your local domestic abuse service’s risk assessment and referral route.',
  'ui.da-check.next.emergency':
    'Call 999 now if anyone is in immediate danger. Then refer to the local domestic abuse service.',
  'ui.da-check.next.domestic-abuse':
    'Refer to the local domestic abuse service, with the parent’s consent where it is safe to ask. Where the risk is high, follow your MARAC referral route.',
  'ui.da-check.next.using-harm':
    'Refer the parent to the Respect Phoneline, and consider the safety of their partner and children.',
  'ui.da-check.next.unclear':
    'Do not refer to conflict support yet. Talk with the parent again, alone and safely, and ask the local domestic abuse service for advice.',
  'ui.da-check.next.conflict':
    'Conflict support is appropriate. Keep safety in mind as you get to know the family. The council offers:',
  'ui.da-check.dont.abuse':
    'Do not offer joint sessions, couple programmes or mediation, and do not raise these concerns with the other parent.',
};
