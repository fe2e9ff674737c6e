/**
 * The sentences of the practice audit's summary in words (what the element shows and the CLI
 * prints) and of its file problems, in English and Welsh. Numbers are counted before they are
 * worded, so the shapes are small functions: English needs plurals, Welsh keeps the noun singular
 * after a numeral ("36 atgyfeiriad").
 */
import type { AuditKind } from '../audit/model.js';
import { formatDate } from '../i18n/dates.js';

/** A share as words need it: whole percentages, already rounded. */
export interface ShareWords {
  readonly count: number;
  readonly n: number;
  readonly pct: number;
  readonly low: number;
  readonly high: number;
}

export type MeasureName = 'good' | 'inappropriate' | 'retained';

export interface ChangeWords {
  readonly measure: MeasureName;
  readonly from: string;
  readonly to: string;
  readonly a: ShareWords;
  readonly b: ShareWords;
  /** Whole percentage points, signed, and the interval's ends. */
  readonly points: number;
  readonly low: number;
  readonly high: number;
  readonly clear: boolean;
}

export interface AuditWords {
  /** "36 referrals", "1 assessment", "81 people". */
  readonly records: (kind: AuditKind, n: number) => string;
  readonly overview: (title: string, kind: AuditKind, n: number, rounds: number) => string;
  readonly round: (round: string, kind: AuditKind, n: number) => string;
  /** "5 of 36 (14%, 95% interval 6–29%)"; "none to count" when n is 0. */
  readonly share: (s: ShareWords) => string;
  /** A tick box no record of the round recorded (its column was left out of the file). */
  readonly notRecorded: string;
  /** "1 of 12 (8%)". */
  readonly shareShort: (s: ShareWords) => string;
  readonly none: string;
  readonly item: (label: string, value: string) => string;
  readonly list: (label: string, items: readonly string[]) => string;
  readonly scores: string;
  readonly good: string;
  readonly byTeamGood: string;
  readonly inappropriate: string;
  readonly abuse: string;
  readonly other: string;
  readonly screened: string;
  readonly inappropriateScreened: string;
  readonly inappropriateNotScreened: string;
  readonly againstScreen: (n: number) => string;
  readonly tookUp: string;
  readonly tookUpAppropriate: string;
  readonly pending: (n: number) => string;
  /** The same two, as the names of rows of counts, round by round (the printed key figures). */
  readonly againstScreenRow: string;
  readonly pendingRow: string;
  readonly byTeamInappropriate: string;
  readonly byPathwayInappropriate: string;
  readonly allCourses: string;
  readonly funnel: (enrolled: number, started: string, retained: string, milestone: string) => string;
  /** The headline measures, as named in a comparison. */
  readonly measures: Readonly<Record<MeasureName, string>>;
  /** The headline measures, as a label on their own. */
  readonly headlines: Readonly<Record<MeasureName, string>>;
  readonly change: (c: ChangeWords) => string;
  readonly noChange: (measure: MeasureName, from: string, to: string) => string;
  readonly signed: (points: number) => string;
  /** Where a problem is: "Row 5, column C (score)". */
  readonly at: (row?: number, column?: string, name?: string) => string;
  readonly problems: {
    readonly [code: string]: (p: {
      value?: string;
      allowed?: string;
      found?: string;
      expected?: string;
      max?: number;
      name?: string;
    }) => string;
  };
  readonly moreProblems: (n: number) => string;
  /** A date as people write it: "3 May 2026", "3 Mai 2026". */
  readonly date: (date: Date) => string;
}

