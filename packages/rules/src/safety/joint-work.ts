/**
 * Does a text say an offer is couple or joint work, mediation, or conflict work? Read as a person
 * would see it, whatever characters were used to write it: invisible characters (zero-width
 * spaces, soft hyphens) are ignored, letters that only look Latin (Cyrillic "о", Greek "ο") and
 * styled letters (full-width, mathematical bold) read as the letters they look like, and a text
 * that reorders its own letters (right-to-left override) is never trusted.
 */
import {
  CONFLICT_WORK_NAMES,
  CONFLICT_WORK_WORDS,
  JOINT_WORK_NAMES,
  JOINT_WORK_WORDS,
  SUPPORT_WITH_PARTNER_WORDS,
} from '../content/joint-work-words.js';
import { foldText } from '../directory/fold.js';
import type { PathwayFormat } from '../types.js';

export type Texts = readonly (Readonly<Record<string, string>> | string | undefined)[];

// Format characters (zero-width spaces and joiners, soft hyphens, direction marks, byte order
// marks) and blank fillers (Hangul fillers, the blank Braille pattern): nothing a person sees.
const HIDDEN = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/gu;
// Direction overrides, embeddings and isolates: a text with them can show its letters in another order.
const REORDERS = /[\u202A-\u202E\u2066-\u2069]/u;
// Letters of other scripts that look like Latin ones, after lower-casing: each followed by the
// letter it looks like. Cyrillic and Greek; then, found by a review (2026-11-26), Greek capitals
// (as lower-cased), dotless i and Latin iota, Armenian, small capitals, Cherokee capitals (as
// lower-cased). One text, not an object: fewer bytes on every page.
const LOOKALIKE_PAIRS =
  'аaɑaαaвbсcϲcԁdеeεeɡgһhіiιiјjκkкkӏlмmпnоoοoσoрpρpԛqгrѕsтtτtυuѵvνvԝwхxχxуyβbζzηhμmıiɩiօoսuոnհhցgᴀaʙbᴄcᴅdᴇeғfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpʀrꜱsᴛtᴜuᴠvᴡwʏyᴢzꭰdꭱrꭲtꭵiꭹyꭺaꭻjꭼeꮃwꮇmꮋhꮐgꮓzꮩvꮪsꮮlꮯcꮲpꮶkᏼb';
const LOOKALIKE: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  [...LOOKALIKE_PAIRS].flatMap((c, i, all) => (i % 2 ? [] : [[c, all[i + 1]!] as const])),
);
const LOOKALIKES = /* @__PURE__ */ new RegExp(`[${[...LOOKALIKE.keys()].join('')}]`, 'gu');

// Digits written for the letters they look like, between letters ("C0uples", "Med1ation"; not
// "24hr" or a number), and a word spelt out letter by letter ("m e d i a t i o n").
const DIGIT_LETTER: Readonly<Record<string, string>> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't' };
const asRead = (folded: string): string =>
  folded
    .replace(/(?<=[a-z])[013457]+(?=[a-z])/g, (d) => [...d].map((c) => DIGIT_LETTER[c]).join(''))
    .replace(/\b(?:[a-z] ){2,}[a-z]\b/g, (run) => run.replace(/ /g, ''));

/** A text folded as it reads to a person (see above), for matching words whole. */
export function foldAsSeen(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) return asRead(foldText(text));
  return asRead(
    foldText(
      text
        .normalize('NFKC')
        .replace(HIDDEN, '')
        .toLowerCase()
        .replace(LOOKALIKES, (c) => LOOKALIKE.get(c) ?? c),
    ),
  );
}

const padded = (words: readonly string[]) => words.map((w) => ` ${foldText(w).trim()} `);
const JOINT = /* @__PURE__ */ padded(JOINT_WORK_WORDS);
const CONFLICT = /* @__PURE__ */ padded(CONFLICT_WORK_WORDS);
const EITHER = [...JOINT, ...CONFLICT];

/** An offer's texts as a config or the rules hold them (each a text, one per locale, or nothing). */
interface OfferWords {
  readonly name?: unknown;
  readonly provider?: unknown;
  readonly description?: unknown;
  readonly whoFor?: unknown;
  readonly cost?: unknown;
  readonly duration?: unknown;
  readonly access?: { readonly howTo?: unknown; readonly url?: unknown; readonly email?: unknown };
}

/**
 * Every text of an offer a person reads: its name, who runs it, what it is, who for, cost, length,
 * how to get it, and its link and email (".../couples-counselling", "mediation@...").
 */
export const offerTexts = (p: OfferWords): Texts =>
  [
    p.name,
    p.provider,
    p.description,
    p.whoFor,
    p.cost,
    p.duration,
    p.access?.howTo,
    p.access?.url,
    p.access?.email,
  ] as Texts;

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

const JOINT_NAMES = /* @__PURE__ */ padded(JOINT_WORK_NAMES);
const WITH_PARTNER = /* @__PURE__ */ padded(SUPPORT_WITH_PARTNER_WORDS);

/** True when general support's texts put the partner in the room ("on your own or with your partner"). */
export function readsLikeSupportWithPartner(...texts: Texts): boolean {
  return reads(WITH_PARTNER, texts);
}
const CONFLICT_NAMES = /* @__PURE__ */ padded(CONFLICT_WORK_NAMES);

/** True when a name (or who runs it) is couple work's ("Relate Northshire"): read in names only. */
export function namedLikeJointWork(...names: Texts): boolean {
  return reads(JOINT_NAMES, names);
}

/** True when a name (or who runs it) is a conflict programme's ("COPE"): read in names only. */
export function namedLikeConflictWork(...names: Texts): boolean {
  return reads(CONFLICT_NAMES, names);
}

/** True for a service or offer delivered as mediation. */
export const isMediationFormat = (formats: readonly PathwayFormat[] | undefined): boolean =>
  formats?.includes('mediation') ?? false;
