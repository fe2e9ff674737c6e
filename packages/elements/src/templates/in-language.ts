import { html, type TemplateResult } from 'lit';

/**
 * A text marked with its language (`lang`) where it is not in the element's (the rules say which:
 * `DecisionPathway.lang`, `languageOf`): a council's words given only in English, on a Welsh page,
 * are read by a screen reader with an English voice, not a Welsh one (WCAG 3.1.2).
 */
export const inLanguage = <T>(text: T, lang: string | undefined): T | TemplateResult =>
  lang ? html`<span lang=${lang}>${text}</span>` : text;
