import type { MessageTable } from '@rpc-kit/elements';

/**
 * The words only <rpc-practice-audit> uses, beside it: other elements do not carry them. A council
 * can override any of them in its config's `strings` (their ids are listed for the config by
 * scripts/generate.mjs). The audit's own labels (kinds, measures, rubric) are the rules' content.
 */
export const PRACTICE_AUDIT_MESSAGES = {
  'ui.practice-audit.intro.assessments': {
    en: 'Score each early help assessment from 0 to 5 on how well it looked at the parents’ relationship. Run a baseline round, then a follow-up round after training and supervision, and compare them.',
    cy: 'Sgoriwch bob asesiad cymorth cynnar o 0 i 5 ar ba mor dda yr edrychodd ar berthynas y rhieni. Cynhaliwch rownd sylfaen, yna rownd ddilynol ar ôl hyfforddiant a goruchwyliaeth, a’u cymharu.',
  },
  'ui.practice-audit.intro.referrals': {
    en: 'Record the panel’s finding on each referral to the parental conflict offer, round by round: was it the right place for the family, and did they take up support?',
    cy: 'Cofnodwch ganfyddiad y panel ar bob atgyfeiriad i’r cynnig gwrthdaro rhwng rhieni, rownd wrth rownd: ai dyma’r lle iawn i’r teulu, ac a wnaethon nhw fanteisio ar gymorth?',
  },
  'ui.practice-audit.intro.uptake': {
    en: 'Record how far each parent got on a course: enrolled, started, stayed to the end, reached the milestone.',
    cy: 'Cofnodwch pa mor bell aeth pob rhiant ar gwrs: wedi cofrestru, wedi dechrau, wedi aros tan y diwedd, wedi cyrraedd y garreg filltir.',
  },
  'ui.practice-audit.privacy': {
    en: 'Do not enter names or personal details.',
    cy: 'Peidiwch â rhoi enwau na manylion personol.',
  },
  'ui.practice-audit.privacy-body': {
    en: 'The case reference is optional: a case number only. Records stay on this device, in this page, until you save them as a file.',
    cy: 'Mae’r cyfeirnod achos yn ddewisol: rhif achos yn unig. Mae’r cofnodion yn aros ar y ddyfais hon, yn y dudalen hon, nes i chi eu cadw fel ffeil.',
  },
  'ui.practice-audit.file': { en: 'Your records file', cy: 'Ffeil eich cofnodion' },
  'ui.practice-audit.open': { en: 'Open a saved file (CSV)', cy: 'Agor ffeil wedi’i chadw (CSV)' },
  'ui.practice-audit.open-hint': {
    en: 'To carry on, open the file you saved last time. It is read on this device, never sent anywhere.',
    cy: 'I barhau, agorwch y ffeil a gadwoch y tro diwethaf. Caiff ei darllen ar y ddyfais hon, byth ei hanfon i unman.',
  },
  'ui.practice-audit.save': { en: 'Save as a CSV file', cy: 'Cadw fel ffeil CSV' },
  'ui.practice-audit.clear': { en: 'Clear all records', cy: 'Clirio pob cofnod' },
  'ui.practice-audit.status.empty': { en: 'No records yet.', cy: 'Dim cofnodion eto.' },
  'ui.practice-audit.status.unsaved': {
    en: {
      one: '1 record, not saved. Save it as a file before you leave this page.',
      other: '{n} records, not saved. Save them as a file before you leave this page.',
    },
    cy: {
      one: '1 cofnod, heb ei gadw. Cadwch ef fel ffeil cyn gadael y dudalen hon.',
      other: '{n} cofnod, heb eu cadw. Cadwch nhw fel ffeil cyn gadael y dudalen hon.',
    },
  },
  'ui.practice-audit.status.saved': {
    en: { one: '1 record, saved to a file.', other: '{n} records, all saved to a file.' },
    cy: { one: '1 cofnod, wedi’i gadw mewn ffeil.', other: '{n} cofnod, i gyd wedi’u cadw mewn ffeil.' },
  },
  'ui.practice-audit.saved': {
    en: 'Saved as {file}. Keep it somewhere safe: it is the only copy.',
    cy: 'Wedi’i gadw fel {file}. Cadwch hi’n ddiogel: dyma’r unig gopi.',
  },
  'ui.practice-audit.opened': {
    en: { one: '1 record opened from {file}.', other: '{n} records opened from {file}.' },
    cy: { one: '1 cofnod wedi’i agor o {file}.', other: '{n} cofnod wedi’u hagor o {file}.' },
  },
  'ui.practice-audit.loaded': {
    en: { one: '1 record opened.', other: '{n} records opened.' },
    cy: { one: '1 cofnod wedi’i agor.', other: '{n} cofnod wedi’u hagor.' },
  },
  'ui.practice-audit.unknown-courses': {
    en: {
      one: 'This code is not one of the pathways in your config, so it is counted as a course of its own: {ids}. Check its spelling in the file, or add it to your config.',
      other:
        'These codes are not pathways in your config, so each is counted as a course of its own: {ids}. Check their spelling in the file, or add them to your config.',
    },
    cy: {
      one: 'Nid yw’r cod hwn yn un o’r llwybrau yn eich ffurfweddiad, felly caiff ei gyfrif fel cwrs ar ei ben ei hun: {ids}. Gwiriwch ei sillafu yn y ffeil, neu ychwanegwch ef at eich ffurfweddiad.',
      other:
        'Nid yw’r codau hyn yn llwybrau yn eich ffurfweddiad, felly caiff pob un ei gyfrif fel cwrs ar ei ben ei hun: {ids}. Gwiriwch eu sillafu yn y ffeil, neu ychwanegwch nhw at eich ffurfweddiad.',
    },
  },
  'ui.practice-audit.undated-rounds': {
    en: {
      one: 'This round has no date in its name, so the rounds are in the order of their names, not in time order: {rounds}. Give every round a date, such as “2024-03 baseline”, or none.',
      other:
        'These rounds have no date in their names, so the rounds are in the order of their names, not in time order: {rounds}. Give every round a date, such as “2024-03 baseline”, or none.',
    },
    cy: {
      one: 'Does dim dyddiad yn enw’r rownd hon, felly mae’r rowndiau yn nhrefn eu henwau, nid yn nhrefn amser: {rounds}. Rhowch ddyddiad i bob rownd, fel “2024-03 llinell sylfaen”, neu i ddim un.',
      other:
        'Does dim dyddiad yn enwau’r rowndiau hyn, felly mae’r rowndiau yn nhrefn eu henwau, nid yn nhrefn amser: {rounds}. Rhowch ddyddiad i bob rownd, fel “2024-03 llinell sylfaen”, neu i ddim un.',
    },
  },
  'ui.practice-audit.repeated': {
    en: {
      one: '1 record was not added again: its case reference was already here for the same round ({refs}).',
      other: '{n} records were not added again: their case references were already here for the same round ({refs}).',
    },
    cy: {
      one: 'Ni chafodd 1 cofnod ei ychwanegu eto: roedd ei gyfeirnod achos yma eisoes ar gyfer yr un rownd ({refs}).',
      other:
        'Ni chafodd {n} cofnod eu hychwanegu eto: roedd eu cyfeirnodau achos yma eisoes ar gyfer yr un rownd ({refs}).',
    },
  },
  'ui.practice-audit.file-problems': { en: 'This file could not be opened', cy: 'Doedd dim modd agor y ffeil hon' },
  'ui.practice-audit.confirm-open': {
    en: {
      one: 'You already have 1 record here. What should happen to it?',
      other: 'You already have {n} records here. What should happen to them?',
    },
    cy: {
      one: 'Mae gennych 1 cofnod yma eisoes. Beth ddylai ddigwydd iddo?',
      other: 'Mae gennych {n} cofnod yma eisoes. Beth ddylai ddigwydd iddyn nhw?',
    },
  },
  'ui.practice-audit.add-to': { en: 'Add the file’s records to them', cy: 'Ychwanegu cofnodion y ffeil atyn nhw' },
  'ui.practice-audit.replace': { en: 'Replace them with the file’s', cy: 'Rhoi rhai’r ffeil yn eu lle' },
  'ui.practice-audit.cancel': { en: 'Cancel', cy: 'Canslo' },
  'ui.practice-audit.confirm-clear': {
    en: {
      one: 'Clear the 1 record? Anything not saved to a file will be lost.',
      other: 'Clear all {n} records? Anything not saved to a file will be lost.',
    },
    cy: {
      one: 'Clirio’r 1 cofnod? Bydd unrhyw beth sydd heb ei gadw mewn ffeil yn cael ei golli.',
      other: 'Clirio pob un o’r {n} cofnod? Bydd unrhyw beth sydd heb ei gadw mewn ffeil yn cael ei golli.',
    },
  },
  'ui.practice-audit.yes-clear': { en: 'Yes, clear them', cy: 'Ie, eu clirio' },
  'ui.practice-audit.cleared': { en: 'All records cleared.', cy: 'Pob cofnod wedi’i glirio.' },
  'ui.practice-audit.add-title': { en: 'Add a record', cy: 'Ychwanegu cofnod' },
  'ui.practice-audit.edit-title': { en: 'Change record {n}', cy: 'Newid cofnod {n}' },
  'ui.practice-audit.entry-hint': {
    en: 'One record per case. Press Enter to add it: you go back to the first box for the next case, and the round stays the same.',
    cy: 'Un cofnod i bob achos. Pwyswch Enter i’w ychwanegu: rydych chi’n mynd yn ôl i’r blwch cyntaf ar gyfer yr achos nesaf, ac mae’r rownd yn aros yr un fath.',
  },
  'ui.practice-audit.round': { en: 'Round', cy: 'Rownd' },
  'ui.practice-audit.round-hint': {
    en: 'Start with the year and month, like “2024-07 panel”, so rounds sort in time order.',
    cy: 'Dechreuwch gyda’r flwyddyn a’r mis, fel “2024-07 panel”, fel bod rowndiau’n dilyn trefn amser.',
  },
  'ui.practice-audit.choose': { en: 'Choose…', cy: 'Dewiswch…' },
  'ui.practice-audit.team': { en: 'Team', cy: 'Tîm' },
  'ui.practice-audit.score': { en: 'Score (0 to 5)', cy: 'Sgôr (0 i 5)' },
  'ui.practice-audit.prompts': {
    en: 'What the assessment did (tick all that apply)',
    cy: 'Beth wnaeth yr asesiad (ticiwch bob un sy’n berthnasol)',
  },
  'ui.practice-audit.ref': { en: 'Case reference (optional)', cy: 'Cyfeirnod achos (dewisol)' },
  'ui.practice-audit.ref-col': { en: 'Case reference', cy: 'Cyfeirnod achos' },
  'ui.practice-audit.ref-hint': {
    en: 'A case number like EH-1043, never a name.',
    cy: 'Rhif achos fel EH-1043, byth enw.',
  },
  'ui.practice-audit.pathway': { en: 'Referred to', cy: 'Wedi’i atgyfeirio i' },
  'ui.practice-audit.screened': { en: 'Screened before the referral?', cy: 'Wedi’i sgrinio cyn yr atgyfeiriad?' },
  'ui.practice-audit.screen-route': { en: 'What the screen said', cy: 'Beth ddywedodd y sgrinio' },
  'ui.practice-audit.finding': { en: 'Panel’s finding', cy: 'Canfyddiad y panel' },
  'ui.practice-audit.reason': { en: 'Reason', cy: 'Rheswm' },
  'ui.practice-audit.took-up': { en: 'Took up support?', cy: 'Wedi manteisio ar gymorth?' },
  'ui.practice-audit.programme': { en: 'Course', cy: 'Cwrs' },
  'ui.practice-audit.stage': { en: 'Furthest stage reached', cy: 'Y cam pellaf a gyrhaeddwyd' },
  'ui.practice-audit.add': { en: 'Add record', cy: 'Ychwanegu cofnod' },
  'ui.practice-audit.save-changes': { en: 'Save changes', cy: 'Cadw’r newidiadau' },
  'ui.practice-audit.added': { en: 'Record {n} added. {headline}', cy: 'Cofnod {n} wedi’i ychwanegu. {headline}' },
  'ui.practice-audit.changed': { en: 'Record {n} changed.', cy: 'Cofnod {n} wedi’i newid.' },
  'ui.practice-audit.deleted': { en: 'Record {n} deleted.', cy: 'Cofnod {n} wedi’i ddileu.' },
  'ui.practice-audit.form-problems': {
    en: 'Check the boxes marked: {n} to put right.',
    cy: 'Gwiriwch y blychau sydd wedi’u marcio: {n} i’w cywiro.',
  },
  'ui.practice-audit.rubric': { en: 'How to score (0 to 5)', cy: 'Sut i sgorio (0 i 5)' },
  'ui.practice-audit.rubric-caption': {
    en: 'The scores, from 0 to 5. 4 or 5 is good or above.',
    cy: 'Y sgoriau, o 0 i 5. Mae 4 neu 5 yn dda neu well.',
  },
  'ui.practice-audit.level': { en: 'Level', cy: 'Lefel' },
  'ui.practice-audit.meaning': { en: 'What it means', cy: 'Beth mae’n ei olygu' },
  'ui.practice-audit.records': { en: 'Records ({n})', cy: 'Cofnodion ({n})' },
  'ui.practice-audit.records-caption': {
    en: 'Records entered, newest first',
    cy: 'Cofnodion a roddwyd, y mwyaf newydd yn gyntaf',
  },
  'ui.practice-audit.number': { en: 'No.', cy: 'Rhif' },
  'ui.practice-audit.ticked': { en: 'Ticked', cy: 'Wedi’u ticio' },
  'ui.practice-audit.actions': { en: 'Change or delete', cy: 'Newid neu ddileu' },
  'ui.practice-audit.edit': { en: 'Change', cy: 'Newid' },
  'ui.practice-audit.delete': { en: 'Delete', cy: 'Dileu' },
  'ui.practice-audit.record-n': { en: 'record {n}', cy: 'cofnod {n}' },
  'ui.practice-audit.confirm-delete': { en: 'Delete record {n}?', cy: 'Dileu cofnod {n}?' },
  'ui.practice-audit.yes-delete': { en: 'Yes, delete', cy: 'Ie, dileu' },
  'ui.practice-audit.no-keep': { en: 'No, keep it', cy: 'Na, ei gadw' },
  'ui.practice-audit.more': { en: 'Show {n} more', cy: 'Dangos {n} arall' },
  'ui.practice-audit.summary': { en: 'Summary', cy: 'Crynodeb' },
  'ui.practice-audit.report-title': { en: '{title}: report', cy: '{title}: adroddiad' },
  'ui.practice-audit.report-meta': { en: '{records}. As of {date}.', cy: '{records}. Ar {date}.' },
  'ui.practice-audit.compare': { en: 'Compare two rounds', cy: 'Cymharu dwy rownd' },
  'ui.practice-audit.from': { en: 'From', cy: 'O' },
  'ui.practice-audit.to': { en: 'To', cy: 'I' },
  'ui.practice-audit.one-round': {
    en: 'Add a second round (a follow-up) to see the change.',
    cy: 'Ychwanegwch ail rownd (rownd ddilynol) i weld y newid.',
  },
  'ui.practice-audit.same-round': {
    en: 'Choose two different rounds to compare.',
    cy: 'Dewiswch ddwy rownd wahanol i’w cymharu.',
  },
  'ui.practice-audit.headline-caption': {
    en: '{measure}, round by round, with 95% intervals',
    cy: '{measure}, rownd wrth rownd, gyda chyfyngau 95%',
  },
  'ui.practice-audit.records-col': { en: 'Records', cy: 'Cofnodion' },
  'ui.practice-audit.share-col': { en: 'Share (95% interval)', cy: 'Cyfran (cyfwng 95%)' },
  'ui.practice-audit.count-col': { en: 'Number', cy: 'Nifer' },
  'ui.practice-audit.as-table': { en: 'Show the numbers as a table', cy: 'Dangos y rhifau fel tabl' },
  'ui.practice-audit.chart.headline': {
    en: '{measure} in each round: the dot is the share, the line its 95% interval.',
    cy: '{measure} ym mhob rownd: y dot yw’r gyfran, y llinell yw ei chyfwng 95%.',
  },
  'ui.practice-audit.chart.scores': {
    en: 'Scores from 0 to 5, as a share of each round’s assessments',
    cy: 'Sgoriau o 0 i 5, fel cyfran o asesiadau pob rownd',
  },
  'ui.practice-audit.chart.good-zone': { en: 'good or above', cy: 'da neu well' },
  'ui.practice-audit.chart.appropriate': { en: 'Appropriate', cy: 'Priodol' },
  'ui.practice-audit.chart.inappropriate-abuse': { en: 'Signs of abuse', cy: 'Arwyddion o gam-drin' },
  'ui.practice-audit.chart.inappropriate-other': { en: 'Another reason', cy: 'Rheswm arall' },
  'ui.practice-audit.chart.funnel': {
    en: 'How far people got on each course in {round}',
    cy: 'Pa mor bell aeth pobl ar bob cwrs yn {round}',
  },
  'ui.practice-audit.chart.findings': {
    en: 'The panel’s findings in each round',
    cy: 'Canfyddiadau’r panel ym mhob rownd',
  },
  'ui.practice-audit.measure-col': { en: 'Measure', cy: 'Mesur' },
  'ui.practice-audit.key-figures': { en: 'Key figures, round by round', cy: 'Ffigurau allweddol, rownd wrth rownd' },
  'ui.practice-audit.key-figures-round': {
    en: 'Key figures, {round}',
    cy: 'Ffigurau allweddol, {round}',
  },
  'ui.practice-audit.key-figures-left-out': {
    en: 'Left out of this table, to fit the page: {rounds}. Their figures are in the tool, under “The summary in words”.',
    cy: 'Wedi’u gadael allan o’r tabl hwn, i ffitio’r dudalen: {rounds}. Mae eu ffigurau yn yr offeryn, o dan “Y crynodeb mewn geiriau”.',
  },
  'ui.practice-audit.key-figures-earlier': {
    en: 'Each course’s figures for the other rounds are in the tool, under “Show the numbers as a table”.',
    cy: 'Mae ffigurau pob cwrs ar gyfer y rowndiau eraill yn yr offeryn, o dan “Dangos y rhifau fel tabl”.',
  },
  'ui.practice-audit.how-to-read': {
    en: 'Each share comes with its 95% interval: the range the true share is likely to lie in. With few records the interval is wide, so a change is only called larger than chance when the interval of the change leaves out no change at all.',
    cy: 'Daw pob cyfran gyda’i chyfwng 95%: yr ystod y mae’r gyfran go iawn yn debygol o fod ynddi. Gydag ychydig o gofnodion mae’r cyfwng yn llydan, felly dim ond pan fo cyfwng y newid yn gadael dim newid allan y dywedir bod newid yn fwy na siawns.',
  },
  'ui.practice-audit.in-words': { en: 'The summary in words', cy: 'Y crynodeb mewn geiriau' },
  'ui.practice-audit.print': { en: 'Print the report', cy: 'Argraffu’r adroddiad' },
  'ui.practice-audit.no-records': {
    en: 'Add records, or open a saved file, to see the summary.',
    cy: 'Ychwanegwch gofnodion, neu agorwch ffeil wedi’i chadw, i weld y crynodeb.',
  },
  'ui.practice-audit.made-with': {
    en: 'Made with RPC Kit from records kept on this device. No names or personal details.',
    cy: 'Wedi’i wneud gydag RPC Kit o gofnodion a gadwyd ar y ddyfais hon. Dim enwau na manylion personol.',
  },
} as const satisfies MessageTable;