const MINUS = '\u2212';
const signed = (points: number) => (points > 0 ? `+${points}` : points < 0 ? `${MINUS}${-points}` : '0');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const AUDIT_WORDS: Readonly<Record<'en' | 'cy', AuditWords>> = {
  en: {
    records: (kind, n) =>
      kind === 'assessments'
        ? plural(n, 'assessment', 'assessments')
        : kind === 'referrals'
          ? plural(n, 'referral', 'referrals')
          : plural(n, 'person', 'people'),
    overview: (title, kind, n, rounds) =>
      `${title}: ${AUDIT_WORDS.en.records(kind, n)} in ${plural(rounds, 'round', 'rounds')}.`,
    round: (round, kind, n) => `${round}: ${AUDIT_WORDS.en.records(kind, n)}.`,
    share: (s) => (s.n ? `${s.count} of ${s.n} (${s.pct}%, 95% interval ${s.low}–${s.high}%)` : 'none to count'),
    shareShort: (s) => (s.n ? `${s.count} of ${s.n} (${s.pct}%)` : 'none to count'),
    none: 'No records yet.',
    item: (label, value) => `${label}: ${value}.`,
    list: (label, items) => `${label}: ${items.join('; ')}.`,
    scores: 'Scores',
    good: 'Good or above (4 or 5)',
    byTeamGood: 'By team, good or above',
    inappropriate: 'Inappropriate',
    abuse: 'Inappropriate because of signs of domestic abuse',
    other: 'Inappropriate for another reason',
    screened: 'Screened before the referral',
    inappropriateScreened: 'Inappropriate when screened first',
    inappropriateNotScreened: 'Inappropriate when not screened (or not known)',
    againstScreen: (n) =>
      `Referred although the screen showed danger, signs of abuse, harm or “not sure”: ${n}. Check these first.`,
    tookUp: 'Took up support, where known',
    tookUpAppropriate: 'Took up support, of the appropriate referrals where known',
    pending: (n) => `Not known yet whether the family took up support: ${n}.`,
    againstScreenRow:
      'Referred although the screen showed danger, signs of abuse, harm or “not sure” (check these first)',
    pendingRow: 'Not known yet whether the family took up support',
    notRecorded: 'not recorded',
    byTeamInappropriate: 'By team, inappropriate',
    byPathwayInappropriate: 'By pathway, inappropriate',
    allCourses: 'All courses',
    funnel: (enrolled, started, retained, milestone) =>
      `${enrolled} enrolled; started ${started}; stayed to the end ${retained}; reached the milestone ${milestone}`,
    measures: {
      good: 'good or above',
      inappropriate: 'inappropriate referrals',
      retained: 'staying to the end (of those who started)',
    },
    headlines: {
      good: 'Good or above (4 or 5)',
      inappropriate: 'Inappropriate referrals',
      retained: 'Stayed to the end, of those who started',
    },
    change: (c) => {
      const verb = c.points > 0 ? 'rose' : c.points < 0 ? 'fell' : 'changed';
      const moved =
        c.points === 0
          ? `${verb} by less than 1 percentage point`
          : `${c.points > 0 ? 'up' : 'down'} ${Math.abs(c.points)} percentage ${Math.abs(c.points) === 1 ? 'point' : 'points'}`;
      return (
        `From “${c.from}” to “${c.to}”, ${AUDIT_WORDS.en.measures[c.measure]} ${c.points === 0 ? 'went' : verb} ` +
        `from ${c.a.pct}% (${c.a.count} of ${c.a.n}) to ${c.b.pct}% (${c.b.count} of ${c.b.n}): ${moved} ` +
        `(95% interval ${signed(c.low)} to ${signed(c.high)}). ` +
        (c.clear
          ? 'The change is larger than chance would explain.'
          : 'The change could be chance: the interval includes no change. More records would tell.')
      );
    },
    noChange: (measure, from, to) =>
      `From “${from}” to “${to}”, ${AUDIT_WORDS.en.measures[measure]} cannot be compared: a round has none to count.`,
    signed,
    at: (row, column, name) =>
      [row ? `Row ${row}` : '', column ? `column ${column}${name ? ` (${name})` : ''}` : ''].filter(Boolean).join(', '),
    problems: {
      unreadable: () => 'The file could not be read: open it again, or save it again as CSV.',
      'too-large': (p) =>
        `The file is larger than ${Math.round((p.max ?? 0) / 1048576)} MB: split it into smaller files.`,
      'too-many-records': (p) => `The file has more than ${p.max} records: split it into smaller files.`,
      empty: () => 'The file is empty.',
      format: () =>
        'This is not a practice audit file: its first line must be rpc-audit-v1 and the kind of records, like “rpc-audit-v1,assessments”.',
      version: (p) => `This file is in another format (“${p.value}”); this version reads rpc-audit-v1.`,
      semicolons: () =>
        'The values in this file are separated by semicolons. Save it again as CSV with commas (in Excel: “CSV UTF-8 (Comma delimited)”).',
      kind: (p) => `The kind of records must be one of: ${p.allowed} (found “${p.value}”).`,
      'kind-mismatch': (p) => `This file holds ${p.found} records; this audit is for ${p.expected}.`,
      'no-header': () => 'The second line must name the columns.',
      'unknown-column': (p) => `Unknown column “${p.value}”: the columns are ${p.allowed}.`,
      'duplicate-column': () => 'This column is named twice.',
      'missing-column': (p) => `The column “${p.name}” is missing.`,
      'unclosed-quote': () => 'A quoted value starts here and is never closed.',
      'stray-quote': () => 'A quote mark inside a value: put the whole value in quotes and write the quote mark twice.',
      'after-quote': () => 'Something follows a closing quote mark before the next comma.',
      'extra-values': () => 'This row has more values than there are columns.',
      required: () => 'A value is needed here.',
      'one-of': (p) => `Must be one of: ${p.allowed} (found “${p.value}”).`,
      score: (p) => `Must be a whole number from 0 to 5 (found “${p.value}”).`,
      'yes-no': (p) => `Must be yes or no, or left empty (found “${p.value}”).`,
      round: () => 'A round’s name must be 1 to 40 characters, on one line.',
      'round-formula': () =>
        'A round’s name must not start with =, +, - or @ (spreadsheets read those as formulas). Start it with the year, like “2024-07 panel”.',
      ref: () =>
        'A case reference must be a case number: up to 20 letters and digits with at least one digit and no spaces, like EH-1043. Never a name.',
      id: (p) =>
        `Must be a pathway id: lower-case letters, digits and hyphens, like arguing-better (found “${p.value}”).`,
      'reason-needed': () => 'Give a reason when the finding is inappropriate for another reason.',
      'reason-not-allowed': () => 'A reason is given only when the finding is inappropriate for another reason.',
      'route-without-screen': () => 'A screen route is given, but the family was not screened.',
    },
    moreProblems: (n) => `…and ${plural(n, 'more problem', 'more problems')}.`,
    date: (d) => formatDate(d, 'en'),
  },
  cy: {
    records: (kind, n) =>
      kind === 'assessments' ? `${n} asesiad` : kind === 'referrals' ? `${n} atgyfeiriad` : `${n} person`,
    overview: (title, kind, n, rounds) => `${title}: ${AUDIT_WORDS.cy.records(kind, n)} mewn ${rounds} rownd.`,
    round: (round, kind, n) => `${round}: ${AUDIT_WORDS.cy.records(kind, n)}.`,
    share: (s) => (s.n ? `${s.count} o ${s.n} (${s.pct}%, cyfwng 95% ${s.low}–${s.high}%)` : 'dim i’w gyfrif'),
    shareShort: (s) => (s.n ? `${s.count} o ${s.n} (${s.pct}%)` : 'dim i’w gyfrif'),
    none: 'Dim cofnodion eto.',
    item: (label, value) => `${label}: ${value}.`,
    list: (label, items) => `${label}: ${items.join('; ')}.`,
    scores: 'Sgoriau',
    good: 'Da neu well (4 neu 5)',
    byTeamGood: 'Fesul tîm, da neu well',
    inappropriate: 'Amhriodol',
    abuse: 'Amhriodol oherwydd arwyddion o gam-drin domestig',
    other: 'Amhriodol am reswm arall',
    screened: 'Wedi’i sgrinio cyn yr atgyfeiriad',
    inappropriateScreened: 'Amhriodol pan gafodd ei sgrinio’n gyntaf',
    inappropriateNotScreened: 'Amhriodol pan na chafodd ei sgrinio (neu ddim yn hysbys)',
    againstScreen: (n) =>
      `Wedi’i atgyfeirio er bod y sgrinio wedi dangos perygl, arwyddion o gam-drin, niwed neu “ddim yn siŵr”: ${n}. Gwiriwch y rhain yn gyntaf.`,
    tookUp: 'Wedi manteisio ar gymorth, lle mae’n hysbys',
    tookUpAppropriate: 'Wedi manteisio ar gymorth, o’r atgyfeiriadau priodol lle mae’n hysbys',
    pending: (n) => `Ddim yn hysbys eto a wnaeth y teulu fanteisio ar gymorth: ${n}.`,
    againstScreenRow:
      'Wedi’i atgyfeirio er bod y sgrinio wedi dangos perygl, arwyddion o gam-drin, niwed neu “ddim yn siŵr” (gwiriwch y rhain yn gyntaf)',
    pendingRow: 'Ddim yn hysbys eto a wnaeth y teulu fanteisio ar gymorth',
    notRecorded: 'heb ei gofnodi',
    byTeamInappropriate: 'Fesul tîm, amhriodol',
    byPathwayInappropriate: 'Fesul llwybr, amhriodol',
    allCourses: 'Pob cwrs',
    funnel: (enrolled, started, retained, milestone) =>
      `${enrolled} wedi cofrestru; wedi dechrau ${started}; wedi aros tan y diwedd ${retained}; wedi cyrraedd y garreg filltir ${milestone}`,
    measures: {
      good: 'da neu well',
      inappropriate: 'atgyfeiriadau amhriodol',
      retained: 'aros tan y diwedd (o’r rhai a ddechreuodd)',
    },
    headlines: {
      good: 'Da neu well (4 neu 5)',
      inappropriate: 'Atgyfeiriadau amhriodol',
      retained: 'Wedi aros tan y diwedd, o’r rhai a ddechreuodd',
    },
    change: (c) => {
      const moved =
        c.points === 0
          ? 'newid o lai nag 1 pwynt canran'
          : `${c.points > 0 ? 'i fyny' : 'i lawr'} ${Math.abs(c.points)} pwynt canran`;
      return (
        `O “${c.from}” i “${c.to}”, ${AUDIT_WORDS.cy.measures[c.measure]}: o ${c.a.pct}% (${c.a.count} o ${c.a.n}) ` +
        `i ${c.b.pct}% (${c.b.count} o ${c.b.n}), ${moved} (cyfwng 95% ${signed(c.low)} i ${signed(c.high)}). ` +
        (c.clear
          ? 'Mae’r newid yn fwy nag y gallai siawns ei esbonio.'
          : 'Gallai’r newid fod yn siawns: mae’r cyfwng yn cynnwys dim newid. Byddai mwy o gofnodion yn dweud.')
      );
    },
    noChange: (measure, from, to) =>
      `O “${from}” i “${to}”, does dim modd cymharu ${AUDIT_WORDS.cy.measures[measure]}: does dim i’w gyfrif mewn un rownd.`,
    signed,
    at: (row, column, name) =>
      [row ? `Rhes ${row}` : '', column ? `colofn ${column}${name ? ` (${name})` : ''}` : '']
        .filter(Boolean)
        .join(', '),
    problems: {
      unreadable: () => 'Doedd dim modd darllen y ffeil: agorwch hi eto, neu ei chadw eto fel CSV.',
      'too-large': (p) =>
        `Mae’r ffeil yn fwy na ${Math.round((p.max ?? 0) / 1048576)} MB: rhannwch hi’n ffeiliau llai.`,
      'too-many-records': (p) => `Mae gan y ffeil fwy na ${p.max} cofnod: rhannwch hi’n ffeiliau llai.`,
      empty: () => 'Mae’r ffeil yn wag.',
      format: () =>
        'Nid ffeil archwilio ymarfer yw hon: rhaid i’w llinell gyntaf fod yn rpc-audit-v1 a’r math o gofnodion, fel “rpc-audit-v1,assessments”.',
      version: (p) => `Mae’r ffeil hon mewn fformat arall (“${p.value}”); mae’r fersiwn hon yn darllen rpc-audit-v1.`,
      semicolons: () =>
        'Mae’r gwerthoedd yn y ffeil hon wedi’u gwahanu gan hanner colonau. Cadwch hi eto fel CSV gyda chomas (yn Excel: “CSV UTF-8 (Comma delimited)”).',
      kind: (p) => `Rhaid i’r math o gofnodion fod yn un o: ${p.allowed} (wedi canfod “${p.value}”).`,
      'kind-mismatch': (p) =>
        `Mae’r ffeil hon yn dal cofnodion ${p.found}; mae’r archwiliad hwn ar gyfer ${p.expected}.`,
      'no-header': () => 'Rhaid i’r ail linell enwi’r colofnau.',
      'unknown-column': (p) => `Colofn anhysbys “${p.value}”: y colofnau yw ${p.allowed}.`,
      'duplicate-column': () => 'Mae’r golofn hon wedi’i henwi ddwywaith.',
      'missing-column': (p) => `Mae’r golofn “${p.name}” ar goll.`,
      'unclosed-quote': () => 'Mae gwerth mewn dyfynodau’n dechrau yma a byth yn cau.',
      'stray-quote': () =>
        'Dyfynnod y tu mewn i werth: rhowch y gwerth cyfan mewn dyfynodau ac ysgrifennu’r dyfynnod ddwywaith.',
      'after-quote': () => 'Mae rhywbeth yn dilyn dyfynnod cau cyn y coma nesaf.',
      'extra-values': () => 'Mae gan y rhes hon fwy o werthoedd nag sydd o golofnau.',
      required: () => 'Mae angen gwerth yma.',
      'one-of': (p) => `Rhaid iddo fod yn un o: ${p.allowed} (wedi canfod “${p.value}”).`,
      score: (p) => `Rhaid iddo fod yn rhif cyfan o 0 i 5 (wedi canfod “${p.value}”).`,
      'yes-no': (p) => `Rhaid iddo fod yn yes neu no, neu’n wag (wedi canfod “${p.value}”).`,
      round: () => 'Rhaid i enw rownd fod rhwng 1 a 40 nod, ar un llinell.',
      'round-formula': () =>
        'Ni all enw rownd ddechrau gyda =, +, - neu @ (mae taenlenni’n darllen y rheini fel fformiwlâu). Dechreuwch gyda’r flwyddyn, fel “2024-07 panel”.',
      ref: () =>
        'Rhaid i gyfeirnod achos fod yn rhif achos: hyd at 20 llythyren a digid gydag o leiaf un digid a dim bylchau, fel EH-1043. Byth yn enw.',
      id: (p) =>
        `Rhaid iddo fod yn id llwybr: llythrennau bach, digidau a chysylltnodau, fel arguing-better (wedi canfod “${p.value}”).`,
      'reason-needed': () => 'Rhowch reswm pan fo’r canfyddiad yn amhriodol am reswm arall.',
      'reason-not-allowed': () => 'Dim ond pan fo’r canfyddiad yn amhriodol am reswm arall y rhoddir rheswm.',
      'route-without-screen': () => 'Mae llwybr sgrinio wedi’i roi, ond ni chafodd y teulu ei sgrinio.',
    },
    moreProblems: (n) => `…a ${n} problem arall.`,
    date: (d) => formatDate(d, 'cy'),
  },
};
