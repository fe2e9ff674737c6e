/**
 * Long work in slices: an Open Referral UK feed mapped a slice at a time, giving the main thread
 * back between slices, with exactly the services mapping it all at once gives; and a directory
 * built a slice at a time, and filtered as typing goes on, with exactly the results of one built
 * at once and filtered afresh. No timing is asserted: slices are counted, with `sliceMs: 0` (one
 * item a slice) where a count must not depend on the machine's speed.
 */
import { expect } from '@open-wc/testing';
import {
  loadOrukFeed,
  mapOrukInSlices,
  mapOrukService,
  parseOrukPage,
  streamOrukFeed,
  type OrukFeedSlice,
} from '../src/directory/oruk/index.js';
import { createDirectory, type DirectoryQuery } from '../src/directory/directory.js';
import { inSlices, yieldToMain } from '../src/util/yield.js';
import { NotJson, readText, scanPage } from '../src/directory/oruk/page-text.js';
import fc from 'fast-check';
import { NEEDS, type Service } from '../src/types.js';

const FIXTURES = '/test/fixtures/oruk/';
const itemsOf = async (name: string): Promise<unknown[]> =>
  parseOrukPage(await (await fetch(`${FIXTURES}${name}`)).json()).items;

/** The fixtures' services, and ones made from them: many, with duplicates and bad rows among them. */
async function manyItems(count: number): Promise<unknown[]> {
  const templates = (
    await Promise.all(['services-page-1.json', 'services-page-2.json', 'services-v3.json'].map(itemsOf))
  ).flat() as Record<string, unknown>[];
  const towns = ['Kelby', 'Marram Bay', 'Pen-y-Môr', 'Ashford Bridge', 'Saltmere'];
  return Array.from({ length: count }, (_, i) => {
    const t = templates[i % templates.length]!;
    if (i % 97 === 5) return { ...t, id: undefined };
    if (i % 89 === 7) return { ...t, id: `copy-${i - 1}` };
    return {
      ...t,
      id: `copy-${i}`,
      name: `${String(t.name)} ${towns[i % towns.length]} ${i}`,
      service_areas: [{ service_area: towns[(i * 3) % towns.length] }],
    };
  });
}

/** Mapping at once, as before: each item mapped, the first of each id kept. */
function mapAtOnce(items: readonly unknown[]): { services: Service[]; skipped: number } {
  const seen = new Set<string>();
  const services: Service[] = [];
  for (const item of items) {
    const s = mapOrukService(item);
    if (s && !seen.has(s.id)) {
      seen.add(s.id);
      services.push(s);
    }
  }
  return { services, skipped: items.length - services.length };
}

/** A yield that is a real macrotask (a timer) and counts itself. */
function countingYield() {
  const counter = { yields: 0, fn: () => new Promise<void>((resolve) => setTimeout(resolve, 0)) };
  const fn = counter.fn;
  counter.fn = () => {
    counter.yields++;
    return fn();
  };
  return counter;
}

describe('slices: yielding to the main thread', () => {
  it('yieldToMain resolves in a later task, never in a microtask', async () => {
    let done = false;
    const yielded = yieldToMain().then(() => (done = true));
    for (let i = 0; i < 100; i++) await Promise.resolve();
    expect(done).to.equal(false);
    await yielded;
    expect(done).to.equal(true);
  });

  it('inSlices gives every result, in order, yielding between slices and never after the last', async () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    const counter = countingYield();
    const slices: number[][] = [];
    for await (const slice of inSlices(items, (n) => n * 2, { sliceMs: 0, yieldTo: counter.fn })) slices.push(slice);
    expect(slices.flat()).to.deep.equal(items.map((n) => n * 2));
    expect(slices).to.have.length(25);
    expect(counter.yields).to.equal(24);
    // With time to spare, a slice takes many items.
    const wide: number[][] = [];
    for await (const slice of inSlices(items, (n) => n, { sliceMs: 10_000, yieldTo: counter.fn })) wide.push(slice);
    expect(wide).to.deep.equal([items]);
  });

  it('stops at the next slice when its signal is aborted', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    let error: unknown;
    try {
      for await (const slice of inSlices([1, 2, 3, 4], (n) => n, { sliceMs: 0, signal: controller.signal })) {
        seen.push(...slice);
        if (seen.length === 2) controller.abort(new Error('stopped'));
      }
    } catch (e) {
      error = e;
    }
    expect(seen).to.deep.equal([1, 2]);
    expect((error as Error).message).to.equal('stopped');
  });
});

