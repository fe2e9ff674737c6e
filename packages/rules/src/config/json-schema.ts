/** The config's JSON Schema, for editors. Kept apart from the browser entry: only the CLI needs it. */
import * as z from 'zod/mini';
import { configSchemas } from './schema.js';

export function configJsonSchema(): object {
  return z.toJSONSchema(configSchemas().configSchema, { unrepresentable: 'any' });
}
