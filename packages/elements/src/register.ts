/** The version every element reports, to spot two different copies on one page. */
export const VERSION = '0.1.0';

const VERSION_KEY = Symbol.for('rpc-kit.version');

/**
 * Registers a custom element once. Loading a bundle twice (a CMS adding the script tag on two
 * blocks, say) is harmless; loading two different versions warns, and the first one wins.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { [VERSION_KEY]?: string }) | undefined;
  if (existing) {
    const version = existing[VERSION_KEY];
    if (existing !== ctor && version !== VERSION) {
      console.warn(
        `<${tag}> is already defined by RPC Kit ${version ?? 'unknown'}; this copy (${VERSION}) is ignored.`,
      );
    }
    return;
  }
  (ctor as CustomElementConstructor & { [VERSION_KEY]?: string })[VERSION_KEY] = VERSION;
  customElements.define(tag, ctor);
}
