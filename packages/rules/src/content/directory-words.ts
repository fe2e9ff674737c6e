/**
 * The words the directory writes itself when it turns a feed's schedules and costs into plain
 * text, in English and Welsh. Welsh mutates after "i" ("dydd Llun i ddydd Gwener"), so the
 * shapes are small functions rather than templates.
 */
export interface DirectoryWords {
  /** Weekday names from Monday. */
  readonly days: readonly string[];
  readonly everyDay: string;
  /** One day on its own ("Monday" / "dydd Llun"). */
  readonly day: (name: string) => string;
  /** A run of three or more days ("Monday to Friday" / "dydd Llun i ddydd Gwener"). */
  readonly dayRange: (from: string, to: string) => string;
  readonly and: string;
  /** Opening and closing times ("9am to 5pm" / "9am i 5pm"). */
  readonly times: (open: string, close: string) => string;
  readonly free: string;
}

export const DIRECTORY_WORDS: Readonly<Record<'en' | 'cy', DirectoryWords>> = {
  en: {
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    everyDay: 'Every day',
    day: (name) => name,
    dayRange: (from, to) => `${from} to ${to}`,
    and: 'and',
    times: (open, close) => `${open} to ${close}`,
    free: 'Free',
  },
  cy: {
    days: ['Llun', 'Mawrth', 'Mercher', 'Iau', 'Gwener', 'Sadwrn', 'Sul'],
    everyDay: 'Bob dydd',
    day: (name) => `dydd ${name}`,
    dayRange: (from, to) => `dydd ${from} i ddydd ${to}`,
    and: 'a',
    times: (open, close) => `${open} i ${close}`,
    free: 'Am ddim',
  },
};
