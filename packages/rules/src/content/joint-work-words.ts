/**
 * Words that say an offer or a service is couple or joint work, or mediation: matched whole,
 * ignoring case, accents and punctuation. Used to keep such services out of the domestic abuse
 * panel, and to warn a council whose own offer reads like couple work but is not marked as joint.
 * Data, so it can be reviewed and extended.
 */
export const JOINT_WORK_WORDS: readonly string[] = [
  'couple',
  'couples',
  'couples therapy',
  'couple therapy',
  'couples counselling',
  'couple counselling',
  'relationship counselling',
  'marriage counselling',
  'marital',
  'both parents together',
  'joint session',
  'joint sessions',
  'mediation',
  'mediator',
  'mediators',
  'family mediation',
  'cyfryngu',
  'cwpl',
  'cyplau',
];
