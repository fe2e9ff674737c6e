/**
 * Validating a council's config: plain problems, each with its JSON path, and warnings that do
 * not make it invalid. Any input at all is answered, quickly: its shape is checked first (depth,
 * sizes, reserved keys), then the schema, then the checks across fields and of the safety floor.
 */
import * as z from 'zod/mini';
import { checkShape } from '../util/bounds.js';
import { capProblems, type Problem } from '../util/problems.js';
import { configWarnings, crossChecks, looseFloorChecks } from './checks.js';
import { issuesToProblems } from './issues.js';
import { resolveValidConfig, type ResolvedConfig } from './resolve.js';
import { configSchema } from './schema.js';

export type ValidationResult =
  | {
      readonly ok: true;
      readonly config: ResolvedConfig;
      readonly problems: readonly [];
      readonly warnings: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] };

/** The limits on a config's shape: generous for any real council, small enough to check at once. */
export const CONFIG_LIMITS = { maxDepth: 12, maxItems: 5000, maxText: 5000, maxValues: 200_000 } as const;

/** Validates a council's config. `ok: false` lists every problem with its JSON path. */
export function validateConfig(input: unknown): ValidationResult {
  const shape = checkShape(input, CONFIG_LIMITS);
  if (shape.length) return { ok: false, problems: shape, warnings: [] };
  const parsed = z.safeParse(configSchema, input);
  if (!parsed.success) {
    const problems = issuesToProblems(parsed.error.issues, input);
    const paths = new Set(problems.map((p) => p.path));
    problems.push(...looseFloorChecks(input).filter((p) => !paths.has(p.path)));
    return { ok: false, problems: capProblems(problems), warnings: [] };
  }
  const warnings = configWarnings(parsed.data);
  const problems = crossChecks(parsed.data);
  if (problems.length) return { ok: false, problems: capProblems(problems), warnings };
  return { ok: true, config: resolveValidConfig(parsed.data), problems: [], warnings };
}

/** Resolves a config, throwing a readable error listing the problems if it is invalid. */
export function resolveConfig(input: unknown = {}): ResolvedConfig {
  const result = validateConfig(input);
  if (!result.ok) {
    throw new Error(`Invalid RPC Kit config:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  }
  return result.config;
}
