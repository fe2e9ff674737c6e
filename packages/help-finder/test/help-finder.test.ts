import { aTimeout, expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/help-finder.js';
import { HELP_FINDER_MESSAGES, type RpcHelpFinder } from '../src/index.js';
import { posterUrl, shortUrl } from '../src/urls.js';
import { qrShape } from '../src/qr.js';
import { POSTER_PAGE_RULE, posterPrintRules } from '../src/poster-page.js';
import { decodeQr } from '../../../test/helpers/qr.js';
import { ElementHarness } from '../../elements/test/harness.js';
import { keyboard } from '../../elements/test/keyboard.js';
import {
  runAccessibilitySuite,
  runElementQuickExitSuite,
  runElementSuites,
  runLanguageSuite,
  runPrivacySuite,
  type SuiteElement,
} from '../../elements/test/suites/index.js';

runElementSuites({
  tag: 'rpc-help-finder',
  messages: HELP_FINDER_MESSAGES,
  english: { selector: '.finder h2', text: 'Find local help' },
  welsh: { selector: '.finder h2', text: 'Dod o hyd i help lleol' },
  use: async (h) => {
    await h.type('filter-text', 'my private words');
    await h.choose('filter-need', 'separating');
  },
  // After a quick exit: nothing of the search is left, on screen or in memory.
  isWiped: (h) =>
    Object.keys((h.element as RpcHelpFinder).query).length === 0 &&
    h.$<HTMLInputElement>('#filter-text')!.value === '' &&
    h.$<HTMLSelectElement>('#filter-need')!.value === '',
} satisfies SuiteElement);

// The poster: no live helplines panel (it prints them), so no config-errors suite.
const POSTER: SuiteElement = {
  tag: 'rpc-help-finder',
  messages: HELP_FINDER_MESSAGES,
  attributes: { mode: 'poster' },
  english: { selector: '.poster-headline', text: 'Arguing a lot at home?' },
  welsh: { selector: '.poster-headline', text: 'Dadlau llawer gartref?' },
  use: async (h) => {
    h.element.setAttribute('need', 'separating');
    await h.settle();
  },
};
runPrivacySuite(POSTER);
runAccessibilitySuite(POSTER);
runLanguageSuite(POSTER);
runElementQuickExitSuite(POSTER);

const h = (el: RpcHelpFinder) => new ElementHarness(el, keyboard);
const $ = <T extends Element = HTMLElement>(el: RpcHelpFinder, selector: string) => h(el).$<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: RpcHelpFinder, selector: string) => h(el).$$<T>(selector);
const settle = (el: RpcHelpFinder) => h(el).settle();

let example: Record<string, unknown>;
const FEED = '/api/oruk/services';
/** Ids of the feed's services that are active (two of eight are inactive or defunct). */
const FEED_ACTIVE = [
  'a1f6c2d0-0001-4e6b-9d1a-000000000001',
  'a1f6c2d0-0002-4e6b-9d1a-000000000002',
  'a1f6c2d0-0003-4e6b-9d1a-000000000003',
  'a1f6c2d0-0004-4e6b-9d1a-000000000004',
  'a1f6c2d0-0006-4e6b-9d1a-000000000006',
  '7',
];

before(async () => {
  example = await (await fetch('/docs/examples/northshire.config.json')).json();
});

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  history.replaceState(null, '', location.pathname);
});

async function finder(
  attrs: { feed?: string; need?: string; mode?: string; pageUrl?: string; posterId?: string; timeout?: number } = {},
  config: unknown = example,
): Promise<RpcHelpFinder> {
  const el = await fixture<RpcHelpFinder>(
    html`<rpc-help-finder
      .config=${config}
      feed-src=${attrs.feed ?? ''}
      need=${attrs.need ?? ''}
      mode=${attrs.mode ?? 'list'}
      page-url=${attrs.pageUrl ?? 'https://www.kelby-primary.example.sch.uk/help'}
      poster-id=${attrs.posterId ?? ''}
      feed-timeout=${attrs.timeout ?? 8000}
    ></rpc-help-finder>`,
  );
  if (attrs.feed) await waitUntil(() => el.feedStatus !== 'loading', 'the feed did not settle', { timeout: 10000 });
  await settle(el);
  return el;
}

const main = (el: RpcHelpFinder) => $$(el, '.services:not(.da) [data-service-id]').map((n) => n.dataset.serviceId!);
const abuse = (el: RpcHelpFinder) => $$(el, '.services.da [data-service-id]').map((n) => n.dataset.serviceId!);

