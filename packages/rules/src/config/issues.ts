/**
 * Turning zod's issues into plain problems, one per JSON path, in words a webmaster can act on.
 */
import type * as z from 'zod/mini';
import { configSchemas } from './schema.js';
import { suggestKey } from './suggest.js';
import { problemAt, type Problem } from '../util/problems.js';

const EXPECTED: Record<string, string> = {
  string: 'a text',
  record: 'an object',
  object: 'an object',
  boolean: 'true or false',
  array: 'a list',
  number: 'a number',
  int: 'a whole number',
};

function describeExpected(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

type Issue = z.core.$ZodIssue;

/** The schema found at a path, to suggest a key when one is misspelt. Best effort. */
function keysAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = configSchemas().configSchema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { _zod?: { def?: Record<string, unknown> } };
    for (let i = 0; i < 10 && cur?._zod?.def; i++) {
      const def = cur._zod.def;
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
        cur = def.innerType as typeof cur;
      else break;
    }
    return cur;
  };
  for (const seg of path) {
    const def = (unwrap(schema) as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') schema = (def.shape as Record<string, unknown>)[String(seg)];
    else if (def.type === 'array') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else if (def.type === 'union') {
      schema = (def.options as unknown[]).find(
        (o) => (unwrap(o) as { _zod: { def: { type: string } } })._zod.def.type === 'object',
      );
    } else return [];
    if (!schema) return [];
  }
  const def = (unwrap(schema) as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') return Object.keys(def.shape as object);
  if (def.type === 'record') {
    const key = (def.keyType as { _zod: { def: { type: string; entries?: Record<string, string> } } })._zod.def;
    if (key.type === 'enum' && key.entries) return Object.values(key.entries);
  }
  return [];
}

/** The value at a path of the raw input, to tell a missing setting from a wrong one. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/** Turns zod issues into one plain problem per path. */
export function issuesToProblems(
  issues: readonly Issue[],
  root: unknown,
  base: readonly PropertyKey[] = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const hint = suggestKey(key, keysAt(path));
          problems.push(problemAt([...path, key], `is not a known setting${hint ? ` (did you mean "${hint}"?)` : ''}`));
        }
        break;
      case 'invalid_union': {
        // Keep the branches that got past the first type check: those are what the author meant.
        const meant = issue.errors.filter(
          (branch) => !(branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0),
        );
        if (meant.length === 1) problems.push(...issuesToProblems(meant[0]!, root, path));
        else {
          const expected = issue.errors
            .flat()
            .filter((i) => i.code === 'invalid_type' && i.path.length === 0)
            .map((i) => describeExpected((i as { expected: string }).expected));
          const kinds = [...new Set(expected)].join(' or ');
          problems.push(
            problemAt(
              path,
              !expected.length
                ? 'is not valid here'
                : valueAt(root, path) === undefined
                  ? `is required (${kinds})`
                  : `must be ${kinds}`,
            ),
          );
        }
        break;
      }
      case 'invalid_key':
        problems.push(
          problemAt(path, `has a name that is not allowed: ${issue.issues.map((i) => i.message).join('; ')}`),
        );
        break;
      case 'invalid_type':
        problems.push(
          problemAt(
            path,
            valueAt(root, path) === undefined
              ? `is required (${describeExpected(issue.expected)})`
              : `must be ${describeExpected(issue.expected)}`,
          ),
        );
        break;
      case 'invalid_value':
        problems.push(problemAt(path, `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`));
        break;
      case 'too_small':
        problems.push(
          problemAt(
            path,
            issue.message !== 'Invalid input' ? issue.message : `must be at least ${String(issue.minimum)}`,
          ),
        );
        break;
      case 'too_big':
        problems.push(
          problemAt(
            path,
            issue.message !== 'Invalid input' ? issue.message : `must be at most ${String(issue.maximum)}`,
          ),
        );
        break;
      default:
        problems.push(problemAt(path, issue.message));
    }
  }
  return problems;
}
