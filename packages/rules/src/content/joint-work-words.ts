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
  'relationship therapy',
  'marriage guidance',
  'both parents together',
  'both of you together',
  'you and your partner together',
  'with your partner together',
  'partner together',
  'partners together',
  'joint session',
  'joint sessions',
  'joint counselling',
  'joint therapy',
  'joint work',
  'mediation',
  'mediator',
  'mediators',
  'family mediation',
  'cyfryngu',
  'cwpl',
  'cyplau',
];

/**
 * Words that say an offer or a service is work on parents' conflict (arguing, co-parenting): never
 * shown beside a sign of abuse or an unsure answer, whatever kind a config gives it. Matched whole,
 * like the words above.
 */
export const CONFLICT_WORK_WORDS: readonly string[] = [
  'parental conflict',
  'parents conflict',
  'conflict between parents',
  'conflict resolution',
  'resolve conflict',
  'arguing',
  'argue',
  'argue less',
  'arguing less',
  'arguing better',
  'co parenting',
  'coparenting',
  'parenting together',
  'bringing up children together',
  'bring up your children together',
  'communication between parents',
  'gwrthdaro rhwng rhieni',
  'dadlau',
  'cyd rianta',
];
