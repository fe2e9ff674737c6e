import { expect } from '@open-wc/testing';
import { validateConfig, resolveConfig } from '../src/config/validate.js';
import { suggestKey } from '../src/config/suggest.js';
import { defaultPathwaysOnUnsaid } from '../src/config/checks.js';
import { DEFAULT_CONFIG, defaultConfigFor, resolveValidConfig } from '../src/config/resolve.js';
import { FIRST_SCREEN_CONFIG, firstScreenConfigFor, isFirstScreenConfig } from '../src/config/defaults.js';
import { NATIONS } from '../src/types.js';
import { nationOf, quickExitUrlOf } from '../src/config/quick-exit-url.js';
import fc from 'fast-check';
import { configJsonSchema } from '../src/config/json-schema.js';
import type * as SchemaModule from '../src/config/schema.js';
import { isSafeLink, telLink } from '../src/util/links.js';
import { formatPath } from '../src/util/problems.js';
import { DEFAULT_PATHWAY_IDS } from '../src/content/pathways.js';

const problemsOf = (config: unknown) => {
  const r = validateConfig(config);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('config: validation', () => {
  it('accepts an empty config, with every default pathway on and England’s helpline', () => {
    const r = validateConfig({});
    expect(r.ok).to.equal(true);
    expect(DEFAULT_CONFIG.nation).to.equal('england');
    expect(DEFAULT_CONFIG.pathways.map((p) => p.id)).to.deep.equal(DEFAULT_PATHWAY_IDS);
    expect(DEFAULT_CONFIG.quickExitUrl).to.match(/^https:/);
  });

  it('holds, for a first screen, the defaults without their pathways (never different in anything else)', () => {
    expect(FIRST_SCREEN_CONFIG.pathways).to.deep.equal([]);
    expect({ ...FIRST_SCREEN_CONFIG, pathways: DEFAULT_CONFIG.pathways }).to.deep.equal(DEFAULT_CONFIG);
    // The national contacts themselves (the same objects), so their Welsh and practitioners' words apply.
    expect(FIRST_SCREEN_CONFIG.contacts.every((c, i) => c === DEFAULT_CONFIG.contacts[i])).to.equal(true);
  });

  it('holds, for a first screen in a nation, the same with that nation; a result uses the nation’s defaults', () => {
    expect(firstScreenConfigFor('england')).to.equal(FIRST_SCREEN_CONFIG);
    expect(defaultConfigFor('england')).to.equal(DEFAULT_CONFIG);
    for (const nation of NATIONS) {
      const first = firstScreenConfigFor(nation);
      expect(first).to.deep.equal({ ...FIRST_SCREEN_CONFIG, nation });
      // The same object each time: an element can tell it from a council's config with no pathways.
      expect(firstScreenConfigFor(nation)).to.equal(first);
      expect(isFirstScreenConfig(first)).to.equal(true);
      expect(defaultConfigFor(nation)).to.deep.equal(resolveValidConfig({ nation }));
      expect(defaultConfigFor(nation)).to.equal(defaultConfigFor(nation));
      expect({ ...first, pathways: defaultConfigFor(nation).pathways }).to.deep.equal(defaultConfigFor(nation));
    }
    // A council's own config is never taken for a first screen's, even one with no pathways on.
    expect(isFirstScreenConfig(DEFAULT_CONFIG)).to.equal(false);
    expect(isFirstScreenConfig({ ...FIRST_SCREEN_CONFIG })).to.equal(false);
    expect(isFirstScreenConfig(resolveValidConfig({ nation: 'wales', pathways: { allDefaults: false } }))).to.equal(
      false,
    );
  });

  it('reads the nation of a config not yet checked as the check would use it, and nothing else', () => {
    expect(nationOf({ nation: 'wales' })).to.equal('wales');
    expect(nationOf({ nation: ' Northern Ireland ' })).to.equal('northern-ireland');
    expect(nationOf({ nation: 'SCOTLAND', services: 'nope' })).to.equal('scotland');
    for (const raw of [undefined, null, 'wales', ['wales'], {}, { nation: 'wakes' }, { nation: 3 }])
      expect(nationOf(raw), JSON.stringify(raw)).to.equal(undefined);
    // Read once, as data: no getter runs, nothing inherited counts.
    let reads = 0;
    const getter = Object.defineProperty({}, 'nation', { get: () => (reads++, 'wales'), enumerable: true });
    expect(nationOf(getter)).to.equal(undefined);
    expect(reads).to.equal(0);
    expect(nationOf(Object.create({ nation: 'wales' }))).to.equal(undefined);
  });

  describe('default pathways on because the config does not say', () => {
    const warningOf = (config: unknown) =>
      validateConfig(config).warnings.filter((w) => w.path === '$.pathways.defaults');

    it('warns, naming every default pathway an empty config leaves on, without making it invalid', () => {
      const r = validateConfig({});
      expect(r.ok).to.equal(true);
      const [warning, ...more] = warningOf({});
      expect(more).to.have.length(0);
      expect(warning!.message).to.contain(`${DEFAULT_PATHWAY_IDS.length} default pathways are on only because`);
      for (const id of DEFAULT_PATHWAY_IDS) expect(warning!.message).to.contain(id);
      expect(defaultPathwaysOnUnsaid({})).to.deep.equal(DEFAULT_PATHWAY_IDS);
    });

    it('names only the ones not chosen: false, true or changed words all count as a choice', () => {
      const chosen = { mediation: false, cope: true, 'arguing-better': { cost: 'Free' } };
      const unsaid = DEFAULT_PATHWAY_IDS.filter((id) => !(id in chosen));
      expect(defaultPathwaysOnUnsaid({ pathways: { defaults: chosen } })).to.deep.equal(unsaid);
      const [warning] = warningOf({ pathways: { defaults: chosen } });
      expect(warning!.message).to.contain(unsaid.join(', '));
      expect(warning!.message).not.to.match(/\bmediation\b|\bcope\b|arguing-better/);
    });

    it('says nothing when every default is chosen, or all start off', () => {
      const all = Object.fromEntries(DEFAULT_PATHWAY_IDS.map((id) => [id, true]));
      expect(warningOf({ pathways: { defaults: all } })).to.have.length(0);
      expect(warningOf({ pathways: { allDefaults: false } })).to.have.length(0);
      expect(warningOf({ pathways: { allDefaults: false, defaults: { cope: true } } })).to.have.length(0);
    });

    it('reads a config with problems, or any input, without throwing (for the builder, as a form is filled in)', () => {
      const r = validateConfig({ nation: 'mars', pathways: { defaults: { mediation: false } } });
      expect(r.ok).to.equal(false);
      expect(defaultPathwaysOnUnsaid({ nation: 'mars', pathways: { defaults: { mediation: false } } })).to.deep.equal(
        DEFAULT_PATHWAY_IDS.filter((id) => id !== 'mediation'),
      );
      for (const odd of [null, 7, 'x', [], { pathways: [] }, { pathways: { defaults: 'no' } }])
        expect(defaultPathwaysOnUnsaid(odd)).to.deep.equal(DEFAULT_PATHWAY_IDS);
    });

    it('never names the safety floor: 999 and the national helplines are not pathways', () => {
      const [warning] = warningOf({});
      for (const id of ['emergency-999', 'national-da-helpline', 'live-fear-free', 'respect-phoneline'])
        expect(warning!.message).not.to.contain(id);
      expect(warning!.message).to.contain('999 and the national helplines are not pathways');
      // Switching every pathway off leaves the helplines in the resolved config.
      const off = resolveConfig({ pathways: { allDefaults: false } });
      expect(off.pathways).to.have.length(0);
      expect(off.contacts.map((c) => c.id)).to.include.members(['emergency-999', 'national-da-helpline']);
    });
  });

  it('names the path of every unknown key, and suggests the likely one', () => {
    const problems = problemsOf({ natoin: 'wales', pathways: { custm: [] } });
    expect(problems).to.include('$.natoin: is not a known setting (did you mean "nation"?)');
    expect(problems).to.include('$.pathways.custm: is not a known setting (did you mean "custom"?)');
  });

  it('rejects unsafe links with their paths', () => {
    const bad = [
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://example.org',
      '/relative',
      'https://',
      ' https://x.uk',
    ];
    for (const url of bad) {
      const problems = problemsOf({
        pathways: {
          custom: [{ id: 'x', name: 'X', description: 'X', formats: ['group'], kind: 'conflict', access: { url } }],
        },
      });
      expect(problems, url).to.deep.equal([
        '$.pathways.custom[0].access.url: must be a full link starting with https:, http:, tel: or mailto:',
      ]);
    }
  });

  it('sends the quick exit only to a website: never a call, an email or a relative link', () => {
    for (const url of ['tel:999', 'mailto:help@example.gov.uk', '/weather', 'javascript:alert(1)']) {
      expect(problemsOf({ quickExit: { url } }), url).to.deep.equal([
        '$.quickExit.url: must be a website address starting with https:// (or http://), never tel: or mailto: (the quick exit opens another website)',
      ]);
    }
    expect(problemsOf({ quickExit: { url: 'https://' } })).to.deep.equal([
      '$.quickExit.url: must be a full website address, such as "https://www.bbc.co.uk/weather"',
    ]);
    expect(problemsOf({ quickExit: { url: 'http://www.example.org/weather' } })).to.deep.equal([]);
  });

  it('reads a quick exit address before the check only where the check accepts it (quickExitUrlOf)', () => {
    const agrees = (url: unknown) => {
      const checked = validateConfig({ quickExit: { url } });
      expect(quickExitUrlOf({ quickExit: { url } }), String(url)).to.equal(
        checked.ok ? checked.config.quickExitUrl : undefined,
      );
    };
    for (const url of [
      'https://www.example.org/weather',
      'HTTP://example.org',
      'javascript:alert(1)',
      'tel:999',
      'mailto:a@example.org',
      '/weather',
      '//example.org',
      ' https://example.org',
      'https://example.org/\nweather',
      'https://',
      '',
      42,
      null,
      ['https://example.org'],
    ])
      agrees(url);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.string().map((s) => `https://${s}`),
        ),
        agrees,
      ),
    );
    // Around the address: other keys, and an address too long for a config's text.
    agrees(`https://www.example.org/?${'a'.repeat(5000)}`);
    fc.assert(
      fc.property(fc.webUrl(), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), (url, extra) => {
        const raw = { quickExit: { ...extra, url } };
        const checked = validateConfig(raw);
        const early = quickExitUrlOf(raw);
        if (early !== undefined)
          expect(checked.ok ? checked.config.quickExitUrl : checked.usable.quickExitUrl).to.equal(early);
      }),
    );
    // Only a config's own plain values: not an array, an inherited value or a getter.
    expect(quickExitUrlOf({ quickExit: Object.assign([], { url: 'https://example.org' }) })).to.equal(undefined);
    expect(quickExitUrlOf(Object.create({ quickExit: { url: 'https://example.org' } }))).to.equal(undefined);
    const getter = {
      get url() {
        return 'https://example.org';
      },
    };
    expect(quickExitUrlOf({ quickExit: getter })).to.equal(undefined);
    for (const raw of [
      undefined,
      null,
      'https://example.org',
      { quickExit: 'https://example.org' },
      { quickExit: null },
    ])
      expect(quickExitUrlOf(raw)).to.equal(undefined);
  });

  it('checks links, phones and emails', () => {
    expect(isSafeLink('https://www.example.gov.uk/family-hub')).to.equal(true);
    expect(isSafeLink('http://example.org')).to.equal(true);
    expect(isSafeLink('tel:08082000247')).to.equal(true);
    expect(isSafeLink('mailto:hub@example.gov.uk')).to.equal(true);
    expect(isSafeLink('mailto:nobody')).to.equal(false);
    expect(isSafeLink('tel:call-me')).to.equal(false);
    expect(isSafeLink('java\nscript:alert(1)')).to.equal(false);
    expect(isSafeLink('not a link')).to.equal(false);
    expect(telLink('0808 2000 247')).to.equal('tel:08082000247');
    expect(
      problemsOf({ contacts: [{ id: 'a', name: 'A', topics: ['general'], phone: 'call us', email: 'nope' }] }),
    ).to.deep.equal([
      '$.contacts[0].phone: must be a phone number, like "0808 2000 247"',
      '$.contacts[0].email: must be an email address',
    ]);
  });

  it('explains wrong types, values, empty lists and missing fields', () => {
    const problems = problemsOf({
      nation: 'france',
      locales: [],
      council: { name: 5 },
      pathways: {
        allDefaults: 'yes',
        defaults: { cope: 'maybe', 'not-a-pathway': true },
        custom: [{ id: 'no-name' }],
      },
      services: [{ id: 'Bad Id', name: { cy: 'Enw' }, needs: ['conflict-together'], minAge: 10, maxAge: 5 }],
      contacts: [{ name: 'No id', topics: ['general'] }],
    });
    expect(problems).to.include('$.nation: must be one of: "england", "wales", "scotland", "northern-ireland"');
    expect(problems).to.include('$.locales: must not be empty');
    expect(problems).to.include('$.council.name: must be a text or an object');
    expect(problems).to.include('$.pathways.allDefaults: must be true or false');
    expect(problems).to.include('$.pathways.defaults.cope: must be true or false or an object');
    expect(problems.some((p) => p.startsWith('$.pathways.defaults.not-a-pathway: is not a known setting'))).to.equal(
      true,
    );
    expect(problems).to.include('$.services[0].id: must be lower-case letters, digits and hyphens, like "my-service"');
    expect(problems).to.include('$.services[0].name: needs an "en" (English) text');
    expect(problems).to.include('$.contacts[0].id: is required (a text)');
    // Missing, not of the wrong kind: said as such, where either kind would do.
    expect(problems.filter((p) => p.startsWith('$.pathways.custom[0].name'))).to.deep.equal([
      '$.pathways.custom[0].name: is required (a text or an object)',
    ]);
  });

  it('a default pathway cannot be made non-joint or re-kinded by config', () => {
    const problems = problemsOf({ pathways: { defaults: { cope: { joint: false, kind: 'support' } } } });
    expect(problems).to.include('$.pathways.defaults.cope.joint: is not a known setting');
    expect(problems).to.include('$.pathways.defaults.cope.kind: is not a known setting');
  });

  it('checks ids across the config', () => {
    const custom = (id: string) => ({
      id,
      name: id,
      description: 'd',
      formats: ['group'],
      kind: 'support',
      access: { howTo: 'Ask' },
    });
    const problems = problemsOf({
      pathways: { custom: [custom('cope'), custom('mine'), custom('mine')], order: ['mine', 'arguing-beter'] },
      contacts: [
        { id: 'a', name: 'A', topics: ['general'] },
        { id: 'a', name: 'A', topics: ['general'] },
      ],
      services: [
        { id: 's', name: 'S', needs: ['separating'], minAge: 10, maxAge: 5 },
        { id: 's', name: 'S', needs: ['separating'] },
      ],
    });
    expect(problems).to.deep.equal([
      '$.pathways.custom[0].id: "cope" is a default pathway: change it under pathways.defaults instead',
      '$.pathways.custom[2].id: "mine" is used twice',
      '$.pathways.order[1]: "arguing-beter" is not a pathway (did you mean "arguing-better"?)',
      '$.contacts[1].id: "a" is used twice',
      '$.services[1].id: "s" is used twice',
      '$.services[0].maxAge: must not be less than minAge',
    ]);
  });

  it('needs a way into every custom pathway, and valid branding tokens and strings', () => {
    const problems = problemsOf({
      pathways: { custom: [{ id: 'x', name: 'X', description: 'X', formats: ['group'], kind: 'support', access: {} }] },
      branding: { preset: 'pink', tokens: { color: 'red', '--rpc-colour-link': 'red; background: url(x)' } },
      strings: { cy: { 'reason.nope': 'x' }, 'not a tag': {} },
    });
    expect(problems).to.include('$.pathways.custom[0].access: needs at least one way in: url, phone, email or howTo');
    expect(problems).to.include('$.branding.preset: must be one of: "govuk", "nhs", "plain"');
    expect(problems).to.include(
      '$.branding.tokens.color: is not a token RPC Kit uses: see docs/theming.md for the list',
    );
    expect(
      problems.some((p) => p.startsWith('$.branding.tokens["--rpc-colour-link"]: must be a colour like')),
    ).to.equal(true);
    expect(problems).to.include('$.strings.cy["reason.nope"]: is not a known setting');
    expect(problems.some((p) => p.startsWith('$.strings["not a tag"]: has a name that is not allowed'))).to.equal(true);
  });

  it('says when the whole config is not an object', () => {
    expect(problemsOf('hello')).to.deep.equal(['$: must be an object']);
    expect(problemsOf([])).to.deep.equal(['$: must be an object']);
  });

  it('formats paths and suggestions', () => {
    expect(formatPath([])).to.equal('$');
    expect(formatPath(['a', 0, 'b c', 'd-e'])).to.equal('$.a[0]["b c"].d-e');
    expect(suggestKey('pathway', ['pathways', 'nation'])).to.equal('pathways');
    expect(suggestKey('zzzzzz', ['pathways', 'nation'])).to.equal(undefined);
  });

  it('throws a readable error from resolveConfig', () => {
    expect(() => resolveConfig({ nation: 'mars' })).to.throw(/\$\.nation: must be one of/);
  });
});

