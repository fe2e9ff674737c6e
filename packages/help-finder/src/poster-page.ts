/**
 * How a page holding a poster prints, as plain CSS text: the one source for the element's own
 * document sheet and the WordPress plugin's print stylesheet (packages/wordpress/assets/poster-print.css,
 * which a test keeps the same as this).
 */

/** A4 portrait with small margins: the poster is 186 x 273 mm inside them. */
export const POSTER_PAGE_RULE = '@page { size: A4 portrait; margin: 12mm; }';

/**
 * The print rules for posters matched by `poster`: everything that neither is a poster nor holds
 * one is hidden; the boxes holding a poster lose their layout (widths, grids, floats, padding,
 * fixed positions, transforms), so no theme can push the poster off the page or onto a second one;
 * a second poster starts a new page.
 */
export function posterPrintRules(poster: string): string {
  return `:root:has(${poster}),
:root:has(${poster}) body,
body :has(${poster}),
${poster} {
  display: block !important;
  position: static !important;
  float: none !important;
  inline-size: auto !important;
  min-inline-size: 0 !important;
  max-inline-size: none !important;
  block-size: auto !important;
  min-block-size: 0 !important;
  max-block-size: none !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  transform: none !important;
  overflow: visible !important;
  columns: auto !important;
  background: none !important;
  box-shadow: none !important;
}
body :not(${poster}, :has(${poster})) {
  display: none !important;
}
${poster} ~ ${poster},
:has(${poster}) ~ :has(${poster}) {
  break-before: page !important;
}`;
}
