/**
 * Limits on the shape of any JSON a person or a program gives the rules (a council config, an
 * evaluate input), checked before anything else reads it: so that no input, however deep, long
 * or odd, can crash a check, make it slow, or reach an object's prototype.
 */
import { formatPath, problemAt, type Problem } from './problems.js';

export interface ShapeLimits {
  /** How deeply objects and lists may nest. */
  readonly maxDepth: number;
  /** The most items in one list, and keys in one object. */
  readonly maxItems: number;
  /** The longest text, key or value. */
  readonly maxText: number;
  /** The most values in the whole document. */
  readonly maxValues: number;
}

/** Keys that name an object's prototype machinery: never a setting, never read. */
const RESERVED_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks a JSON value's shape without recursion (a value nested thousands deep cannot overflow
 * the stack): depth, list and object sizes, text lengths, reserved keys, and only JSON's own
 * kinds of value. Stops at the first problem of each kind; returns [] when the shape is fine.
 */
export function checkShape(root: unknown, limits: ShapeLimits): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  // One problem per kind and place, and a few dozen at most: enough to fix, never a flood.
  const report = (kind: string, path: readonly PropertyKey[], message: string) => {
    const key = `${kind} ${formatPath(path)}`;
    if (seen.has(key) || problems.length >= 30) return;
    seen.add(key);
    problems.push(problemAt(path, message));
  };
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  let count = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++count > limits.maxValues) {
      report('size', [], `is too large (more than ${limits.maxValues} values): far more than any council needs`);
      break;
    }
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) report('number', path, 'must be a finite number');
      continue;
    }
    if (typeof value === 'string') {
      if (value.length > limits.maxText)
        report('text', path, `is too long (${value.length} characters; at most ${limits.maxText})`);
      continue;
    }
    if (typeof value !== 'object') {
      report('kind', path, 'must be text, a number, true or false, a list or an object');
      continue;
    }
    if (path.length >= limits.maxDepth) {
      report('depth', path, `is nested too deeply (at most ${limits.maxDepth} levels)`);
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > limits.maxItems)
        report('items', path, `has too many items (${value.length}): far more than any council needs`);
      const n = Math.min(value.length, limits.maxItems);
      for (let i = n - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > limits.maxItems)
      report('keys', path, `has too many settings (${keys.length}): far more than any council needs`);
    for (const key of keys.slice(0, limits.maxItems).reverse()) {
      if (RESERVED_KEYS.has(key)) {
        report(`reserved:${key}`, [...path, key], `"${key}" is a reserved name and cannot be used as a key`);
        continue;
      }
      if (key.length > limits.maxText) {
        report('key', [...path, key], `is too long a name (at most ${limits.maxText} characters)`);
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}
