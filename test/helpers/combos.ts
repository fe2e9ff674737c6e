/**
 * Every language and audience a text is read in, in the content snapshot's order (English and
 * Welsh for parents, then for practitioners): for tests that compare every wording.
 */
export const COMBOS = [
  ['en', 'parent'],
  ['cy', 'parent'],
  ['en', 'practitioner'],
  ['cy', 'practitioner'],
] as const;
