/**
 * The quick config check (config/shape.ts, config/quick-validate.ts), which lets a page with a
 * valid config skip zod: its shape is the schema's, and on any JSON it passes exactly what the
 * schema passes, with the same value. Attacked with the hostile configs of the floor's property
 * tests, and with a full config broken one place at a time.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { CONFIG_SHAPE } from '../src/config/config-shape.generated.js';
import { CONFIG_LIMITS } from '../src/config/limits.js';
import { quickValidate } from '../src/config/quick-validate.js';
import { configSchemas } from '../src/config/schema.js';
import { REFINEMENTS } from '../src/config/refinements.js';
import { configShape, shapeOf } from '../src/config/shape-of.js';
import { accept } from '../src/config/shape.js';
import { validateConfig, validateWithSchema } from '../src/config/validate.js';
import { MESSAGE_IDS } from '../src/i18n/message-ids.js';
import { isProtectedMessage } from '../src/safety/protected.js';
import { checkShape } from '../src/util/bounds.js';
import { rawConfig } from './arbitraries.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const schemaGives = (x: unknown) => {
  const r = z.safeParse(configSchemas().configSchema, x);
  return r.success ? JSON.stringify(r.data) : undefined;
};
const quickGives = (x: unknown) => {
  const out = accept(CONFIG_SHAPE, x);
  return out === undefined ? undefined : JSON.stringify(out);
};

/** Words a council may change. */
const ownWords = MESSAGE_IDS.filter((id) => !isProtectedMessage(id));

let northshire: Json;
/** Every setting the config has, each in use. */
let full: Json;
before(async () => {
  northshire = (await (await fetch('/docs/examples/northshire.config.json')).json()) as Json;
  const n = northshire as { services: Json[]; contacts: Json[] };
  full = {
    ...(northshire as object),
    services: [
      ...n.services,
      {
        id: 'young-carers',
        name: { en: 'Young carers', cy: 'Gofalwyr ifanc' },
        needs: ['children-wellbeing'],
        formats: ['group'],
        areas: ['North', 'Coast'],
        address: '1 High Street',
        email: 'help@northshire.example.gov.uk',
        referral: 'self',
        minAge: 8,
        maxAge: 18,
      },
    ],
    contacts: [
      ...n.contacts,
      { ...(n.contacts[0] as object), id: 'second-line', verified: '2026-11-01', nations: ['england'] },
    ],
    strings: { en: { [ownWords[0]!]: 'Words of our own' }, cy: { [ownWords[1]!]: 'Ein geiriau' } },
    branding: { preset: 'govuk', tokens: { '--rpc-colour-link': '#1d70b8' } },
  } as Json;
});

/** Every place in a JSON value: the path of keys to it. */
function pathsOf(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const k of Object.keys(value)) pathsOf(value[k]!, [...path, k], out);
  return out;
}

/** A copy of the value with what is at `path` changed by `change` (which returns undefined to take it out). */
function changedAt(value: Json, path: readonly (string | number)[], change: (old: Json) => Json | undefined): Json {
  const copy = structuredClone(value);
  if (!path.length) return change(copy) ?? null;
  let holder: Json = copy;
  for (const key of path.slice(0, -1)) holder = (holder as Record<string, Json>)[key]!;
  const last = path[path.length - 1]!;
  const next = change((holder as Record<string, Json>)[last]!);
  if (Array.isArray(holder) && next === undefined) holder.splice(last as number, 1);
  else if (next === undefined) delete (holder as Record<string, Json>)[last];
  else (holder as Record<string, Json>)[last] = next;
  return copy;
}

