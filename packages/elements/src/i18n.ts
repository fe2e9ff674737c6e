import {
  fill,
  labelMessage,
  localise,
  overrideOf,
  primaryLanguage,
  worded,
  type Audience,
  type Message,
  type message,
  type MessageId,
  type StringOverrides,
} from '@rpc-kit/rules/lean';
import type { MessageTable, PluralForms, UiMessage, UiText } from './message-table.js';
import { SHARED_MESSAGES } from './shared.messages.js';

/** The locales whose interface and content are complete. */
export type UiLocale = 'en' | 'cy';

/**
 * The locale an element speaks: its own `lang`, else the nearest ancestor's, else the page's
 * `<html lang>`; Welsh when that is Welsh, English otherwise. Rendered on a server (no DOM, no
 * ancestors: `@lit-labs/ssr`), its own `lang` only, else English.
 */
export function resolveLocale(el: Element): UiLocale {
  const tag =
    typeof el.closest === 'function'
      ? (el.closest('[lang]')?.getAttribute('lang') ?? globalThis.document?.documentElement.lang)
      : el.getAttribute('lang');
  return primaryLanguage(tag ?? 'en') === 'cy' ? 'cy' : 'en';
}

/**
 * How an element reads the rules' messages: their labels and notes only (`labelMessage`: a
 * pathway's format, "not a diagnosis", the call history note) until the rules' journey has loaded,
 * which hands over the whole table (`useRuleMessages`), with the reasons and the summary's words
 * its result shows. So an element's first screen loads none of those.
 */
let rulesMessage: typeof message = labelMessage;

/**
 * Reads every message of the rules from now on (called by the rules' journey module as it loads).
 * @internal
 */
export function useRuleMessages(read: typeof message): void {
  rulesMessage = read;
}

const isWorded = (m: UiMessage): m is { readonly parent: UiText; readonly practitioner: UiText } =>
  Object.hasOwn(m, 'parent');

/** The form of a text for a number (`Intl.PluralRules`; `other` when there is no number or no such form). */
function pluralForm(text: string | PluralForms, locale: string, n: unknown): string {
  if (typeof text === 'string') return text;
  return (typeof n === 'number' && text[new Intl.PluralRules(locale).select(n)]) || text.other;
}

/**
 * A message for an element: from its own table (which holds the shared words too), else from the
 * rules (their labels and notes; their reasons and summary words once their journey has loaded);
 * the council's override wins, except for a safety message; `{name}` slots are filled, and a
 * message in plural forms takes the form for `{n}`. A council's override of a plural message is
 * one text for every number.
 */
export function translate(
  id: MessageId,
  audience: Audience,
  locale: string,
  overrides: StringOverrides,
  values: Readonly<Record<string, string | number>> = {},
  table: MessageTable = SHARED_MESSAGES,
): string {
  const own = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!own) return fill(rulesMessage(id, audience, locale, overrides), values);
  // As the rules' words: a text with one wording reads, for a practitioner, as the practitioners'
  // pack has it where the CDN build moved their words there (else as it is).
  const text = isWorded(own) ? own[audience] : (worded(own as Message, audience) as UiText);
  return fill(overrideOf(id, locale, overrides) ?? pluralForm(localise(text, locale), locale, values.n), values);
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