describe('slices: mapping a feed', () => {
  it('mapOrukInSlices gives exactly the services mapping all at once gives, and lets timers run between slices', async () => {
    const items = await manyItems(600);
    const counter = countingYield();
    // A timer queued before the mapping starts, and one queued in each slice: each runs before
    // the next slice, so the main thread is free between slices.
    let ticks = 0;
    setTimeout(() => ticks++, 0);
    const ticksAtSlice: number[] = [];
    const services: Service[] = [];
    let skipped = 0;
    let lasts = 0;
    for await (const slice of mapOrukInSlices(items, { sliceMs: 0, yieldTo: counter.fn })) {
      ticksAtSlice.push(ticks);
      setTimeout(() => ticks++, 0);
      services.push(...slice.services);
      skipped += slice.skipped;
      if (slice.last) lasts++;
    }
    const once = mapAtOnce(items);
    expect(services).to.deep.equal(once.services);
    expect(skipped).to.equal(once.skipped);
    expect(skipped).to.be.greaterThan(0);
    expect(lasts).to.equal(1);
    expect(counter.yields).to.equal(items.length - 1);
    // Slice k (from 1) starts after the timer queued before the mapping and those of slices 0 to k - 1.
    expect(ticksAtSlice[0]).to.equal(0);
    expect(ticksAtSlice.slice(1).every((t, i) => t === i + 2)).to.equal(true);
  });

  it('with the default slices, several items a slice and the same services', async () => {
    const items = await manyItems(300);
    const out: Service[] = [];
    let slices = 0;
    for await (const slice of mapOrukInSlices(items)) {
      out.push(...slice.services);
      slices++;
    }
    expect(out).to.deep.equal(mapAtOnce(items).services);
    expect(slices).to.be.at.least(1).and.at.most(items.length);
  });
});

/** A paged API over the items: `pages` pages, each answered when `gate(page)` resolves. */
function pagedFetch(items: readonly unknown[], pages: number, gate: (page: number) => Promise<void> = async () => {}) {
  const size = Math.ceil(items.length / pages);
  const asked: number[] = [];
  const signals: AbortSignal[] = [];
  const fetchPage: typeof fetch = async (input, init) => {
    const page = Number(new URL(String(input), 'http://test.invalid').searchParams.get('page') ?? '1');
    asked.push(page);
    signals.push(init!.signal!);
    await gate(page);
    init!.signal!.throwIfAborted();
    return new Response(
      JSON.stringify({ content: items.slice((page - 1) * size, page * size), totalPages: pages, number: page }),
    );
  };
  return { fetch: fetchPage, asked, signals };
}

