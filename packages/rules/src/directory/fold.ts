/**
 * Text folded for matching: lower case, accents removed ("Môr" -> "mor"), and anything that is
 * not a letter or digit turned into a space ("co-parenting" -> "co parenting").
 */
export function foldText(value: string): string {
  // Most text is plain ASCII: a faster path for it, with the same result.
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(value)) return value.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/**
 * A typed word cut to a stem for matching inside words, so a search finds other forms of it:
 * "argue" finds "arguing" and "argued", "baby" finds "babies", "courses" finds "course". A light
 * cut of English endings (-ies, -ing, -ed, -es, -s, -e, -y), never below 3 letters; a folded word
 * that ends in none is kept as it is (Welsh words mostly are).
 */
export function searchStem(word: string): string {
  const cut = (ending: string) =>
    word.endsWith(ending) && word.length - ending.length >= 3 ? word.slice(0, -ending.length) : undefined;
  return (
    cut('ies') ??
    cut('ing') ??
    cut('ed') ??
    cut('es') ??
    (word.endsWith('ss') ? undefined : cut('s')) ??
    cut('e') ??
    cut('y') ??
    word
  );
}