describe('config: resolution', () => {
  it('switches defaults off and on, and patches their text and links', () => {
    const c = resolveConfig({
      nation: 'wales',
      pathways: {
        allDefaults: false,
        defaults: {
          cope: {
            access: { url: 'https://example.gov.uk/cope', referral: 'practitioner' },
            cost: { en: 'Free', cy: 'Am ddim' },
          },
          'arguing-better': true,
          mediation: { enabled: false, name: 'Ignored' },
        },
      },
    });
    expect(c.nation).to.equal('wales');
    expect(c.pathways.map((p) => p.id)).to.deep.equal(['arguing-better', 'cope']);
    const cope = c.pathways.find((p) => p.id === 'cope')!;
    expect(cope.access.url).to.equal('https://example.gov.uk/cope');
    expect(cope.cost).to.deep.equal({ en: 'Free', cy: 'Am ddim' });
    expect(cope.joint).to.equal(true);
    expect(resolveConfig({ pathways: { defaults: { cope: false } } }).pathways.map((p) => p.id)).not.to.include('cope');
  });

  it('adds custom pathways, assumed joint unless the council says not', () => {
    const base = { name: 'N', description: 'D', formats: ['group'], access: { email: 'a@b.uk', howTo: 'Email us' } };
    const c = resolveConfig({
      pathways: {
        custom: [
          { id: 'a', kind: 'conflict', ...base },
          { id: 'b', kind: 'conflict', joint: false, ...base, whoFor: 'Mums' },
          { id: 'c', kind: 'mediation', joint: false, ...base },
          { id: 'd', kind: 'domestic-abuse', ...base },
        ],
      },
    });
    const byId = Object.fromEntries(c.pathways.map((p) => [p.id, p]));
    expect([byId.a!.joint, byId.b!.joint, byId.c!.joint, byId.d!.joint]).to.deep.equal([true, false, true, false]);
    expect(byId.a!.whoFor).to.deep.equal({ en: 'D' });
    expect(byId.b!.whoFor).to.deep.equal({ en: 'Mums' });
    expect(byId.a!.access.howTo).to.deep.equal({ en: 'Email us' });
    expect(byId.a!.builtIn).to.equal(false);
  });

  it('merges council contacts, services, strings and branding', () => {
    const c = resolveConfig({
      council: { name: 'Northshire Council', url: 'https://northshire.example.gov.uk' },
      quickExit: { url: 'https://www.google.co.uk' },
      contacts: [
        { id: 'local-line', name: 'Parenting line (local)', phone: '01234 111111', topics: ['conflict'] },
        {
          id: 'hub',
          name: { en: 'Family Hub', cy: 'Hyb Teulu' },
          phone: '01234 222222',
          topics: ['conflict'],
          hours: 'Mon to Fri',
        },
      ],
      services: [
        {
          id: 'hub',
          name: 'Hub',
          needs: ['separating'],
          cost: 'Free',
          hours: '9 to 5',
          whoFor: 'Parents',
          description: 'Help',
        },
      ],
      branding: { preset: 'nhs', tokens: { '--rpc-colour-link': '#005eb8' } },
    });
    expect(c.council!.name).to.deep.equal({ en: 'Northshire Council' });
    expect(c.quickExitUrl).to.equal('https://www.google.co.uk');
    const line = c.contacts.find((x) => x.id === 'local-line')!;
    expect(line.phone).to.equal('01234 111111');
    expect(line.status).to.equal('local');
    // National contacts come first, as the rules have them.
    expect(c.contacts.find((x) => x.id === 'family-lives')!.status).not.to.equal('local');
    expect(c.contacts.at(-1)!.id).to.equal('hub');
    expect(c.contacts.at(-1)!.hours).to.deep.equal({ en: 'Mon to Fri' });
    expect(c.services[0]!.cost).to.deep.equal({ en: 'Free' });
    expect(c.branding).to.deep.equal({ preset: 'nhs', tokens: { '--rpc-colour-link': '#005eb8' } });
  });
});