describe('slices: reading a large response', () => {
  /** What scanning gives, as parseOrukPage gives it: items parsed, and null as no items. */
  const scanned = async (text: string) => {
    const page = await scanPage(text, { sliceMs: 0, yieldTo: () => Promise.resolve() });
    return page ? { items: page.items.map((t) => JSON.parse(t) as unknown), totalPages: page.totalPages } : null;
  };

  it('finds the same services and page count as parsing the whole JSON, for any JSON', async () => {
    const service = fc.record({
      id: fc.oneof(fc.string(), fc.integer()),
      name: fc.string({ unit: 'binary' }),
      nested: fc.jsonValue(),
    });
    const page = fc.oneof(
      fc.array(service),
      fc.record(
        {
          content: fc.oneof(fc.array(service), fc.jsonValue()),
          contents: fc.array(service),
          services: fc.array(service),
          totalPages: fc.oneof(fc.integer({ min: -2, max: 50 }), fc.string(), fc.constant(null)),
          total_pages: fc.integer({ min: 0, max: 9 }),
          other: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(page, fc.constantFrom(undefined, 2, '\t'), async (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const whole = parseOrukPage(JSON.parse(text));
        const got = await scanned(text);
        if (got === null) expect(whole).to.deep.equal({ items: [], totalPages: null });
        else expect(got).to.deep.equal(whole);
      }),
      { numRuns: 300 },
    );
    // A repeated key: the last one, as JSON.parse has it.
    expect(await scanned('{"content":[{"id":1}],"content":[{"id":2}],"total_pages":"3"}')).to.deep.equal({
      items: [{ id: 2 }],
      totalPages: 3,
    });
    // Brackets, commas, quotes and backslashes inside strings are not structure.
    const tricky = { a: ']},\\"}[', b: '\\', c: '\\\\"' };
    expect(await scanned(` [ ${JSON.stringify(tricky)} , [1,[2]] ,"x"] `)).to.deep.equal({
      items: [tricky, [1, [2]], 'x'],
      totalPages: null,
    });
  });

  it('says when the text is not JSON, or not whole', async () => {
    for (const text of [
      '{"content": [{"id": 1}, {"id": 2}',
      '[{"id": 1},]',
      '[{"id": 1},,{"id": 2}]',
      '[{"id": 1}}',
      '{"content": []} x',
      '[{"id": "1}]',
      '<html>Sign in</html>',
      '{"content": [], "totalPages": }',
    ]) {
      let error: unknown;
      try {
        await scanned(text);
      } catch (e) {
        error = e;
      }
      expect(error, text).to.be.instanceOf(NotJson);
    }
  });

  it('decodes a body read in small pieces, letters split between them', async () => {
    const text = JSON.stringify([{ id: 'a', name: 'Pen-y-Môr – “Cymraeg” ✓ 😀' }]);
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    expect(await readText(new Response(body), { sliceMs: 0, yieldTo: () => Promise.resolve() })).to.equal(text);
  });
});

describe('slices: streaming a feed', () => {
  it('gives the first page’s services before the last page has even arrived, then every page in order', async () => {
    const items = await manyItems(240);
    let release!: () => void;
    const lastPage = new Promise<void>((resolve) => (release = resolve));
    const api = pagedFetch(items, 4, (page) => (page === 4 ? lastPage : Promise.resolve()));
    // What happened, in order: each yield to the main thread, and each slice given.
    const log: string[] = [];
    const yieldTo = () => {
      log.push('yield');
      return new Promise<void>((resolve) => setTimeout(resolve, 0));
    };
    const slices: OrukFeedSlice[] = [];
    let firstBeforeLast = false;
    for await (const slice of streamOrukFeed('/api/services', { fetch: api.fetch, sliceMs: 0, yieldTo })) {
      if (slices.length === 0) {
        firstBeforeLast = true;
        setTimeout(release, 0);
      }
      log.push('slice');
      slices.push(slice);
    }
    expect(firstBeforeLast).to.equal(true);
    expect(slices[0]!.page).to.equal(1);
    expect(slices.map((s) => s.page)).to.deep.equal([...slices.map((s) => s.page)].sort((a, b) => a - b));
    expect(slices.filter((s) => s.done)).to.deep.equal([slices.at(-1)]);
    expect(slices.every((s) => s.pages === 4)).to.equal(true);
    const once = mapAtOnce(items);
    expect(slices.flatMap((s) => s.services)).to.deep.equal(once.services);
    expect(slices.reduce((n, s) => n + s.skipped, 0)).to.equal(once.skipped);
    // The main thread is given back between every two slices, within a page and between pages
    // (and while a page is read and scanned).
    expect(log.join(' ')).not.to.contain('slice slice');
    expect(log.filter((e) => e === 'slice')).to.have.length(slices.length);
  });

  it('loadOrukFeed, now a wrapper, gives the same as before: the services mapped at once', async () => {
    const items = await manyItems(150);
    const feed = await loadOrukFeed('/api/services', { fetch: pagedFetch(items, 3).fetch });
    const once = mapAtOnce(items);
    expect(feed).to.deep.equal({ services: once.services, skipped: once.skipped, pages: 3 });
  });

  it('ends with the error of a page that fails, after giving the pages before it', async () => {
    const items = await manyItems(90);
    const api = pagedFetch(items, 3, async (page) => {
      if (page === 3) throw new TypeError('Failed to fetch');
    });
    const pages: number[] = [];
    let error: Error | undefined;
    try {
      for await (const slice of streamOrukFeed('/api/services', { fetch: api.fetch })) pages.push(slice.page);
    } catch (e) {
      error = e as Error;
    }
    expect(error!.message).to.equal(
      'Could not load the Open Referral UK feed (page 3, /api/services?page=3): Failed to fetch',
    );
    expect(pages.every((p) => p < 3)).to.equal(true);
    const rejected = await loadOrukFeed('/api/services', { fetch: api.fetch }).catch((e: Error) => e);
    expect((rejected as Error).message).to.equal(error!.message);
  });

  it('a feed of one empty page ends at once, done', async () => {
    const slices: OrukFeedSlice[] = [];
    for await (const slice of streamOrukFeed('/x', { fetch: async () => new Response('[]') })) slices.push(slice);
    expect(slices).to.deep.equal([{ services: [], skipped: 0, page: 1, pages: 1, done: true }]);
  });

  it('stopping early (break, or the signal) stops every fetch still on its way', async () => {
    const items = await manyItems(100);
    const never = new Promise<void>(() => undefined);
    const api = pagedFetch(items, 5, (page) => (page === 1 ? Promise.resolve() : never));
    for await (const slice of streamOrukFeed('/api/services', { fetch: api.fetch, sliceMs: 0 })) {
      expect(slice.page).to.equal(1);
      break;
    }
    expect(api.signals.length).to.be.greaterThan(1);
    expect(api.signals.every((s) => s.aborted)).to.equal(true);

    const controller = new AbortController();
    const second = pagedFetch(items, 5, (page) => (page === 1 ? Promise.resolve() : never));
    let error: unknown;
    try {
      for await (const slice of streamOrukFeed('/api/services', {
        fetch: second.fetch,
        sliceMs: 0,
        signal: controller.signal,
      })) {
        if (slice.page === 1) controller.abort(new Error('the help finder went away'));
      }
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.equal('the help finder went away');
    expect(second.signals.every((s) => s.aborted)).to.equal(true);
  });
});

describe('slices: a directory built as a feed is mapped', () => {
  const QUERIES: DirectoryQuery[] = [
    {},
    { text: 'relationship' },
    { text: 'kelby' },
    { need: 'domestic-abuse' },
    { need: 'conflict-together', area: 'Kelby' },
    { forWhom: 'parents', text: 'family' },
    { forWhom: 'children' },
    { area: 'pen y mor' },
    ...NEEDS.map((need) => ({ need })),
  ];

  it('added a slice at a time, it gives what one built at once gives', async () => {
    const { services } = mapAtOnce(await manyItems(400));
    const whole = createDirectory(services);
    const growing = createDirectory([]);
    for (let i = 0; i < services.length; i += 37) growing.add(services.slice(i, i + 37));
    expect(growing.services).to.deep.equal(services);
    expect(growing.areas).to.deep.equal(whole.areas);
    for (const query of QUERIES) {
      expect(growing.filter(query), JSON.stringify(query)).to.deep.equal(whole.filter(query));
      expect(growing.sections(query), JSON.stringify(query)).to.deep.equal(whole.sections(query));
    }
  });

  it('leaves out a service whose id is already in, and says what it added', () => {
    const a = { id: 'a', name: { en: 'A' }, needs: [] } satisfies Service;
    const b = { id: 'b', name: { en: 'B' }, needs: [] } satisfies Service;
    const directory = createDirectory([a]);
    expect(directory.add([{ ...a, name: { en: 'A again' } }, b, b])).to.deep.equal([b]);
    expect(directory.services.map((s) => s.name.en)).to.deep.equal(['A', 'B']);
  });

  it('typing on, backspacing, changing a filter or adding services: the same as filtering afresh', async () => {
    const { services } = mapAtOnce(await manyItems(300));
    const directory = createDirectory(services.slice(0, 200));
    const fresh = () => createDirectory(directory.services);
    const typed = 'relationship support kelby';
    const steps: DirectoryQuery[] = [
      ...Array.from(typed, (_, i) => ({ text: typed.slice(0, i + 1) })),
      { text: 'relationship support kel' },
      { text: 'relationship support kel', area: 'Kelby' },
      { text: 'relationship support kelb', area: 'Kelby' },
      { text: 'Relationship-Support', forWhom: 'parents' },
      { text: 'family' },
    ];
    for (const [i, query] of steps.entries()) {
      if (i === 10) directory.add(services.slice(200));
      expect(directory.sections(query), JSON.stringify(query)).to.deep.equal(fresh().sections(query));
      expect(directory.filter({ ...query, need: 'separating' })).to.deep.equal(
        fresh().filter({ ...query, need: 'separating' }),
      );
    }
  });
});
