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

function read(schema: z.core.$ZodType, made: Map<unknown, Shape>): Shape {
  const def = defOf(schema);
  const sub = (s: unknown) => shapeOf(s as z.core.$ZodType, made);
  const bounds: { min?: number; max?: number } = {};
  const re: RegExp[] = [];
  const fn: RefinementName[] = [];
  const fail = (what: string): never => {
    throw new Error(`shapeOf: the quick check cannot read ${what} (in a ${def.type} schema)`);
  };
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') bounds.min = c.minimum as number;
    else if (c.check === 'max_length') bounds.max = c.maximum as number;
    else if (c.check === 'greater_than' && c.inclusive) bounds.min = c.value as number;
    else if (c.check === 'less_than' && c.inclusive) bounds.max = c.value as number;
    else if (c.check === 'string_format' && c.format === 'regex') re.push(c.pattern as RegExp);
    else if (c.check === 'custom' && names.has(c.fn)) fn.push(names.get(c.fn)!);
    else fail(`the check "${c.check}"${c.check === 'custom' ? ' with a function not in REFINEMENTS' : ''}`);
  }
  const refined = fn.length ? { fn } : {};
  const onlyRefined = () => {
    if (re.length || bounds.min !== undefined || bounds.max !== undefined) fail('a length or pattern check');
    return refined;
  };
  switch (def.type) {
    case 'string':
      return { t: 'string', ...bounds, ...(re.length ? { re } : {}), ...refined };
    case 'number':
      if (def.format !== 'safeint' || re.length || fn.length) fail('a number that is not a whole number (z.int)');
      return { t: 'int', ...bounds };
    case 'boolean':
      return { ...onlyRefined(), t: 'boolean' } as Shape;
    case 'enum':
      onlyRefined();
      if (fn.length) fail('a check on an enum');
      return { t: 'enum', of: Object.values(def.entries as Record<string, string>) };
    case 'array':
      if (re.length || fn.length) fail('a pattern or check on a list');
      return { t: 'array', of: sub(def.element), ...bounds };
    case 'optional':
      onlyRefined();
      return { t: 'optional', of: sub(def.innerType) };
    case 'union':
      onlyRefined();
      return { t: 'union', of: (def.options as unknown[]).map(sub) };
    case 'object': {
      // Only a strict object: any other leaves unknown keys out or passes them on.
      if (!def.catchall || defOf(def.catchall).type !== 'never') fail('an object that is not strict');
      const shape = def.shape as Record<string, unknown>;
      return {
        t: 'object',
        keys: Object.fromEntries(Object.keys(shape).map((k) => [k, sub(shape[k])])),
        ...onlyRefined(),
      };
    }
    case 'record': {
      const key = sub(def.keyType);
      // A record keyed by a list of values wants every one of them unless it is partial.
      if (key.t === 'enum' && !def.partial) fail('a record that needs every key');
      if (def.mode === 'loose') fail('a loose record');
      return { t: 'record', key, of: sub(def.valueType), ...onlyRefined() };
    }
    default:
      return fail(`a ${def.type} schema`);
  }
}

/** The council config's shape, read from its schema. */
export const configShape = (): Shape => shapeOf(configSchemas().configSchema);
