/** Practitioners’ English: only the texts worded differently for a practitioner: the safety questions (`content/safety.ts`), by text id. */
import type { Pack } from '../../../i18n/packs.js';

export const PACK: Pack = {
  // SAFETY_QUESTIONS
  'safety.danger-now.finding': 'The parent or the children are in danger right now.',
  'safety.danger-now.text': 'Is the parent, or are the children, in danger right now?',
  'safety.danger-now.options.unsure.label': 'Not sure, or they would rather not say',
  'safety.afraid.finding':
    'The parent is afraid of their partner or ex-partner, or changes what they do to avoid their anger.',
  'safety.afraid.text':
    'Is the parent ever afraid of their partner or ex-partner, or do they change what they do so the other person does not get angry?',
  'safety.afraid.hint':
    'The partner or ex-partner: someone the parent is or was in an intimate relationship with, including the children’s other parent.',
  'safety.physical.finding': 'Their partner or ex-partner has hurt them physically.',
  'safety.physical.text':
    'Has their partner or ex-partner ever hurt them physically, even once? For example pushed, slapped, hit, kicked or held them down.',
  'safety.physical.hint': 'A single incident counts.',
  'safety.strangled.finding': 'Their partner or ex-partner has strangled or choked them, or stopped them breathing.',
  'safety.strangled.text':
    'Has their partner or ex-partner ever put their hands or anything else around their neck, choked them or stopped them breathing?',
  'safety.strangled.hint': 'Non-fatal strangulation, even with no visible injury.',
  'safety.threats.finding': 'Their partner or ex-partner has threatened to kill or hurt them or people close to them.',
  'safety.threats.text':
    'Has their partner or ex-partner threatened to kill or hurt them, the children or someone close to them?',
  'safety.threats.hint': 'Threats to kill make the result urgent.',
  'safety.sexual.finding': 'Their partner or ex-partner has pressured or forced them into something sexual.',
  'safety.sexual.text':
    'Has their partner or ex-partner ever pressured or forced them into anything sexual they did not want?',
  'safety.sexual.hint': 'Within a relationship or marriage too.',
  'safety.controlling.finding': 'Their partner or ex-partner controls what they do or who they see.',
  'safety.controlling.text':
    'Does their partner or ex-partner control what they do, who they see or where they go, or keep them away from friends and family?',
  'safety.controlling.hint': 'Isolating, regulating everyday life, removing independence.',
  'safety.economic.finding': 'Their partner or ex-partner controls their money or work.',
  'safety.economic.text':
    'Does their partner or ex-partner control their money, stop them working, or take out debts in their name?',
  'safety.economic.hint': 'Economic abuse: money, work, belongings, goods or services.',
  'safety.monitoring.finding': 'Their partner or ex-partner checks, tracks or follows them.',
  'safety.monitoring.text':
    'Does their partner or ex-partner check their phone, track where they are, follow them, or keep turning up where they are?',
  'safety.monitoring.hint': 'After a separation this can be stalking, which makes the result urgent.',
  'safety.degrading.finding': 'Their partner or ex-partner puts them down or humiliates them.',
  'safety.degrading.text':
    'Does their partner or ex-partner put them down, humiliate them or make them feel worthless?',
  'safety.degrading.hint': 'Including humiliation in front of others.',
  'safety.children-used.finding': 'Their partner or ex-partner has used the children to frighten or control them.',
  'safety.children-used.text':
    'Has their partner or ex-partner used the children to frighten or control them? For example threatening to take the children away or turning them against the parent.',
  'safety.children-used.hint': 'Children who see, hear or live with abuse are victims in their own right.',
  'safety.can-disagree-safely.finding':
    'The parent cannot disagree without worrying about what their partner or ex-partner will do.',
  'safety.can-disagree-safely.text':
    'When they disagree, can the parent say what they think without worrying about what their partner or ex-partner will do?',
  'safety.can-disagree-safely.hint': '“No” is the sign of concern here.',
  'safety.own-behaviour.finding': 'The parent is worried that their own behaviour frightens or hurts their family.',
  'safety.own-behaviour.topic': 'their own behaviour',
  'safety.own-behaviour.text':
    'Is the parent worried that their own behaviour frightens or hurts their partner, ex-partner or children?',
  'safety.own-behaviour.hint': 'Their family: their partner or ex-partner, and their children.',
  // SAFETY_OPTIONS
  'safety-options.unsure.label': 'Not sure, or they would rather not say',
};
