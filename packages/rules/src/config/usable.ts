/**
 * A config with each invalid item left out: what the elements use while a webmaster fixes the
 * problems, so one typo in one service does not throw the council's whole offer away.
 *
 * Each problem's path is cut back to what can be left out on its own, and that is removed:
 * - the first list item on the path (a service, a contact, a council's own pathway, an id in
 *   `order`): the whole item goes, never half of it;
 * - otherwise the deepest setting that may be left out (an optional setting falls back to its
 *   default, an unknown key is ignored, a branding token or a `strings` override goes on its own);
 * - a problem with the whole config (not an object, far too large): nothing can be kept.
 * Then the config is checked again, at most three rounds; if it is still not valid, the defaults
 * are used with the council's nation when that is valid. Each round is linear in the size of the
 * config: the cuts are gathered into one tree and every object or list on the way is copied once.
 *
 * Nothing here weakens the safety floor: only the council's own settings are left out, and the
 * result is resolved as any valid config is, so national contacts, 999 and the floor's checks
 * stay as they are (a contact with a reserved id is simply not there).
 */
import { formatPath, rawPath, type Problem } from '../util/problems.js';
import { configSchemas } from './schema.js';

type Path = readonly PropertyKey[];
interface SchemaNode {
  readonly _zod: { readonly def: Record<string, unknown>; readonly optin?: string };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A schema without its optional wrapper. */
function unwrap(node: SchemaNode | undefined): SchemaNode | undefined {
  let cur = node;
  for (let i = 0; i < 5 && cur?._zod.def.type === 'optional'; i++) cur = cur._zod.def.innerType as SchemaNode;
  return cur;
}

/** The schema of a key of a container schema (an object, a record, a list, or a union holding one). */
function childSchema(container: SchemaNode | undefined, key: PropertyKey): SchemaNode | undefined {
  const node = unwrap(container);
  const def = node?._zod.def;
  if (!def) return undefined;
  if (def.type === 'object') return (def.shape as Record<string, SchemaNode>)[String(key)];
  if (def.type === 'record') return def.valueType as SchemaNode;
  if (def.type === 'array') return def.element as SchemaNode;
  if (def.type === 'union') {
    for (const option of def.options as SchemaNode[]) {
      const t = unwrap(option)?._zod.def.type;
      if (t === 'object' || t === 'record' || t === 'array') return childSchema(option, key);
    }
  }
  return undefined;
}

/** May this key be left out of this container (an optional or unknown setting, a record's entry)? */
function removable(container: SchemaNode | undefined, key: PropertyKey): boolean {
  const node = unwrap(container);
  const def = node?._zod.def;
  if (!def) return true;
  if (def.type === 'record') return true;
  if (def.type === 'union') {
    const inner = (def.options as SchemaNode[]).find((o) =>
      ['object', 'record'].includes(unwrap(o)?._zod.def.type as string),
    );
    return inner ? removable(inner, key) : false;
  }
  if (def.type !== 'object') return false;
  const shape = def.shape as Record<string, SchemaNode>;
  const child = Object.hasOwn(shape, String(key)) ? shape[String(key)] : undefined;
  return child === undefined || child._zod.optin === 'optional';
}

/**
 * Where a problem's path is cut: the first list item on it, else the deepest key that may be
 * left out. An empty path means nothing can be kept.
 */
export function cutPoint(root: unknown, path: Path): Path {
  let value: unknown = root;
  let schema: SchemaNode | undefined = configSchemas().configSchema as unknown as SchemaNode;
  let deepest = 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (Array.isArray(value) && typeof key === 'number') return path.slice(0, i + 1);
    if (removable(schema, key)) deepest = i + 1;
    if (!isObject(value) || !Object.hasOwn(value, key)) break;
    value = value[key as string];
    schema = childSchema(schema, key);
  }
  return path.slice(0, deepest);
}

interface Cut {
  remove: boolean;
  readonly children: Map<PropertyKey, Cut>;
}

/** A copy of `value` without the cuts, copying only the objects and lists on the way to one. */
function prune(value: unknown, cut: Cut): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((item, i) => {
      const c = cut.children.get(i);
      if (!c) out.push(item);
      else if (!c.remove) out.push(prune(item, c));
    });
    return out;
  }
  if (!isObject(value)) return value;
  // Object.fromEntries defines each key as the object's own (even "__proto__"): no prototype is touched.
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]) => {
      const c = cut.children.get(k);
      if (!c) return [[k, v]];
      return c.remove ? [] : [[k, prune(v, c)]];
    }),
  );
}

export interface Pruned {
  /** The config with every cut made, or undefined when nothing could be kept. */
  readonly input: unknown;
  /** The JSON paths of what was left out, in the order of the problems. */
  readonly leftOut: readonly string[];
}

/** Leaves out what each problem names (see the module's comment). */
export function leaveOut(input: unknown, problems: readonly Problem[]): Pruned {
  const root: Cut = { remove: false, children: new Map() };
  const leftOut: string[] = [];
  for (const problem of problems) {
    const path = rawPath(problem);
    const at = path ? cutPoint(input, path) : [];
    if (at.length === 0) return { input: undefined, leftOut: ['$'] };
    let node = root;
    for (const key of at) {
      if (node.remove) break;
      let next = node.children.get(key);
      if (!next) node.children.set(key, (next = { remove: false, children: new Map() }));
      node = next;
    }
    if (!node.remove) {
      node.remove = true;
      node.children.clear();
      leftOut.push(formatPath(at));
    }
  }
  return { input: prune(input, root), leftOut: [...new Set(leftOut)] };
}
