/**
 * Takes away what a CDN entry file showed while the element's code was slow to come: its box with
 * 999 and the helplines, and the slot it put in place of a drawn first screen
 * (packages/kit/src/cdn/fallback.ts). The code has come after all, and the element draws itself.
 * Called as the element connects, before its first draw.
 */
export function clearFallback(host: HTMLElement): void {
  for (const el of host.querySelectorAll(':scope > [data-rpc-fallback]')) el.remove();
  host.shadowRoot?.querySelector('slot[data-rpc-fallback]')?.remove();
}
