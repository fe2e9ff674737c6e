/**
 * Content packs: the default content's Welsh words and practitioners' words, kept out of the first
 * load. The content modules hold the English that parents read; the other three variants of each
 * text live in packs, keyed by the text's stable id, and are fetched only when asked for
 * (`await loadContent({ locale: 'cy', audience: 'practitioner' })`).
 *
 * How a text finds its words: each content module passes its data through `withIds` once, which
 * copies it and records, in a registry beside the data, the id of every text in it (its place:
 * `safety.afraid.hint`, `pathway.cope.access.howTo`, or a message's own id such as `ui.continue`)
 * and where that module's packs are. `localise`, `worded` and `message` consult that registry and
 * the packs that are loaded; the content objects themselves are never changed when a pack arrives.
 * So a text read before its pack is loaded is the English parent's text (never a crash or a blank),
 * a text read after is the pack's, and anything holding a text object (a resolved config, a
 * decision in progress) needs nothing refreshed. A council's own texts carry no id: they are read
 * exactly as before.
 *
 * Each content module has up to three packs (`content/packs/<pack>/<module>.ts`): `cy` (Welsh:
 * parents' wording, and every text with one wording for everyone), `practitioner` (English, only the
 * texts worded differently for practitioners) and `cy-practitioner` (Welsh, likewise). A Welsh
 * practitioner's text is the first of `cy-practitioner`, `cy`, the English. Because a module names
 * its own packs, `loadContent` fetches the words of the content a bundle carries and nothing else:
 * a page with only the help finder never fetches the Welsh of the safety questions.
 */
import type { Audience, LocalisedText } from '../types.js';

export type PackName = 'cy' | 'practitioner' | 'cy-practitioner';
export const PACK_NAMES: readonly PackName[] = ['cy', 'practitioner', 'cy-practitioner'];
/** A pack: text id -> words. */
export type Pack = Readonly<Record<string, string>>;

/** Where a content module's packs are: a module of their own each, so a bundler leaves them out of the first load. */
export type PackSource = { readonly [K in PackName]?: () => Promise<{ readonly PACK: Pack }> };

/** What to load: the locale (a BCP 47 tag; Welsh for `cy` and `cy-*`, English otherwise) and the audience. */
export interface ContentRequest {
  readonly locale?: string;
  readonly audience?: Audience;
}

/**
 * What the content is now in, for that request: the locale and audience to show. Where a pack could
 * not be loaded, English or the parents' wording (and the console says so): an element shows
 * everything in this locale, so a Welsh page never mixes in English safety words.
 */
export interface ContentResult {
  readonly locale: 'en' | 'cy';
  readonly audience: Audience;
}

/** A content module's packs: where they are, which are applied, which are on their way. */
interface Source {
  readonly where: PackSource;
  readonly applied: { [K in PackName]?: Pack };
  readonly pending: Map<PackName, Promise<boolean>>;
  readonly asked: Set<PackName>;
}

interface TextRef {
  readonly id: string;
  readonly practitioner: boolean;
  readonly source: Source | undefined;
}

const SOURCES = /* @__PURE__ */ new Map<PackSource, Source>();
const REFS = /* @__PURE__ */ new WeakMap<object, TextRef>();
const VIEWS = /* @__PURE__ */ new WeakMap<object, LocalisedText>();
const warned = /* @__PURE__ */ new Set<PackName>();

const WHAT: Readonly<Record<PackName, string>> = {
  cy: 'Welsh words',
  practitioner: 'practitioners’ words',
  'cy-practitioner': 'practitioners’ Welsh words',
};

const inPack = (pack: Pack | undefined, id: string): string | undefined =>
  pack && Object.hasOwn(pack, id) ? pack[id] : undefined;

const isText = (value: object): value is LocalisedText => typeof (value as { en?: unknown }).en === 'string';

