/**
 * The form comes from the config's own schema: `configSchema` from @rpc-kit/rules, as JSON Schema
 * (the same document `rpc-kit schema` prints). Each node is read as one kind of field, so a
 * setting, an allowed value or a rule added to the schema shows up here without a change.
 */
import * as z from 'zod/mini';
import { configSchema, suggestKey } from '@rpc-kit/rules';
import { getIn, type Path } from './edit.js';

export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly description?: string;
  readonly title?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: SchemaNode | boolean;
  readonly propertyNames?: SchemaNode;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
}

/** The config's JSON Schema, made from the rules' own schema. */
export function configJsonSchema(): SchemaNode {
  return z.toJSONSchema(configSchema, { unrepresentable: 'any' }) as SchemaNode;
}

export type FieldKind =
  | { readonly kind: 'localised'; readonly text: SchemaNode }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'enum-list'; readonly values: readonly string[] }
  | { readonly kind: 'text'; readonly node: SchemaNode }
  | { readonly kind: 'text-list'; readonly item: SchemaNode }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'integer' | 'number'; readonly node: SchemaNode }
  | { readonly kind: 'object'; readonly node: SchemaNode }
  | { readonly kind: 'object-list'; readonly item: SchemaNode }
  | { readonly kind: 'record'; readonly keys: SchemaNode; readonly value: SchemaNode }
  | { readonly kind: 'switch-or-object'; readonly object: SchemaNode }
  | { readonly kind: 'json' };

const typeOf = (node: SchemaNode | undefined): string | undefined =>
  typeof node?.type === 'string' ? node.type : undefined;

const enumStrings = (node: SchemaNode | undefined): string[] | undefined =>
  node?.enum && node.enum.every((v) => typeof v === 'string') ? (node.enum as string[]) : undefined;

const isTextRecord = (node: SchemaNode): boolean =>
  typeOf(node) === 'object' &&
  !node.properties &&
  typeof node.additionalProperties === 'object' &&
  typeOf(node.additionalProperties) === 'string';

/** What kind of field a schema node is. Anything not understood is edited as JSON. */
export function fieldKind(node: SchemaNode | undefined): FieldKind {
  if (!node) return { kind: 'json' };
  const options = node.anyOf ?? node.oneOf;
  if (options?.length === 2) {
    const text = options.find((o) => typeOf(o) === 'string');
    const record = options.find((o) => o !== text && isTextRecord(o));
    if (text && record) return { kind: 'localised', text };
    const bool = options.find((o) => typeOf(o) === 'boolean');
    const object = options.find((o) => typeOf(o) === 'object' && o.properties);
    if (bool && object) return { kind: 'switch-or-object', object };
  }
  const values = enumStrings(node);
  switch (typeOf(node)) {
    case 'string':
      return values ? { kind: 'enum', values } : { kind: 'text', node };
    case 'boolean':
      return { kind: 'boolean' };
    case 'integer':
    case 'number':
      return { kind: typeOf(node) as 'integer' | 'number', node };
    case 'array': {
      const item = node.items;
      const itemValues = enumStrings(item);
      if (itemValues && typeOf(item) === 'string') return { kind: 'enum-list', values: itemValues };
      if (typeOf(item) === 'string') return { kind: 'text-list', item: item! };
      if (typeOf(item) === 'object' && item!.properties) return { kind: 'object-list', item: item! };
      return { kind: 'json' };
    }
    case 'object':
      if (node.properties) return { kind: 'object', node };
      if (typeof node.additionalProperties === 'object') {
        return { kind: 'record', keys: node.propertyNames ?? { type: 'string' }, value: node.additionalProperties };
      }
      return { kind: 'json' };
    default:
      return { kind: 'json' };
  }
}

/** The schema node describing the value at a path (lists by their items, records by their values). */
export function nodeAt(root: SchemaNode, path: Path): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const seg of path) {
    if (!node) return undefined;
    const kind = fieldKind(node);
    if (kind.kind === 'switch-or-object') node = kind.object;
    if (typeof seg === 'number') node = node.items;
    else if (node.properties && seg in node.properties) node = node.properties[seg];
    else if (typeof node.additionalProperties === 'object') node = node.additionalProperties;
    else if (kind.kind === 'localised') node = kind.text;
    else return undefined;
  }
  return node;
}

/** True when the last key of a path is a setting the schema does not know (a typo, say). */
/**
 * The keys the schema allows in the object at a path, where it lists them (a closed object, or
 * named entries whose names are a fixed list: default pathways, sentences); else undefined.
 */
export function knownKeysAt(root: SchemaNode, path: Path): readonly string[] | undefined {
  let node = nodeAt(root, path);
  const kind = fieldKind(node);
  if (kind.kind === 'switch-or-object') node = kind.object;
  if (node?.properties) return node.additionalProperties === false ? Object.keys(node.properties) : undefined;
  const names = node?.propertyNames?.enum;
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : undefined;
}

/** Whether the last key of a path is one the schema does not allow there (a misspelt setting). */
export function isUnknownKey(root: SchemaNode, path: Path): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  const known = knownKeysAt(root, path.slice(0, -1));
  return known !== undefined && !known.includes(key);
}

/**
 * The setting a misspelt one was meant to be ("nmae" for "name"), to offer renaming it: only a
 * known key close to it (the rules' own suggestion, as their problem says) and not set already.
 */
export function renameFor(root: SchemaNode, path: Path, config: unknown): string | undefined {
  const key = path[path.length - 1];
  const parent = path.slice(0, -1);
  const known = knownKeysAt(root, parent);
  if (typeof key !== 'string' || !known || known.includes(key)) return undefined;
  const meant = suggestKey(key, known);
  const siblings = getIn(config, parent);
  return meant && !(typeof siblings === 'object' && siblings !== null && meant in siblings) ? meant : undefined;
}

/** The order of the keys of the object at a path, as the schema lists them. */
export const keyOrder =
  (root: SchemaNode) =>
  (path: Path): readonly string[] | undefined => {
    let node = nodeAt(root, path);
    const kind = fieldKind(node);
    if (kind.kind === 'switch-or-object') node = kind.object;
    return node?.properties ? Object.keys(node.properties) : undefined;
  };

/** Whether a key is required in an object node. */
export const isRequired = (parent: SchemaNode | undefined, key: string): boolean =>
  Boolean(parent?.required?.includes(key));
