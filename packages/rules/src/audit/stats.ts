/**
 * Honest numbers for small audits: a share with its 95% interval (Wilson's score interval), and
 * the change between two shares with its interval (Newcombe's hybrid score interval). With 36
 * referrals, "14%" alone says too much; "5 of 36 (14%, 95% interval 6–29%)" says what is known.
 *
 * Wilson, E. B. (1927) Probable inference, the law of succession, and statistical inference.
 * Newcombe, R. G. (1998) Interval estimation for the difference between independent proportions:
 * comparison of eleven methods (method 10). Both behave well near 0% and 100% and with few cases,
 * where the textbook "p ± 1.96 × standard error" interval goes below 0 or above 100%.
 */

/** The normal quantile for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** A share of records with its 95% interval. With no records, there is no share and no interval. */
export interface Share {
  readonly count: number;
  readonly n: number;
  /** count / n, or null when n is 0. */
  readonly share: number | null;
  /** The 95% interval [low, high], within [0, 1], or null when n is 0. */
  readonly interval: readonly [number, number] | null;
}

/** Wilson's score interval for `count` of `n`, at the given z (95% by default). */
export function wilsonInterval(count: number, n: number, z = Z95): [number, number] {
  if (!(n > 0) || count < 0 || count > n) throw new RangeError(`wilsonInterval: need 0 <= count <= n and n > 0`);
  const p = count / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 and n the interval touches the edge exactly; rounding must not move it past the estimate.
  const low = count === 0 ? 0 : Math.min(p, Math.max(0, centre - half));
  const high = count === n ? 1 : Math.max(p, Math.min(1, centre + half));
  return [low, high];
}

/** `count` of `n` as a share with its interval. */
export function share(count: number, n: number): Share {
  if (n === 0) return { count, n, share: null, interval: null };
  return { count, n, share: count / n, interval: wilsonInterval(count, n) };
}

/** The change from one share to another (`to` minus `from`), with its 95% interval. */
export interface Difference {
  /** to.share − from.share, from −1 to 1. */
  readonly estimate: number;
  readonly interval: readonly [number, number];
  /** True when the interval leaves out 0: the change is larger than chance would explain. */
  readonly clear: boolean;
}

/**
 * Newcombe's hybrid score interval for the difference of two independent shares, built from each
 * share's Wilson interval. Undefined when either share has no records.
 */
export function difference(from: Share, to: Share): Difference | undefined {
  if (from.share === null || to.share === null || !from.interval || !to.interval) return undefined;
  const [l1, u1] = from.interval;
  const [l2, u2] = to.interval;
  const p1 = from.share;
  const p2 = to.share;
  const estimate = p2 - p1;
  const low = Math.max(-1, Math.min(estimate, estimate - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2)));
  const high = Math.min(1, Math.max(estimate, estimate + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)));
  return { estimate, interval: [low, high], clear: low > 0 || high < 0 };
}

/** A share as a whole percentage (the way it is shown everywhere), e.g. 0.1389 -> 14. */
export const percent = (value: number): number => Math.round(value * 100);
