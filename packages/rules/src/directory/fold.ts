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
