import { _$LH } from 'lit/html.js';

/**
 * Lit prepares a template (its markup parsed, its parts found) the first time it is drawn, and
 * keeps it for the next times. An element's first draw prepares every template on its screen in
 * one task; `prepareTemplates` does that part beforehand, in a task of its own, so the first draw
 * only copies them (see `FirstScreenTakeover`).
 *
 * It uses what Lit's own hydration (`@lit-labs/ssr-client`) uses to get a template: the child
 * part's `_$getTemplate`, `_$AC` in Lit's production build. If a version of Lit has neither,
 * nothing is prepared and the first draw prepares them, as before
 * (`packages/elements/test/prepare-templates.test.ts` fails then).
 */
type GetTemplate = (result: { strings: TemplateStringsArray }) => unknown;

/**
 * @internal Lit's way of getting a template, from its `_$LH` (the child part's `_$getTemplate`:
 * `I` and `_$AC` in Lit's production build, `_ChildPart` and `_$getTemplate` in its development build).
 */
export function templateGetter(lh: unknown): GetTemplate | undefined {
  const parts = lh as Record<string, { prototype?: Record<string, unknown> } | undefined>;
  const prototype = (parts['I'] ?? parts['_ChildPart'])?.prototype;
  const get = prototype?.['_$AC'] ?? prototype?.['_$getTemplate'];
  return typeof get === 'function' ? (get as GetTemplate) : undefined;
}

/** @internal For the test: Lit's way of getting a template, if this version of Lit has it. */
export const getTemplate = templateGetter(_$LH);

interface Result {
  readonly _$litType$?: unknown;
  readonly _$litDirective$?: unknown;
  readonly strings?: TemplateStringsArray;
  readonly values?: readonly unknown[];
}

/**
 * Prepares the templates of what a `render()` returned: each template result in it, in its
 * values, in arrays and in directives' values. Counts the templates it met (for the test).
 */
export function prepareTemplates(value: unknown, seen = new Set<unknown>()): number {
  if (!getTemplate || value === null || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  let count = 0;
  const { _$litType$: type, _$litDirective$: directive, strings, values } = value as Result;
  if (typeof type === 'number' && strings) {
    getTemplate(value as { strings: TemplateStringsArray });
    count++;
  }
  const inner: Iterable<unknown> | undefined =
    (type !== undefined || directive !== undefined) && Array.isArray(values)
      ? values
      : Array.isArray(value)
        ? value
        : undefined;
  for (const v of inner ?? []) count += prepareTemplates(v, seen);
  return count;
}
