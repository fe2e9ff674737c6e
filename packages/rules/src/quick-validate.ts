/**
 * @rpc-kit/rules/quick-validate: the quick config check alone, for an element to load beside its
 * first paint. `quickValidate` gives a valid config's result without zod (the usual case, and all
 * a page with a valid config loads); for any other config, `loadValidator` loads the full check,
 * `@rpc-kit/rules/validate` (zod/mini and the problems' words), which says what is wrong and what
 * of the config can still be used.
 */
import type * as Validate from './validate.js';

export { quickValidate } from './config/quick-validate.js';
export type { ValidationResult } from './config/result.js';

/** The full check, loaded on its own: for a config `quickValidate` does not pass. */
export const loadValidator = (): Promise<typeof Validate> => import('./validate.js');