describe('config: JSON Schema', () => {
  it('describes every top-level setting and forbids unknown keys', () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).to.include.members([
      'nation',
      'pathways',
      'services',
      'contacts',
      'strings',
      'branding',
    ]);
    expect(schema.additionalProperties).to.equal(false);
  });
});

describe('config: the schema made in steps', () => {
  // A fresh copy of the module each time (its own URL), so the schema is not made yet.
  let fresh = 0;
  const freshSchemaModule = () => import(`../src/config/schema.ts?fresh=${++fresh}`) as Promise<typeof SchemaModule>;

  it('pauses between the steps, and then gives the same schema at once', async () => {
    const { prepareConfigSchemas, configSchemas } = await freshSchemaModule();
    let pauses = 0;
    const made = await prepareConfigSchemas(async () => {
      pauses++;
    });
    expect(pauses).to.be.greaterThan(3);
    expect(configSchemas() === made).to.equal(true);
    const { safeParse } = await import('zod/mini');
    expect(safeParse(made.configSchema, { nation: 'wales' }).success).to.equal(true);
    expect(safeParse(made.configSchema, { nation: 'atlantis' }).success).to.equal(false);
  });

  it('a config checked before the steps are done is checked at once, with the one schema', async () => {
    const { prepareConfigSchemas, configSchemas } = await freshSchemaModule();
    let now: ReturnType<typeof configSchemas> | undefined;
    const made = await prepareConfigSchemas(async () => {
      now ??= configSchemas();
    });
    expect(now !== undefined && made === now && configSchemas() === now).to.equal(true);
  });
});

