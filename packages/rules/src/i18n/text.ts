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

/**
 * The language `localise` reads a text in for a locale: the locale's primary language, or `en`
 * where it falls back to English (a council's text given only in English, on a Welsh page).
 */
export function languageOf(
  text: { readonly en: unknown } & { readonly [locale: string]: unknown },
  locale = 'en',
): string {
  const primary = primaryLanguage(locale);
  const has = (key: string) => Object.prototype.hasOwnProperty.call(text, key);
  // The packs hold the Welsh of the default content (and the practitioners' English).
  if (fromPacks(text, primary) !== undefined) return primary === 'cy' ? 'cy' : 'en';
  return has(locale) || has(primary) ? primary : 'en';
}

/**
 * Of some texts read for a locale, those read in another language than the locale's (see
 * `languageOf`), with that language: `{ description: 'en' }`. Undefined when every one is in the
 * locale's language. For marking them (`lang`), so that a screen reader reads each in its own voice.
 */
export function otherLanguages<K extends string>(
  texts: { readonly [key in K]?: ({ readonly en: unknown } & { readonly [locale: string]: unknown }) | undefined },
  locale = 'en',
): Partial<Record<K, string>> | undefined {
  const out: Partial<Record<K, string>> = {};
  let any = false;
  for (const key of Object.keys(texts) as K[]) {
    const text = texts[key];
    const lang = text && otherLanguageOf(text, locale);
    if (lang) {
      out[key] = lang;
      any = true;
    }
  }
  return any ? out : undefined;
}

/** The language a text is read in for a locale (`languageOf`) when it is not the locale's; else undefined. */
export function otherLanguageOf(
  text: { readonly en: unknown } & { readonly [locale: string]: unknown },
  locale = 'en',
): string | undefined {
  const lang = languageOf(text, locale);
  return lang === primaryLanguage(locale) ? undefined : lang;
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
