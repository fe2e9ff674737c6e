import { withIds, type PackSource } from '../i18n/packs.js';
import type { Message } from '../types.js';

/** Where this module's words in Welsh and for practitioners are: loaded by `loadContent` (see `i18n/packs.ts`). */
const PACKS: PackSource = {
  cy: () => import('./packs/cy/ui-practice-audit.js'),
};

/**
 * The words only <rpc-practice-audit> uses. The element registers them when it loads, so other
 * elements do not carry them; a council can still override any of them in config (`strings`).
 * The rubric, the codes' labels and the summary's sentences are content of the rules
 * (audit-rubric.ts, audit-words.ts): the CLI words them too.
 */
export const PRACTICE_AUDIT_MESSAGES = /* @__PURE__ */ withIds(
  '',
  {
    'ui.practice-audit.intro.assessments': {
      en: 'Score each early help assessment from 0 to 5 on how well it looked at the parents’ relationship. Run a baseline round, then a follow-up round after training and supervision, and compare them.',
    },
    'ui.practice-audit.intro.referrals': {
      en: 'Record the panel’s finding on each referral to the parental conflict offer, round by round: was it the right place for the family, and did they take up support?',
    },
    'ui.practice-audit.intro.uptake': {
      en: 'Record how far each parent got on a course: enrolled, started, stayed to the end, reached the milestone.',
    },
    'ui.practice-audit.privacy': { en: 'Do not enter names or personal details.' },
    'ui.practice-audit.privacy-body': {
      en: 'The case reference is optional: a case number only. Records stay on this device, in this page, until you save them as a file.',
    },
    'ui.practice-audit.file': { en: 'Your records file' },
    'ui.practice-audit.open': { en: 'Open a saved file (CSV)' },
    'ui.practice-audit.open-hint': {
      en: 'To carry on, open the file you saved last time. It is read on this device, never sent anywhere.',
    },
    'ui.practice-audit.save': { en: 'Save as a CSV file' },
    'ui.practice-audit.clear': { en: 'Clear all records' },
    'ui.practice-audit.status.empty': { en: 'No records yet.' },
    'ui.practice-audit.status.unsaved': {
      en: '{n} records, not saved. Save them as a file before you leave this page.',
    },
    'ui.practice-audit.status.saved': { en: '{n} records, all saved to a file.' },
    'ui.practice-audit.saved': { en: 'Saved as {file}. Keep it somewhere safe: it is the only copy.' },
    'ui.practice-audit.opened': { en: '{n} records opened from {file}.' },
    'ui.practice-audit.file-problems': { en: 'This file could not be opened' },
    'ui.practice-audit.confirm-open': { en: 'You already have {n} records here. What should happen to them?' },
    'ui.practice-audit.add-to': { en: 'Add the file’s records to them' },
    'ui.practice-audit.replace': { en: 'Replace them with the file’s' },
    'ui.practice-audit.cancel': { en: 'Cancel' },
    'ui.practice-audit.confirm-clear': { en: 'Clear all {n} records? Anything not saved to a file will be lost.' },
    'ui.practice-audit.yes-clear': { en: 'Yes, clear them' },
    'ui.practice-audit.cleared': { en: 'All records cleared.' },
    'ui.practice-audit.add-title': { en: 'Add a record' },
    'ui.practice-audit.edit-title': { en: 'Change record {n}' },
    'ui.practice-audit.entry-hint': {
      en: 'One record per case. Press Enter to add it: you go back to the first box for the next case, and the round stays the same.',
    },
    'ui.practice-audit.round': { en: 'Round' },
    'ui.practice-audit.round-hint': {
      en: 'Start with the year and month, like “2024-07 panel”, so rounds sort in time order.',
    },
    'ui.practice-audit.choose': { en: 'Choose…' },
    'ui.practice-audit.team': { en: 'Team' },
    'ui.practice-audit.score': { en: 'Score (0 to 5)' },
    'ui.practice-audit.prompts': { en: 'What the assessment did (tick all that apply)' },
    'ui.practice-audit.ref': { en: 'Case reference (optional)' },
    'ui.practice-audit.ref-col': { en: 'Case reference' },
    'ui.practice-audit.ref-hint': { en: 'A case number like EH-1043, never a name.' },
    'ui.practice-audit.pathway': { en: 'Referred to' },
    'ui.practice-audit.screened': { en: 'Screened before the referral?' },
    'ui.practice-audit.screen-route': { en: 'What the screen said' },
    'ui.practice-audit.finding': { en: 'Panel’s finding' },
    'ui.practice-audit.reason': { en: 'Reason' },
    'ui.practice-audit.took-up': { en: 'Took up support?' },
    'ui.practice-audit.programme': { en: 'Course' },
    'ui.practice-audit.stage': { en: 'Furthest stage reached' },
    'ui.practice-audit.add': { en: 'Add record' },
    'ui.practice-audit.save-changes': { en: 'Save changes' },
    'ui.practice-audit.added': { en: 'Record {n} added. {headline}' },
    'ui.practice-audit.changed': { en: 'Record {n} changed.' },
    'ui.practice-audit.deleted': { en: 'Record {n} deleted.' },
    'ui.practice-audit.form-problems': { en: 'Check the boxes marked: {n} to put right.' },
    'ui.practice-audit.rubric': { en: 'How to score (0 to 5)' },
    'ui.practice-audit.rubric-caption': { en: 'The scores, from 0 to 5. 4 or 5 is good or above.' },
    'ui.practice-audit.level': { en: 'Level' },
    'ui.practice-audit.meaning': { en: 'What it means' },
    'ui.practice-audit.records': { en: 'Records ({n})' },
    'ui.practice-audit.records-caption': { en: 'Records entered, newest first' },
    'ui.practice-audit.number': { en: 'No.' },
    'ui.practice-audit.ticked': { en: 'Ticked' },
    'ui.practice-audit.actions': { en: 'Change or delete' },
    'ui.practice-audit.edit': { en: 'Change' },
    'ui.practice-audit.delete': { en: 'Delete' },
    'ui.practice-audit.record-n': { en: 'record {n}' },
    'ui.practice-audit.confirm-delete': { en: 'Delete record {n}?' },
    'ui.practice-audit.yes-delete': { en: 'Yes, delete' },
    'ui.practice-audit.no-keep': { en: 'No, keep it' },
    'ui.practice-audit.more': { en: 'Show {n} more' },
    'ui.practice-audit.summary': { en: 'Summary' },
    'ui.practice-audit.report-title': { en: '{title}: report' },
    'ui.practice-audit.report-meta': { en: '{records}. As of {date}.' },
    'ui.practice-audit.compare': { en: 'Compare two rounds' },
    'ui.practice-audit.from': { en: 'From' },
    'ui.practice-audit.to': { en: 'To' },
    'ui.practice-audit.one-round': { en: 'Add a second round (a follow-up) to see the change.' },
    'ui.practice-audit.same-round': { en: 'Choose two different rounds to compare.' },
    'ui.practice-audit.headline-caption': { en: '{measure}, round by round, with 95% intervals' },
    'ui.practice-audit.records-col': { en: 'Records' },
    'ui.practice-audit.share-col': { en: 'Share (95% interval)' },
    'ui.practice-audit.count-col': { en: 'Number' },
    'ui.practice-audit.as-table': { en: 'Show the numbers as a table' },
    'ui.practice-audit.chart.headline': {
      en: '{measure} in each round: the dot is the share, the line its 95% interval.',
    },
    'ui.practice-audit.chart.scores': { en: 'Scores from 0 to 5, as a share of each round’s assessments' },
    'ui.practice-audit.chart.good-zone': { en: 'good or above' },
    'ui.practice-audit.chart.appropriate': { en: 'Appropriate' },
    'ui.practice-audit.chart.inappropriate-abuse': { en: 'Signs of abuse' },
    'ui.practice-audit.chart.inappropriate-other': { en: 'Another reason' },
    'ui.practice-audit.chart.funnel': { en: 'How far people got on each course in {round}' },
    'ui.practice-audit.chart.findings': { en: 'The panel’s findings in each round' },
    'ui.practice-audit.measure-col': { en: 'Measure' },
    'ui.practice-audit.key-figures': { en: 'Key figures, round by round' },
    'ui.practice-audit.how-to-read': {
      en: 'Each share comes with its 95% interval: the range the true share is likely to lie in. With few records the interval is wide, so a change is only called larger than chance when the interval of the change leaves out no change at all.',
    },
    'ui.practice-audit.in-words': { en: 'The summary in words' },
    'ui.practice-audit.print': { en: 'Print the report' },
    'ui.practice-audit.no-records': { en: 'Add records, or open a saved file, to see the summary.' },
    'ui.practice-audit.made-with': {
      en: 'Made with RPC Kit from records kept on this device. No names or personal details.',
    },
  } as const satisfies Record<string, Message>,
  PACKS,
);