describe('config: branding tokens', () => {
  const tokens = (t: Record<string, string>, preset = 'govuk') => problemsOf({ branding: { preset, tokens: t } });

  it('accepts colours, lengths and font stacks in range', () => {
    expect(
      tokens({
        '--rpc-colour-link': '#005ea5',
        '--rpc-colour-button': 'rgb(0 112 60)',
        '--rpc-colour-panel': 'hsl(30 8% 95%)',
        '--rpc-font-family': '"Open Sans", Arial, sans-serif',
        '--rpc-font-size': '1rem',
        '--rpc-space': '20px',
        '--rpc-quick-exit-top': '32px',
      }),
    ).to.deep.equal([]);
  });

  it('refuses anything that fetches, escapes or is not in the grammar', () => {
    for (const value of [
      'url(https://tracker.example/x.png)',
      'image-set("x.png" 1x)',
      'red; background: blue',
      'var(--x)',
      'rgba(0,0,0,0)',
      '#12345',
      'expression(alert(1))',
    ])
      expect(tokens({ '--rpc-colour-text': value }).join('\n'), value).to.contain('must be a colour');
    expect(tokens({ '--rpc-font-family': 'Arial; }' }).join()).to.contain('must be a font stack');
    expect(tokens({ '--rpc-space': '1000px' }).join()).to.contain('must be between 4px and 48px');
  });

  it('refuses text under 14px and colours that make text or the helplines unreadable', () => {
    expect(tokens({ '--rpc-font-size': '12px' }).join()).to.contain('smaller text is hard to read');
    expect(tokens({ '--rpc-font-size': '0' }).join()).to.contain('smaller text is hard to read');
    const white = tokens({ '--rpc-colour-text': '#ffffff' });
    expect(white.join('\n')).to.contain('makes text hard to read: #ffffff on #ffffff has a contrast of 1.00:1');
    expect(tokens({ '--rpc-colour-emergency': '#ffdd00' }).join()).to.contain('the 999 button');
    expect(tokens({ '--rpc-colour-link': '#dddddd' }).join()).to.contain('links in panels (the helplines)');
    // The preset's own colours count: NHS text on a council's background.
    expect(tokens({ '--rpc-colour-background': '#212b32' }, 'nhs').join()).to.contain('makes text hard to read');
  });

  it('names unknown tokens, and suggests the British spelling', () => {
    expect(tokens({ '--rpc-color-link': '#005ea5' })).to.deep.equal([
      '$.branding.tokens["--rpc-color-link"]: is not a token RPC Kit uses (did you mean "--rpc-colour-link"?): see docs/theming.md for the list',
    ]);
  });
});

