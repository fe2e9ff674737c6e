/**
 * The pieces under the form: reading the rules' schema, editing JSON without changing it in
 * place, reading paths back, opening files, and the snippet.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { render } from 'lit';
import {
  CONTACT_TOPICS,
  DEFAULT_PATHWAY_IDS,
  MESSAGE_IDS,
  NATIONS,
  NEEDS,
  PATHWAY_FORMATS,
  PATHWAY_KINDS,
  REFERRALS,
  formatPath,
  type Problem,
} from '@rpc-kit/rules';
import {
  configJsonSchema,
  fieldKind,
  getIn,
  isUnknownKey,
  renameFor,
  keyOrder,
  nodeAt,
  openConfigText,
  parsePath,
  removeIn,
  serialise,
  setIn,
  snippet,
  humanise,
  wordsFor,
  type Json,
  type Path,
} from '../src/index.js';
import { renderField, type FormHost } from '../src/fields.js';
import type { SchemaNode } from '../src/schema.js';

const schema = configJsonSchema();
const kindAt = (path: Path) => fieldKind(nodeAt(schema, path));

describe('the form is read from the rules’ schema', () => {
  it('finds each kind of field where the config has it', () => {
    expect(kindAt(['council', 'name']).kind).to.equal('localised');
    expect(kindAt(['council', 'url']).kind).to.equal('text');
    expect(kindAt(['locales']).kind).to.equal('text-list');
    expect(kindAt(['pathways', 'allDefaults']).kind).to.equal('boolean');
    expect(kindAt(['pathways', 'defaults']).kind).to.equal('record');
    expect(kindAt(['pathways', 'defaults', 'cope']).kind).to.equal('switch-or-object');
    expect(kindAt(['pathways', 'custom']).kind).to.equal('object-list');
    expect(kindAt(['pathways', 'custom', 0, 'access']).kind).to.equal('object');
    expect(kindAt(['services', 0, 'minAge']).kind).to.equal('integer');
    expect(kindAt(['strings']).kind).to.equal('record');
    expect(kindAt(['branding', 'tokens']).kind).to.equal('record');
    expect(kindAt(['nowhere']).kind).to.equal('json');
  });

  it('takes every allowed value from the rules, not from a list of its own', () => {
    const values = (path: Path) => {
      const k = kindAt(path);
      return k.kind === 'enum' || k.kind === 'enum-list' ? k.values : undefined;
    };
    expect(values(['nation'])).to.deep.equal(NATIONS);
    expect(values(['pathways', 'custom', 0, 'formats'])).to.deep.equal(PATHWAY_FORMATS);
    expect(values(['pathways', 'custom', 0, 'kind'])).to.deep.equal(PATHWAY_KINDS);
    expect(values(['pathways', 'custom', 0, 'access', 'referral'])).to.deep.equal(REFERRALS);
    expect(values(['referrals', 'marac', 'referral'])).to.deep.equal(REFERRALS);
    expect(values(['services', 0, 'needs'])).to.deep.equal(NEEDS);
    expect(values(['services', 0, 'referral'])).to.deep.equal(REFERRALS);
    expect(values(['contacts', 0, 'topics'])).to.deep.equal(CONTACT_TOPICS);
    expect(values(['contacts', 0, 'nations'])).to.deep.equal(NATIONS);
    expect(nodeAt(schema, ['pathways', 'defaults'])!.propertyNames!.enum).to.deep.equal(DEFAULT_PATHWAY_IDS);
    expect(nodeAt(schema, ['strings', 'en'])!.propertyNames!.enum).to.deep.equal(MESSAGE_IDS);
  });

  it('knows a misspelt setting from a real one, and the schema’s order of settings', () => {
    expect(isUnknownKey(schema, ['nationn'])).to.equal(true);
    expect(isUnknownKey(schema, ['nation'])).to.equal(false);
    expect(isUnknownKey(schema, ['contacts', 0, 'nmae'])).to.equal(true);
    expect(isUnknownKey(schema, ['pathways', 'defaults', 'cope', 'nmae'])).to.equal(true);
    expect(isUnknownKey(schema, ['strings', 'en'])).to.equal(false);
    expect(isUnknownKey(schema, ['strings', 'en', 'ui.startt'])).to.equal(true);
    expect(isUnknownKey(schema, ['strings', 'en', 'ui.start'])).to.equal(false);
    expect(isUnknownKey(schema, ['pathways', 'defaults', 'copee'])).to.equal(true);
    expect(isUnknownKey(schema, ['branding', 'tokens', 'colour'])).to.equal(false);
    expect(isUnknownKey(schema, ['locales', 0])).to.equal(false);
    expect(keyOrder(schema)([])!.slice(0, 3)).to.deep.equal(['$schema', 'council', 'nation']);
  });

  it('offers to rename a misspelt setting only to a close, known one that is not set already', () => {
    expect(renameFor(schema, ['nationn'], {})).to.equal('nation');
    expect(renameFor(schema, ['nationn'], { nation: 'wales' })).to.equal(undefined);
    expect(renameFor(schema, ['contacts', 0, 'nmae'], { contacts: [{}] })).to.equal('name');
    expect(renameFor(schema, ['strings', 'en', 'ui.startt'], {})).to.equal('ui.start');
    expect(renameFor(schema, ['pathways', 'defaults', 'copee'], {})).to.equal('cope');
    expect(renameFor(schema, ['zzzzzzzz'], {})).to.equal(undefined);
    expect(renameFor(schema, ['nation'], {})).to.equal(undefined);
  });

  it('labels a setting from its words, or else from its name, and shows a schema description as its hint', () => {
    expect(wordsFor(schema, ['pathways', 'custom', 0, 'access', 'url']).label).to.equal('Web page');
    expect(wordsFor(schema, ['quickExit', 'url']).label).to.equal('Where the quick exit goes');
    expect(humanise('safeBrowsingUrl')).to.equal('Safe browsing url');
    const described: SchemaNode = { type: 'object', properties: { brandNew: { type: 'string', description: 'New.' } } };
    expect(wordsFor(described, ['brandNew']).hint).to.equal('New.');
  });
});

describe('editing the config', () => {
  it('returns a new object, keeps the keys a council has in their order, and places new keys as the schema does', () => {
    const order = keyOrder(schema);
    const before = { contacts: [], nation: 'wales' } as Json;
    const after = setIn(before, ['council', 'name'], 'Northshire', order);
    expect(after).to.not.equal(before);
    expect(before).to.deep.equal({ contacts: [], nation: 'wales' });
    // The existing keys keep their order; "council" goes before the first one the schema puts after it.
    expect(Object.keys(after as object)).to.deep.equal(['council', 'contacts', 'nation']);
    const more = setIn(after, ['services', 0, 'id'], 'a', order);
    expect(getIn(more, ['services', 0, 'id'])).to.equal('a');
    expect(Object.keys(more as object)).to.deep.equal(['council', 'services', 'contacts', 'nation']);
  });

  it('removes an emptied setting and the objects it leaves empty, but never a list item', () => {
    const config = { quickExit: { url: 'https://a.example' }, services: [{ id: 'x' }] } as Json;
    expect(removeIn(config, ['quickExit', 'url'])).to.deep.equal({ services: [{ id: 'x' }] });
    expect(removeIn(config, ['services', 0, 'id'])).to.deep.equal({
      quickExit: { url: 'https://a.example' },
      services: [{}],
    });
    expect(removeIn(config, ['services', 0])).to.deep.equal({ quickExit: { url: 'https://a.example' }, services: [] });
    expect(removeIn(config, ['nothing', 'here'])).to.equal(config);
    expect(removeIn(config, ['quickExit', 'url'], (p) => p.length === 1)).to.deep.equal({
      quickExit: {},
      services: [{ id: 'x' }],
    });
  });

  it('reads back every path the rules write, odd keys included', () => {
    const paths: Path[] = [
      [],
      ['nation'],
      ['pathways', 'custom', 3, 'access', 'url'],
      ['strings', 'en', 'ui.start'],
      ['branding', 'tokens', '--rpc-colour-link'],
      ['a "quoted" key'],
    ];
    for (const p of paths) expect(parsePath(formatPath(p))).to.deep.equal(p);
    expect(parsePath('config-src')).to.equal(undefined);
    expect(parsePath('$.a[x]')).to.equal(undefined);
  });

  it('opens any JSON object, valid or not, and refuses only what is not a config at all', () => {
    expect(openConfigText('\uFEFF{"nation": "france"}')).to.deep.equal({ ok: true, config: { nation: 'france' } });
    const broken = openConfigText('{"nation": ');
    expect(broken.ok).to.equal(false);
    expect(!broken.ok && broken.message).to.match(/^is not valid JSON/);
    const list = openConfigText('[1, 2]');
    expect(!list.ok && list.message).to.match(/not a config/);
  });

  it('writes the file as two-space JSON with a final newline', () => {
    expect(serialise({ nation: 'wales', locales: ['en'] })).to.equal(
      '{\n  "nation": "wales",\n  "locales": [\n    "en"\n  ]\n}\n',
    );
  });

  it('makes the snippet for the element chosen, from one folder', () => {
    expect(snippet('rpc-screener', '/rpc-kit/', 'our-council.json')).to.equal(
      '<script type="module" src="/rpc-kit/rpc-screener.js"></script>\n<rpc-screener config-src="/rpc-kit/our-council.json"></rpc-screener>',
    );
    expect(snippet('rpc-signposter-list', 'https://cdn.example/kit', 'north')).to.equal(
      '<script type="module" src="https://cdn.example/kit/rpc-signposter.js"></script>\n<rpc-signposter mode="list" config-src="https://cdn.example/kit/north.json"></rpc-signposter>',
    );
    expect(snippet('rpc-da-check', '/a"b/', 'x.json')).to.contain('src="/a&quot;b/rpc-da-check.js"');
  });
});

/** A form host over a plain object: enough to draw fields for any schema. */
function hostFor(root: SchemaNode, start: Record<string, Json>, problems: Problem[] = []): FormHost & { data: Json } {
  const host = {
    schema: root,
    data: start as Json,
    drafts: new Map<string, string>(),
    locales: [] as string[],
    value: (path: Path) => getIn(host.data, path),
    set: (path: Path, value: Json | undefined) => {
      host.data = value === undefined ? removeIn(host.data, path) : setIn(host.data, path, value);
    },
    addItem: (path: Path, item: Json) => {
      const list = getIn(host.data, path);
      host.data = setIn(host.data, [...path, Array.isArray(list) ? list.length : 0], item);
    },
    problemsAt: (path: Path) => problems.filter((p) => p.path === formatPath(path)),
    problemsWithin: () => 0,
    target: () => undefined,
    announce: () => undefined,
    refresh: () => undefined,
    focusLater: () => undefined,
  };
  return host;
}

