/** What a service costs, in plain words, from Open Referral UK cost options and fees. */
import { DIRECTORY_WORDS } from '../../content/directory-words.js';
import type { LocalisedText } from '../../types.js';
import { num, prose, type Json } from './json.js';

const FREE =
  /^(it is |it's |this service is |the service is )?(free|free of charge|no charge|no cost|£0(\.00)?)[.!]?$/i;

const FREE_TEXT = { en: DIRECTORY_WORDS.en.free, cy: DIRECTORY_WORDS.cy.free };

const pounds = (amount: number): string => `£${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;

/**
 * "Free" / "Am ddim" when the cost options are all £0 or the fees text says free; otherwise the
 * amounts in pounds with their descriptions, or the fees text. Welsh only where no English
 * words from the feed are in it.
 */
export function costText(options: readonly Json[], fees: string | undefined): LocalisedText | undefined {
  const parts: { en: string; cy?: string }[] = [];
  for (const option of options) {
    const amount = num(option.amount);
    const label = prose(option.amount_description, 200) ?? prose(option.option, 200);
    if (amount === 0) parts.push(label ? { en: `${DIRECTORY_WORDS.en.free} (${label})` } : FREE_TEXT);
    else if (amount !== undefined && amount > 0)
      parts.push(label ? { en: `${pounds(amount)} (${label})` } : { en: pounds(amount), cy: pounds(amount) });
    else if (label) parts.push({ en: label });
  }
  if (parts.length === 0 && fees) parts.push(FREE.test(fees) ? FREE_TEXT : { en: fees });
  const unique = parts.filter((p, i) => parts.findIndex((q) => q.en === p.en) === i);
  if (unique.length === 0) return undefined;
  const en = unique.map((p) => p.en).join('; ');
  return unique.every((p) => p.cy) ? { en, cy: unique.map((p) => p.cy).join('; ') } : { en };
}