function sourceOf(where: PackSource): Source {
  let source = SOURCES.get(where);
  if (!source) {
    source = { where, applied: {}, pending: new Map(), asked: new Set() };
    SOURCES.set(where, source);
  }
  return source;
}

/**
 * Copies content data, recording the id of every text in it, and where its packs are: the id is
 * `prefix`, then each key, with an array's items named by their `id` or `value` (else their index).
 * A text met twice in the same data keeps the id of its first place. Run once, when the content
 * module loads.
 */
export function withIds<T>(prefix: string, value: T, packs?: PackSource): T {
  const source = packs && sourceOf(packs);
  const copies = new Map<object, unknown>();
  const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
  const copy = (item: unknown, path: string): unknown => {
    if (typeof item !== 'object' || item === null) return item;
    const known = copies.get(item);
    if (known !== undefined) return known;
    let out: object;
    if (Array.isArray(item)) {
      out = item.map((x: unknown, i) => {
        const named = typeof x === 'object' && x !== null ? (x as { id?: unknown; value?: unknown }) : {};
        const key = typeof named.id === 'string' ? named.id : typeof named.value === 'string' ? named.value : i;
        return copy(x, at(path, key));
      });
    } else if (isText(item)) {
      out = { ...item };
      REFS.set(out, { id: path, practitioner: false, source });
    } else {
      out = Object.fromEntries(Object.entries(item).map(([k, v]) => [k, copy(v, at(path, k))]));
    }
    copies.set(item, out);
    return out;
  };
  return copy(value, prefix) as T;
}

/** The id of a default content text (undefined for any other text, such as a council's). */
export function textId(text: object): string | undefined {
  return REFS.get(text)?.id;
}

/**
 * A content text as practitioners read it: their words where the practitioner packs have them,
 * else the parents'. Any other text is returned as it is.
 */
export function practitionerView(text: LocalisedText): LocalisedText {
  const ref = REFS.get(text);
  if (!ref || ref.practitioner) return text;
  let view = VIEWS.get(text);
  if (!view) {
    view = { en: text.en };
    REFS.set(view, { ...ref, practitioner: true });
    VIEWS.set(text, view);
  }
  return view;
}

/** Reading words from a pack nobody has asked for is a mistake of the caller's: say so, once. */
function warnUnasked(source: Source, name: PackName): void {
  if (!source.where[name] || source.asked.has(name) || warned.has(name)) return;
  warned.add(name);
  console.warn(
    `RPC Kit: ${WHAT[name]} were read before \`await loadContent(...)\` asked for them; English for parents is shown instead.`,
  );
}

/**
 * A content text's words in a language (a primary language subtag) from the packs that are
 * loaded, or undefined: then the text's own English is the answer.
 */
export function fromPacks(text: object, language: string): string | undefined {
  const ref = REFS.get(text);
  const source = ref?.source;
  if (!source) return undefined;
  if (language === 'cy') {
    warnUnasked(source, 'cy');
    if (!ref.practitioner) return inPack(source.applied.cy, ref.id);
    warnUnasked(source, 'cy-practitioner');
    return inPack(source.applied['cy-practitioner'], ref.id) ?? inPack(source.applied.cy, ref.id);
  }
  if (!ref.practitioner) return undefined;
  warnUnasked(source, 'practitioner');
  return inPack(source.applied.practitioner, ref.id);
}

/** How a pack is fetched: `load()`, unless a test stands in (one that fails, or counts). */
export type PackFetch = (
  load: () => Promise<{ readonly PACK: Pack }>,
  name: PackName,
) => Promise<{ readonly PACK: Pack }>;

const FETCH: PackFetch = (load) => load();

