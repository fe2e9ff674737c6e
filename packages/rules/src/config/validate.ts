/**
 * Validating a council's config: plain problems, each with its JSON path.
 */
import * as z from 'zod/mini';
import { configSchema } from './schema.js';
import { crossChecks } from './checks.js';
import { issuesToProblems } from './issues.js';
import type { Problem } from '../util/problems.js';
import { resolveValidConfig, type ResolvedConfig } from './resolve.js';

export type ValidationResult =
  | { readonly ok: true; readonly config: ResolvedConfig; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Validates a council's config. `ok: false` lists every problem with its JSON path. */
export function validateConfig(input: unknown): ValidationResult {
  const parsed = z.safeParse(configSchema, input);
  if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.error.issues, input) };
  const problems = crossChecks(parsed.data);
  if (problems.length) return { ok: false, problems };
  return { ok: true, config: resolveValidConfig(parsed.data), problems: [] };
}

/** Resolves a config, throwing a readable error listing the problems if it is invalid. */
export function resolveConfig(input: unknown = {}): ResolvedConfig {
  const result = validateConfig(input);
  if (!result.ok) {
    throw new Error(`Invalid RPC Kit config:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  }
  return result.config;
}
