/**
 * The config schema's checks that are code rather than shape, each by name: the schema (zod/mini,
 * `config/schema.ts`) and the quick check (`config/shape.ts`) run the very same functions, and the
 * quick check's shape names them (`config/shape-of.ts` writes it from the schema).
 */
import { isSafeLink } from '../util/links.js';
import { isEmail } from '../util/patterns.js';

/** A text by language has an English text. */
export const hasEnglish = (texts: Record<string, unknown>): boolean => 'en' in texts;

/** A way in to a service: a link, a phone number, an email address or words on how. */
export const hasWayIn = (access: { url?: string; phone?: string; email?: string; howTo?: unknown }): boolean =>
  Boolean(access.url || access.phone || access.email || access.howTo);

export const REFINEMENTS = { isSafeLink, isEmail, hasEnglish, hasWayIn } as const;
export type RefinementName = keyof typeof REFINEMENTS;
