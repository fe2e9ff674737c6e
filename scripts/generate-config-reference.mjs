// Writes docs/config-reference.md: every setting of the council config, what it takes, every
// allowed value with its plain meaning, and which elements read it. Generated from the config's
// schema (read as JSON Schema) and the rules' own words for it (packages/rules/src/config/reference.ts),
// so it cannot drift: a value or a setting without words stops this script, and CI runs it with
// --check, failing when the file is not what it would write. Run after `npm run build` (it reads
// the built rules): node scripts/generate-config-reference.mjs [--check]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { readElements } from './elements.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const target = join(root, 'docs', 'config-reference.md');

let rules;
try {
  rules = {
    ...(await import(join(root, 'packages', 'rules', 'dist', 'index.js'))),
    ...(await import(join(root, 'packages', 'rules', 'dist', 'reference.js'))),
  };
} catch (error) {
  console.error(`generate-config-reference: cannot load the built rules (run "npm run build" first): ${error.message}`);
  process.exit(1);
}
const {
  CONFIG_READERS,
  DEFAULT_PATHWAYS,
  MESSAGE_IDS,
  SETTING_REFERENCE,
  THEME_TOKENS,
  VALUE_MEANINGS,
  configSchema,
  isProtectedMessage,
  tokenDefault,
} = rules;
// Every message's own words, whichever element or the rules hold them (the built kit's `messageText`),
// and which element's own words each is (each element's built package exports its table).
const { messageText } = await import(join(root, 'packages', 'kit', 'dist', 'words.js'));
const owner = new Map();
for (const e of readElements()) {
  const own = await import(join(root, 'packages', e.name, 'dist', 'index.js'));
  for (const [name, table] of Object.entries(own))
    if (name.endsWith('_MESSAGES')) for (const id of Object.keys(table)) owner.set(id, e.name);
}

const schema = z.toJSONSchema(configSchema, { unrepresentable: 'any' });
const problems = [];

const code = (v) => `\`${v}\``;
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
const READER_NAMES = {
  'rpc-screener': 'screener',
  'rpc-da-check': 'DA check',
  'rpc-signposter': 'signposter',
  'rpc-help-finder': 'help finder',
  'rpc-practice-audit': 'practice audit',
};
const readers = (list) =>
  list.length ? list.map((r) => `${READER_NAMES[r]} (${code(`<${r}>`)})`).join(', ') : 'no element';

/** The meanings table for an enum, by the name of its setting (`nations` takes the values of `nation`). */
const ENUM_NAMES = { nations: 'nation' };
const LOCALE_TAG = '^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$';
const ID = '^[a-z0-9]+(-[a-z0-9]+)*$';
const LINK_KEYS = new Set(['url', 'chat', 'safeBrowsingUrl']);

/** Where each enum is used, for its section. */
const enumUses = new Map();

const isLocalised = (node) =>
  node.anyOf?.length === 2 && node.anyOf[0].type === 'string' && node.anyOf[1].propertyNames?.pattern === LOCALE_TAG;

