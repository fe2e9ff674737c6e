/** Drops keys whose value is undefined, so optional properties stay absent and JSON prints cleanly. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