describe('config: one bad item is left out, not the whole config', () => {
  const service = (i: number) => ({ id: `service-${i}`, name: `Service ${i}`, needs: ['separating'] });
  const usableOf = (config: unknown) => {
    const r = validateConfig(config);
    expect(r.ok).to.equal(false);
    return r;
  };

  it('a nation written with capitals or spaces is a problem to fix, and is used as meant meanwhile', () => {
    for (const [written, meant] of [
      ['Wales', 'wales'],
      [' Northern Ireland ', 'northern-ireland'],
      ['SCOTLAND', 'scotland'],
    ] as const) {
      const r = usableOf({ nation: written, services: [service(1)] });
      expect(r.problems.map((p) => p.path)).to.include('$.nation');
      expect(r.usable.nation, written).to.equal(meant);
      expect(r.usable.services.map((s) => s.id)).to.deep.equal(['service-1']);
    }
    // With nothing else usable either, the defaults keep it.
    expect(usableOf({ nation: 'Wales', services: 'x' }).usable.nation).to.equal('wales');
    // In Welsh, Gaelic or short, with an invisible character: used as meant too, a problem still.
    for (const [written, meant] of [
      ['Cymru', 'wales'],
      ['Alba', 'scotland'],
      ['NI', 'northern-ireland'],
      ['N. Ireland', 'northern-ireland'],
      ['scotland\u200b', 'scotland'],
    ] as const) {
      const r = usableOf({ nation: written });
      expect(
        r.problems.map((p) => p.path),
        written,
      ).to.include('$.nation');
      expect(r.usable.nation, written).to.equal(meant);
    }
    // Not a nation at all: the default, England.
    for (const written of ['Atlantis', '__proto__', 'constructor'])
      expect(usableOf({ nation: written }).usable.nation, written).to.equal('england');
  });

  it('a typo in one service keeps the other 20 services, the pathways and the contacts', () => {
    const services = Array.from({ length: 21 }, (_, i) => service(i));
    services[7] = { ...service(7), phnoe: '0123' } as never;
    const config = {
      nation: 'wales',
      services,
      contacts: [{ id: 'hub', name: 'Our hub', phone: '01234 567890', topics: ['conflict'] }],
      pathways: { defaults: { cope: false }, order: ['family-hub-support'] },
    };
    const r = usableOf(config);
    expect(r.problems.map((p) => p.path)).to.deep.equal(['$.services[7].phnoe']);
    expect(r.leftOut).to.deep.equal(['$.services[7]']);
    expect(r.usable.services.map((s) => s.id)).to.have.length(20);
    expect(r.usable.services.map((s) => s.id)).not.to.include('service-7');
    expect(r.usable.nation).to.equal('wales');
    expect(r.usable.pathways.map((p) => p.id)).not.to.include('cope');
    expect(r.usable.pathways[0]!.id).to.equal('family-hub-support');
    expect(r.usable.contacts.map((c) => c.id)).to.include('hub');
    // The input is not changed.
    expect(config.services).to.have.length(21);
  });

  it('a bad nation falls back to England; a bad optional setting to its default; an unknown key is ignored', () => {
    const r = usableOf({
      nation: 'atlantis',
      natoin: 'wales',
      quickExit: { url: 'javascript:alert(1)', safeBrowsingUrl: 'https://example.org/safe' },
      council: { name: { en: 'Northshire', cy: '' } },
    });
    expect(r.usable.nation).to.equal('england');
    expect(r.usable.quickExitUrl).to.equal(DEFAULT_CONFIG.quickExitUrl);
    expect(r.usable.safeBrowsingUrl).to.equal('https://example.org/safe');
    expect(r.usable.council!.name).to.deep.equal({ en: 'Northshire' });
    expect(r.leftOut).to.have.members(['$.nation', '$.natoin', '$.quickExit.url', '$.council.name.cy']);
  });

  it('a contact with a national id is simply not there; the national contact stays as it is', () => {
    const r = usableOf({
      contacts: [
        { id: 'national-da-helpline', name: 'Our helpline', phone: '01234 000000', topics: ['domestic-abuse'] },
        { id: 'hub', name: 'Our hub', phone: '01234 567890', topics: ['conflict'] },
      ],
    });
    const helpline = r.usable.contacts.filter((c) => c.id === 'national-da-helpline');
    expect(helpline).to.have.length(1);
    expect(helpline[0]!.phone).to.equal('0808 2000 247');
    expect(r.usable.contacts.map((c) => c.id)).to.include('hub');
  });

  it('tokens and strings are left out one by one, safety messages and unreadable colours among them', () => {
    const r = usableOf({
      branding: {
        preset: 'nhs',
        tokens: {
          '--rpc-colour-link': '#00ff00',
          '--rpc-colour-focus': '#ffeb3b',
          '--rpc-font-size': '10px',
          '--rpc-colour-text': 'url(https://tracker.example/x.png)',
        },
      },
      strings: { en: { 'reason.emergency': 'No need to call', 'format.group': 'Group sessions' } },
    });
    expect(r.usable.branding.preset).to.equal('nhs');
    expect(r.usable.branding.tokens).to.deep.equal({ '--rpc-colour-focus': '#ffeb3b' });
    expect(r.usable.strings).to.deep.equal({ en: { 'format.group': 'Group sessions' } });
  });

  it('a council offer that breaks the floor goes whole, never half', () => {
    const custom = (id: string, extra: object) => ({
      id,
      name: id,
      description: 'Local support',
      formats: ['one-to-one'],
      kind: 'domestic-abuse',
      access: { phone: '01234 567890' },
      ...extra,
    });
    const r = usableOf({
      pathways: {
        custom: [
          custom('da-mediation', { formats: ['one-to-one', 'mediation'] }),
          custom('da-joint', { joint: true }),
          custom('da-outreach', {}),
        ],
        order: ['da-outreach', 'nope'],
      },
    });
    const ids = r.usable.pathways.map((p) => p.id);
    expect(ids).to.include('da-outreach');
    expect(ids).not.to.include.members(['da-mediation']);
    expect(ids).not.to.include('da-joint');
    expect(r.leftOut).to.have.members(['$.pathways.custom[0]', '$.pathways.custom[1]', '$.pathways.order[1]']);
  });

  it('goes round again when leaving something out shows another problem, and keeps a valid nation when nothing else can be kept', () => {
    // Leaving out the only locale leaves an empty list, which is then left out too.
    const twice = usableOf({ locales: ['not a tag'] });
    expect(twice.usable.locales).to.deep.equal(['en', 'cy']);
    expect(twice.leftOut).to.deep.equal(['$.locales[0]', '$.locales']);
    for (const bad of ['hello', [], null, 42]) {
      const r = usableOf(bad);
      expect(r.usable).to.deep.equal(DEFAULT_CONFIG);
      expect(r.leftOut).to.deep.equal(['$']);
    }
    const huge = usableOf({ nation: 'scotland', services: Array.from({ length: 40_000 }, (_, i) => service(i)) });
    expect(huge.usable.nation).to.equal('scotland');
    // A valid config is usable as it is.
    const ok = validateConfig({ nation: 'wales' });
    expect(ok.ok && ok.usable === ok.config).to.equal(true);
    expect(ok.leftOut).to.deep.equal([]);
  });

  it('a key named like an object’s prototype is left out without touching any prototype', () => {
    const raw = JSON.parse('{"contacts": [{"id": "a", "name": "A", "topics": ["general"], "__proto__": {"x": 1}}]}');
    const r = usableOf(raw);
    expect(r.usable.contacts.some((c) => c.id === 'a')).to.equal(false);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });
});
