/**
 * The width the audit's charts are drawn at, in the charts' own units: their column's width,
 * measured in steps of 10 (so resizing stays calm), between 240 and 640. The charts are laid out
 * for the element's usual text size (19 px: the person's default of 16 px, times 1.1875), and
 * their text is sized in their own units: where the person's text is larger (a browser set to
 * 20 or 24 px, or a council's `--rpc-font-size`), a chart is drawn narrower and shown at its
 * column's width, so that its text grows with the rest and nothing in it overlaps. Printed, the
 * charts are drawn for the printed page's column, whatever the width of the screen printed from.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_CHART_WIDTH } from './charts.js';

/** The element's text size the charts are laid out for, in CSS pixels. */
const USUAL_TEXT = 19;
/**
 * Printed, a chart's column is half of an A4 page inside 12 mm margins (about 340 px), and the
 * element's text 10 pt times 1.1875 (about 15.8 px): drawn at 340 × 19 / 15.8.
 */
const PRINT_WIDTH = 410;

/** Watches the host's `.charts` column and updates the host when the width to draw at changes. */
export class ChartWidth implements ReactiveController {
  /** The width the charts are drawn at (they are shown at their column's width). */
  width = DEFAULT_CHART_WIDTH;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;
  private printing = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.print);
    addEventListener('afterprint', this.screen);
  }

  hostUpdated(): void {
    const charts = this.host.renderRoot.querySelector('.charts') ?? undefined;
    if (charts === this.observed) return;
    this.observer?.disconnect();
    this.observed = charts;
    if (!charts) return;
    // Measured after this update (a timer, so a redrawn chart never resizes what is observed
    // mid-turn), then whenever the space changes.
    this.observer ??= new ResizeObserver(() => setTimeout(() => this.measure()));
    this.observer.observe(charts);
    setTimeout(() => this.measure());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
    this.printing = false; // taken away while printing: measured again when it comes back
    removeEventListener('beforeprint', this.print);
    removeEventListener('afterprint', this.screen);
  }

  /** Before the page is printed: drawn for the printed column (the update runs before printing starts). */
  private readonly print = (): void => {
    this.printing = true;
    this.drawAt(PRINT_WIDTH);
  };

  private readonly screen = (): void => {
    this.printing = false;
    this.measure();
  };

  private measure(): void {
    const figure = this.observed?.querySelector('figure');
    if (this.printing || !figure?.clientWidth) return;
    const text = parseFloat(getComputedStyle(figure).fontSize) || USUAL_TEXT;
    this.drawAt(Math.round(Math.min(640, Math.max(240, (figure.clientWidth * USUAL_TEXT) / text)) / 10) * 10);
  }

  private drawAt(width: number): void {
    if (width === this.width) return;
    this.width = width;
    this.host.requestUpdate();
  }
}
