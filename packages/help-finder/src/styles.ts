import { css } from 'lit';

/** The help finder's own styles: the search box, QR codes, and the A4 poster in black and white. */
export const helpFinderStyles = css`
  .field.search {
    flex: 2 1 16em;
  }
  .hint {
    color: var(--_secondary);
    margin: 0;
  }
  .qr {
    display: block;
    inline-size: 10em;
    block-size: 10em;
    max-inline-size: 100%;
    /* A QR code keeps its black and white whatever the colour scheme. */
    forced-color-adjust: none;
  }
  .service-qr summary {
    margin-top: 5px;
  }
  .share {
    margin-top: calc(var(--_space) * 2);
  }
  .services.da .card {
    border-top-color: var(--_emergency);
  }

  /* The poster: A4 on paper, a preview on screen; black on white only, so it prints anywhere. */
  .poster {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 210mm;
    aspect-ratio: 210 / 297;
    margin: 0 auto var(--_space);
    padding: 12mm;
    background: #fff;
    color: #000;
    border: 1px solid #000;
    display: flex;
    flex-direction: column;
    gap: 6mm;
    overflow: hidden;
    font-size: clamp(12px, 2.4vw, 18px);
  }
  .poster h2,
  .poster h3 {
    color: #000;
  }
  .poster-headline {
    font-size: 2.2em;
    line-height: 1.1;
    margin: 0;
    border-bottom: 2mm solid #000;
    padding-bottom: 4mm;
  }
  .poster-intro {
    font-size: 1.25em;
    margin: 0;
  }
  .poster-main {
    display: flex;
    flex-wrap: wrap;
    gap: 8mm;
    align-items: flex-start;
  }
  .poster-qr {
    flex: 0 0 auto;
    text-align: center;
    inline-size: 70mm;
    max-inline-size: 100%;
  }
  .poster-qr .qr {
    inline-size: 100%;
    block-size: auto;
  }
  .poster-scan {
    font-weight: 700;
    margin: 2mm 0 0;
  }
  .poster-url {
    margin: 1mm 0 0;
    overflow-wrap: anywhere;
  }
  .poster-services {
    flex: 1 1 60mm;
  }
  .poster ul {
    padding-inline-start: 1.2em;
    margin: 0;
  }
  .poster li {
    margin-bottom: 2mm;
  }
  .poster-helplines {
    margin-top: auto;
    border-top: 1mm solid #000;
    padding-top: 4mm;
  }
  .poster-emergency {
    font-size: 1.2em;
    margin: 3mm 0 0;
  }

  @media print {
    .mode-poster .config-error,
    .mode-poster .visually-hidden {
      display: none;
    }
    .poster {
      inline-size: 186mm;
      max-inline-size: none;
      block-size: 273mm;
      aspect-ratio: auto;
      margin: 0;
      border: 0;
      padding: 0;
      font-size: 14pt;
      break-inside: avoid;
    }
  }
`;

const POSTER = 'rpc-help-finder[mode="poster"]';

/**
 * The printed page for a poster, added to the document only in poster mode (an `@page` rule and
 * the host page's own boxes can only be reached from the document's styles): A4 portrait with
 * small margins, and, whatever theme is around the poster, only the poster prints. Everything
 * that neither is a poster nor holds one is hidden; the poster's ancestors lose their layout
 * (widths, grids, floats, padding, fixed positions, transforms), so nothing pushes the poster off
 * the page or onto a second one.
 */
export const POSTER_PAGE_CSS = `@page { size: A4 portrait; margin: 12mm; }
@media print {
  :root:has(${POSTER}),
  :root:has(${POSTER}) body,
  body :has(${POSTER}),
  ${POSTER} {
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
  body :not(${POSTER}, :has(${POSTER})) {
    display: none !important;
  }
  ${POSTER} ~ ${POSTER} {
    break-before: page !important;
  }
}`;

/** The page sheet for a poster in the document itself. */
let pageSheet: CSSStyleSheet | undefined;
export function posterPageSheet(): CSSStyleSheet {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(POSTER_PAGE_CSS);
  }
  return pageSheet;
}

/** A poster inside another component's shadow root: only the page size (its ancestors are out of reach). */
let sizeOnlySheet: CSSStyleSheet | undefined;
export function posterSizeSheet(): CSSStyleSheet {
  if (!sizeOnlySheet) {
    sizeOnlySheet = new CSSStyleSheet();
    sizeOnlySheet.replaceSync('@page { size: A4 portrait; margin: 12mm; }');
  }
  return sizeOnlySheet;
}
