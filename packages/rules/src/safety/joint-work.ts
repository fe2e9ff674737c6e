/**
 * Does a text say an offer is couple or joint work, mediation, or conflict work? Read as a person
 * would see it, whatever characters were used to write it: invisible characters (zero-width
 * spaces, soft hyphens) are ignored, letters that only look Latin (Cyrillic "о", Greek "ο") and
 * styled letters (full-width, mathematical bold) read as the letters they look like, and a text
 * that reorders its own letters (right-to-left override) is never trusted.
 */
import { CONFLICT_WORK_WORDS, JOINT_WORK_WORDS } from '../content/joint-work-words.js';
import { foldText } from '../directory/fold.js';
import type { PathwayFormat } from '../types.js';

export type Texts = readonly (Readonly<Record<string, string>> | string | undefined)[];

// Format characters: zero-width spaces and joiners, soft hyphens, direction marks, byte order marks.
const HIDDEN = /\p{Cf}/gu;
// Direction overrides, embeddings and isolates: a text with them can show its letters in another order.
const REORDERS = /[\u202A-\u202E\u2066-\u2069]/u;
// Letters of other scripts that look like Latin ones, after lower-casing.
const LOOKALIKE: Readonly<Record<string, string>> = {
  а: 'a',
  ɑ: 'a',
  α: 'a',
  в: 'b',
  с: 'c',
  ϲ: 'c',
  ԁ: 'd',
  е: 'e',
  ε: 'e',
  ɡ: 'g',
  һ: 'h',
  і: 'i',
  ι: 'i',
  ј: 'j',
  κ: 'k',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  п: 'n',
  о: 'o',
  ο: 'o',
  σ: 'o',
  р: 'p',
  ρ: 'p',
  ԛ: 'q',
  г: 'r',
  ѕ: 's',
  т: 't',
  τ: 't',
  υ: 'u',
  ѵ: 'v',
  ν: 'v',
  ԝ: 'w',
  х: 'x',
  χ: 'x',
  у: 'y',
};
const LOOKALIKES = /* @__PURE__ */ new RegExp(`[${Object.keys(LOOKALIKE).join('')}]`, 'gu');

/** A text folded as it reads to a person (see above), for matching words whole. */
export function foldAsSeen(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) return foldText(text);
  return foldText(
    text
      .normalize('NFKC')
      .replace(HIDDEN, '')
      .toLowerCase()
      .replace(LOOKALIKES, (c) => LOOKALIKE[c] ?? c),
  );
}

const padded = (words: readonly string[]) => words.map((w) => ` ${foldText(w).trim()} `);
const JOINT = /* @__PURE__ */ padded(JOINT_WORK_WORDS);
const CONFLICT = /* @__PURE__ */ padded(CONFLICT_WORK_WORDS);
const EITHER = /* @__PURE__ */ [...JOINT, ...CONFLICT];

/** An offer's texts as a config or the rules hold them (each a text, one per locale, or nothing). */
interface OfferWords {
  readonly name?: unknown;
  readonly provider?: unknown;
  readonly description?: unknown;
  readonly whoFor?: unknown;
  readonly cost?: unknown;
  readonly duration?: unknown;
  readonly access?: { readonly howTo?: unknown };
}

/** Every text of an offer a person reads: its name, who runs it, what it is, who for, cost, length, how to get it. */
export const offerTexts = (p: OfferWords): Texts =>
  [p.name, p.provider, p.description, p.whoFor, p.cost, p.duration, p.access?.howTo] as Texts;

/** The strings of texts in any shape a config may hold (a text, one per locale, or nothing usable). */
export const textsOf = (texts: Texts): string[] =>
  texts.flatMap((t: unknown) =>
    typeof t === 'string'
      ? [t]
      : typeof t === 'object' && t !== null
        ? Object.values(t).filter((v): v is string => typeof v === 'string')
        : [],
  );

/**
 * Whether a text holds any of the (padded) words, in one search: a hundred and more searches for
 * each text of a directory of 5,000 services had been most of a config's check.
 */
const anyWord = new WeakMap<readonly string[], RegExp>();
function anyOf(words: readonly string[]): RegExp {
  let pattern = anyWord.get(words);
  if (!pattern) {
    const each = words.map((w) => w.slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    anyWord.set(words, (pattern = new RegExp(` (?:${each.join('|')}) `)));
  }
  return pattern;
}

/** The first of the words the texts say, as folded; a text that reorders its own letters always says one. */
function said(words: readonly string[], texts: Texts): string | undefined {
  const all = textsOf(texts);
  if (all.some((t) => REORDERS.test(t))) return 'letters shown in another order';
  const hay = ` ${all.map(foldAsSeen).join(' ')} `;
  // The first in the list's order, as before, once the one search has found any.
  return anyOf(words).test(hay) ? words.find((w) => hay.includes(w))?.trim() : undefined;
}

const reads = (words: readonly string[], texts: Texts): boolean => said(words, texts) !== undefined;

/**
 * The words that make the texts read like couple or joint work, mediation or conflict work, as
 * folded ("couples counselling"), for a council to see what to reword; undefined if none.
 */
export function jointOrConflictWords(...texts: Texts): string | undefined {
  return said(EITHER, texts);
}

/** True when any of the texts (in any language) names couple or joint work, or mediation. */
export function readsLikeJointWork(...texts: Texts): boolean {
  return reads(JOINT, texts);
}

/** True when any of the texts (in any language) names work on parents' conflict or arguing. */
export function readsLikeConflictWork(...texts: Texts): boolean {
  return reads(CONFLICT, texts);
}

/** True when any of the texts names couple or joint work, mediation, or conflict work: never beside abuse. */
export function readsLikeJointOrConflictWork(...texts: Texts): boolean {
  return reads(EITHER, texts);
}

/** True for a service or offer delivered as mediation. */
export const isMediationFormat = (formats: readonly PathwayFormat[] | undefined): boolean =>
  formats?.includes('mediation') ?? false;
