/**
 * Reading a large feed response without one long task: a 5,000-service export is megabytes of
 * JSON, and `response.json()` decodes and parses all of it at once (about 50 ms on a laptop, four
 * times that on a cheap phone). Here the body is decoded as it is read, the JSON is scanned a slice
 * at a time for the list of services (giving the main thread back between slices), and each
 * service's JSON is parsed only when it is mapped, in the mapping's own slices.
 *
 * The result is what `parseOrukPage(JSON.parse(text))` gives, with each item as its JSON text. A
 * response that is not JSON says so: a broken structure when it is scanned, a broken service when
 * that service is parsed.
 */
import { DEFAULT_SLICE_MS, yieldToMain, type SliceOptions } from '../../util/yield.js';
import { num } from './json.js';

/** The keys a page's list of services may be under, in the order `parseOrukPage` prefers them. */
const LIST_KEYS = ['content', 'contents', 'services'] as const;

/** One response's services, each as its JSON text, and its page count (null when it does not say). */
export interface PageText {
  readonly items: readonly string[];
  readonly totalPages: number | null;
}

/** The response is not JSON (or not whole). */
export class NotJson extends Error {}

const now = (): number => (typeof performance === 'object' ? performance.now() : Date.now());

/** A clock for slices: `due()` is true once a slice has run its time, `next()` yields and starts another. */
function slicer(options: SliceOptions) {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const yieldTo = options.yieldTo ?? yieldToMain;
  let start = now();
  return {
    due: () => now() - start >= sliceMs,
    async next() {
      await yieldTo();
      options.signal?.throwIfAborted();
      start = now();
    },
  };
}

/** Bytes decoded at a time: a body that has all arrived comes as one piece of megabytes. */
const DECODE_BYTES = 64 * 1024;

/** The body as text, decoded as it is read, a piece at a time, yielding between slices. */
export async function readText(response: Response, options: SliceOptions = {}): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  const clock = slicer(options);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let i = 0; i < value.length; i += DECODE_BYTES) {
      parts.push(decoder.decode(value.subarray(i, i + DECODE_BYTES), { stream: true }));
      if (clock.due()) await clock.next();
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Where a string that starts at `i` (a quote) ends: the index of its closing quote. */
function stringEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    j = text.indexOf('"', j + 1);
    if (j < 0) throw new NotJson('a string is not closed');
    let slashes = 0;
    while (text.charCodeAt(j - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return j;
  }
}

interface ListFound {
  readonly key: (typeof LIST_KEYS)[number];
  /** The list's `[` and `]`. */
  readonly open: number;
  close: number;
  readonly items: string[];
}

/**
 * Scans JSON text for its list of services, a slice at a time: the items of a bare array, or of
 * an object's `content`, `contents` or `services` array (the object's other fields are parsed as
 * they are). Throws `NotJson` when the text is not JSON.
 */
export async function scanPage(text: string, options: SliceOptions = {}): Promise<PageText | null> {
  let i = 0;
  while (isSpace(text.charCodeAt(i))) i++;
  const root = text.charCodeAt(i);
  if (root !== OPEN_ARRAY && root !== OPEN_OBJECT) {
    // Not a list or an object: nothing to slice.
    try {
      JSON.parse(text);
    } catch {
      throw new NotJson('not JSON');
    }
    return null;
  }
  const clock = slicer(options);
  const lists: ListFound[] = [];
  const rootItems: string[] = [];
  // The array whose items are being split (the root array, or a list at depth 2), and where its current item started.
  let splitting: { depth: number; items: string[]; itemStart: number } | undefined;
  const open: number[] = []; // the brackets open, innermost last
  let key: string | undefined; // the last key read at depth 1 of a root object
  let expectKey = false;
  let steps = 0;
  const endItem = (at: number, last: boolean) => {
    const item = text.slice(splitting!.itemStart, at);
    if (item.trim() !== '') splitting!.items.push(item);
    else if (!last || splitting!.items.length > 0) throw new NotJson('an empty item in a list');
    splitting!.itemStart = at + 1;
  };
  for (; i < text.length; i++) {
    if (++steps === 512) {
      steps = 0;
      if (clock.due()) await clock.next();
    }
    const c = text.charCodeAt(i);
    const depth = open.length;
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          throw new NotJson('a key is not a string');
        }
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      open.push(c);
      if (depth === 0) {
        if (c === OPEN_ARRAY) splitting = { depth: 1, items: rootItems, itemStart: i + 1 };
        else expectKey = true;
      } else if (
        c === OPEN_ARRAY &&
        depth === 1 &&
        root === OPEN_OBJECT &&
        (LIST_KEYS as readonly string[]).includes(key ?? '')
      ) {
        const found: ListFound = { key: key as ListFound['key'], open: i, close: -1, items: [] };
        lists.push(found);
        splitting = { depth: 2, items: found.items, itemStart: i + 1 };
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (open.pop() !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) throw new NotJson('a bracket does not match');
      if (splitting && depth === splitting.depth) {
        endItem(i, true);
        if (depth === 2) lists.at(-1)!.close = i;
        splitting = undefined;
      }
      if (open.length === 0) {
        i++;
        break;
      }
    } else if (c === COMMA) {
      if (splitting && depth === splitting.depth) endItem(i, false);
      if (root === OPEN_OBJECT && depth === 1) expectKey = true;
    } else if (c === COLON && depth === 1) {
      expectKey = false;
    }
  }
  if (open.length !== 0) throw new NotJson('the JSON is not whole');
  for (; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) throw new NotJson('more after the JSON');

  if (root === OPEN_ARRAY) return { items: rootItems, totalPages: null };

  // The object without its lists, parsed as it is (it is small): the page count, and which of the
  // lists `parseOrukPage` would take.
  let skeleton = '';
  let from = 0;
  for (const list of lists) {
    skeleton += `${text.slice(from, list.open)}[]`;
    from = list.close + 1;
  }
  skeleton += text.slice(from);
  let page: Record<string, unknown>;
  try {
    page = JSON.parse(skeleton) as Record<string, unknown>;
  } catch {
    throw new NotJson('not JSON');
  }
  // JSON keeps the last of a repeated key: so does this.
  const chosen = LIST_KEYS.find((k) => Array.isArray(page[k]));
  if (!chosen) return null;
  const items = lists.filter((l) => l.key === chosen).at(-1)!.items;
  const total = num(page.totalPages ?? page.total_pages);
  return { items, totalPages: total !== undefined && total >= 1 ? Math.floor(total) : null };
}

/** One service's JSON text, parsed. Throws `NotJson` when it is not JSON. */
export function parseItem(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new NotJson('a service is not JSON');
  }
}
