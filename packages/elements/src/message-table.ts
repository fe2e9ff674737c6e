// The shape of the elements' words: each element's `<name>.messages.ts` and the shared words.

/**
 * A text that counts something: one form per plural category of the language (English needs
 * `one` and `other`; Welsh can have `zero`, `one`, `two`, `few`, `many` and `other`). The form is
 * chosen with `Intl.PluralRules` from the number in `{n}`; a missing form falls back to `other`.
 */
export type PluralForms = { readonly other: string } & Partial<
  Readonly<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>
>;
/** An interface text in each language (English always), plain or in plural forms. */
export type UiText = { readonly en: string | PluralForms } & { readonly [locale: string]: string | PluralForms };
/** An interface message: one text, or a parent's and a practitioner's wording. */
export type UiMessage = UiText | { readonly parent: UiText; readonly practitioner: UiText };
/** An element's own words (its `<name>.messages.ts`), or the words every element shares. */
export type MessageTable = Readonly<Record<string, UiMessage>>;
