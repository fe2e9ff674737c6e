/**
 * @rpc-kit/rules/validate: config validation alone (zod/mini and the checks), so an element can
 * load it beside its first paint rather than before it. The same function as `validateConfig` in
 * `@rpc-kit/rules`.
 */
export { validateConfig, validateWithSchema, type ValidationResult } from './config/validate.js';
export { prepareConfigSchemas } from './config/schema.js';