/** Loads one of a module's packs once (a failed load is tried again next time): true when applied. */
function loadPack(source: Source, name: PackName, fetch: PackFetch): Promise<boolean> {
  const load = source.where[name];
  source.asked.add(name);
  if (!load || source.applied[name]) return Promise.resolve(true);
  let loading = source.pending.get(name);
  if (!loading) {
    loading = Promise.resolve()
      .then(() => fetch(load, name))
      .then(
        (module) => {
          source.applied[name] = module.PACK;
          return true;
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          console.error(
            `RPC Kit: the ${WHAT[name]} could not be loaded (${reason}); ${name === 'cy' ? 'English' : 'the parents’ wording'} is shown instead.`,
          );
          return false;
        },
      )
      .finally(() => source.pending.delete(name));
    source.pending.set(name, loading);
  }
  return loading;
}

/** Loads a pack of every content module there is: true when every one is applied. */
async function loadEvery(name: PackName, fetch: PackFetch): Promise<boolean> {
  const done = await Promise.all([...SOURCES.values()].map((source) => loadPack(source, name, fetch)));
  return done.every(Boolean);
}

const welsh = (locale: string | undefined) => (locale ?? 'en').split('-')[0]!.toLowerCase() === 'cy';

/** `loadContent`, with a stand-in for fetching (tests give one that fails or counts). */
export async function loadContentFrom(request: ContentRequest, fetch: PackFetch): Promise<ContentResult> {
  const practitioner = request.audience === 'practitioner';
  if (welsh(request.locale)) {
    const [cy, cyPractitioner] = await Promise.all([
      loadEvery('cy', fetch),
      practitioner && loadEvery('cy-practitioner', fetch),
    ]);
    // All of the Welsh or none: a Welsh page never mixes English safety words into Welsh.
    if (cy) return { locale: 'cy', audience: cyPractitioner ? 'practitioner' : 'parent' };
  }
  const english = practitioner && (await loadEvery('practitioner', fetch));
  return { locale: 'en', audience: english ? 'practitioner' : 'parent' };
}

/**
 * Loads the default content's words for a locale and an audience, and resolves once they are the
 * ones `localise`, `worded`, `message`, `evaluate` and the journey give. Idempotent: a pack is
 * fetched once, and calls while it is on its way share the fetch. English for parents needs
 * nothing. Never rejects: a pack that fails to load leaves English (or the parents' wording), says
 * so in the console, and the result names what is shown. Content code loaded later (another chunk)
 * brings packs of its own: call again before reading its words (`isContentLoaded` says whether).
 */
export function loadContent(request: ContentRequest = {}): Promise<ContentResult> {
  return loadContentFrom(request, FETCH);
}

/**
 * How many content modules have said where their packs are. It grows as chunks with content load
 * (the rules' journey brings the questions, the reasons and the pathways): a `loadContent` result
 * holds for the modules there were when it was asked for.
 */
export function contentModules(): number {
  return SOURCES.size;
}

/** Are the words for this locale and audience loaded already (so nothing need be awaited)? */
export function isContentLoaded(request: ContentRequest = {}): boolean {
  const practitioner = request.audience === 'practitioner';
  const names: PackName[] = welsh(request.locale)
    ? practitioner
      ? ['cy', 'cy-practitioner']
      : ['cy']
    : practitioner
      ? ['practitioner']
      : [];
  return [...SOURCES.values()].every((s) => names.every((name) => !s.where[name] || !!s.applied[name]));
}

/** A content text's words in each pack that is loaded (for checks of the content itself). */
export function packedWords(text: object): { readonly [K in PackName]?: string } {
  const ref = REFS.get(text);
  const applied = ref?.source?.applied ?? {};
  return Object.fromEntries(
    PACK_NAMES.flatMap((name) => {
      const words = ref && inPack(applied[name], ref.id);
      return words === undefined ? [] : [[name, words]];
    }),
  );
}

/** Every pack that is loaded, of every content module (for checks of the content itself). */
export function loadedPacks(): { readonly name: PackName; readonly pack: Pack }[] {
  return [...SOURCES.values()].flatMap((s) =>
    PACK_NAMES.flatMap((name) => (s.applied[name] ? [{ name, pack: s.applied[name] }] : [])),
  );
}