/** Values a webmaster, or an attacker, might put anywhere. */
const odd = fc.constantFrom<Json>(
  '',
  'x'.repeat(2001),
  'javascript:alert(1)',
  'https://example.org/page',
  'tel:0808 2000 247',
  '0808 2000 247',
  'not a phone',
  'Upper-Case',
  '2026-13-45',
  'england',
  'en',
  'self',
  'group',
  -1,
  0,
  1.5,
  121,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  null,
  [],
  ['x'],
  {},
  { en: 'x' },
  { cy: 'x' },
  // Lengths in characters, not UTF-16 units: 2000 emoji are 4000 units.
  '😀'.repeat(2000),
  '😀'.repeat(2001),
  '\uD800',
  '',
);
const breakings = fc.oneof(
  odd.map((v) => () => v),
  // Any text at all, surrogates too, and a text changed by a character (an id, a phone, a link).
  fc.string({ unit: 'binary', maxLength: 12 }).map((v) => () => v),
  fc.string({ unit: 'binary', maxLength: 2 }).map((v) => (old: Json) => (typeof old === 'string' ? old + v : v)),
  fc.constant(() => undefined),
  fc
    .constantFrom('extra', 'Name', 'toString', '__proto__')
    .map(
      (key) => (old: Json) => (old && typeof old === 'object' && !Array.isArray(old) ? { ...old, [key]: 'x' } : old),
    ),
);

