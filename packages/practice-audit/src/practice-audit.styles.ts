import { css } from 'lit';

/**
 * The practice audit's own styles: the entry row, the records table, the report and its charts,
 * and the printed report (one A4 page, black on white; the entry, the records and the buttons
 * do not print).
 */
export const practiceAuditStyles = css`
  .privacy {
    border-color: var(--_emergency);
  }
  .status.unsaved {
    font-weight: 700;
  }
  .file .field,
  .entry .field {
    margin-bottom: var(--_space);
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  input[type='file']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A dark ring and the focus colour around it, as the journeys' radios. */
  .check input:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .confirm.panel {
    border-inline-start: 5px solid var(--_emergency);
  }
  .confirm.panel p {
    font-weight: 700;
  }
  .entry-form .round {
    max-inline-size: 24em;
  }
  .entry-form .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    /* Boxes line up along the bottom, whatever their labels' lengths. */
    align-items: flex-end;
  }
  .entry-form .row > .field {
    flex: 1 1 11em;
  }
  .entry-form .row > .field.ref {
    flex: 0 1 12em;
  }
  select:disabled {
    opacity: 0.6;
  }
  .prompts {
    flex: 1 1 100%;
  }
  .prompts legend {
    font-weight: 700;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    min-height: 32px;
    margin-bottom: 4px;
  }
  .check input {
    flex: none;
    inline-size: 24px;
    block-size: 24px;
    /* Room on the start side for the focus ring: the element clips what is drawn outside it. */
    margin: 2px 0 0;
    margin-inline-start: 6px;
    accent-color: var(--_text);
  }
  .check label {
    font-weight: 400;
  }
  .scroll {
    overflow-x: auto;
    margin-bottom: var(--_space);
  }
  .scroll:focus-visible {
    outline: 3px solid var(--_focus);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.9em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 5px;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    padding: 6px 10px 6px 0;
  }
  .records-table tr.editing {
    background: var(--_panel);
  }
  .row-actions {
    white-space: nowrap;
  }
  .row-actions .link-button + .link-button {
    margin-inline-start: 10px;
  }
  .row-actions .confirm {
    white-space: normal;
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px 10px;
    font-weight: 700;
  }
  .rubric th[scope='row'] {
    min-inline-size: 6em;
  }
  .report {
    border-top: 5px solid var(--_link);
    padding-top: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  .report > h3 {
    margin-top: 0;
  }
  .compare-rounds {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .compare-rounds legend {
    font-weight: 700;
    inline-size: 100%;
  }
  .compare-rounds .field {
    flex: 0 1 16em;
  }
  .comparison {
    font-size: 1.1em;
    border-inline-start: 10px solid var(--_border);
    padding: 5px var(--_space);
  }
  .comparison.clear {
    border-color: var(--_text);
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
  }
  figure {
    margin: 0 0 var(--_space);
    min-inline-size: 0;
  }
  figcaption {
    font-weight: 700;
    margin-bottom: 5px;
  }
  .chart {
    display: block;
    inline-size: 100%;
    /* Drawn at most 640 wide (see chart-width.ts): shown at most that many px at the usual text size (19 px), more for larger text. */
    max-inline-size: 33.7em;
    block-size: auto;
    font-family: inherit;
    color: var(--_text);
    /* The charts pick their own colours in forced colours mode (below). */
    forced-color-adjust: none;
  }
  /*
   * In the chart's own units, as charts.ts lays them out (0.75 and 0.675 of the element's usual
   * 19 px). Where the person's text is larger, the chart is drawn narrower and shown as wide, so
   * its text grows with the rest (see chart-width.ts).
   */
  .chart text {
    fill: currentColor;
    font-size: 14.25px;
  }
  .chart .value {
    font-weight: 700;
  }
  .chart .value.small {
    font-size: 12.825px;
  }
  .chart .tick {
    fill: var(--_secondary);
  }
  .chart .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .chart .bar:not(.hatched),
  .chart .dot {
    fill: var(--_link);
  }
  .chart .hatch-bg {
    fill: var(--_background);
  }
  .chart .hatch {
    stroke: var(--_link);
    stroke-width: 3;
  }
  .chart .bar.hatched {
    stroke: var(--_link);
    stroke-width: 1;
  }
  .chart .whisker {
    stroke: currentColor;
    stroke-width: 2;
  }
  .chart .zone {
    stroke: currentColor;
    stroke-dasharray: 4 3;
  }
  .chart .course {
    font-weight: 700;
  }
  .how-to-read,
  .made-with {
    color: var(--_secondary);
    font-size: 0.9em;
  }
  .print-only {
    display: none;
  }
  .summary-text ul {
    margin-top: -5px;
  }
  .summary-text li {
    margin-bottom: 4px;
  }

  @media (forced-colors: active) {
    .chart {
      color: CanvasText;
    }
    .chart text,
    .chart .tick {
      fill: CanvasText;
    }
    .chart .bar:not(.hatched),
    .chart .dot {
      fill: CanvasText;
    }
    .chart .hatch-bg {
      fill: Canvas;
    }
    .chart .hatch,
    .chart .bar.hatched,
    .chart .whisker,
    .chart .zone {
      stroke: CanvasText;
    }
    .chart .grid {
      stroke: GrayText;
    }
  }

  @media print {
    :host {
      font-size: 10pt !important;
    }
    .root {
      --_text: #000;
      --_secondary: #000;
      --_link: #000;
      --_border: #000;
      --_background: #fff;
      color: #000;
      background: #fff;
    }
    .config-error {
      display: none;
    }
    .audit-title {
      font-size: 16pt;
      margin-bottom: 2mm;
    }
    .report {
      border-top: 0;
      margin: 0;
      padding: 0;
    }
    .report > h3 {
      display: none;
    }
    .comparison {
      font-size: 10pt;
      border-inline-start-width: 2mm;
    }
    .charts {
      /* Two equal columns, whatever a chart's own width (it scales down). */
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 6mm;
      break-inside: avoid;
    }
    .chart {
      max-block-size: 100mm;
    }
    .chart .grid {
      stroke: #999;
    }
    details.as-table,
    .headline-figure.in-key-figures .scroll,
    .kind-figure.in-key-figures {
      display: none;
    }
    /* Course uptake: the headline chart alone, its table beside it. */
    .charts:has(> .kind-figure.in-key-figures) {
      grid-template-columns: 1fr;
    }
    .charts:has(> .kind-figure.in-key-figures) .headline-figure {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 6mm;
      align-items: start;
    }
    .charts:has(> .kind-figure.in-key-figures) figcaption {
      grid-column: 1 / -1;
    }
    .print-only {
      display: block;
    }
    .key-figures {
      break-inside: avoid;
      margin: 4mm 0;
    }
    .key-figures table,
    .chart-figure table {
      font-size: 8.5pt;
    }

    /* The notes at the foot, small, so that the board's page fits on one sheet (in Welsh too). */
    .how-to-read,
    .made-with {
      font-size: 8.5pt;
      margin: 2mm 0 0;
    }
    .key-figures .earlier {
      margin: 1mm 0 0;
      font-size: 8.5pt;
    }
    th,
    td {
      padding: 1mm 3mm 1mm 0;
    }
  }
`;

/** The printed page: A4, portrait. An `@page` rule only works in the document's styles. */
let pageSheet: CSSStyleSheet | undefined;
export function auditPageSheet(): CSSStyleSheet {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync('@page { size: A4 portrait; margin: 12mm; }');
  }
  return pageSheet;
}