describe('<rpc-help-finder>: a service card', () => {
  it('says the ages once, when the service’s own words already say them', async () => {
    const service = (id: string, whoFor: string) => ({
      id,
      name: { en: `Group ${id}` },
      description: { en: 'A weekly group for young parents.' },
      needs: ['children-wellbeing'],
      whoFor: { en: whoFor },
      minAge: 16,
      phone: '01234 567890',
    });
    const el = await finder(
      {},
      {
        ...example,
        services: [
          service('said', 'Ages 16 and over'),
          service('unsaid', 'Young parents in Northshire'),
          service('own-words', 'Anyone aged 16 or over'),
          service('other-age', 'Young parents under 25'),
        ],
      },
    );
    const card = (id: string) => $(el, `[data-service-id="${id}"]`)!.textContent!.replace(/\s+/g, ' ');
    expect(card('said').match(/Ages 16 and over/g)).to.have.length(1);
    // Said in other words: not again.
    expect(card('own-words')).to.contain('Anyone aged 16 or over');
    expect(card('own-words')).not.to.contain('Ages 16 and over');
    expect(card('other-age')).to.contain('Young parents under 25. Ages 16 and over');
    expect(card('unsaid')).to.contain('Young parents in Northshire. Ages 16 and over');
    await expect(el).to.be.accessible();
  });
});
const choose = async (el: RpcHelpFinder, id: string, value: string) => {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(el);
};
const type = async (el: RpcHelpFinder, text: string) => {
  const input = $<HTMLInputElement>(el, '#filter-text')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle(el);
};

