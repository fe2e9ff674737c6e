/**
 * Elements anywhere on the page, in the open shadow roots of the page's own components too (a CMS
 * that draws its content blocks in web components): the fallback and the autoloader must find an
 * element there, or it would stay blank. RPC Kit's own elements' shadow roots are not searched
 * (they hold none of the elements these look for).
 */

/** Every element matching `selector` in `root` and in the open shadow roots within it. */
export function deepAll<E extends Element = HTMLElement>(
  selector: string,
  root: Document | ShadowRoot = document,
): E[] {
  const found = [...root.querySelectorAll<E>(selector)];
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot && !el.localName.startsWith('rpc-')) found.push(...deepAll<E>(selector, el.shadowRoot));
  return found;
}

/** The language of the page part an element is in, through the shadow roots it sits in (`lang` on a host). */
export function langOf(el: Element): string {
  for (let node: Element | undefined = el; node;) {
    const marked = node.closest('[lang]');
    if (marked) return marked.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return '';
}
