/**
 * When a round happened, read from its name, so rounds are shown (and compared, first with last)
 * in time order however the date in the name is written: `2024-03 baseline`, `15/03/2024`,
 * `March 2024`, `Mawrth 2024`, `2024 Q1`, `Q3 2024/25` (a council's financial year, from April),
 * `2023/24` or a bare `2024`. Day before month, as the UK writes dates. A name with no date it
 * can read gives `undefined`, and such rounds follow the dated ones in the order of their names.
 */

/** Months by the words people write for them, in English and Welsh (three letters or in full). */
const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'january', 'ionawr'],
  ['feb', 'february', 'chwefror'],
  ['mar', 'march', 'mawrth'],
  ['apr', 'april', 'ebrill'],
  ['may', 'mai'],
  ['jun', 'june', 'mehefin'],
  ['jul', 'july', 'gorffennaf'],
  ['aug', 'august', 'awst'],
  ['sep', 'sept', 'september', 'medi'],
  ['oct', 'october', 'hydref'],
  ['nov', 'november', 'tachwedd'],
  ['dec', 'december', 'rhagfyr'],
];
const MONTH_OF = new Map(MONTHS.flatMap((words, i) => words.map((w) => [w, i + 1] as const)));
const MONTH_WORD = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

// Not inside a longer run of digits or letters: "2024" in "R2024x" is not a year.
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const pattern = (source: string) => new RegExp(`${B}${source}${E}`, 'iu');

/** A council's financial year, "2024/25" or "2024-25": April 2024 to March 2025. */
const FINANCIAL_YEAR = '(\\d{4})[/-](\\d{2})';
const READERS: readonly [RegExp, (m: RegExpExecArray) => Day | undefined][] = [
  // Quarters of a financial year: "2024/25 Q1" (April to June 2024), "Q4 2024-25" (January 2025).
  [pattern(`${FINANCIAL_YEAR}\\s*q([1-4])`), (m) => financialQuarter(m[1]!, m[2]!, m[3]!)],
  [pattern(`q([1-4])\\s*${FINANCIAL_YEAR}`), (m) => financialQuarter(m[2]!, m[3]!, m[1]!)],
  // Quarters of a calendar year: "2024 Q3", "Q3 2024".
  [pattern('(\\d{4})\\s*q([1-4])'), (m) => day(m[1]!, (Number(m[2]) - 1) * 3 + 1)],
  [pattern('q([1-4])\\s*(\\d{4})'), (m) => day(m[2]!, (Number(m[1]) - 1) * 3 + 1)],
  // Year first: "2024-03", "2024-03-15", "2024/3".
  [pattern('(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?'), (m) => day(m[1]!, Number(m[2]), m[3])],
  // Day first, as the UK writes: "15/03/2024", "15.3.24"; then month and year: "03/2024".
  [pattern('(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})'), (m) => day(m[3]!, Number(m[2]), m[1])],
  [pattern('(\\d{1,2})[-/.](\\d{4})'), (m) => day(m[2]!, Number(m[1]))],
  // Words: "15 March 2024", "March 2024", "Mawrth 2024", "Sept 2024".
  [
    pattern(`(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${MONTH_WORD})\\.?,?\\s+(\\d{4})`),
    (m) => day(m[3]!, MONTH_OF.get(m[2]!.toLowerCase()) ?? 0, m[1]),
  ],
  // A financial year alone, then a year alone.
  [pattern(FINANCIAL_YEAR), (m) => financialQuarter(m[1]!, m[2]!, '1')],
  [pattern('((?:19|20)\\d{2})'), (m) => day(m[1]!, 0)],
];

/** Year, month (0: the year alone, before its months) and day (0: the month alone), as one number. */
type Day = number;

function day(year: string, month: number, date?: string): Day | undefined {
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const d = date === undefined ? 0 : Number(date);
  if (month < 0 || month > 12 || d < 0 || d > 31 || (d > 0 && month === 0)) return undefined;
  return y * 10_000 + month * 100 + d;
}

function financialQuarter(start: string, end: string, quarter: string): Day | undefined {
  // "2024/25": the second year is the next one; "2024/26" is not a financial year.
  if ((Number(start) + 1) % 100 !== Number(end)) return undefined;
  const month = 4 + (Number(quarter) - 1) * 3;
  return month > 12 ? day(String(Number(start) + 1), month - 12) : day(start, month);
}

/** When the round happened, as its name says (year, month, day in one number), or `undefined`. */
export function roundDate(name: string): number | undefined {
  for (const [re, read] of READERS) {
    const m = re.exec(name);
    const found = m && read(m);
    if (found !== undefined && found !== null) return found;
  }
  return undefined;
}