/** What a field takes, in plain words. */
function takes(node, key, path) {
  if (isLocalised(node)) return 'text: a string (English) or texts by language, `{"en": "…", "cy": "…"}`';
  if (node.anyOf) return node.anyOf.map((n) => takes(n, key, path)).join(', or ');
  if (node.enum) {
    const name = ENUM_NAMES[key] ?? key;
    enumUses.set(name, [...(enumUses.get(name) ?? []), path]);
    if (!VALUE_MEANINGS[name])
      problems.push(`${path}: the allowed values of "${name}" have no meanings in VALUE_MEANINGS`);
    return `one of ${node.enum.map(code).join(', ')} ([meanings](#${name}))`;
  }
  switch (node.type) {
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
      return `a whole number${node.minimum !== undefined ? ` from ${node.minimum} to ${node.maximum}` : ''}`;
    case 'array': {
      const min = node.minItems ? 'at least one' : 'a list';
      const max = node.maxItems ? ` (at most ${node.maxItems})` : '';
      return `${min === 'a list' ? 'a list of' : 'a list of at least one:'} ${takes(node.items, key, path)}${max}`;
    }
    case 'object':
      return 'an object (below)';
    case 'string':
      if (node.pattern === ID) return 'an id: lower-case letters, digits and hyphens, like `my-service` (at most 64)';
      if (node.pattern === LOCALE_TAG) return 'a language tag such as `en` or `cy`';
      if (node.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'a date like `2026-11-22`';
      if (node.pattern?.includes('0-9 ()-')) return 'a phone number, like `0808 2000 247`';
      if (node.pattern === '^https?:\\/\\/') return 'a website address starting with `https://`';
      if (LINK_KEYS.has(key)) return 'a full link starting with `https:`, `http:`, `tel:` or `mailto:`';
      if (key === 'email') return 'an email address';
      return 'text';
    default:
      return 'anything (checked when used)';
  }
}

/** Every field under a node, as table rows: path, what it takes, required. */
function fields(node, path, rows, required = false) {
  const key = path
    .split(/[.[\]]/)
    .filter(Boolean)
    .at(-1);
  if (isLocalised(node) || node.enum || (node.type !== 'object' && node.type !== 'array') || node.anyOf) {
    rows.push([code(path), takes(node, key, path), required ? 'yes' : '']);
    return;
  }
  if (node.type === 'array') {
    if (node.items.type === 'object') {
      rows.push([
        code(path),
        `a list${node.maxItems ? ` (at most ${node.maxItems})` : ''} of objects with:`,
        required ? 'yes' : '',
      ]);
      fields(node.items, `${path}[]`, rows);
    } else rows.push([code(path), takes(node, key, path), required ? 'yes' : '']);
    return;
  }
  if (node.properties) {
    if (path.includes('.')) rows.push([code(path), 'an object with:', required ? 'yes' : '']);
    for (const [name, child] of Object.entries(node.properties))
      fields(child, `${path}.${name}`, rows, (node.required ?? []).includes(name));
    return;
  }
  rows.push([code(path), 'an object (below)', required ? 'yes' : '']);
}

const lines = [];
const say = (...more) => lines.push(...more);

say(
  '# Config reference: every setting and allowed value',
  '',
  'Every setting of the council config, what it takes, what each allowed value means and which',
  'elements read it. This page is made from the rules themselves, so it always matches what the',
  'elements accept. How to write and check a config: [config.md](config.md); the form that writes',
  'it for you: [config-builder.md](config-builder.md).',
  '',
  'Every setting is optional: `{}` is a valid config, with every default on. A path such as',
  '`pathways.custom[].access.url` means: under `pathways`, in `custom`, in each item of the list,',
  'under `access`, the `url`. Problems are reported at such paths, with `$` for the whole file and',
  'the item’s number, as in `$.pathways.custom[0].access.url`.',
  '',
  '## Before you publish',
  '',
  '- **Default pathways stay on unless you switch them off.** Each default pathway',
  `  ([the list](#default-pathways)) is offered to families unless your config says otherwise. Switch`,
  '  off each one your council does not run with `false` under `pathways.defaults`, for example',
  '  `{"pathways": {"defaults": {"mediation": false}}}`, or start with every one off with',
  '  `{"pathways": {"allDefaults": false}}` and switch on only those you run with `true`.',
  '  The config builder lists (and `npx @rpc-kit/rules validate` warns of) each default pathway that',
  '  is on only because your config does not say.',
  '- **A domestic abuse service under `services` appears only in the help finder**, never in the',
  '  screener’s result or the signposter. To have the screener offer your local domestic abuse',
  '  service, add it under `pathways.custom` with `"kind": "domestic-abuse"` (it is then shown with',
  '  the helpline wherever there is a sign of abuse), or under `contacts` with the topic',
  '  `domestic-abuse`.',
  '- **999 and the national helplines are not settings.** They are on every result that touches',
  '  abuse, first where they lead, and behind "Need help now?" on every question, whatever the config',
  '  says; no setting switches them off or replaces them.',
  '',
  '## Which element reads what',
  '',
);
const readHead = ['setting', ...CONFIG_READERS.map((r) => READER_NAMES[r])];
const readRows = Object.entries(SETTING_REFERENCE).map(([name, ref]) => [
  code(name),
  ...CONFIG_READERS.map((r) => (ref.readBy.includes(r) ? 'yes' : '')),
]);
say(table(readHead, readRows), '');
say('The config builder reads every setting, to show it in its form.', '');

// Every top-level setting, with its fields.
say('## Settings', '');
const topLevel = Object.keys(schema.properties);
for (const name of topLevel) {
  if (!SETTING_REFERENCE[name]) problems.push(`${name}: no words in SETTING_REFERENCE`);
}
for (const name of Object.keys(SETTING_REFERENCE)) {
  const top = name.split('.')[0];
  if (!topLevel.includes(top)) problems.push(`SETTING_REFERENCE names ${name}, which the schema does not have`);
}
for (const name of topLevel) {
  const ref = SETTING_REFERENCE[name] ?? { what: '', readBy: [] };
  const node = schema.properties[name];
  say(
    `### \`${name}\``,
    '',
    ref.what,
    '',
    `Read by: ${readers(ref.readBy)}.${ref.unset ? ` If not set: ${ref.unset}` : ''}`,
    '',
  );
  for (const [sub, subRef] of Object.entries(SETTING_REFERENCE)) {
    if (!sub.startsWith(`${name}.`)) continue;
    say(
      `- ${code(sub)}: ${subRef.what}${subRef.readBy.join() !== ref.readBy.join() ? ` Read by: ${readers(subRef.readBy)}.` : ''}${subRef.unset ? ` If not set: ${subRef.unset}` : ''}`,
    );
  }
  if (Object.keys(SETTING_REFERENCE).some((s) => s.startsWith(`${name}.`))) say('');
  const rows = [];
  if (name === 'pathways') {
    const defaults = node.properties.defaults;
    const patch = defaults.additionalProperties.anyOf.find((n) => n.type === 'object');
    rows.push([
      '`pathways.allDefaults`',
      takes(node.properties.allDefaults, 'allDefaults', 'pathways.allDefaults'),
      '',
    ]);
    rows.push([
      '`pathways.defaults.<id>`',
      `for a [default pathway's id](#default-pathways): \`true\` (on), \`false\` (off), or an object with:`,
      '',
    ]);
    fields(patch, 'pathways.defaults.<id>', rows);
    rows.splice(2, 1); // the object's own row: said in the row above
    fields(node.properties.custom, 'pathways.custom', rows);
    fields(node.properties.order, 'pathways.order', rows);
  } else if (name === 'strings') {
    rows.push([
      '`strings.<language>.<message id>`',
      'text: your words for that message in that language (a language tag such as `en` or `cy`; [the message ids](#message-ids))',
      '',
    ]);
  } else if (name === 'branding') {
    rows.push(['`branding.preset`', takes(node.properties.preset, 'preset', 'branding.preset'), '']);
    rows.push([
      '`branding.tokens.<token>`',
      'a colour, length or font stack for a [token](#branding-tokens) (no `url()`; text and helplines must stay readable)',
      '',
    ]);
  } else if (name === 'referrals') {
    for (const [sub, child] of Object.entries(node.properties)) {
      rows.push([
        code(`referrals.${sub}`),
        'a way in, an object with (at least one of `url`, `phone`, `email`, `howTo`):',
        '',
      ]);
      for (const [f, n] of Object.entries(child.properties)) fields(n, `referrals.${sub}.${f}`, rows);
    }
  } else {
    fields(node, name, rows);
  }
  if (rows.length) say(table(['path', 'what it takes', 'needed'], rows), '');
}
say(
  'A way in (`access`) needs at least one of `url`, `phone`, `email` or `howTo`. Texts a person reads',
  'take a plain string (English) or texts by language with `en`; where a Welsh text is missing,',
  'Welsh readers see the English.',
  '',
);

// The allowed values, with their meanings.
say('## Allowed values', '');
for (const [name, meanings] of Object.entries(VALUE_MEANINGS)) {
  const uses = enumUses.get(name) ?? [];
  if (!uses.length) problems.push(`VALUE_MEANINGS.${name}: no setting takes these values`);
  const values = new Set();
  // The values the schema allows, from every place that takes them.
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, path));
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties') for (const [p, child] of Object.entries(v)) collect(child, p);
      else walk(v, path);
    }
  };
  const collect = (node, key) => {
    if ((ENUM_NAMES[key] ?? key) === name) {
      const en = node.enum ?? node.items?.enum;
      en?.forEach((v) => values.add(v));
    }
    walk(node, key);
  };
  walk(schema, '');
  for (const v of values) if (!(v in meanings)) problems.push(`VALUE_MEANINGS.${name}: no meaning for "${v}"`);
  for (const v of Object.keys(meanings))
    if (!values.has(v)) problems.push(`VALUE_MEANINGS.${name}: "${v}" is not allowed by the schema`);
  say(`### ${name}`, '', `Used in ${uses.map(code).join(', ')}.`, '');
  say(
    table(
      ['value', 'what it means'],
      [...values].map((v) => [code(v), meanings[v] ?? '']),
    ),
    '',
  );
}

