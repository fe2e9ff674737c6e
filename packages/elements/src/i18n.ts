import { fill, message, primaryLanguage, type Audience, type MessageId, type StringOverrides } from '@rpc-kit/rules';

/** The locales whose interface and content are complete. */
export type UiLocale = 'en' | 'cy';

/**
 * The locale an element speaks: its own `lang`, else the nearest ancestor's, else the page's
 * `<html lang>`; Welsh when that is Welsh, English otherwise.
 */
export function resolveLocale(el: Element): UiLocale {
  const tag = el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? 'en';
  return primaryLanguage(tag) === 'cy' ? 'cy' : 'en';
}

/** A message for an element, with the council's overrides. */
export function translate(
  id: MessageId,
  audience: Audience,
  locale: UiLocale,
  overrides: StringOverrides,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fill(message(id, audience, locale, overrides), values);
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/** Calls back when the page's language changes (one observer for all elements). */
export function onPageLanguageChange(listener: LangListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
