/**
 * Takes away what a CDN entry file showed while the element's code was slow to come: its box with
 * 999 and the helplines, and the slot it put in place of a drawn first screen
 * (packages/kit/src/cdn/fallback.ts). The code has come after all, and the element draws itself.
 * Called as the element connects, before its first draw.
 *
 * The focus, if it was in the box (a keyboard or screen reader user on its 999), is not dropped
 * on the page: once the element has drawn, it goes to the same link in the element ("Need help
 * now?" opened for it), or else to the element's first control.
 */
export function clearFallback(host: HTMLElement & { readonly updateComplete: Promise<unknown> }): void {
  const boxes = [...host.querySelectorAll(':scope > [data-rpc-fallback]')];
  const focused = document.activeElement;
  const href = focused && boxes.some((box) => box.contains(focused)) ? (focused.getAttribute('href') ?? '') : undefined;
  for (const box of boxes) box.remove();
  host.shadowRoot?.querySelector('slot[data-rpc-fallback]')?.remove();
  if (href !== undefined) void keepFocus(host, href);
}

/** A control a person can move to, shown. */
const FOCUSABLE = 'a[href], button:not([disabled]), summary, input:not([disabled]), select, textarea';

/** The first shown control in a shadow root, looking into the shadow roots inside it (the quick exit's button). */
function firstControl(root: ShadowRoot): HTMLElement | undefined {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.matches(FOCUSABLE) && el.getClientRects().length) return el;
    const inner = el.shadowRoot && firstControl(el.shadowRoot);
    if (inner) return inner;
  }
  return undefined;
}

/** How long the focus waits for the element to draw the number it was on (its contacts may come with its config). */
const KEEP_MS = 2000;

async function keepFocus(
  host: HTMLElement & { readonly updateComplete: Promise<unknown> },
  href: string,
): Promise<void> {
  const began = Date.now();
  await host.updateComplete;
  // Moved on meanwhile (by the person, or by the element): left where it is.
  const dropped = (): boolean => {
    const active = document.activeElement;
    return !active || active === document.body || active === document.documentElement;
  };
  while (dropped() && host.isConnected && host.shadowRoot) {
    const links = href.startsWith('tel:')
      ? [...host.shadowRoot.querySelectorAll<HTMLElement>(`a[href="${CSS.escape(href)}"]`)]
      : [];
    // One on screen, else one in a closed "Need help now?".
    const link = links.find((a) => a.getClientRects().length) ?? links[0];
    if (link) {
      const closed = link.closest('details');
      if (closed) closed.open = true;
      link.focus();
      return;
    }
    // The box's way out (not a number the element shows) goes to its first control: the quick exit.
    if (!href.startsWith('tel:') || Date.now() - began > KEEP_MS) {
      firstControl(host.shadowRoot)?.focus();
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
