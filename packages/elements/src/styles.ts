import { css, unsafeCSS } from 'lit';
import { THEME_CSS } from './theme.generated.js';

/**
 * Hidden on screen, read by screen readers (GOV.UK's visually hidden): `.visually-hidden`, and the
 * quick exit's skip link until it has focus.
 */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  margin: 0 !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important;
  border: 0 !important;
  white-space: nowrap !important;
`;

/**
 * The styles every element needs: the host, the theme's tokens, type, links, focus, buttons,
 * notices, panels, cards, contacts and the config problems panel. Features add their own:
 * `journeyStyles` (question steps and results), `listStyles` (lists with filters) and
 * `summaryStyles` (the referral summary, and printing it), each imported only by the elements
 * that show it. Theming is through `--rpc-*` custom properties (documented in
 * docs/theming.md) with GOV.UK-like defaults and an NHS-like preset, both from the rules' token
 * table (`THEME_TOKENS`, where a council's tokens are also checked; `theme.generated.ts` is its
 * CSS); nothing is set inline, so a strict Content Security Policy needs no 'unsafe-inline'.
 */
export const baseStyles = css`
  :host {
    /* Shield the element from the host page's inherited styles. */
    all: initial;
    display: block;
    contain: content;
    font-family: var(--rpc-font-family, Arial, Helvetica, sans-serif);
    /*
     * The person's own default text size, whatever the host page sets on its root (a CMS theme's
     * html { font-size: 62.5% } changes nothing here); every size inside is in em from it.
     * Important, so that a theme's rule for every element (* { font-size: 10px !important }) does
     * not shrink it either: a page sizes the text with --rpc-font-size.
     */
    font-size: medium !important;
    line-height: 1.4;
    color: var(--_text);
    text-align: start;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  ${unsafeCSS(THEME_CSS)}
  .root {
    font-size: var(--rpc-font-size, 1.1875em);
    /*
     * Again inside: a host page's rules for every element (* { line-height: 1 }) reach the host
     * element itself over :host, and would be inherited.
     */
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    background: var(--_background);
    color: var(--_text);
    padding: var(--rpc-padding, 0);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  * {
    /* Clear of the quick exit pinned to the top of the window (and of a CMS toolbar above it). */
    scroll-margin-top: calc(var(--rpc-quick-exit-top, 0px) + 80px);
  }
  h2,
  h3,
  h4 {
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 var(--_space);
  }
  h2 {
    font-size: 1.6em;
  }
  /* A phone: smaller headings (as GOV.UK's), so that a result's first helpline is on the first screen. */
  @media (max-width: 40em) {
    h2 {
      font-size: 1.4em;
    }
    h3 {
      font-size: 1.15em;
    }
  }
  h3 {
    font-size: 1.25em;
    margin-top: calc(var(--_space) * 2);
  }
  h4 {
    font-size: 1em;
  }
  p,
  ul,
  ol {
    margin: 0 0 var(--_space);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    background: none;
    box-shadow: none;
  }
  .hint {
    color: var(--_secondary);
  }
  .lead {
    font-size: 1.15em;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  .button {
    font: inherit;
    font-size: 1em;
    line-height: 1.2;
    display: inline-block;
    min-height: 44px;
    margin: 0 var(--_space) var(--_space) 0;
    margin-inline: 0 var(--_space);
    padding: 8px 12px 7px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_button);
    color: var(--_button-text);
    box-shadow: 0 2px 0 #002d18;
    cursor: pointer;
    text-align: center;
    text-decoration: none;
  }
  a.button:visited {
    color: var(--_button-text);
  }
  .button:hover {
    filter: brightness(0.9);
  }
  .button.secondary {
    background: var(--_secondary-button);
    color: var(--_text);
    box-shadow: 0 2px 0 #929191;
  }
  .button.warning {
    background: var(--_emergency);
    box-shadow: 0 2px 0 #55150b;
  }
  /* GOV.UK's focus on every button, whatever its colour (after the variants, so it wins). */
  .button:focus-visible,
  .button.secondary:focus-visible,
  .button.warning:focus-visible {
    border-color: var(--_focus);
    outline: 3px solid transparent;
    outline-offset: 0;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      inset 0 0 0 1px var(--_focus),
      0 2px 0 var(--_focus-text);
  }
  .link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    min-height: 24px;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 10px;
    max-width: 100%;
    white-space: normal;
  }
  details {
    margin-bottom: var(--_space);
  }
  summary {
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    display: inline-block;
    min-height: 24px;
  }
  details > div {
    border-inline-start: 5px solid var(--_border);
    padding: 10px var(--_space);
    margin-top: 5px;
  }
  .panel {
    background: var(--_panel);
    padding: var(--_space);
    margin-bottom: var(--_space);
    border-radius: var(--_radius);
  }
  .panel.emergency {
    background: var(--_background);
    border: 5px solid var(--_emergency);
  }
  .notice {
    border-inline-start: 10px solid var(--_border);
    padding: 5px var(--_space);
    margin-bottom: var(--_space);
  }
  .notice.urgent {
    border-color: var(--_emergency);
    font-weight: 700;
  }
  .cards {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }
  .card {
    border: 1px solid var(--_border);
    border-top: 5px solid var(--_link);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .card h3,
  .card h4 {
    font-size: 1.1em;
    margin-top: 0;
  }
  .card dl {
    margin: 0 0 var(--_space);
  }
  .card dt {
    font-weight: 700;
  }
  .card dd {
    margin: 0 0 8px;
  }
  /* A card's ways to get in touch, one under another: each at least 24px high (WCAG 2.2's target size). */
  .card dd a {
    display: inline-block;
    min-block-size: 24px;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .contact-phone {
    font-weight: 700;
    white-space: nowrap;
  }
  .config-error {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .config-error.partial {
    border: 0;
    padding: 0;
  }
  .config-error-line {
    font-weight: 700;
  }
  .config-error code {
    font-family: monospace;
    word-break: break-all;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button,
    .card,
    .panel,
    .notice,
    .config-error {
      border: 2px solid CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    .no-print {
      display: none !important;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