// The default pathways.
const defaultIds = schema.properties.pathways.properties.defaults.propertyNames.enum;
say(
  '### Default pathways',
  '',
  'The ids under `pathways.defaults`. Each is **on unless your config switches it off** (`false`, or',
  '`allDefaults: false`). Its kind and whether both parents take part are fixed; you can change its',
  'words, links, formats and who it is for.',
  '',
);
const kindName = {
  conflict: 'conflict',
  support: 'support',
  mediation: 'mediation',
  'domestic-abuse': 'domestic abuse',
};
say(
  table(
    ['id', 'name', 'kind', 'both parents together', 'formats'],
    defaultIds.map((id) => {
      const p = DEFAULT_PATHWAYS.find((x) => x.id === id);
      if (!p) problems.push(`default pathway ${id}: not in DEFAULT_PATHWAYS`);
      return [
        code(id),
        p?.name.en ?? '',
        kindName[p?.kind] ?? '',
        p?.joint ? 'yes' : 'no',
        (p?.formats ?? []).map(code).join(', '),
      ];
    }),
  ),
  '',
);

// Branding tokens.
say(
  '### Branding tokens',
  '',
  'The names under `branding.tokens`, with their defaults. More in [theming.md](theming.md).',
  '',
);
say(
  table(
    ['token', 'what it styles', '`govuk` and `plain`', '`nhs`'],
    Object.entries(THEME_TOKENS).map(([name, spec]) => [
      code(name),
      spec.description,
      code(tokenDefault(name, 'govuk')),
      code(tokenDefault(name, 'nhs')),
    ]),
  ),
  '',
);

