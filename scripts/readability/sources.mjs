// The parent-facing English the readability check scores, as a list of sources. Each source names
// a built module, the table it exports, how to read texts from it and the group its texts are
// reported in: the rules' words, and the elements' own (each element package's `*_MESSAGES`, the
// words every element shares and the journey's). To score more words, add a source:
//
//   { group: 'Screener', module: 'packages/screener/dist/index.js',
//     export: 'SCREENER_MESSAGES', kind: 'messages' }
//
// Kinds (see extract.mjs): `questions` (a list of questions, or one), `pathways`, `contacts`,
// `messages` (a table of id -> message). Every text is read in English, in the parent's wording
// where a text is worded per audience. `only` and `except` narrow a source by id or id prefix
// (a prefix ends with a dot or a star).

const RULES = 'packages/rules/dist/index.js';

export const SOURCES = [
  { group: 'Safety questions', module: RULES, export: 'SAFETY_QUESTIONS', kind: 'questions', fields: ['text', 'hint'] },
  { group: 'Other questions', module: RULES, export: 'SAFE_TO_CONTINUE', kind: 'questions', fields: ['text', 'hint'] },
  { group: 'Other questions', module: RULES, export: 'QUALITY_QUESTIONS', kind: 'questions', fields: ['text', 'hint'] },
  {
    group: 'Other questions',
    module: RULES,
    export: 'SITUATION_QUESTIONS',
    kind: 'questions',
    fields: ['text', 'hint'],
  },
  { group: 'Answer options', module: RULES, export: 'SAFETY_QUESTIONS', kind: 'questions', fields: ['options'] },
  { group: 'Answer options', module: RULES, export: 'SAFE_TO_CONTINUE', kind: 'questions', fields: ['options'] },
  { group: 'Answer options', module: RULES, export: 'QUALITY_QUESTIONS', kind: 'questions', fields: ['options'] },
  { group: 'Answer options', module: RULES, export: 'SITUATION_QUESTIONS', kind: 'questions', fields: ['options'] },
  { group: '"Why we ask" texts', module: RULES, export: 'SAFETY_QUESTIONS', kind: 'questions', fields: ['why'] },
  {
    group: 'What was said (findings and topics)',
    module: RULES,
    export: 'SAFETY_QUESTIONS',
    kind: 'questions',
    fields: ['finding', 'topic'],
  },
  { group: 'Pathway texts', module: RULES, export: 'DEFAULT_PATHWAYS', kind: 'pathways' },
  { group: 'Pathway texts', module: RULES, export: 'NATION_PATHWAY_TEXT', kind: 'nation-pathways' },
  { group: 'Contact texts', module: RULES, export: 'NATIONAL_CONTACTS', kind: 'contacts' },
  {
    group: 'Reasons, urgency and notes',
    module: RULES,
    export: 'RULE_MESSAGES',
    kind: 'messages',
    only: ['reason.', 'urgent.', 'note.'],
    // Shown only to a practitioner who confirmed their own screen.
    except: ['reason.screened'],
  },
  // The notes and labels an element shows before any result are a table of their own.
  { group: 'Reasons, urgency and notes', module: RULES, export: 'LABEL_MESSAGES', kind: 'messages', only: ['note.'] },
  { group: 'Why an offer was suggested', module: RULES, export: 'RULE_MESSAGES', kind: 'messages', only: ['why.'] },
  {
    group: 'Labels',
    module: RULES,
    export: 'RULE_MESSAGES',
    kind: 'messages',
    only: ['format.', 'referral.', 'band.', 'category.'],
  },
  { group: 'Labels', module: RULES, export: 'LABEL_MESSAGES', kind: 'messages', only: ['format.', 'referral.'] },
  // The elements' words: what every element shares, the journey's, and each element's own. The
  // words for the website editor (config problems) are not a parent's, so they are left out.
  {
    group: 'Elements: shared words',
    module: 'packages/elements/dist/index.js',
    export: 'SHARED_MESSAGES',
    kind: 'messages',
    except: ['ui.config-'],
  },
  {
    group: 'Elements: journey words',
    module: 'packages/elements/dist/journey.js',
    export: 'JOURNEY_MESSAGES',
    kind: 'messages',
  },
  {
    group: 'Elements: screener',
    module: 'packages/screener/dist/index.js',
    export: 'SCREENER_MESSAGES',
    kind: 'messages',
  },
  {
    group: 'Elements: da-check',
    module: 'packages/da-check/dist/index.js',
    export: 'DA_CHECK_MESSAGES',
    kind: 'messages',
  },
  {
    group: 'Elements: signposter',
    module: 'packages/signposter/dist/index.js',
    export: 'SIGNPOSTER_MESSAGES',
    kind: 'messages',
  },
  {
    group: 'Elements: help finder',
    module: 'packages/help-finder/dist/index.js',
    export: 'HELP_FINDER_MESSAGES',
    kind: 'messages',
  },
];