describe('a setting added to the schema', () => {
  it('gets a field of its kind with no change to the builder, and its problem beside it', async () => {
    const extended: SchemaNode = {
      type: 'object',
      properties: {
        ...schema.properties,
        helpline: {
          type: 'object',
          properties: {
            openFrom: { type: 'string', description: 'When it answers.' },
            days: { type: 'array', items: { type: 'string', enum: ['mon', 'tue'] } },
            late: { type: 'boolean' },
            odd: { type: 'null' },
          },
          required: ['openFrom'],
          additionalProperties: false,
        },
      },
    };
    const host = hostFor(extended, { helpline: { days: ['tue'], odd: null } }, [
      { path: '$.helpline.openFrom', message: 'is required (a text)' },
    ]);
    const el = fixtureSync<HTMLElement>(html`<form></form>`);
    render(renderField(host, ['helpline']), el);
    expect(el.querySelector('[data-path="$.helpline.openFrom"] label')!.textContent).to.contain('Open from');
    expect(el.querySelector('[data-path="$.helpline.openFrom"] .hint')!.textContent).to.equal('When it answers.');
    expect(el.querySelector('[data-path="$.helpline.openFrom"] .error-message')!.textContent).to.contain('is required');
    const days = Array.from(el.querySelectorAll<HTMLInputElement>('[data-path="$.helpline.days"] input'));
    expect(days.map((d) => d.checked)).to.deep.equal([false, true]);
    expect(el.querySelectorAll('[data-path="$.helpline.late"] input[type="radio"]').length).to.equal(3);
    // What the form cannot draw is still editable, as JSON.
    expect(el.querySelector<HTMLTextAreaElement>('[data-path="$.helpline.odd"] textarea')!.value).to.equal('null');

    const hours = el.querySelector<HTMLInputElement>('[data-path="$.helpline.openFrom"] input')!;
    hours.value = '9 to 5';
    hours.dispatchEvent(new Event('input'));
    days[0]!.click();
    expect(host.data).to.deep.equal({ helpline: { days: ['mon', 'tue'], odd: null, openFrom: '9 to 5' } });
    await expect(el).to.be.accessible();
  });
});
