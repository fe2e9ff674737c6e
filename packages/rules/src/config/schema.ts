/**
 * The council config: its schema (zod/mini, so it is small enough for browsers), validation
 * with one plain problem per JSON path, and resolution onto the defaults.
 */
import * as z from 'zod/mini';
import { DEFAULT_PATHWAY_IDS } from '../content/pathways.js';
import { MESSAGE_IDS } from '../i18n/message-ids.js';
import { isSafeLink } from '../util/links.js';
import { WEBSITE_LINK } from './quick-exit-url.js';
import { hasEnglish, hasWayIn } from './refinements.js';
import { PRESETS, type Preset } from './tokens.js';
import { LOCALE_TAG, MAX_EMAIL_LENGTH, PHONE, isEmail } from '../util/patterns.js';
import {
  CONFLICT_BANDS,
  CONTACT_TOPICS,
  NATIONS,
  NEEDS,
  PATHWAY_FORMATS,
  PATHWAY_KINDS,
  REFERRALS,
  RELATIONSHIPS,
  STAGES,
} from '../types.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The most pathways, contacts or ids in one list; services can be many more (a directory). */
export const MAX_LIST = 200;
export const MAX_SERVICES = 5000;
const TOO_MANY = 'has too many items';

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);
const listOf = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1, 'must not be empty'));

/**
 * The schemas, made in steps: a browser makes them over several short tasks
 * (`prepareConfigSchemas`) rather than in one long one as the validator loads; everywhere else
 * they are made at once, on first use (`configSchemas`). Each `yield` is a place to pause.
 */
