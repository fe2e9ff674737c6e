/**
 * The width the audit's charts are drawn at: their column's, measured in steps of 10 px (so
 * resizing stays calm), between 240 and 640 px.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_CHART_WIDTH } from './charts.js';

/** Watches the host's `.charts` column and updates the host when the width to draw at changes. */
export class ChartWidth implements ReactiveController {
  /** The width the charts are shown at, in CSS pixels (they are drawn to it). */
  width = DEFAULT_CHART_WIDTH;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
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
  }

  private measure(): void {
    const figure = this.observed?.querySelector('figure');
    if (!figure?.clientWidth) return;
    const width = Math.round(Math.min(640, Math.max(240, figure.clientWidth)) / 10) * 10;
    if (width === this.width) return;
    this.width = width;
    this.host.requestUpdate();
  }
}
