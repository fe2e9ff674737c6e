/** The limits on a config's shape: generous for any real council, small enough to check at once. */
export const CONFIG_LIMITS = { maxDepth: 12, maxItems: 5000, maxText: 5000, maxValues: 200_000 } as const;
