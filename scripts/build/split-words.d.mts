/** The words of one language's or audience's pack: message id -> words. */
export type WordPack = Record<string, string>;

/** Splits one element message table (see split-words.mjs). */
export function splitTable<T extends object>(
  table: T,
): {
  readonly english: Record<string, unknown>;
  readonly packs: { readonly cy: WordPack; readonly practitioner: WordPack; readonly 'cy-practitioner': WordPack };
};
