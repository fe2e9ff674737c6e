/**
 * <rpc-config-builder> as a webmaster uses it: fields from the schema, the live preview, the
 * problems (the very ones the elements show), opening a file, downloading, the snippet, the
 * keyboard, and nothing stored or sent.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { RpcQuickExit } from '@rpc-kit/elements';
import {
  DEFAULT_PATHWAYS,
  DEFAULT_PATHWAY_IDS,
  NATIONS,
  defaultPathwaysOnUnsaid,
  formatPath,
  validateConfig,
} from '@rpc-kit/rules';
import '../src/define.js';
import { RpcConfigBuilder } from '../src/builder.component.js';
import { fieldId, nodeAt, type Path } from '../src/index.js';

let northshire: Record<string, unknown>;
let northshireText: string;
// The preview elements report each broken config on the console, as they do on a page: expected here.
const consoleError = console.error;
before(() => {
  console.error = (...args: unknown[]) => {
    if (!/the RPC Kit config has problems/.test(String(args[0]))) consoleError(...args);
  };
});
after(() => {
  console.error = consoleError;
});
before(async () => {
  northshireText = await (await fetch('/docs/examples/northshire.config.json')).text();
  northshire = JSON.parse(northshireText) as Record<string, unknown>;
});

const $ = <T extends Element = HTMLElement>(el: RpcConfigBuilder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: RpcConfigBuilder, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
const byId = <T extends Element = HTMLElement>(el: RpcConfigBuilder, id: string) =>
  el.shadowRoot!.getElementById(id) as T | null;
const field = <T extends Element = HTMLInputElement>(el: RpcConfigBuilder, path: Path) => byId<T>(el, fieldId(path));

async function builder(config?: Record<string, unknown>): Promise<RpcConfigBuilder> {
  const el = await fixture<RpcConfigBuilder>(html`<rpc-config-builder></rpc-config-builder>`);
  if (config) el.config = structuredClone(config) as RpcConfigBuilder['config'];
  await settle(el);
  return el;
}

async function settle(el: RpcConfigBuilder): Promise<void> {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

async function type(el: RpcConfigBuilder, input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

const preview = (el: RpcConfigBuilder) => $<HTMLElement & { config: unknown }>(el, '#preview-panel > *')!;
const summaryLines = (el: RpcConfigBuilder) =>
  $$(el, '.error-summary .error-list li > a, .error-summary .error-list li > span').map((n) =>
    n.textContent!.replace(/\s+/g, ' ').trim(),
  );
const asLines = (problems: readonly { path: string; message: string }[]) =>
  problems.map((p) => `${p.path}: ${p.message}`);

async function openFile(el: RpcConfigBuilder, text: string, name = 'our-council.json'): Promise<void> {
  const input = $<HTMLInputElement>(el, '#open-file')!;
  const before = $(el, '#opened')?.textContent;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => $(el, '#opened') && $(el, '#opened')!.textContent !== before, 'the file was not opened');
  await settle(el);
}

describe('<rpc-config-builder>', () => {
  afterEach(() => {
    document.getElementById('rpc-quick-exit-overlay')?.remove();
  });

  it('draws a field for every setting in the schema, and is accessible', async () => {
    const el = await builder();
    for (const key of Object.keys(el.schema.properties!)) {
      expect($(el, `[data-path="${formatPath([key])}"]`) ?? $(el, `[data-path^="${formatPath([key])}."]`), key).to
        .exist;
    }
    // Inside a list item, every setting of an item.
    for (const list of [['pathways', 'custom'], ['services'], ['contacts']] as Path[]) {
      const add = byId<HTMLButtonElement>(el, `${fieldId(list)}:add`)!;
      add.click();
      await settle(el);
      for (const key of Object.keys(nodeAt(el.schema, [...list, 0])!.properties!)) {
        expect($(el, `[data-path="${formatPath([...list, 0, key])}"]`), `${formatPath(list)} ${key}`).to.exist;
      }
    }
    // The nations are the rules' own.
    const nations = $$<HTMLInputElement>(el, '[data-path="$.nation"] input[type="radio"]').map((r) =>
      r.id.split(':').pop(),
    );
    expect(nations).to.deep.equal(['', ...NATIONS]);
  });

  it('lists before publishing the default pathways on without a choice, as rpc-kit validate warns, and its other warnings', async () => {
    const el = await builder({
      pathways: {
        defaults: { mediation: false, cope: true },
        custom: [
          {
            id: 'together-time',
            name: 'Couples counselling',
            description: 'Sessions for both parents together',
            formats: ['one-to-one'],
            kind: 'support',
            joint: false,
            access: { phone: '01234 567890' },
          },
        ],
      },
    });
    const before = () => $(el, '#output')!.textContent!.replace(/\s+/g, ' ');
    const unsaid = defaultPathwaysOnUnsaid(el.config);
    expect(unsaid).to.have.length(DEFAULT_PATHWAY_IDS.length - 2);
    const warning = validateConfig(el.config).warnings.find((w) => w.path === '$.pathways.defaults')!;
    for (const id of unsaid) expect(warning.message).to.contain(id);
    const names = unsaid.map((id) => DEFAULT_PATHWAYS.find((p) => p.id === id)!.name.en);
    expect(before()).to.contain(`families will be offered them: ${names.join(', ')}`);
    expect(before()).not.to.contain('Family mediation');
    // The rules' other warning, with its path.
    expect(before()).to.contain('$.pathways.custom[0]: reads like couple work');
    // Every default chosen: no such line.
    el.config = { pathways: { allDefaults: false } } as RpcConfigBuilder['config'];
    await settle(el);
    expect(before()).not.to.contain('families will be offered them');
  });

  it('shows every default pathway with on and off to choose (neither ticked until chosen), and switching one off takes it out of the preview', async () => {
    const el = await builder();
    expect($(el, '#section-defaults')!.textContent).to.contain('switch off what your council does not run');
    const shown = $$(el, '.default-pathway').map((f) => f.dataset.pathwayId);
    expect(shown).to.deep.equal(DEFAULT_PATHWAY_IDS);
    for (const id of DEFAULT_PATHWAY_IDS) {
      const on = byId<HTMLInputElement>(el, `${fieldId(['pathways', 'defaults', id])}:on`)!;
      const off = byId<HTMLInputElement>(el, `${fieldId(['pathways', 'defaults', id])}:off`)!;
      expect([on.checked, off.checked], id).to.deep.equal([false, false]);
    }
    expect($(el, '.output')!.textContent).to.contain('on without a choice from you');
    expect($(el, '[data-pathway-id="cope"] .not-chosen')!.textContent).to.contain('on by default');

    // On can be chosen for a pathway that is on by default: it is then written, and no longer unchosen.
    const copeOn = byId<HTMLInputElement>(el, `${fieldId(['pathways', 'defaults', 'cope'])}:on`)!;
    copeOn.click();
    await settle(el);
    expect(el.config).to.deep.equal({ pathways: { defaults: { cope: true } } });
    expect(copeOn.checked).to.equal(true);
    expect(Boolean($(el, '[data-pathway-id="cope"] .not-chosen'))).to.equal(false);
    el.config = {} as RpcConfigBuilder['config'];
    await settle(el);
    expect(copeOn.checked).to.equal(false);

    $<HTMLButtonElement>(el, '#tab-signposter')!.click();
    await settle(el);
    const list = preview(el);
    await waitUntil(() => list.shadowRoot?.querySelector('[data-pathway-id="mediation"]'), 'no mediation in the list');
    byId<HTMLInputElement>(el, `${fieldId(['pathways', 'defaults', 'mediation'])}:off`)!.click();
    await settle(el);
    expect(el.config).to.deep.equal({ pathways: { defaults: { mediation: false } } });
    await waitUntil(() => !list.shadowRoot!.querySelector('[data-pathway-id="mediation"]'), 'mediation is still shown');

    // Changing the text of a pathway that is off keeps it off; emptying it again leaves just "off".
    $<HTMLDetailsElement>(el, '[data-pathway-id="mediation"] details')!.open = true;
    const name = field(el, ['pathways', 'defaults', 'mediation', 'name', 'en'])!;
    await type(el, name, 'Family mediation service');
    expect(el.config).to.deep.equal({
      pathways: { defaults: { mediation: { enabled: false, name: 'Family mediation service' } } },
    });
    byId<HTMLInputElement>(el, `${fieldId(['pathways', 'defaults', 'mediation'])}:on`)!.click();
    await settle(el);
    expect(el.config).to.deep.equal({
      pathways: { defaults: { mediation: { enabled: true, name: 'Family mediation service' } } },
    });
    await waitUntil(
      () => list.shadowRoot!.textContent!.includes('Family mediation service'),
      'the new name is not shown',
    );
    await type(el, field(el, ['pathways', 'defaults', 'mediation', 'name', 'en'])!, '');
    expect(el.config).to.deep.equal({ pathways: { defaults: { mediation: true } } });

    // Every default off from the start: a text change keeps it off.
    byId<HTMLInputElement>(el, `${fieldId(['pathways', 'allDefaults'])}:false`)!.click();
    await settle(el);
    expect($(el, '[data-pathway-id="cope"] .not-chosen')!.textContent).to.contain('Not chosen yet: off');
    expect($(el, '[data-pathway-id="cope"]')!.classList.contains('is-off')).to.equal(true);
    await type(el, field(el, ['pathways', 'defaults', 'cope', 'cost', 'en'])!, 'Free');
    expect((el.config.pathways as Record<string, unknown>).defaults).to.deep.equal({
      mediation: true,
      cope: { enabled: false, cost: 'Free' },
    });
    expect(byId<HTMLInputElement>(el, `${fieldId(['pathways', 'defaults', 'cope'])}:off`)!.checked).to.equal(true);
  });

  it('sets the preview element’s config to the config being written, as it is typed', async () => {
    const el = await builder();
    const screener = preview(el);
    await waitUntil(() => screener.shadowRoot?.querySelector('.intro'), 'the screener did not render');
    byId<HTMLInputElement>(el, `${fieldId(['nation'])}:wales`)!.click();
    await settle(el);
    expect(screener.config).to.equal(el.config);
    // The help finder always shows the helplines: Wales's, now.
    $<HTMLButtonElement>(el, '#tab-help-finder')!.click();
    await settle(el);
    const finder = preview(el);
    expect(finder.config).to.equal(el.config);
    await waitUntil(() => finder.shadowRoot?.querySelector('a[href="tel:08088010800"]'), 'no Live Fear Free number');
    $<HTMLButtonElement>(el, '#tab-screener')!.click();
    await settle(el);

    const screenerAgain = preview(el);
    await type(el, field(el, ['council', 'name', 'en'])!, 'Northshire Council');
    await type(el, field(el, ['council', 'name', 'cy'])!, 'Cyngor Northshire');
    expect(el.config).to.deep.equal({
      council: { name: { en: 'Northshire Council', cy: 'Cyngor Northshire' } },
      nation: 'wales',
    });
    await type(el, field(el, ['council', 'name', 'cy'])!, '');
    expect(el.config.council).to.deep.equal({ name: { en: 'Northshire Council' } });
    expect(screenerAgain.config).to.equal(el.config);

    // Welsh preview.
    byId<HTMLInputElement>(el, 'preview-lang-cy')!.click();
    await settle(el);
    const welsh = preview(el);
    expect(welsh.getAttribute('lang')).to.equal('cy');
    expect(welsh.config).to.equal(el.config);
    await waitUntil(
      () =>
        welsh.shadowRoot!.querySelector('rpc-quick-exit')?.shadowRoot?.textContent?.includes('Gadael y dudalen hon'),
      'not in Welsh',
    );
  });

  it('shows exactly the problems validateConfig finds, with their paths, as the element does; each link goes to its field', async () => {
    const el = await builder();
    await type(el, field(el, ['quickExit', 'url'])!, 'javascript:alert(1)');
    byId<HTMLButtonElement>(el, `${fieldId(['contacts'])}:add`)!.click();
    await settle(el);
    await type(el, field(el, ['contacts', 0, 'id'])!, 'Not An Id');
    await type(el, field(el, ['contacts', 0, 'phone'])!, 'call us');

    const expected = asLines(validateConfig(el.config).problems);
    expect(expected.length).to.be.greaterThan(3);
    expect(summaryLines(el)).to.deep.equal(expected);
    const screener = preview(el);
    await waitUntil(() => screener.shadowRoot!.querySelector('.config-error'), 'the element shows no problems');
    const shownByElement = Array.from(screener.shadowRoot!.querySelectorAll('.config-error li')).map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(shownByElement).to.deep.equal(expected);

    // Beside its field, too.
    expect($(el, '[data-path="$.quickExit.url"] .error-message')!.textContent).to.contain('must be a website address');
    expect(field(el, ['quickExit', 'url'])!.getAttribute('aria-invalid')).to.equal('true');

    // A link in the summary moves focus to the field, opening its section.
    $<HTMLDetailsElement>(el, 'details.item')!.open = false;
    const link = $$<HTMLAnchorElement>(el, '.error-summary a').find((a) =>
      a.textContent!.includes('$.contacts[0].phone'),
    )!;
    link.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(field(el, ['contacts', 0, 'phone']));
    expect($<HTMLDetailsElement>(el, 'details.item')!.open).to.equal(true);
    // A problem in a group (a contact needs its topics) goes to its first box.
    $$<HTMLAnchorElement>(el, '.error-summary a')
      .find((a) => a.textContent!.includes('$.contacts[0].topics'))!
      .click();
    await settle(el);
    expect(el.shadowRoot!.activeElement!.id).to.equal(`${fieldId(['contacts', 0, 'topics'])}:emergency`);

    // Fixed: no problems, in both places.
    await type(el, field(el, ['quickExit', 'url'])!, 'https://www.bbc.co.uk/news');
    $$<HTMLButtonElement>(el, 'details.item .button.warning')[0]!.click();
    await settle(el);
    expect(validateConfig(el.config).ok).to.equal(true);
    expect($(el, '.error-summary')).to.equal(null);
    expect($(el, '.success-summary')).to.exist;
    await waitUntil(() => !screener.shadowRoot!.querySelector('.config-error'), 'the element still shows problems');
  });

  it('adds the council’s own offer, checks it as it is filled in, and shows it in the list', async () => {
    const el = await builder({ pathways: { allDefaults: false } });
    byId<HTMLButtonElement>(el, `${fieldId(['pathways', 'custom'])}:add`)!.click();
    await settle(el);
    // Focus moves into the new offer.
    expect(el.shadowRoot!.activeElement).to.equal(field(el, ['pathways', 'custom', 0, 'id']));
    const paths = validateConfig(el.config).problems.map((p) => p.path);
    expect(paths).to.include.members([
      '$.pathways.custom[0].id',
      '$.pathways.custom[0].name',
      '$.pathways.custom[0].formats',
      '$.pathways.custom[0].kind',
    ]);
    expect($(el, 'details.item summary')!.textContent).to.match(/Offer 1 \(\d+ problems\)/);

    const custom = ['pathways', 'custom', 0];
    await type(el, field(el, [...custom, 'id'])!, 'dads-group');
    await type(el, field(el, [...custom, 'name', 'en'])!, 'Dads Together');
    await type(el, field(el, [...custom, 'name', 'cy'])!, 'Tadau Gyda’i Gilydd');
    await type(el, field<HTMLTextAreaElement>(el, [...custom, 'description', 'en'])!, 'A weekly group for dads.');
    byId<HTMLInputElement>(el, `${fieldId([...custom, 'formats'])}:group`)!.click();
    byId<HTMLInputElement>(el, `${fieldId([...custom, 'kind'])}:support`)!.click();
    byId<HTMLInputElement>(el, `${fieldId([...custom, 'joint'])}:false`)!.click();
    await settle(el);
    await type(el, field(el, [...custom, 'access', 'phone'])!, '01234 567890');
    byId<HTMLInputElement>(el, `${fieldId([...custom, 'eligibility', 'relationship'])}:separated`)!.click();
    await settle(el);
    expect(validateConfig(el.config).problems).to.deep.equal([]);
    expect($(el, 'details.item summary')!.textContent!.trim()).to.equal('Offer 1: Dads Together');
    expect((el.config.pathways as { custom: unknown[] }).custom[0]).to.deep.equal({
      id: 'dads-group',
      name: { en: 'Dads Together', cy: 'Tadau Gyda’i Gilydd' },
      description: 'A weekly group for dads.',
      formats: ['group'],
      kind: 'support',
      joint: false,
      access: { phone: '01234 567890' },
      eligibility: { relationship: ['separated'] },
    });
    $<HTMLButtonElement>(el, '#tab-signposter')!.click();
    await settle(el);
    await waitUntil(
      () => preview(el).shadowRoot?.querySelector('[data-pathway-id="dads-group"]'),
      'the offer is not listed',
    );

    // A second offer with the same id: the rules' own cross-check, at its path.
    const first = (el.config.pathways as { custom: unknown[] }).custom[0];
    el.config = {
      ...el.config,
      pathways: { allDefaults: false, custom: [first, { ...(first as object), name: 'Dads 2' }] },
    } as never;
    await settle(el);
    expect(summaryLines(el)).to.deep.equal(['$.pathways.custom[1].id: "dads-group" is used twice']);
    $<HTMLAnchorElement>(el, '.error-summary a')!.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(field(el, ['pathways', 'custom', 1, 'id']));
  });

  it('changes a sentence and a colour, in the preview too', async () => {
    const el = await builder();
    const language = byId<HTMLInputElement>(el, `${fieldId(['strings'])}:add:key`)!;
    // A language first, then the sentence.
    await type(el, language, 'en');
    $$<HTMLButtonElement>(el, '#section-strings button')
      .find((b) => b.textContent!.includes('Add language'))!
      .click();
    await settle(el);
    const sentence = byId<HTMLSelectElement>(el, `${fieldId(['strings', 'en'])}:add:key`)!;
    sentence.value = 'ui.start';
    sentence.dispatchEvent(new Event('change'));
    $$<HTMLButtonElement>(el, '#section-strings button')
      .find((b) => b.textContent!.includes('Add sentence'))!
      .click();
    await settle(el);
    const input = field(el, ['strings', 'en', 'ui.start'])!;
    expect(input.value).to.equal('Start');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await type(el, input, 'Check now');
    const screener = preview(el);
    await waitUntil(() => screener.shadowRoot!.querySelector('.intro button')?.textContent?.trim() === 'Check now');

    const token = byId<HTMLInputElement>(el, `${fieldId(['branding', 'tokens'])}:add:key`)!;
    await type(el, token, '--rpc-colour-button');
    await type(el, byId<HTMLInputElement>(el, `${fieldId(['branding', 'tokens'])}:add:value`)!, '#005eb8');
    $$<HTMLButtonElement>(el, '#section-branding button')
      .find((b) => b.textContent!.includes('Add token'))!
      .click();
    await settle(el);
    expect(el.config.branding).to.deep.equal({ tokens: { '--rpc-colour-button': '#005eb8' } });
    await waitUntil(
      () => screener.style.getPropertyValue('--rpc-colour-button') === '#005eb8',
      'the colour is not set',
    );

    // A bad value shows the rules' problem at its path.
    await type(el, field(el, ['branding', 'tokens', '--rpc-colour-button'])!, 'red; background: url(x)');
    expect(summaryLines(el)).to.deep.equal(asLines(validateConfig(el.config).problems));
    expect(summaryLines(el)[0]).to.match(/^\$\.branding\.tokens\["?--rpc-colour-button/);
  });

  it('opens an existing config and gives back the same file', async () => {
    const el = await builder();
    await openFile(el, northshireText, 'northshire.config.json');
    expect($(el, '#opened')!.textContent).to.contain('Opened northshire.config.json: no problems.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#opened'));
    expect(el.config).to.deep.equal(northshire);
    expect($(el, '#json')!.textContent).to.equal(`${JSON.stringify(northshire, null, 2)}\n`);
    expect(field(el, ['council', 'name', 'cy'])!.value).to.equal('Cyngor Northshire');
    expect(byId<HTMLInputElement>(el, `${fieldId(['pathways', 'defaults', 'mediation'])}:off`)!.checked).to.equal(true);
    expect($$(el, '[data-path="$.pathways.custom"] details.item').length).to.equal(3);

    // An edit and back again: still the same file.
    const url = field(el, ['council', 'url'])!;
    const before = url.value;
    await type(el, url, 'https://example.org');
    await type(el, url, before);
    expect(JSON.stringify(el.config)).to.equal(JSON.stringify(northshire));

    // Downloaded: the same JSON, which the rules accept.
    let saved: { blob: Blob; name: string } | undefined;
    const save = RpcConfigBuilder.save;
    RpcConfigBuilder.save = (blob, name) => (saved = { blob, name });
    try {
      await type(el, byId<HTMLInputElement>(el, 'file-name')!, 'northshire');
      $$<HTMLButtonElement>(el, '.output button')
        .find((b) => b.textContent!.includes('Download'))!
        .click();
    } finally {
      RpcConfigBuilder.save = save;
    }
    expect(saved!.name).to.equal('northshire.json');
    expect(saved!.blob.type).to.equal('application/json');
    const text = await saved!.blob.text();
    expect(JSON.parse(text)).to.deep.equal(northshire);
    expect(validateConfig(JSON.parse(text)).ok).to.equal(true);
    expect($(el, '#snippet')!.textContent!.trim()).to.equal(
      '<script type="module" src="/rpc-kit/rpc-screener.js"></script>\n<rpc-screener config-src="/rpc-kit/northshire.json"></rpc-screener>',
    );
    // Copied: the same JSON, then the snippet.
    const copied: string[] = [];
    const writeText = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => {
      copied.push(text);
    };
    try {
      $$<HTMLButtonElement>(el, '.output button')
        .find((b) => b.textContent!.includes('Copy the JSON'))!
        .click();
      await waitUntil(() => copied.length === 1);
      $$<HTMLButtonElement>(el, '.output button')
        .find((b) => b.textContent!.includes('Copy the snippet'))!
        .click();
      await waitUntil(() => copied.length === 2);
    } finally {
      navigator.clipboard.writeText = writeText;
    }
    expect(copied).to.deep.equal([text, $(el, '#snippet')!.textContent!.trim()]);
    await settle(el);
    expect($(el, '.copied')!.textContent).to.equal('Copied the snippet.');

    const choose = byId<HTMLSelectElement>(el, 'snippet-element')!;
    choose.value = 'rpc-help-finder';
    choose.dispatchEvent(new Event('change'));
    await settle(el);
    expect($(el, '#snippet')!.textContent).to.contain(
      '<rpc-help-finder config-src="/rpc-kit/northshire.json"></rpc-help-finder>',
    );
  });

  it('opens a broken config as far as it can, lists its problems, and removes a misspelt setting', async () => {
    const el = await builder({ nation: 'scotland' });
    await openFile(el, '{"nation": "wales", ', 'broken.json');
    expect($(el, '#opened')!.textContent).to.match(/broken\.json is not valid JSON .*Nothing was changed\./);
    expect(el.config).to.deep.equal({ nation: 'scotland' });

    const bad = structuredClone(northshire) as Record<string, unknown> & { contacts: Record<string, unknown>[] };
    bad.nation = 'france';
    bad.nationn = 'wales';
    bad.contacts[0]!.phone = 12345;
    await openFile(el, JSON.stringify(bad), 'bad.json');
    const expected = asLines(validateConfig(bad).problems);
    expect($(el, '#opened')!.textContent).to.contain(`${expected.length} problems`);
    expect(summaryLines(el)).to.deep.equal(expected);
    expect(el.config).to.deep.equal(bad);
    // What could be read is in the form; what is wrong is shown as it is.
    expect(field(el, ['council', 'name', 'en'])!.value).to.equal('Northshire Council');
    expect(field(el, ['contacts', 0, 'phone'])!.value).to.equal('12345');
    expect($(el, '[data-path="$.nation"]')!.textContent).to.contain('"france", which is not one of these');

    const remove = $$<HTMLButtonElement>(el, '.error-summary button').find((b) =>
      b.textContent!.includes('$.nationn'),
    )!;
    remove.click();
    await settle(el);
    expect('nationn' in el.config).to.equal(false);
    expect(summaryLines(el)).to.deep.equal(asLines(validateConfig(el.config).problems));
  });

  it('renames a misspelt setting to the one it was meant to be, keeping its value', async () => {
    const bad = structuredClone(northshire) as Record<string, unknown> & { council: Record<string, unknown> };
    bad.council = { name: bad.council.name, ulr: 'https://www.kelby.example/' };
    bad.nationn = 'wales'; // "nation" is set already: only Remove, no Rename
    const el = await builder(bad);
    const buttons = (path: string) =>
      $$<HTMLButtonElement>(el, '.error-summary li')
        .filter((li) => li.textContent!.includes(path))
        .flatMap((li) => [...li.querySelectorAll('button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim()));
    expect(buttons('$.nationn')).to.deep.equal(['Remove this setting $.nationn']);
    expect(buttons('$.council.ulr')).to.deep.equal([
      'Rename it to “url” ($.council.ulr)',
      'Remove this setting $.council.ulr',
    ]);
    $$<HTMLButtonElement>(el, '.error-summary button')
      .find((b) => b.textContent!.includes('Rename'))!
      .click();
    await settle(el);
    expect(el.config.council).to.deep.equal({
      name: (northshire.council as { name: unknown }).name,
      url: 'https://www.kelby.example/',
    });
    expect(field(el, ['council', 'url'])!.value).to.equal('https://www.kelby.example/');
    expect(summaryLines(el)).to.deep.equal(asLines(validateConfig(el.config).problems));
    expect(el.shadowRoot!.activeElement!.id).to.equal('summary');
    await expect(el).to.be.accessible();
  });

  it('is accessible with a whole council’s config open, its problems shown and every section unfolded', async () => {
    const bad = structuredClone(northshire) as Record<string, unknown> & { contacts: Record<string, unknown>[] };
    bad.nationn = 'wales';
    bad.contacts[0]!.phone = 'call us';
    const el = await builder(bad);
    expect($$(el, '.error-summary li').length).to.equal(2);
    for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
    await expect(el).to.be.accessible();
  });

  it('asks before the page is closed with work not yet downloaded or copied', async () => {
    const el = await builder();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    await type(el, field(el, ['council', 'url'])!, 'https://www.kelby.example/');
    expect(leave()).to.equal(true);
    const save = RpcConfigBuilder.save;
    RpcConfigBuilder.save = () => undefined;
    try {
      $$<HTMLButtonElement>(el, '.output button')
        .find((b) => b.textContent!.includes('Download'))!
        .click();
    } finally {
      RpcConfigBuilder.save = save;
    }
    expect(leave()).to.equal(false);
  });

  it('keeps its work when the preview’s Exit this page is used', async () => {
    const navigate = RpcQuickExit.navigate;
    const exits: string[] = [];
    RpcQuickExit.navigate = (url) => exits.push(url);
    try {
      const el = await builder({ quickExit: { url: 'https://www.example.org/' } });
      const screener = preview(el);
      // The quick exit's control (a link or a button) named "Exit this page", as the contract says.
      const exitControl = () =>
        Array.from(
          screener.shadowRoot
            ?.querySelector('rpc-quick-exit')
            ?.shadowRoot?.querySelectorAll<HTMLElement>('a, button') ?? [],
        ).find((n) => n.textContent!.includes('Exit this page'));
      await waitUntil(exitControl, 'no Exit this page');
      exitControl()!.click();
      await settle(el);
      expect(exits).to.deep.equal([]);
      expect(document.getElementById('rpc-quick-exit-overlay')).to.equal(null);
      expect($(el, '.preview')!.textContent).to.contain('would now cover the page and go to https://www.example.org/');
      // Shift three times, as the quick exit listens for.
      field(el, ['council', 'url'])!.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      await aTimeout(50);
      expect(exits).to.deep.equal([]);
    } finally {
      RpcQuickExit.navigate = navigate;
    }
  });

  it('works with the keyboard alone: typing, the preview tabs, the summary links', async () => {
    const el = await builder();
    field(el, ['council', 'name', 'en'])!.focus();
    await sendKeys({ type: 'Kelby' });
    await settle(el);
    expect(el.config).to.deep.equal({ council: { name: 'Kelby' } });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(field(el, ['council', 'name', 'cy']));
    await sendKeys({ type: 'Cyngor Kelby' });
    await settle(el);
    expect(el.config).to.deep.equal({ council: { name: { en: 'Kelby', cy: 'Cyngor Kelby' } } });

    $<HTMLButtonElement>(el, '#tab-screener')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.shadowRoot!.activeElement!.id).to.equal('tab-signposter');
    expect($(el, '#tab-signposter')!.getAttribute('aria-selected')).to.equal('true');
    expect(preview(el).localName).to.equal('rpc-signposter');
    expect(preview(el).getAttribute('mode')).to.equal('list');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(preview(el).localName).to.equal('rpc-da-check');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(preview(el).localName).to.equal('rpc-screener');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(preview(el).localName).to.equal('rpc-da-check');
    await sendKeys({ press: 'Home' });
    await settle(el);
    $<HTMLButtonElement>(el, '#tab-help-finder')!.click();
    await settle(el);
    expect(preview(el).localName).to.equal('rpc-help-finder');

    // A problem reached from the summary by keyboard.
    await type(el, field(el, ['council', 'url'])!, 'www.kelby.example');
    const link = $<HTMLAnchorElement>(el, '.error-summary a')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(field(el, ['council', 'url']));
  });

  it('fits a 320 pixel wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await builder(northshire);
      await aTimeout(50);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('stores nothing and sends nothing', async () => {
    const sent: string[] = [];
    const originals = { fetch: window.fetch, open: XMLHttpRequest.prototype.open, beacon: navigator.sendBeacon };
    window.fetch = (input: RequestInfo | URL) => {
      sent.push(`fetch ${String(input)}`);
      return Promise.reject(new Error('no'));
    };
    XMLHttpRequest.prototype.open = function (_method: string, url: string | URL) {
      sent.push(`xhr ${String(url)}`);
    } as typeof XMLHttpRequest.prototype.open;
    navigator.sendBeacon = (url: string | URL) => {
      sent.push(`beacon ${String(url)}`);
      return false;
    };
    const resources = performance.getEntriesByType('resource').length;
    const save = RpcConfigBuilder.save;
    RpcConfigBuilder.save = () => undefined;
    try {
      const el = await builder();
      await openFile(el, northshireText);
      await type(el, field(el, ['council', 'url'])!, 'https://www.northshire.example.gov.uk/');
      byId<HTMLButtonElement>(el, `${fieldId(['services'])}:add`)!.click();
      await settle(el);
      for (const tab of ['signposter', 'help-finder', 'da-check', 'screener']) {
        $<HTMLButtonElement>(el, `#tab-${tab}`)!.click();
        await settle(el);
      }
      $$<HTMLButtonElement>(el, '.output button')
        .find((b) => b.textContent!.includes('Download'))!
        .click();
      await aTimeout(100);
      expect(sent).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(resources);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(await indexedDB.databases()).to.deep.equal([]);
    } finally {
      window.fetch = originals.fetch;
      XMLHttpRequest.prototype.open = originals.open;
      navigator.sendBeacon = originals.beacon;
      RpcConfigBuilder.save = save;
    }
  });
});