describe('<rpc-help-finder>: services', () => {
  it('lists the council’s services as cards: what, who for, when, where, cost, and tappable contacts', async () => {
    const el = await finder();
    expect(main(el)).to.deep.equal(['northshire-family-hub-relationships', 'northshire-little-steps']);
    const card = $(el, '[data-service-id="northshire-family-hub-relationships"]')!;
    const text = card.textContent!;
    for (const label of ['What it offers', 'Who it is for', 'When', 'Where', 'Cost', 'How to get in touch'])
      expect(text).to.contain(label);
    expect(text).to.contain('Monday to Friday, 9am to 5pm');
    expect(text).to.contain('Kelby Family Hub, 4 Station Road');
    expect(card.querySelector('a[href="tel:01234567890"]')).to.exist;
    expect(card.querySelector('a[href="mailto:familyhub@northshire.example.gov.uk"]')).to.exist;
    expect(card.querySelector('a[href="https://www.northshire.example.gov.uk/family-hub"]')).to.exist;
    expect($(el, 'rpc-quick-exit')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('loads every page of an Open Referral UK feed, skips inactive and defunct services, keeps the council’s first', async () => {
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource', buffered: false });
    const fetched: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      fetched.push(String(input));
      return realFetch(input, init);
    };
    let el: RpcHelpFinder;
    try {
      el = await finder({ feed: FEED });
    } finally {
      window.fetch = realFetch;
      observer.disconnect();
    }
    expect(el.feedStatus).to.equal('loaded');
    // The first page is asked for once: at once, while the feed reader's code loads, and read by it.
    expect(fetched.filter((u) => u === FEED)).to.have.length(1);
    const all = [...main(el), ...abuse(el)];
    for (const id of FEED_ACTIVE) expect(all, id).to.include(id);
    expect(all).not.to.include('a1f6c2d0-0005-4e6b-9d1a-000000000005'); // inactive
    expect(all).not.to.include('a1f6c2d0-0008-4e6b-9d1a-000000000008'); // defunct
    expect(main(el).slice(0, 2)).to.deep.equal(['northshire-family-hub-relationships', 'northshire-little-steps']);
    expect(requested.some((u) => u.includes('/api/oruk/services?page=2'))).to.equal(true);
    for (const url of requested) expect(new URL(url).origin).to.equal(location.origin);
    // A service with hardly any fields still makes a sensible card.
    const sparse = $(el, '[data-service-id="a1f6c2d0-0006-4e6b-9d1a-000000000006"]')!;
    expect(sparse.querySelector('h4')!.textContent).to.equal('Kelby Family Hub Drop-in');
    expect(sparse.textContent).not.to.contain('undefined');
    await expect(el).to.be.accessible();
  });

  it('keeps 999 and the nation’s helpline one tap away at the top, before the filters and the list (“Need help now?”)', async () => {
    for (const nation of ['england', 'wales'] as const) {
      const el = await finder({}, { ...example, nation });
      const help = $<HTMLDetailsElement>(el, '[part="help-now"]')!;
      expect(help.open).to.equal(false);
      const ids = h(el).contacts('[part="help-now"]');
      expect(ids[0]).to.equal('emergency-999');
      expect(ids[1]).to.equal(nation === 'wales' ? 'live-fear-free' : 'national-da-helpline');
      // Before the filters and the first service card, on a phone too.
      const filters = $(el, '#filter-need')!;
      const card = $(el, '[data-service-id]')!;
      expect(help.compareDocumentPosition(filters) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(help.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      help.querySelector('summary')!.click();
      await settle(el);
      expect(help.open).to.equal(true);
      expect($(el, '[part="help-now"] a[href="tel:999"]')).to.exist;
      await expect(el).to.be.accessible();
    }
  });

  it('keeps domestic abuse services apart, with the helpline, never among couples’ services', async () => {
    const el = await finder({ feed: FEED });
    const panel = $(el, '[part="domestic-abuse"]')!;
    expect(abuse(el)).to.include('northshire-da-service');
    expect(abuse(el)).to.include('a1f6c2d0-0002-4e6b-9d1a-000000000002'); // Safe Harbour, from the feed
    for (const id of abuse(el)) expect(main(el)).not.to.include(id);
    expect(panel.querySelector('[data-contact-id="national-da-helpline"]')).to.exist;
    expect(panel.textContent).to.contain('Courses for couples and mediation are not safe where there may be abuse');
    await choose(el, 'filter-need', 'conflict-together');
    expect(main(el)).to.include('a1f6c2d0-0001-4e6b-9d1a-000000000001');
    for (const id of abuse(el)) expect(main(el)).not.to.include(id);
    // "Afraid of your partner?" goes straight to the domestic abuse services.
    $<HTMLButtonElement>(el, '.to-abuse button')!.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#da-heading'));
    await choose(el, 'filter-need', 'domestic-abuse');
    expect(main(el)).to.deep.equal([]);
    expect($(el, '[part="domestic-abuse"]')!.compareDocumentPosition($(el, '[part="helplines"]')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect($(el, 'rpc-quick-exit')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('beside a result with a sign of abuse or a “not sure”, lists no couple, joint, mediation or conflict services', async () => {
    const el = await finder({ feed: FEED });
    const before = main(el);
    expect(before).to.include('northshire-family-hub-relationships'); // for arguing and conflict
    expect(before).to.include('a1f6c2d0-0001-4e6b-9d1a-000000000001');
    // Another RPC Kit element on the page shows a result: the elements' own event, no answers in it.
    const other = document.createElement('div');
    document.body.append(other);
    const show = async (type: string, detail: Record<string, unknown>) => {
      other.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
      await settle(el);
    };
    try {
      await show('rpc-complete', { route: 'unclear' });
      const guarded = main(el);
      expect(guarded.length, 'some services stay').to.be.greaterThan(0);
      expect(guarded).not.to.include('northshire-family-hub-relationships');
      expect(guarded).not.to.include('a1f6c2d0-0001-4e6b-9d1a-000000000001');
      for (const id of guarded) expect(before).to.include(id);
      // The domestic abuse services come first, then the notice and what is left.
      const panel = $(el, '[part="domestic-abuse"]')!;
      const notice = $(el, '[part="guarded"]')!;
      expect(notice.textContent).to.contain('not safe where there may be abuse');
      expect(panel.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect(panel.compareDocumentPosition($(el, '.services:not(.da)')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect($(el, '.to-abuse')).to.equal(null);
      expect(abuse(el)).to.include('northshire-da-service');
      // Looking for arguing help: none listed beside that result.
      await choose(el, 'filter-need', 'conflict-together');
      expect(main(el)).to.deep.equal([]);
      expect($(el, '.empty'), 'not "none listed": the notice says why').to.equal(null);
      await expect(el).to.be.accessible();
      // The other element starts again (its introduction): the whole list again.
      await show('rpc-step', { section: 'intro' });
      expect($(el, '[part="guarded"]')).to.equal(null);
      expect(main(el)).to.include('northshire-family-hub-relationships');
      // "Not safe to go on" guards too; the quick exit's wipe forgets it.
      await show('rpc-step', { section: 'not-safe' });
      expect($(el, '[part="guarded"]')).to.exist;
      el.wipe();
      await settle(el);
      expect($(el, '[part="guarded"]')).to.equal(null);
    } finally {
      other.remove();
    }
  });

  it('gives each way to get in touch a target of 24px or more, one under another (WCAG 2.2 target size)', async () => {
    const el = await finder({ feed: FEED });
    el.style.display = 'block';
    el.style.width = '300px';
    await settle(el);
    const links = $$(el, '.card dd a');
    expect(links.length).to.be.greaterThan(3);
    for (const a of links) {
      a.scrollIntoView();
      expect(a.getBoundingClientRect().height, a.textContent!).to.be.at.least(24);
    }
  });
});

describe('<rpc-help-finder>: filters', () => {
  it('filters by need, who for, area and words, and says how many', async () => {
    const el = await finder({ feed: FEED });
    await choose(el, 'filter-need', 'new-baby');
    expect(main(el)).to.deep.equal(['northshire-little-steps', 'a1f6c2d0-0004-4e6b-9d1a-000000000004']);
    await choose(el, 'filter-area', 'Kelby');
    expect(main(el)).to.deep.equal([]);
    await choose(el, 'filter-area', 'Marram Bay');
    expect(main(el)).to.include('northshire-little-steps');
    await choose(el, 'filter-area', '');
    await choose(el, 'filter-need', '');
    await choose(el, 'filter-for', 'children');
    expect(main(el)).to.include('7'); // young people's drop-in, ages 11 to 17
    await choose(el, 'filter-for', 'parents');
    expect(main(el)).not.to.include('7');
    await choose(el, 'filter-for', '');
    // Several words, any case, without accents: "Pen-y-Môr".
    await type(el, 'bump PEN Y MOR');
    expect(main(el)).to.deep.equal(['a1f6c2d0-0004-4e6b-9d1a-000000000004']);
    expect($(el, '.count')!.textContent).to.contain('1 service found');
    await aTimeout(600);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('1 service found');
    await type(el, 'nothing like this');
    expect($(el, '.empty')!.textContent).to.contain('No service matches');
    await expect(el).to.be.accessible();
  });

  it('with no local services listed, says so, not that the choices match nothing', async () => {
    const el = await finder({}, { ...example, services: [] });
    expect(main(el)).to.deep.equal([]);
    expect($(el, '.empty')!.textContent).to.contain('No local services are listed here yet');
    expect($(el, '.empty')!.textContent).not.to.contain('choices');
    await type(el, 'baby');
    expect($(el, '.empty')!.textContent).to.contain('No service matches');
    await expect(el).to.be.accessible();
  });

  it('its note on the quick exit names the button as it shows', async () => {
    const el = await finder();
    expect($(el, '[part="quick-exit-note"]')!.textContent).to.contain('select “Exit this page”');
  });

  it('while the feed loads, says it is loading, not that nothing matches', async () => {
    const el = fixtureSync<RpcHelpFinder>(
      html`<rpc-help-finder .config=${{ ...example, services: [] }} feed-src=${FEED}></rpc-help-finder>`,
    );
    await el.updateComplete;
    expect(el.feedStatus).to.equal('loading');
    expect(Boolean($(el, '.empty'))).to.equal(false);
    expect($(el, '.loading')!.textContent).to.contain('Loading local services');
    // Only the results are busy: a screen reader does not hold back 999, the helplines or the filters.
    expect($(el, '[aria-busy="true"]')!.classList.contains('results')).to.equal(true);
    for (const part of ['[part="help-now"]', '[part="helplines"]', '#filter-need'])
      expect($(el, part)!.closest('[aria-busy="true"]'), part).to.equal(null);
    await waitUntil(() => el.feedStatus !== 'loading', 'the feed did not settle', { timeout: 10000 });
    expect($(el, '[aria-busy="true"]')).to.equal(null);
  });

  it('opens on the need in the `need` attribute, or in the page’s `rpc-need` parameter', async () => {
    const byAttribute = await finder({ need: 'separating' });
    expect($<HTMLSelectElement>(byAttribute, '#filter-need')!.value).to.equal('separating');
    expect(main(byAttribute)).to.deep.equal(['northshire-family-hub-relationships']);
    byAttribute.need = 'new-baby';
    await settle(byAttribute);
    expect(main(byAttribute)).to.deep.equal(['northshire-little-steps']);
    history.replaceState(null, '', `${location.pathname}?rpc-need=new-baby`);
    const byUrl = await finder({ need: 'separating' });
    expect($<HTMLSelectElement>(byUrl, '#filter-need')!.value).to.equal('new-baby');
    expect(main(byUrl)).to.deep.equal(['northshire-little-steps']);
    history.replaceState(null, '', `${location.pathname}?rpc-need=nonsense`);
    expect(main(await finder())).to.have.length(2);
  });

  it('shows 20 at a time, and moves focus to the first of the next ones', async () => {
    const services = Array.from({ length: 45 }, (_, i) => ({
      id: `service-${i}`,
      name: `Service ${i}`,
      needs: ['children-wellbeing'],
    }));
    const el = await finder({}, { services });
    expect(main(el)).to.have.length(20);
    $<HTMLButtonElement>(el, '.results > .more')!.click();
    await settle(el);
    expect(main(el)).to.have.length(40);
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Service 20');
    expect($(el, '.results > .more')!.textContent).to.contain('Show 5 more');
    // Domestic abuse services page the same way, in their own panel.
    const many = Array.from({ length: 25 }, (_, i) => ({
      id: `da-${i}`,
      name: `Refuge ${i}`,
      needs: ['domestic-abuse'],
    }));
    const da = await finder({}, { services: many });
    expect(abuse(da)).to.have.length(20);
    $<HTMLButtonElement>(da, '[part="domestic-abuse"] .more')!.click();
    await settle(da);
    expect(abuse(da)).to.have.length(25);
    expect(da.shadowRoot!.activeElement!.textContent).to.equal('Refuge 20');
  });

  it('can be used with the keyboard alone', async () => {
    const el = await finder({ feed: FEED });
    $<HTMLSelectElement>(el, '#filter-need')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // conflict while together
    await settle(el);
    expect($<HTMLSelectElement>(el, '#filter-need')!.value).to.equal('conflict-together');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('filter-text');
    await sendKeys({ type: 'ashford' });
    await settle(el);
    // The Family Hub serves Ashford Bridge; the relationship service is based there.
    expect(main(el)).to.deep.equal(['northshire-family-hub-relationships', 'a1f6c2d0-0001-4e6b-9d1a-000000000001']);
    for (let i = 0; i < 6 && !el.shadowRoot!.activeElement?.matches('a[href^="tel:"]'); i++)
      await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('tel:01234567890');
  });

  it('speaks Welsh, with Welsh opening hours from the feed', async () => {
    const el = await fixture<RpcHelpFinder>(
      html`<rpc-help-finder lang="cy" .config=${example} feed-src=${FEED}></rpc-help-finder>`,
    );
    await waitUntil(() => el.feedStatus === 'loaded', 'no feed', { timeout: 10000 });
    await settle(el);
    expect($(el, '.finder h2')!.textContent).to.equal('Dod o hyd i help lleol');
    expect($(el, 'label[for="filter-need"]')!.textContent).to.equal('Am beth mae o?');
    const card = $(el, '[data-service-id="a1f6c2d0-0001-4e6b-9d1a-000000000001"]')!;
    expect(card.textContent).to.contain('Dydd Llun');
    // The directory's words, in English only: marked English, for a screen reader's voice.
    const english = [...card.querySelectorAll('[lang="en"]')].map((n) => n.textContent!.trim());
    expect(english.length).to.be.greaterThan(1);
    for (const text of english) expect(text).not.to.contain('Dydd');
    expect(card.querySelector('h4 [lang="en"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<rpc-help-finder>: when things go wrong', () => {
  it('a failing feed: the council’s services, the helplines, and a quiet note for the webmaster', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await finder({ feed: '/api/oruk/missing' });
      expect(el.feedStatus).to.equal('failed');
      expect(main(el)).to.deep.equal(['northshire-family-hub-relationships', 'northshire-little-steps']);
      expect($(el, '.feed-failed')!.textContent).to.contain('could not load the full list');
      expect($$(el, '[part="helplines"] [data-contact-id]').map((n) => n.dataset.contactId)).to.include(
        'national-da-helpline',
      );
      expect(warnings.join()).to.contain('/api/oruk/missing');
      expect(warnings.join()).to.contain('404');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('a slow feed: gives up after feed-timeout and falls back', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await finder({ feed: '/api/oruk/slow', timeout: 200 });
      expect(el.feedStatus).to.equal('failed');
      expect(main(el)).to.have.length(2);
    } finally {
      console.warn = warn;
    }
  });

  it('a config with mistakes: each problem by its JSON path, and the national helplines', async () => {
    const el = await finder({}, { services: [{ id: 'x', name: 'X', needs: ['arguing'], url: 'javascript:alert(1)' }] });
    const problems = $(el, '[part="config-error"]')!.textContent!;
    expect(problems).to.contain('$.services[0].needs[0]');
    expect(problems).to.contain('$.services[0].url');
    expect($$(el, '[part="helplines"] [data-contact-id]').map((n) => n.dataset.contactId)).to.include('emergency-999');
    await expect(el).to.be.accessible();
  });
});

describe('<rpc-help-finder>: QR codes, events, privacy', () => {
  it('draws a QR code for the page (with the need chosen) and for each service with a website', async () => {
    const el = await finder();
    const page = $<SVGSVGElement>(el, '.share svg.qr')!;
    expect(await decodeQr(page)).to.equal('https://www.kelby-primary.example.sch.uk/help');
    expect(page.getAttribute('aria-label')).to.contain('kelby-primary.example.sch.uk/help');
    await choose(el, 'filter-need', 'separating');
    expect(await decodeQr($<SVGSVGElement>(el, '.share svg.qr')!)).to.equal(
      'https://www.kelby-primary.example.sch.uk/help?rpc-need=separating',
    );
    const details = $<HTMLDetailsElement>(el, '[data-service-id="northshire-family-hub-relationships"] details')!;
    expect(details.querySelector('svg')).to.equal(null); // drawn only when opened
    details.querySelector('summary')!.click();
    await waitUntil(() => details.querySelector('svg.qr'), 'no QR code for the service');
    const service = details.querySelector<SVGSVGElement>('svg.qr')!;
    expect(await decodeQr(service)).to.equal('https://www.northshire.example.gov.uk/family-hub');
  });

  it('keeps an opened QR code with its own service when a search changes the list', async () => {
    const services = [
      { id: 'alpha', name: 'Alpha Family Hub', needs: ['separating'], url: 'https://alpha.example.org/' },
      { id: 'beta', name: 'Beta Baby Group', needs: ['new-baby'], url: 'https://beta.example.org/' },
    ];
    const el = await finder({}, { ...(example as object), services });
    const details = $<HTMLDetailsElement>(el, '[data-service-id="alpha"] details')!;
    details.querySelector('summary')!.click();
    await waitUntil(() => details.querySelector('svg.qr'), 'no QR code for the service');
    await choose(el, 'filter-need', 'new-baby');
    const card = $(el, '.services:not(.da) .service')!;
    expect(card.dataset.serviceId).to.equal('beta');
    // Beta's card, where Alpha's was: never Alpha's QR code under Beta's name.
    expect(card.querySelector('svg.qr[data-qr-text="https://alpha.example.org/"]') === null).to.equal(true);
    expect(card.querySelector<HTMLDetailsElement>('details')!.open).to.equal(false);
  });

  it('draws QR codes itself, with a quiet zone, and makes tagged links', () => {
    const { size, path } = qrShape('https://example.org/');
    expect(size).to.be.greaterThan(20);
    expect(path).to.match(/^M\d+ \d+h\d+v1H\d+z/);
    expect(posterUrl('https://example.org/help?x=1', { source: 'gate-1', need: 'new-baby' })).to.equal(
      'https://example.org/help?x=1&rpc-src=gate-1&rpc-need=new-baby',
    );
    expect(posterUrl('https://example.org/help', { source: 'bad tag!' })).to.equal('https://example.org/help');
    expect(shortUrl('https://www.example.org/help/?rpc-src=a')).to.equal('example.org/help');
  });

  it('tells the host page a poster brought someone, with nothing about the person', async () => {
    history.replaceState(null, '', `${location.pathname}?rpc-src=school-gates&rpc-need=new-baby`);
    const events: CustomEvent[] = [];
    const record = (e: Event) => events.push(e as CustomEvent);
    for (const name of ['rpc-view', 'rpc-contact-click']) document.addEventListener(name, record);
    try {
      const el = await finder();
      await type(el, 'my private words');
      await type(el, '');
      await choose(el, 'filter-need', 'domestic-abuse');
      const call = $<HTMLAnchorElement>(el, '[data-service-id="northshire-da-service"] a[href^="tel:"]')!;
      call.addEventListener('click', (e) => e.preventDefault());
      call.click();
      expect(events.map((e) => e.type)).to.deep.equal(['rpc-view', 'rpc-contact-click']);
      expect(events[0]!.detail).to.deep.equal({
        element: 'rpc-help-finder',
        source: 'school-gates',
        mode: 'list',
        need: 'new-baby',
      });
      expect(events[1]!.detail).to.deep.equal({
        element: 'rpc-help-finder',
        source: 'school-gates',
        contact: 'northshire-da-service',
        channel: 'phone',
      });
      expect(JSON.stringify(events.map((e) => e.detail))).not.to.contain('private');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
    } finally {
      for (const name of ['rpc-view', 'rpc-contact-click']) document.removeEventListener(name, record);
    }
  });
});

describe('<rpc-help-finder mode="poster">', () => {
  const poster = (el: RpcHelpFinder) => $(el, '.poster')!;

  it('a poster whose QR code opens the page with its campaign tag, the short address under it', async () => {
    const el = await finder({ mode: 'poster', need: 'new-baby', posterId: 'clinic-2026' });
    const qr = $<SVGSVGElement>(el, '.poster svg.qr')!;
    expect(await decodeQr(qr)).to.equal(
      'https://www.kelby-primary.example.sch.uk/help?rpc-src=clinic-2026&rpc-need=new-baby',
    );
    expect($(el, '.poster-url')!.textContent).to.contain('kelby-primary.example.sch.uk/help');
    expect($(el, '.poster-headline')!.textContent).to.equal('A baby on the way? Help for you both');
    expect($(el, '.poster-intro')!.textContent).to.contain('A new baby changes things');
    expect($(el, '.poster-intro')!.textContent).not.to.contain('argue');
    expect($$(el, '.poster-services [data-service-id]').map((n) => n.dataset.serviceId)).to.deep.equal([
      'northshire-little-steps',
    ]);
    expect($$(el, '.poster-helplines [data-contact-id]').map((n) => n.dataset.contactId)).to.include(
      'national-da-helpline',
    );
    expect($(el, '.poster-emergency')!.textContent).to.contain('999');
    await expect(el).to.be.accessible();
  });

  it('the nation’s helpline, and a poster for domestic abuse lists only abuse services', async () => {
    const el = await finder({ mode: 'poster', need: 'domestic-abuse' }, { ...example, nation: 'wales' });
    expect($$(el, '.poster-helplines [data-contact-id]')[0]!.dataset.contactId).to.equal('live-fear-free');
    expect($$(el, '.poster-services [data-service-id]').map((n) => n.dataset.serviceId)).to.deep.equal([
      'northshire-da-service',
    ]);
    // Its own words: nothing about couples arguing under a question about fear.
    expect($(el, '.poster-intro')!.textContent).not.to.match(/argue/i);
    expect($(el, '.poster-intro')!.textContent).to.contain('No one should make you feel afraid');
  });

  it('on a phone, the preview grows to show everything: the helplines and 999 at its foot are never cut off', async () => {
    const el = await finder({ mode: 'poster' });
    el.style.display = 'block';
    el.style.width = '300px';
    await settle(el);
    const box = poster(el).getBoundingClientRect();
    for (const part of ['.poster-helplines', '.poster-emergency']) {
      const rect = $(el, part)!.getBoundingClientRect();
      expect(rect.height, part).to.be.greaterThan(0);
      expect(rect.bottom, `${part} inside the poster`).to.be.at.most(box.bottom + 1);
    }
    // Taller than A4 here, to hold it all.
    expect(box.height / box.width).to.be.greaterThan(297 / 210);
    el.remove();
  });

  it('tags the QR code rpc-src=poster when the page gives no poster-id (or a bad one)', async () => {
    for (const posterId of [undefined, 'bad tag!']) {
      const el = await finder({ mode: 'poster', ...(posterId ? { posterId } : {}) });
      const qr = $<SVGSVGElement>(el, '.poster svg.qr')!;
      expect(await decodeQr(qr)).to.equal('https://www.kelby-primary.example.sch.uk/help?rpc-src=poster');
      el.remove();
    }
  });

  it('prints on one A4 page in black and white, with nothing on screen only', async () => {
    const el = await finder({ mode: 'poster' });
    const pageRule = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText);
    expect(pageRule.join()).to.match(/size: a4/i);
    await emulateMedia({ media: 'print' });
    await settle(el);
    const box = poster(el).getBoundingClientRect();
    const mm = 96 / 25.4;
    expect(box.width / mm).to.be.closeTo(186, 1);
    expect(box.height / mm).to.be.at.most(273.5);
    for (const node of [poster(el), ...poster(el).querySelectorAll('*')]) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || node.closest('svg')) continue;
      expect(style.color, node.localName).to.be.oneOf(['rgb(0, 0, 0)']);
      expect(style.backgroundColor, node.localName).to.be.oneOf(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']);
      const rect = node.getBoundingClientRect();
      expect(rect.bottom, `${node.localName} overflows the page`).to.be.at.most(box.bottom + 1);
    }
    expect(getComputedStyle($(el, 'rpc-quick-exit')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.poster + .no-print')!).display).to.equal('none');
    el.remove();
    expect([...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).length).to.equal(0);
  });

  it('prints only the poster, on one page, whatever the theme around it', async () => {
    const page = fixtureSync<HTMLElement>(
      html`<div
        class="theme"
        style="display: grid; grid-template-columns: 900px 300px; padding: 40px; min-width: 1200px; transform: translateX(10px)"
      >
        <header class="masthead" style="position: fixed; top: 0; height: 90px">School</header>
        <main style="padding: 40px; margin-left: 80px; overflow: hidden">
          <p class="intro">Print this poster.</p>
          <div class="wide" style="float: left; width: 1100px; margin-left: -100px; border: 3px solid red">
            <rpc-help-finder
              mode="poster"
              .config=${example}
              page-url="https://www.kelby-primary.example.sch.uk/help"
            ></rpc-help-finder>
          </div>
        </main>
        <aside class="sidebar" style="height: 900px">News</aside>
      </div>`,
    );
    const el = page.querySelector<RpcHelpFinder>('rpc-help-finder')!;
    await settle(el);
    await emulateMedia({ media: 'print' });
    await settle(el);
    for (const selector of ['.masthead', '.intro', '.sidebar'])
      expect(getComputedStyle(page.querySelector(selector)!).display, selector).to.equal('none');
    for (const node of [page, page.querySelector('main')!, page.querySelector('.wide')!, el]) {
      const style = getComputedStyle(node);
      expect(style.display, node.className).to.equal('block');
      expect([style.float, style.transform, style.paddingLeft, style.marginLeft, style.borderLeftWidth]).to.deep.equal([
        'none',
        'none',
        '0px',
        '0px',
        '0px',
      ]);
    }
    const box = poster(el).getBoundingClientRect();
    const mm = 96 / 25.4;
    expect(box.width / mm).to.be.closeTo(186, 1);
    expect(box.height / mm).to.be.at.most(273.5);
    page.remove();
    expect([...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).length).to.equal(0);
  });

  it('the WordPress plugin’s print sheet for posters has the same rules as the element', async () => {
    const plugin = await (await fetch('/packages/wordpress/assets/poster-print.css')).text();
    const rules = (css: string) =>
      css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(rules(plugin)).to.equal(rules(`${POSTER_PAGE_RULE}\n${posterPrintRules('.rpc-kit-poster')}`));
  });

  it('a poster in another component’s shadow root sets the page to A4 and hides nothing', async () => {
    const host = fixtureSync<HTMLElement>(
      html`<div>
        <p class="beside">Beside</p>
        <div class="host"></div>
      </div>`,
    );
    const root = host.querySelector('.host')!.attachShadow({ mode: 'open' });
    const el = document.createElement('rpc-help-finder') as RpcHelpFinder;
    el.config = example;
    el.mode = 'poster';
    root.append(el);
    await settle(el);
    const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText);
    expect(rules.join()).to.match(/size: a4/i);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(host.querySelector('.beside')!).display).to.equal('block');
    el.remove();
    expect([...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).length).to.equal(0);
  });

  it('keeps the print sheets while another poster is on the page', async () => {
    const page = fixtureSync<HTMLElement>(
      html`<div>
        <rpc-help-finder mode="poster" .config=${example}></rpc-help-finder>
        <rpc-help-finder mode="poster" .config=${example}></rpc-help-finder>
      </div>`,
    );
    const [first, second] = [...page.querySelectorAll<RpcHelpFinder>('rpc-help-finder')];
    await settle(first!);
    await settle(second!);
    first!.remove();
    expect(
      [...document.adoptedStyleSheets]
        .flatMap((s) => [...s.cssRules])
        .map((r) => r.cssText)
        .join(),
    ).to.match(/size: a4/i);
    second!.mode = 'list';
    await settle(second!);
    expect([...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).length).to.equal(0);
  });
});
