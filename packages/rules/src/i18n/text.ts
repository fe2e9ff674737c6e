import { fromPacks } from './packs.js';

/** The locales whose default content is complete. */
export const SUPPORTED_LOCALES = ['en', 'cy'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * Reads a localised text: the exact tag, then its primary language, then English. A default
 * content text is read from the packs that are loaded (see `loadContent`), else in English. (Any
 * value by language: the elements' words can be plural forms.)
 */
export function localise<T = string>(text: { readonly en: T } & { readonly [locale: string]: T }, locale = 'en'): T {
  const packed = fromPacks(text, primaryLanguage(locale));
  if (packed !== undefined) return packed as T;
  if (Object.prototype.hasOwnProperty.call(text, locale)) return text[locale] as T;
  const primary = locale.split('-')[0]?.toLowerCase() ?? 'en';
  if (Object.prototype.hasOwnProperty.call(text, primary)) return text[primary] as T;
  return text.en;
}

/** The primary language subtag of a BCP 47 tag, lower-cased. */
export function primaryLanguage(locale: string): string {
  return (locale.split('-')[0] ?? '').toLowerCase();
}

/** Fills `{name}` slots in a template. Unknown slots are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z][\w-]*)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
