/**
 * Drops keys whose value is undefined, so optional properties stay absent and JSON prints cleanly.
 * A plain loop: it runs for every service of a feed.
 */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}
