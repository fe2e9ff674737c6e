/**
 * The quick check of a council config: whether it has the schema's shape, without the schema
 * library. A page whose config is valid (the usual case) then never loads zod/mini and the
 * problems' words; a config this check does not pass gets the full check (`config/validate.ts`),
 * which finds and words each problem.
 *
 * The shape (`config-shape.generated.ts`) is written from the zod schema (`config/shape-of.ts`,
 * `scripts/generate-config-shape.mjs`), and a test fails if it differs. This check may refuse
 * what the schema would accept (anything it is not sure of: an object that is not plain, a key
 * set to `undefined`), never the other way: what it passes, the schema passes with the same value.
 */
import { REFINEMENTS, type RefinementName } from './refinements.js';

interface Refined {
  /** Named checks run on the value once its shape is right (`config/refinements.ts`). */
  readonly fn?: readonly RefinementName[];
}

export type Shape =
  | (Refined & {
      readonly t: 'string';
      readonly min?: number;
      readonly max?: number;
      readonly re?: readonly RegExp[];
    })
  | { readonly t: 'int'; readonly min?: number; readonly max?: number }
  | { readonly t: 'boolean' }
  | { readonly t: 'enum'; readonly of: readonly string[] }
  | { readonly t: 'array'; readonly of: Shape; readonly min?: number; readonly max?: number }
  /** Only these keys; a key whose shape is `optional` may be left out. */
  | (Refined & { readonly t: 'object'; readonly keys: { readonly [key: string]: Shape } })
  /** Any keys of the key's shape, each value of `of`'s; `partial` as every record here is. */
  | (Refined & { readonly t: 'record'; readonly key: Shape; readonly of: Shape })
  | { readonly t: 'union'; readonly of: readonly Shape[] }
  | { readonly t: 'optional'; readonly of: Shape };

type Plain = Record<string, unknown>;

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** A plain object with only enumerable string keys, none `__proto__`: anything else is left to the schema. */
function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  const names = Object.getOwnPropertyNames(value);
  return (
    Object.getOwnPropertySymbols(value).length === 0 &&
    names.length === Object.keys(value).length &&
    !names.includes('__proto__')
  );
}

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
const setOf = (values: readonly string[]) => {
  let set = sets.get(values);
  if (!set) sets.set(values, (set = new Set(values)));
  return set;
};

const within = (n: number, shape: { readonly min?: number; readonly max?: number }) =>
  (shape.min === undefined || n >= shape.min) && (shape.max === undefined || n <= shape.max);

/** A text's length as the schema counts it: in characters (code points), not UTF-16 units. */
const lengthOf = (text: string) => (/[\uD800-\uDBFF]/.test(text) ? [...text].length : text.length);

const refined = <T>(value: T, shape: Refined): T | undefined =>
  (shape.fn ?? []).every((name) => (REFINEMENTS[name] as (v: unknown) => boolean)(value)) ? value : undefined;

/**
 * The value as the schema would give it (a copy, with an object's keys in the schema's order), or
 * `undefined` when it does not have the shape, or this check is not sure. The copy is made from one
 * read of each value, and it is the copy that is checked: whatever a page's object does when read
 * twice, what passes has the schema's shape. (The shape limits, `checkShape`, read the object
 * given, as the full check does.)
 */
export function accept(shape: Shape, value: unknown): unknown {
  switch (shape.t) {
    case 'string':
      if (typeof value !== 'string' || !within(lengthOf(value), shape)) return undefined;
      for (const re of shape.re ?? []) {
        re.lastIndex = 0;
        if (!re.test(value)) return undefined;
      }
      return refined(value, shape);
    case 'int':
      return Number.isSafeInteger(value) && within(value as number, shape) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'enum':
      return typeof value === 'string' && setOf(shape.of).has(value) ? value : undefined;
    case 'optional':
      // Only a key left out is optional here: one set to `undefined` is left to the schema.
      return value === undefined ? undefined : accept(shape.of, value);
    case 'union':
      for (const option of shape.of) {
        const out = accept(option, value);
        if (out !== undefined) return out;
      }
      return undefined;
    case 'array': {
      // Read by index, as the schema reads it (never through an iterator of the page's), and the
      // copy's length checked.
      if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return undefined;
      if (shape.max !== undefined && value.length > shape.max) return undefined;
      const out: unknown[] = [];
      for (let i = 0, n = value.length; i < n; i++) {
        const kept = accept(shape.of, value[i]);
        if (kept === undefined) return undefined;
        out.push(kept);
      }
      return within(out.length, shape) ? out : undefined;
    }
    case 'object': {
      if (!isPlain(value) || Object.keys(value).some((key) => !hasOwn(shape.keys, key))) return undefined;
      const out: Plain = {};
      for (const key of Object.keys(shape.keys)) {
        const inner = shape.keys[key]!;
        if (!hasOwn(value, key)) {
          // Left out, unless the key is found on the object's prototype (the schema would read it).
          if (inner.t === 'optional' && !(key in value)) continue;
          return undefined;
        }
        const kept = accept(inner, value[key]);
        if (kept === undefined) return undefined;
        out[key] = kept;
      }
      return refined(out, shape);
    }
    case 'record': {
      if (!isPlain(value)) return undefined;
      const out: Plain = {};
      for (const key of Object.keys(value)) {
        const kept = accept(shape.key, key) === undefined ? undefined : accept(shape.of, value[key]);
        if (kept === undefined) return undefined;
        out[key] = kept;
      }
      return refined(out, shape);
    }
  }
}