function* steps() {
  const text = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(2000));
  const localeTag = z.string().check(z.regex(LOCALE_TAG, 'must be a language tag such as "en" or "cy"'));

  /** A text a person reads: a plain string (English) or texts by language, with `en`. */
  const localisedSchema = z.union([
    text,
    z.record(localeTag, text).check(z.refine(hasEnglish, 'needs an "en" (English) text')),
  ]);

  const link = z
    .string()
    .check(z.refine(isSafeLink, 'must be a full link starting with https:, http:, tel: or mailto:'));
  const id = z
    .string()
    .check(
      z.maxLength(64, 'must be at most 64 characters'),
      z.regex(ID, 'must be lower-case letters, digits and hyphens, like "my-service"'),
    );
  const phone = z.string().check(z.regex(PHONE, 'must be a phone number, like "0808 2000 247"'));
  const email = z
    .string()
    .check(
      z.maxLength(MAX_EMAIL_LENGTH, `must be an email address (at most ${MAX_EMAIL_LENGTH} characters)`),
      z.refine(isEmail, 'must be an email address'),
    );

  const accessSchema = z
    .strictObject({
      url: z.optional(link),
      phone: z.optional(phone),
      email: z.optional(email),
      referral: z.optional(enumOf(REFERRALS)),
      howTo: z.optional(localisedSchema),
    })
    .check(z.refine(hasWayIn, 'needs at least one way in: url, phone, email or howTo'));

  const eligibilitySchema = z.strictObject({
    relationship: z.optional(listOf(enumOf(RELATIONSHIPS))),
    stage: z.optional(listOf(enumOf(STAGES))),
    conflict: z.optional(listOf(enumOf(CONFLICT_BANDS))),
    childArrangementsDispute: z.optional(z.boolean()),
  });
  yield;

  /** What a council may change in a default pathway. Its kind and whether it is joint work are fixed. */
  const pathwayPatchSchema = z.strictObject({
    enabled: z.optional(z.boolean()),
    name: z.optional(localisedSchema),
    provider: z.optional(localisedSchema),
    description: z.optional(localisedSchema),
    whoFor: z.optional(localisedSchema),
    formats: z.optional(listOf(enumOf(PATHWAY_FORMATS))),
    cost: z.optional(localisedSchema),
    duration: z.optional(localisedSchema),
    access: z.optional(accessSchema),
    eligibility: z.optional(eligibilitySchema),
  });

  const customPathwaySchema = z.strictObject({
    id,
    /** A council's own offer can be kept in config and switched off (for example between terms). */
    enabled: z.optional(z.boolean()),
    name: localisedSchema,
    provider: z.optional(localisedSchema),
    description: localisedSchema,
    whoFor: z.optional(localisedSchema),
    formats: listOf(enumOf(PATHWAY_FORMATS)),
    kind: enumOf(PATHWAY_KINDS),
    /** Both parents take part together. Assumed true unless the council says otherwise. */
    joint: z.optional(z.boolean()),
    cost: z.optional(localisedSchema),
    duration: z.optional(localisedSchema),
    access: accessSchema,
    eligibility: z.optional(eligibilitySchema),
  });
  yield;

  const contactSchema = z.strictObject({
    id,
    name: localisedSchema,
    description: z.optional(localisedSchema),
    phone: z.optional(phone),
    text: z.optional(phone),
    url: z.optional(link),
    /** Where the service's live chat is. */
    chat: z.optional(link),
    email: z.optional(email),
    hours: z.optional(localisedSchema),
    topics: listOf(enumOf(CONTACT_TOPICS)),
    nations: z.optional(listOf(enumOf(NATIONS))),
    source: z.optional(text),
    verified: z.optional(z.string().check(z.regex(DATE, 'must be a date like 2026-11-22'))),
  });

  const serviceSchema = z.strictObject({
    id,
    name: localisedSchema,
    description: z.optional(localisedSchema),
    needs: listOf(enumOf(NEEDS)),
    whoFor: z.optional(localisedSchema),
    formats: z.optional(listOf(enumOf(PATHWAY_FORMATS))),
    areas: z.optional(z.array(text)),
    address: z.optional(text),
    url: z.optional(link),
    phone: z.optional(phone),
    email: z.optional(email),
    hours: z.optional(localisedSchema),
    cost: z.optional(localisedSchema),
    referral: z.optional(enumOf(REFERRALS)),
    minAge: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
    maxAge: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
  });
  yield;

  // Over 600 message ids: made on its own, the longest step.
  const messageId = enumOf(MESSAGE_IDS);
  yield;

  /** The whole council config. Every key is optional: `{}` is a valid config with all defaults on. */
  const configSchema = z.strictObject({
    $schema: z.optional(z.string()),
    council: z.optional(z.strictObject({ name: localisedSchema, url: z.optional(link) })),
    nation: z.optional(enumOf(NATIONS)),
    locales: z.optional(listOf(localeTag)),
    quickExit: z.optional(
      z.strictObject({
        // The quick exit opens another website at once: never a call, an email or a relative link.
        url: z.optional(
          z.string().check(
            z.regex(WEBSITE_LINK, {
              error:
                'must be a website address starting with https:// (or http://), never tel: or mailto: (the quick exit opens another website)',
              abort: true,
            }),
            z.refine(isSafeLink, 'must be a full website address, such as "https://www.bbc.co.uk/weather"'),
          ),
        ),
        safeBrowsingUrl: z.optional(link),
      }),
    ),
    pathways: z.optional(
      z.strictObject({
        allDefaults: z.optional(z.boolean()),
        defaults: z.optional(z.partialRecord(enumOf(DEFAULT_PATHWAY_IDS), z.union([z.boolean(), pathwayPatchSchema]))),
        custom: z.optional(z.array(customPathwaySchema).check(z.maxLength(MAX_LIST, TOO_MANY))),
        order: z.optional(z.array(id).check(z.maxLength(MAX_LIST, TOO_MANY))),
      }),
    ),
    /** Where practitioners refer: the local domestic abuse service, and the MARAC route for high risk. */
    referrals: z.optional(z.strictObject({ domesticAbuse: z.optional(accessSchema), marac: z.optional(accessSchema) })),
    services: z.optional(z.array(serviceSchema).check(z.maxLength(MAX_SERVICES, TOO_MANY))),
    contacts: z.optional(z.array(contactSchema).check(z.maxLength(MAX_LIST, TOO_MANY))),
    strings: z.optional(z.record(localeTag, z.partialRecord(messageId, text))),
    branding: z.optional(
      z.strictObject({
        preset: z.optional(z.enum(PRESETS as unknown as [Preset, ...Preset[]])),
        /** Checked token by token, with contrast, after the shape (see `config/tokens.ts`). */
        tokens: z.optional(z.record(z.string(), z.string().check(z.maxLength(200)))),
      }),
    ),
  });
  return { configSchema, localisedSchema };
}

type Made = ReturnType<typeof steps> extends Generator<unknown, infer R> ? R : never;
let made: Made | undefined;
let making: Promise<Made> | undefined;

/** The config's schema (and a localised text's), made on first use. */
export function configSchemas(): Made {
  if (!made) {
    const step = steps();
    let next = step.next();
    while (!next.done) next = step.next();
    made = next.value;
  }
  return made;
}

/**
 * Makes the schemas in steps, calling `pause` between them (in a browser, `yieldToMain`), so that
 * making them is several short tasks. `configSchemas` then returns them at once.
 */
export function prepareConfigSchemas(pause: () => Promise<void>): Promise<Made> {
  return (making ??= (async () => {
    const step = steps();
    let next = step.next();
    while (!next.done) {
      await pause();
      // Made meanwhile, at once (a config checked before the steps were done)?
      if (made) return made;
      next = step.next();
    }
    return (made = next.value);
  })());
}

export type ConfigSchema = Made['configSchema'];
export type ConfigInput = z.infer<ConfigSchema>;
export type LocalisedInput = z.infer<Made['localisedSchema']>;
