/**
 * The document's print sheets for posters, handled in one place: an `@page` rule and the host
 * page's own boxes can only be reached from the document's styles, so a help finder in poster
 * mode adds them to `document.adoptedStyleSheets` while it is on the page (and any other poster
 * is), and takes them away after.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { POSTER_PAGE_RULE, posterPrintRules } from './poster-page.js';

/**
 * The printed page for a poster, added to the document only in poster mode (an `@page` rule and
 * the host page's own boxes can only be reached from the document's styles): A4 portrait with
 * small margins, and, whatever theme is around the poster, only the poster prints.
 */
const POSTER_PAGE_CSS = `${POSTER_PAGE_RULE}
@media print {
${posterPrintRules('rpc-help-finder[mode="poster"]')}
}`;

/** One constructed sheet per CSS text, made when first needed (a sheet must be the same object to be removed). */
const sheets = new Map<string, CSSStyleSheet>();
function sheetOf(text: string): CSSStyleSheet {
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  return sheet;
}

/** The page sheet for a poster in the document itself. */
const posterPageSheet = (): CSSStyleSheet => sheetOf(POSTER_PAGE_CSS);

/** A poster inside another component's shadow root: only the page size (its ancestors are out of reach). */
const posterSizeSheet = (): CSSStyleSheet => sheetOf(POSTER_PAGE_RULE);

/** Posters on the page now: the document's print sheets stay while any is there. */
const posters = new Set<Element>();

/** Adds or removes the document's poster sheets to match the posters on the page. */
function syncPosterSheets(): void {
  const inDocument = [...posters].some((el) => el.getRootNode() === document);
  const wanted = new Map([
    [posterPageSheet(), inDocument],
    [posterSizeSheet(), posters.size > 0 && !inDocument],
  ]);
  const kept = document.adoptedStyleSheets.filter((s) => wanted.get(s) !== false);
  const added = [...wanted].filter(([s, on]) => on && !kept.includes(s)).map(([s]) => s);
  if (added.length || kept.length !== document.adoptedStyleSheets.length)
    document.adoptedStyleSheets = [...kept, ...added];
}

/**
 * Keeps the document's poster sheets while the element shows a poster and is on the page: a
 * poster in the page itself prints alone on A4 whatever the theme around it; a poster inside
 * another component's shadow root sets the page to A4 only (its ancestors are out of reach).
 */
export class PosterSheets implements ReactiveController {
  private on = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly isPoster: () => boolean,
  ) {
    host.addController(this);
  }

  private sync(): void {
    if (this.on && this.host.isConnected) posters.add(this.host);
    else posters.delete(this.host);
    syncPosterSheets();
  }

  hostUpdated(): void {
    if (this.isPoster() === this.on) return;
    this.on = this.isPoster();
    this.sync();
  }

  // A poster moved to another place on the page keeps its printed page.
  hostConnected(): void {
    if (this.on) this.sync();
  }

  hostDisconnected(): void {
    this.sync();
  }
}
