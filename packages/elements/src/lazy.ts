/**
 * A module fetched with `import()` once, when first asked for, and kept for every element on the
 * page; a load that failed is tried again next time.
 * @internal
 */
export class Lazy<T> {
  /** The module, once loaded. */
  value: T | undefined;
  private pending: Promise<T> | undefined;

  constructor(readonly fetch: () => Promise<T>) {}

  load(): Promise<T> {
    return (this.pending ??= this.fetch().then(
      (module) => (this.value = module),
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    ));
  }
}
