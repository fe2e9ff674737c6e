/**
 * The config's schema as values, for callers that read the schema itself (the config builder's
 * form, the config reference). Made when this module loads: the validator does not import it, so
 * a browser makes the schemas in steps (see `prepareConfigSchemas`).
 */
import { configSchemas } from './schema.js';

/** The whole council config. Every key is optional: `{}` is a valid config with all defaults on. */
export const configSchema = configSchemas().configSchema;
/** A text a person reads: a plain string (English) or texts by language, with `en`. */
export const localisedSchema = configSchemas().localisedSchema;