describe('config: the quick check', () => {
  it('has the schema’s shape (config-shape.generated.ts is up to date: npm run build && node scripts/generate-config-shape.mjs)', () => {
    expect(configShape()).to.deep.equal(CONFIG_SHAPE);
  });

  it('stops on anything in a schema it cannot check, rather than passing it', () => {
    expect(() => shapeOf(z.object({ a: z.string() }))).to.throw(/not strict/);
    expect(() => shapeOf(z.string().check(z.refine(() => true)))).to.throw(/not in REFINEMENTS/);
    expect(() => shapeOf(z.number())).to.throw(/whole number/);
    expect(() => shapeOf(z.record(z.enum(['a', 'b']), z.string()))).to.throw(/every key/);
    expect(() => shapeOf(z.record(z.union([z.enum(['a']), z.enum(['b'])]), z.string()))).to.throw(/every key/);
    expect(() => shapeOf(z.nullable(z.string()))).to.throw(/nullable/);
    // A format is on the schema itself, not among its checks.
    expect(() => shapeOf(z.email())).to.throw(/format/);
    expect(() => shapeOf(z.iso.date())).to.throw(/format/);
    // A named check where the quick check would not run it.
    expect(() =>
      shapeOf(z.optional(z.string()).check(z.refine(REFINEMENTS.isSafeLink as (v: unknown) => boolean))),
    ).to.throw(/named check/);
    expect(() => shapeOf(z.boolean().check(z.refine(REFINEMENTS.hasEnglish as (v: unknown) => boolean)))).to.throw(
      /named check/,
    );
    expect(() =>
      shapeOf(z.union([z.string(), z.boolean()]).check(z.refine(REFINEMENTS.isEmail as (v: unknown) => boolean))),
    ).to.throw(/named check/);
    // Every limit holds, not the last one written.
    expect(shapeOf(z.string().check(z.maxLength(3), z.maxLength(50), z.minLength(2), z.minLength(1)))).to.deep.equal({
      t: 'string',
      min: 2,
      max: 3,
    });
  });

  it('passes the example config and one with every setting, as the full check does', () => {
    for (const config of [{}, northshire, full]) {
      const quick = quickValidate(config);
      expect(quick?.ok, JSON.stringify(config).slice(0, 80)).to.equal(true);
      expect(quickGives(config)).to.equal(schemaGives(config));
      expect(validateWithSchema(config)).to.deep.equal(quick);
      expect(validateConfig(config)).to.deep.equal(quick);
    }
  });

  it('passes exactly what the schema passes, with the same value, however a full config is broken', () => {
    fc.assert(
      fc.property(fc.nat(), breakings, fc.boolean(), (at, breaking, twice) => {
        const paths = pathsOf(full);
        let config = changedAt(full, paths[at % paths.length]!, breaking);
        if (twice) {
          const more = pathsOf(config);
          config = changedAt(config, more[(at * 7 + 3) % more.length]!, breaking);
        }
        const schema = schemaGives(config);
        const quick = quickGives(config);
        if (quick !== undefined) expect(quick).to.equal(schema);
        // JSON, within the shape limits: nothing the schema passes is left to it.
        if (schema !== undefined && !checkShape(config, CONFIG_LIMITS).length) expect(quick).to.equal(schema);
        // And the whole result: the same as the schema's path gives, or that path finds a problem.
        const result = quickValidate(config);
        if (result) expect(validateWithSchema(config)).to.deep.equal(result);
        else expect(validateWithSchema(config).ok).to.equal(false);
      }),
      { numRuns: 600 },
    );
  });

  it('passes exactly what the schema passes for the hostile configs that attack the floor', () => {
    fc.assert(
      fc.property(rawConfig, (raw) => {
        const config = JSON.parse(JSON.stringify(raw)) as Json;
        expect(quickGives(config)).to.equal(schemaGives(config));
        const quick = quickValidate(config);
        if (quick) expect(validateWithSchema(config)).to.deep.equal(quick);
        else expect(validateWithSchema(config).ok).to.equal(false);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves to the schema what is not plain JSON, and never passes what the schema refuses', () => {
    const emptyIterator = <T>(items: T[]) =>
      Object.assign(items, {
        [Symbol.iterator]: function* () {
          /* nothing */
        },
      });
    const odds: unknown[] = [
      undefined,
      null,
      [],
      'config',
      { nation: undefined },
      Object.assign(Object.create({ nation: 'wales' }) as object, {}),
      new (class Config {
        nation = 'wales';
      })(),
      { [Symbol('x')]: 1 },
      { council: { name: { cy: 'Cyngor' } } },
      { contacts: [{ id: 'a', name: 'A', topics: ['domestic-abuse'], url: 'javascript:alert(1)' }] },
      { services: [{ id: 'a', name: 'A', needs: ['children-wellbeing'], minAge: 1.5 }] },
      { quickExit: { url: 'tel:999' } },
      { strings: { en: { 'not.an.id': 'x' } } },
      // Lists whose own iterator says something else than their items.
      { locales: emptyIterator(['en']) },
      { contacts: [{ id: 'own-line', name: 'Line', phone: '0800 111', topics: emptyIterator(['bogus']) }] },
      { locales: Object.assign(['en'], { [Symbol.iterator]: () => ['en', 'cy', 'NOT A TAG'][Symbol.iterator]() }) },
      // A value that changes each time it is read.
      Object.defineProperty({}, 'nation', {
        enumerable: true,
        get: (() => {
          let n = 0;
          return () => (n++ ? 'nowhere' : 'wales');
        })(),
      }),
      new Proxy({ nation: 'wales' }, { get: () => 'nowhere' }),
      { council: { name: { en: 'x'.repeat(1999) + '😀' } } },
      { council: { name: { en: '😀'.repeat(2001) } } },
    ];
    for (const config of odds) {
      const out = accept(CONFIG_SHAPE, config);
      if (out === undefined) continue;
      // What passes has the shape, whatever the object did when read: the schema passes the copy as it is.
      expect(schemaGives(out), JSON.stringify(out)).to.equal(JSON.stringify(out));
      if (schemaGives(config) !== undefined) expect(JSON.stringify(out)).to.equal(schemaGives(config));
    }
    expect(quickGives({ nation: undefined })).to.equal(undefined);
    expect(quickGives({ council: { name: { cy: 'Cyngor' } } })).to.equal(undefined);
    expect(quickGives({ locales: emptyIterator(['en']) })).to.equal(JSON.stringify({ locales: ['en'] }));
    // Counted in characters as the schema counts them: 2000 emoji are a text of 2000.
    expect(quickGives({ council: { name: '😀'.repeat(2000) } })).to.not.equal(undefined);
    expect(quickGives({ council: { name: '😀'.repeat(2001) } })).to.equal(undefined);
  });

  it('leaves to the schema a setting found only on the object’s prototype', () => {
    Object.defineProperty(Object.prototype, 'nation', { value: 'wales', writable: true, configurable: true });
    try {
      expect(quickGives({})).to.equal(undefined);
      expect(schemaGives({})).to.equal(JSON.stringify({ nation: 'wales' }));
    } finally {
      delete (Object.prototype as { nation?: unknown }).nation;
    }
    expect(quickGives({})).to.equal('{}');
  });
});
