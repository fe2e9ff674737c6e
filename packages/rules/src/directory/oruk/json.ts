/**
 * Reading loosely typed JSON from directory feeds: every field read defensively, a missing,
 * null, blank or wrongly typed field left out, never guessed, and nothing throws.
 */
import { foldText } from '../fold.js';
import { isSafeLink } from '../../util/links.js';
import { isEmail } from '../../util/patterns.js';

export type Json = Readonly<Record<string, unknown>>;

export const obj = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

/** The objects of a list; a lone object counts as a list of one, anything else as none. */
export function list(value: unknown): Json[] {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.map(obj).filter((x): x is Json => x !== undefined);
}

/** A trimmed, non-blank string (a finite number is written out), or undefined. */
export function str(value: unknown): string | undefined {
  const s = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof s !== 'string') return undefined;
  const trimmed = s.trim();
  return trimmed === '' ? undefined : trimmed;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  nbsp: ' ',
};

/** Text a person reads: HTML tags dropped, common entities decoded, whitespace collapsed, capped in length. */
export function prose(value: unknown, max = 2000): string | undefined {
  let text = typeof value === 'string' ? value : '';
  if (/[<&]/.test(text)) {
    text = text
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, name: string) => ENTITIES[name] as string);
  }
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A number, or a string that is only a number ("16", "5.00"). */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
}

/** An age in whole years, 0 to 120. */
export function age(value: unknown): number | undefined {
  const n = num(value);
  return n !== undefined && n >= 0 && n <= 120 ? Math.floor(n) : undefined;
}

/** Distinct strings, compared folded, first spelling kept. */
export function distinct(values: readonly (string | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = v === undefined ? '' : foldText(v).trim();
    if (key && !seen.has(key)) seen.set(key, v as string);
  }
  return [...seen.values()];
}

export const httpLink = (value: unknown): string | undefined => {
  const s = str(value);
  return s && /^https?:/i.test(s) && isSafeLink(s) ? s : undefined;
};
export const email = (value: unknown): string | undefined => {
  const s = str(value);
  return s && isEmail(s) ? s : undefined;
};
/** A phone number as written ("01234 567890 (option 2)"): kept as text when it has at least 3 digits. */
export const phone = (value: unknown): string | undefined => {
  const s = str(value)?.replace(/\s+/g, ' ');
  return s && s.length <= 40 && (s.match(/\d/g) ?? []).length >= 3 ? s : undefined;
};
