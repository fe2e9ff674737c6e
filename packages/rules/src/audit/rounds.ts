/**
 * The order of an audit's rounds. Rounds are shown, and compared first with last, in time order
 * when every round's name holds a date this can read, however it is written: `2024-03 baseline`,
 * `15/03/2024` (day first, as the UK writes), `March 2024`, `March 1st 2024`, `Mawrth 2024`,
 * `Spring term 2024`, `2024 Q1`, `Q3 2024/25` or `FY24/25 Q3` (a council's financial year, from
 * April), `2023/24`, or a bare `2024`. If any round's name has none (`Baseline` and
 * `Follow-up March 2025`), the names' natural order is used for every round: a date read from
 * some names only could put a follow-up before its baseline.
 */

/** Natural order, the same in every runtime: "Round 2" before "Round 10"; case only breaks ties. */
export function compareRoundNames(a: string, b: string): number {
  const split = (s: string) => s.toLowerCase().match(/\d+|\D+/g) ?? [];
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const pn = /^\d/.test(p);
    const qn = /^\d/.test(q);
    if (pn && qn) {
      const diff = Number(p) - Number(q) || p.length - q.length;
      if (diff) return diff;
    } else return p < q ? -1 : 1;
  }
  return x.length - y.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * How rounds with these names are ordered: by the date in their names if every name has one
 * (`roundDate`; natural order breaks ties), else by their names alone (`compareRoundNames`).
 */
export function roundOrder(names: readonly string[]): (a: string, b: string) => number {
  const dates = new Map(names.map((name) => [name, roundDate(name)]));
  if ([...dates.values()].some((d) => d === undefined)) return compareRoundNames;
  const dateOf = (name: string) => dates.get(name) ?? roundDate(name) ?? 0;
  return (a, b) => dateOf(a) - dateOf(b) || compareRoundNames(a, b);
}

/**
 * The rounds whose names have no date, where others' have one: then every round is in the order
 * of its name (`roundOrder`), not in time order, and the person is told which names to date.
 * Empty when every name has a date, or none has.
 */
export function undatedRounds(names: readonly string[]): string[] {
  const undated = names.filter((name) => roundDate(name) === undefined);
  return undated.length < names.length ? undated : [];
}

/**
 * Months, and seasons as months, by their names in English and in Welsh; a word for one is its
 * name or the name's first three letters or more ("Sept"). ("Hydref" is October and autumn.)
 */
const MONTHS = [
  'january february march april may june july august september october november december',
  'ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr',
].map((names) => names.split(' '));
const SEASONS: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  winter: 12,
  gwanwyn: 3,
  haf: 6,
  gaeaf: 12,
};

function monthOf(word: string): number {
  const w = word.toLowerCase();
  for (const names of MONTHS) {
    const i = names.findIndex((name) => name.startsWith(w) && (w.length >= 3 || w === name));
    if (i >= 0) return i + 1;
  }
  return SEASONS[w] ?? -1;
}

// Not inside a longer run of digits or letters: "2024" in "R2024x" is not a year.
const pattern = (source: string) => new RegExp(`(?<![\\p{L}\\d])${source}(?![\\p{L}\\d])`, 'giu');
const Q = '(?:q|qtr|quarter)[\\s-]*([1-4])';
/** A council's financial year: "2024/25", "2024-2025", "FY24/25" (April 2024 to March 2025). */
const FY = '(?:fy[\\s-]*)?(\\d{4}|\\d{2})[/-](\\d{4}|\\d{2})';
const ORDINAL = '(?:st|nd|rd|th)?';

/** Year, month (0: the year alone, before its months) and day (0: the month alone), as one number. */
type Day = number;
type Reader = readonly [RegExp, (m: RegExpMatchArray) => Day | undefined];

/** The readers, most specific first: of two dates at the same place in a name, the first reader's wins. */
const READERS: readonly Reader[] = [
  // Quarters of a financial year: "2024/25 Q1" (April to June 2024), "Q4 FY24/25" (January 2025).
  [pattern(`${FY}[\\s-]*${Q}`), (m) => financialQuarter(m[1]!, m[2]!, m[3]!)],
  [pattern(`${Q}[\\s-]*${FY}`), (m) => financialQuarter(m[2]!, m[3]!, m[1]!)],
  // Quarters of a calendar year: "2024 Q3", "2024-Q3", "Q3 2024", "Quarter 3 2024".
  [pattern(`(\\d{4})[\\s-]*${Q}`), (m) => day(m[1]!, (Number(m[2]) - 1) * 3 + 1)],
  [pattern(`${Q}[\\s-]*(\\d{4})`), (m) => day(m[2]!, (Number(m[1]) - 1) * 3 + 1)],
  // Year first: "2024-03", "2024-03-15", "2024/3".
  [pattern('(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?'), (m) => day(m[1]!, Number(m[2]), m[3])],
  // Day first, as the UK writes: "15/03/2024", "15.3.24"; then month and year: "03/2024".
  [pattern('(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})'), (m) => day(m[3]!, Number(m[2]), m[1])],
  [pattern('(\\d{1,2})[-/.](\\d{4})'), (m) => day(m[2]!, Number(m[1]))],
  // Words: "15 March 2024", "March 2024", "Mawrth 2024", "Spring term 2024"; "March 1st, 2024".
  [
    pattern(`(?:(\\d{1,2})${ORDINAL}\\s+)?(\\p{L}+)(?:\\s+term)?\\.?,?\\s+(\\d{4})`),
    (m) => day(m[3]!, monthOf(m[2]!), m[1]),
  ],
  [pattern(`(\\p{L}+)\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})`), (m) => day(m[3]!, monthOf(m[1]!), m[2])],
  // A financial year alone ("2023/24", "FY23/24"), then a year alone.
  [pattern(FY), (m) => (/^fy/i.test(m[0]) || m[1]!.length === 4 ? financialQuarter(m[1]!, m[2]!, '1') : undefined)],
  [pattern('((?:19|20)\\d{2})'), (m) => day(m[1]!, 0)],
];

/** A year as written: two figures are 2000 to 2069, or 1970 to 1999. */
const fullYear = (year: string): number =>
  year.length === 2 ? Number(year) + (Number(year) < 70 ? 2000 : 1900) : Number(year);

function day(year: string, month: number, date?: string): Day | undefined {
  const d = date === undefined ? 0 : Number(date);
  if (month < 0 || month > 12 || d < 0 || d > 31 || (d > 0 && month === 0)) return undefined;
  return fullYear(year) * 10_000 + month * 100 + d;
}

function financialQuarter(start: string, end: string, quarter: string): Day | undefined {
  // The second year is the next one: "2024/25", "2024/2025"; "2024/26" is not a financial year.
  if (fullYear(end) !== fullYear(start) + 1) return undefined;
  const month = 4 + (Number(quarter) - 1) * 3;
  const year = fullYear(start) + (month > 12 ? 1 : 0);
  return day(String(year), month > 12 ? month - 12 : month);
}

/**
 * When the round happened, as its name says (year, month, day in one number), or `undefined`. Of
 * two dates in a name, the one written first ("Baseline Jan 2024 (audited 2024-06)": January).
 */
export function roundDate(name: string): number | undefined {
  let best: { at: number; date: Day } | undefined;
  for (const [re, read] of READERS) {
    for (const m of name.matchAll(re)) {
      if (best && m.index >= best.at) break;
      const date = read(m);
      if (date !== undefined) {
        best = { at: m.index, date };
        break;
      }
    }
  }
  return best?.date;
}
