/**
 * The quick check's shape (`config/shape.ts`) read from a zod/mini schema: what
 * `scripts/generate-config-shape.mjs` writes to `config-shape.generated.ts`, and what a test
 * compares that file with. Knows only what the config's schema uses; anything else (a transform,
 * a default, a check it cannot name) stops it, so the quick check never passes what it cannot
 * check. Not for browsers: only the generator and the tests read it.
 */
import type * as z from 'zod/mini';
import { REFINEMENTS, type RefinementName } from './refinements.js';
import type { Shape } from './shape.js';
import { configSchemas } from './schema.js';

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly [key: string]: unknown;
}
interface CheckDef {
  readonly check: string;
  readonly [key: string]: unknown;
}

const names = new Map<unknown, RefinementName>(
  Object.entries(REFINEMENTS).map(([name, fn]) => [fn, name as RefinementName]),
);

const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** A schema's shape; a schema used in several places gives the one shape object (the generator writes it once). */
export function shapeOf(schema: z.core.$ZodType, made = new Map<unknown, Shape>()): Shape {
  let shape = made.get(schema);
  if (!shape) made.set(schema, (shape = read(schema, made)));
  return shape;
}

/** The keys of a schema's definition this reader knows, by type; any other stops it. */
const KNOWN: Readonly<Record<string, readonly string[]>> = {
  string: [],
  number: ['check', 'abort', 'format'],
  boolean: [],
  enum: ['entries'],
  array: ['element'],
  optional: ['innerType'],
  union: ['options'],
  object: ['shape', 'catchall'],
  record: ['keyType', 'valueType', 'partial'],
};

function read(schema: z.core.$ZodType, made: Map<unknown, Shape>): Shape {
  const def = defOf(schema);
  const sub = (s: unknown) => shapeOf(s as z.core.$ZodType, made);
  const fail = (what: string): never => {
    throw new Error(`shapeOf: the quick check cannot read ${what} (in a ${def.type} schema)`);
  };
  const known = KNOWN[def.type] ?? fail(`a ${def.type} schema`);
  for (const key of Object.keys(def))
    if (!['type', 'checks', 'error', ...known].includes(key)) fail(`"${key}" (such as a format, coercion or mode)`);
  const mins: number[] = [];
  const maxes: number[] = [];
  const re: RegExp[] = [];
  const fn: RefinementName[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') mins.push(c.minimum as number);
    else if (c.check === 'max_length') maxes.push(c.maximum as number);
    else if (c.check === 'greater_than' && c.inclusive) mins.push(c.value as number);
    else if (c.check === 'less_than' && c.inclusive) maxes.push(c.value as number);
    else if (c.check === 'string_format' && c.format === 'regex') re.push(c.pattern as RegExp);
    else if (c.check === 'custom' && names.has(c.fn)) fn.push(names.get(c.fn)!);
    else fail(`the check "${c.check}"${c.check === 'custom' ? ' with a function not in REFINEMENTS' : ''}`);
  }
  // Every limit holds: the largest least and the smallest most.
  const bounds = {
    ...(mins.length ? { min: Math.max(...mins) } : {}),
    ...(maxes.length ? { max: Math.min(...maxes) } : {}),
  };
  const refined = fn.length ? { fn } : {};
  /** What this type may carry: anything else stops the reader. */
  const only = (allowed: { bounds?: boolean; re?: boolean; fn?: boolean }) => {
    if (!allowed.bounds && (mins.length || maxes.length)) fail('a length or size check');
    if (!allowed.re && re.length) fail('a pattern');
    if (!allowed.fn && fn.length) fail('a named check');
  };
  switch (def.type) {
    case 'string':
      return { t: 'string', ...bounds, ...(re.length ? { re } : {}), ...refined };
    case 'number':
      only({ bounds: true });
      if (def.format !== 'safeint') fail('a number that is not a whole number (z.int)');
      return { t: 'int', ...bounds };
    case 'boolean':
      only({});
      return { t: 'boolean' };
    case 'enum':
      only({});
      return { t: 'enum', of: Object.values(def.entries as Record<string, string>) };
    case 'array':
      only({ bounds: true });
      return { t: 'array', of: sub(def.element), ...bounds };
    case 'optional':
      only({});
      return { t: 'optional', of: sub(def.innerType) };
    case 'union':
      only({});
      return { t: 'union', of: (def.options as unknown[]).map(sub) };
    case 'object': {
      only({ fn: true });
      // Only a strict object: any other leaves unknown keys out or passes them on.
      if (!def.catchall || defOf(def.catchall).type !== 'never') fail('an object that is not strict');
      const shape = def.shape as Record<string, unknown>;
      return { t: 'object', keys: Object.fromEntries(Object.keys(shape).map((k) => [k, sub(shape[k])])), ...refined };
    }
    case 'record': {
      only({ fn: true });
      // A record keyed by a list of values (an enum, a union of them) wants every one unless it is partial.
      if ((def.keyType as { _zod: { values?: unknown } })._zod.values && !def.partial)
        fail('a record that needs every key');
      return { t: 'record', key: sub(def.keyType), of: sub(def.valueType), ...refined };
    }
    default:
      return fail(`a ${def.type} schema`);
  }
}

/** The council config's shape, read from its schema. */
export const configShape = (): Shape => shapeOf(configSchemas().configSchema);
