/**
 * Takes away what a CDN entry file showed while the element's code was slow to come: its box with
 * 999 and the helplines, in the element's shadow root (or, as a last resort or from an earlier
 * version, in its own content; packages/kit/src/cdn/fallback.ts). The code has come after all,
 * and the element draws itself, in that shadow root. Called as the element connects, before its
 * first draw. Returns whether it took a box from the shadow root (which is then the box's, not a
 * server's).
 *
 * The focus, if it was in the box (a keyboard or screen reader user on its 999), is not dropped
 * on the page: once the element has drawn, it goes to the same link in the element ("Need help
 * now?" opened for it), or else to the element's first control.
 */
export function clearFallback(host: HTMLElement & { readonly updateComplete: Promise<unknown> }): boolean {
  const root = host.shadowRoot;
  const inRoot = [...(root?.children ?? [])].filter((n) => n.hasAttribute('data-rpc-fallback'));
  const boxes = [...inRoot, ...host.querySelectorAll(':scope > [data-rpc-fallback]')];
  // Focus in a shadow root shows on the page as its host.
  const focused = root?.activeElement ?? document.activeElement;
  const href = focused && boxes.some((box) => box.contains(focused)) ? (focused.getAttribute('href') ?? '') : undefined;
  for (const box of boxes) box.remove();
  // An earlier version's slot, in place of a drawn first screen.
  root?.querySelector('slot[data-rpc-fallback]')?.remove();
  if (href !== undefined) void keepFocus(host, href);
  return inRoot.length > 0;
}

/** The first shown control in a shadow root, looking into the shadow roots inside it (the quick exit's button). */
function firstControl(root: ShadowRoot): HTMLElement | undefined {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.matches('a[href],button,summary,input,select') && el.getClientRects().length) return el;
    const inner = el.shadowRoot && firstControl(el.shadowRoot);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Once the element has drawn: the same number (one on screen, else the one in "Need help now?",
 * opened), or the first control (from the box's way out: the quick exit). Not if the focus has
 * moved on meanwhile, by the person or the element.
 */
async function keepFocus(
  host: HTMLElement & { readonly updateComplete: Promise<unknown> },
  href: string,
): Promise<void> {
  await host.updateComplete;
  const root = host.shadowRoot;
  if (!root || (document.activeElement && document.activeElement !== document.body)) return;
  const links = href.startsWith('tel:') ? [...root.querySelectorAll<HTMLElement>(`a[href="${CSS.escape(href)}"]`)] : [];
  const link = links.find((a) => a.getClientRects().length) ?? links[0];
  const closed = link?.closest('details');
  if (closed) closed.open = true;
  (link ?? firstControl(root))?.focus();
}