// Message ids.
say(
  '### Message ids',
  '',
  'The ids under `strings.<language>`, with the English words. Those marked **safety** cannot be',
  'changed: a config that tries is refused. Where an element is named, only that element shows it.',
  '',
);
const english = (id) => {
  const text = messageText(id, 'parent', 'en').replace(/\s+/g, ' ');
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
};
const allIds = MESSAGE_IDS;
say(
  table(
    ['id', 'shown by', 'English', 'can change'],
    allIds.map((id) => [
      code(id),
      owner.has(id) ? (READER_NAMES[`rpc-${owner.get(id)}`] ?? owner.get(id)) : 'any',
      english(id),
      isProtectedMessage(id) ? '**safety**: no' : 'yes',
    ]),
  ),
  '',
);

say(
  '---',
  '',
  '_This page is generated from the rules by `scripts/generate-config-reference.mjs`: to change it,',
  'change `packages/rules/src/config/reference.ts` or the schema, run `npm run build`, then',
  '`node scripts/generate-config-reference.mjs`. CI fails when it is out of date._',
);

const text = `${lines
  .join('\n')
  .replace(/\n{3,}/g, '\n\n')
  .trim()}\n`;

if (problems.length) {
  console.error(
    `generate-config-reference: the words do not cover the schema:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error(
      'docs/config-reference.md is out of date: run "npm run build && node scripts/generate-config-reference.mjs" and commit it.',
    );
    process.exit(1);
  }
  console.log('docs/config-reference.md is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote docs/config-reference.md (${text.length} characters).`);
}
