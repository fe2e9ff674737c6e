/**
 * Dates written out in the words of the element's language, not the browser's: a Welsh summary
 * reads "24 Tachwedd 2026" on any computer, and never "11/24/2026".
 */
import { MONTHS } from '../content/calendar.js';

/** "24 November 2026" / "24 Tachwedd 2026" (the local date). */
export function formatDate(date: Date, locale: string): string {
  const months = locale.toLowerCase().startsWith('cy') ? MONTHS.cy : MONTHS.en;
  return `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`;
}
