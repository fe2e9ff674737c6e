/**
 * The quick way to a valid config's result: the same shape check as the full one (depth, sizes,
 * reserved keys), the schema's shape without zod (`config/shape.ts`), then the same checks across
 * fields and of the safety floor. When it gives a result, the full check (`validateConfig`) gives
 * the same one; when it does not (a config with a problem, or one it is not sure of), only the
 * full check can say what is wrong, and what of the config can still be used.
 */
import { checkShape } from '../util/bounds.js';
import { configWarnings, crossChecks } from './checks.js';
import { CONFIG_SHAPE } from './config-shape.generated.js';
import { CONFIG_LIMITS } from './limits.js';
import { resolveValidConfig } from './resolve.js';
import type { ConfigInput } from './schema.js';
import { accept } from './shape.js';
import type { ValidationResult } from './result.js';

/** The result for a valid config, or `undefined`: then the config needs the full check. */
export function quickValidate(input: unknown): Extract<ValidationResult, { ok: true }> | undefined {
  if (checkShape(input, CONFIG_LIMITS).length) return undefined;
  const config = accept(CONFIG_SHAPE, input) as ConfigInput | undefined;
  if (config === undefined || crossChecks(config).length) return undefined;
  const resolved = resolveValidConfig(config);
  return { ok: true, config: resolved, usable: resolved, leftOut: [], problems: [], warnings: configWarnings(config) };
}
