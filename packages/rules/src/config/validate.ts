/**
 * Validating a council's config: plain problems, each with its JSON path, and warnings that do
 * not make it invalid (such as the default pathways on only because the config does not say). Any input at all is answered, quickly: its shape is checked first (depth,
 * sizes, reserved keys), then the schema, then the checks across fields and of the safety floor.
 * An invalid config also comes with a usable one: the same config with each invalid item left out
 * (see `config/usable.ts`), for the elements to use while the webmaster fixes it.
 */
import { CONFIG_LIMITS } from './limits.js';
import * as z from 'zod/mini';
import { checkShape } from '../util/bounds.js';
import { capProblems, type Problem } from '../util/problems.js';
import { configWarnings, crossChecks, looseFloorChecks } from './checks.js';
import { issuesToProblems } from './issues.js';
import { resolveValidConfig, type ResolvedConfig } from './resolve.js';
import type { ValidationResult } from './result.js';
import { configSchemas, type ConfigInput } from './schema.js';
import { quickValidate } from './quick-validate.js';
import { leaveOut } from './usable.js';
import { nationOf } from './quick-exit-url.js';

export { CONFIG_LIMITS };
export type { ValidationResult };

type Checked =
  | { readonly ok: true; readonly config: ConfigInput; readonly warnings: Problem[] }
  | { readonly ok: false; readonly problems: Problem[]; readonly warnings: Problem[] };

/** Every problem of a config, uncapped, each made by `problemAt` (so its path can be cut). */
function check(input: unknown): Checked {
  const shape = checkShape(input, CONFIG_LIMITS);
  if (shape.length) return { ok: false, problems: shape, warnings: [] };
  const parsed = z.safeParse(configSchemas().configSchema, input);
  if (!parsed.success) {
    const problems = issuesToProblems(parsed.error.issues, input);
    const paths = new Set(problems.map((p) => p.path));
    problems.push(...looseFloorChecks(input).filter((p) => !paths.has(p.path)));
    // Problems first: the warnings (default pathways left on, say) come once the config is valid.
    return { ok: false, problems, warnings: [] };
  }
  const warnings = configWarnings(parsed.data);
  const problems = crossChecks(parsed.data);
  if (problems.length) return { ok: false, problems, warnings };
  return { ok: true, config: parsed.data, warnings };
}

/** How many times the invalid items are left out and the config checked again. */
const ROUNDS = 3;

/** The config with each invalid item left out, resolved; the defaults (with a valid nation) if that fails. */
function usableConfig(input: unknown, problems: readonly Problem[]): { usable: ResolvedConfig; leftOut: string[] } {
  const leftOut: string[] = [];
  // A nation written with capitals or spaces is used as meant (it stays a problem to fix).
  const nation = nationOf(input);
  let current = nation && (input as { nation?: unknown }).nation !== nation ? { ...(input as object), nation } : input;
  let found = problems.filter((p) => current === input || p.path !== '$.nation');
  for (let round = 0; round < ROUNDS; round++) {
    const pruned = leaveOut(current, found);
    if (pruned.input === undefined) break;
    leftOut.push(...pruned.leftOut);
    const again = check(pruned.input);
    if (again.ok) return { usable: resolveValidConfig(again.config), leftOut };
    current = pruned.input;
    found = again.problems;
  }
  return { usable: resolveValidConfig(nation ? { nation } : {}), leftOut: ['$'] };
}

/**
 * Validates a council's config. `ok: false` lists every problem with its JSON path, and gives the
 * config with each invalid item left out as `usable`. A valid config is passed by the quick check
 * (`quickValidate`, no zod), and the schema reads only a config that check does not pass.
 */
export function validateConfig(input: unknown): ValidationResult {
  return quickValidate(input) ?? validateWithSchema(input);
}

/**
 * The same as `validateConfig`, by the schema alone: for a config the quick check did not pass
 * (so it is not checked twice), and for the tests that hold the quick check to the schema.
 */
export function validateWithSchema(input: unknown): ValidationResult {
  const checked = check(input);
  if (checked.ok) {
    const config = resolveValidConfig(checked.config);
    return { ok: true, config, usable: config, leftOut: [], problems: [], warnings: checked.warnings };
  }
  const { usable, leftOut } = usableConfig(input, checked.problems);
  return { ok: false, problems: capProblems(checked.problems), warnings: checked.warnings, usable, leftOut };
}

/** Resolves a config, throwing a readable error listing the problems if it is invalid. */
export function resolveConfig(input: unknown = {}): ResolvedConfig {
  const result = validateConfig(input);
  if (!result.ok) {
    throw new Error(`Invalid RPC Kit config:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  }
  return result.config;
}
