/** The words of one language's or audience's pack: message id -> words. */
export type WordPack = Record<string, string>;

/** The quick exit's words, kept whole in the first load. */
export function keepWhole(id: string): boolean;

/** Splits one element message table (see split-words.mjs). */
export function splitTable<T extends object>(
  table: T,
  options?: { readonly keep?: (id: string) => boolean },
): {
  readonly english: Record<string, unknown>;
  readonly whole: Record<string, unknown>;
  readonly packs: { readonly cy: WordPack; readonly practitioner: WordPack; readonly 'cy-practitioner': WordPack };
};
