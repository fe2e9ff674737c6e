/**
 * Editing a config as plain JSON data, without changing it in place: every edit returns a new
 * object (so an element given it as its `config` property sees a new config), keeps the keys a
 * council already has in their order, and puts new keys where the schema has them.
 */
import { formatPath } from '@rpc-kit/rules';

export type Segment = string | number;
export type Path = readonly Segment[];
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path, or undefined when anything on the way is missing or not a container. */
export function getIn(root: unknown, path: Path): unknown {
  let cur = root;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isObject(cur) && typeof seg === 'string' && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else return undefined;
  }
  return cur;
}

/** The order keys are written in at a path (the schema's), for placing a new key. */
export type KeyOrder = (path: Path) => readonly string[] | undefined;

function withKey(obj: JsonObject, key: string, value: Json, order: readonly string[] | undefined): JsonObject {
  if (Object.prototype.hasOwnProperty.call(obj, key) || !order) return { ...obj, [key]: value };
  const rank = order.indexOf(key);
  const keys = Object.keys(obj);
  // Before the first existing key the schema puts after this one; else at the end.
  const before = rank === -1 ? -1 : keys.findIndex((k) => order.indexOf(k) > rank);
  if (before === -1) return { ...obj, [key]: value };
  const out: JsonObject = {};
  keys.forEach((k, i) => {
    if (i === before) out[key] = value;
    out[k] = obj[k]!;
  });
  return out;
}

/** A copy of `root` with `value` at `path`; missing objects and lists on the way are made. */
export function setIn(root: Json | undefined, path: Path, value: Json, order?: KeyOrder): Json {
  if (path.length === 0) return value;
  const [seg, ...rest] = path as [Segment, ...Segment[]];
  if (typeof seg === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    list[seg] = setIn(list[seg], rest, value, order && ((p) => order([seg, ...p])));
    return list;
  }
  const obj = isObject(root) ? root : {};
  const inner = setIn(obj[seg], rest, value, order && ((p) => order([seg, ...p])));
  return withKey(obj, seg, inner, order?.([]));
}

/**
 * A copy of `root` without the value at `path`. A list loses the item; an object left empty by
 * the removal goes too (a setting with nothing in it is the same as no setting), up to the
 * nearest list item or a path `keep` says to keep.
 */
export function removeIn(root: Json, path: Path, keep: (path: Path) => boolean = () => false): Json {
  if (path.length === 0) return root;
  const parentPath = path.slice(0, -1);
  const seg = path[path.length - 1]!;
  const parent = getIn(root, parentPath);
  let next: Json;
  if (Array.isArray(parent) && typeof seg === 'number') next = parent.filter((_, i) => i !== seg);
  else if (isObject(parent) && typeof seg === 'string' && seg in parent) {
    next = Object.fromEntries(Object.entries(parent).filter(([k]) => k !== seg));
  } else return root;
  const isListItem = typeof parentPath[parentPath.length - 1] === 'number';
  if (isObject(next) && Object.keys(next).length === 0 && parentPath.length > 0 && !isListItem && !keep(parentPath)) {
    return removeIn(root, parentPath, keep);
  }
  return setIn(root, parentPath, next);
}

/** Reads a path written by `formatPath` (`$.a.b[0]["odd key"]`) back into its segments. */
export function parsePath(text: string): Path | undefined {
  if (!text.startsWith('$')) return undefined;
  const out: Segment[] = [];
  const token = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  token.lastIndex = 1;
  while (token.lastIndex < text.length) {
    const m = token.exec(text);
    if (!m) return undefined;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]!) as string);
  }
  return out;
}

export { formatPath };

/** A stable element id for the field at a path. */
export const fieldId = (path: Path): string => `field:${formatPath(path)}`;

/** The config as the file a webmaster downloads: two-space JSON and a final newline. */
export const serialise = (config: unknown): string => `${JSON.stringify(config, null, 2)}\n`;

export type OpenResult =
  { readonly ok: true; readonly config: JsonObject } | { readonly ok: false; readonly message: string };

/**
 * Reads a config file's text. Anything that is a JSON object is loaded, valid or not, so its
 * problems can be shown and fixed; only text that is not JSON, or JSON that is not an object,
 * is refused.
 */
export function openConfigText(text: string): OpenResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${(error as Error).message})` };
  }
  if (!isObject(parsed)) {
    return { ok: false, message: 'is JSON, but not a config: a config is an object in { }' };
  }
  return { ok: true, config: parsed };
}
