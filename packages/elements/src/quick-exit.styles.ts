import { css } from 'lit';
import { baseStyles, visuallyHidden } from './styles.js';

/** The quick exit's styles: in place at the top of its element, pinned to the bottom of the window before it, to the top after. */
export const quickExitStyles = [
  baseStyles,
  css`
    :host {
      contain: none;
    }
    :host([spare]) {
      display: none !important;
    }
    .quick-exit.root {
      background: transparent;
      padding: 0;
    }
    /* Overrides the browser's popover styles: in place until pinned. */
    .bar {
      position: static;
      inset: auto;
      width: auto;
      height: auto;
      margin: 0;
      border: 0;
      padding: 5px 0;
      overflow: visible;
      color: inherit;
      background: transparent;
      display: flex;
      justify-content: flex-end;
    }
    .bar.pinned {
      position: fixed;
      /* Only the button takes a tap: one on the strip around it goes to what is under it (Back). */
      pointer-events: none;
      /* Below the page's own bar fixed there (worked out) or --rpc-quick-exit-top, whichever is lower. */
      top: max(var(--_drop, 0px), var(--rpc-quick-exit-top, 0px));
      bottom: auto;
      inset-inline-start: auto;
      inset-inline-end: var(--_end, 5px);
      padding: 5px 0;
      z-index: 2147483646;
    }
    /* Its place is further down the page: at the bottom of the window (clear of a phone's home bar). */
    .bar.pinned.bottom {
      top: auto;
      /* Above the page's own bar fixed there (worked out) or --rpc-quick-exit-bottom, whichever is higher. */
      bottom: max(var(--_lift, 0px), var(--rpc-quick-exit-bottom, 0px));
      padding-bottom: max(5px, env(safe-area-inset-bottom, 0px));
    }
    .button.exit {
      pointer-events: auto;
      background: var(--_exit);
      box-shadow: 0 2px 0 #55150b;
      margin: 0;
      font-weight: 700;
      -webkit-user-drag: none;
    }
    /* GOV.UK's focus: yellow with black text, not the exit's red. */
    .button.exit:focus-visible {
      border-color: var(--_focus);
      background: var(--_focus);
      color: var(--_focus-text);
      box-shadow:
        inset 0 0 0 1px var(--_focus),
        0 2px 0 var(--_focus-text);
    }
    .dots {
      display: flex;
      justify-content: center;
      gap: 0.25em;
      padding-top: 6px;
      pointer-events: none;
    }
    .dots[hidden] {
      display: none;
    }
    .dot {
      width: 0.75em;
      height: 0.75em;
      border: 2px solid currentcolor;
      border-radius: 50%;
    }
    .dot.on {
      border-width: 0.375em;
    }
    /* A phone: GOV.UK's size for a button there, so that the Welsh words fit on one line. */
    @media (max-width: 40em) {
      .button.exit {
        font-size: 0.85em;
      }
    }
    /* A short window (a phone on its side, 400% zoom): a smaller pinned button. */
    @media (max-height: 420px) {
      .bar.pinned .button.exit {
        min-height: 32px;
        padding: 3px 8px;
        font-size: 0.85em;
      }
    }
    .skip:not(:focus):not(:active) {
      ${visuallyHidden}
    }
    .skip {
      display: inline-block;
      margin: 10px;
      padding: 10px 15px;
      font-weight: 700;
      background: var(--_focus);
      color: var(--_focus-text);
    }
    @media print {
      :host,
      .bar {
        display: none !important;
      }
    }
  `,
];
