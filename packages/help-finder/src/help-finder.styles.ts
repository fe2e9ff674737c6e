import { css } from 'lit';
import { baseStyles } from '@rpc-kit/elements';
import { formStyles, listStyles } from '@rpc-kit/elements/list.js';

/** The help finder's own styles: the search box, QR codes, and the A4 poster in black and white. */
const ownStyles = css`
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
  @media screen {
    .services .service {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 20em;
    }
  }

  /* The poster: A4 on paper, a preview on screen; black on white only, so it prints anywhere. On a
     narrow screen the preview grows taller than A4 to hold everything (the helplines and 999 at
     its foot were cut off): with overflow visible, aspect-ratio gives way to the content. */
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
      overflow: hidden;
    }
  }
`;

/** The help finder's styles: the base, lists with filters, and its own. */
export const helpFinderStyles = [baseStyles, formStyles, listStyles, ownStyles];
