import { SAFETY_QUESTIONS } from '../src/content/safety.js';
import { loadContent, packedWords, textId } from '../src/i18n/packs.js';
import type { SafetyAnswer } from '../src/types.js';

/** Loads every pack: the Welsh and the practitioners' words. */
export async function loadAllContent(): Promise<void> {
  await loadContent({ locale: 'cy', audience: 'practitioner' });
  await loadContent({ locale: 'en', audience: 'practitioner' });
}

/**
 * Every localised text anywhere in a value, with where it is and its words (`cy` undefined where
 * there is no Welsh): a default content text's Welsh and practitioners' words from the packs (load
 * them first), and a text worded per audience as two, `<path>.parent` and `<path>.practitioner`.
 */
export function contentTexts(value: unknown, path = ''): { path: string; text: { en: string; cy?: string } }[] {
  if (typeof value !== 'object' || value === null) return [];
  const v = value as { en?: unknown; parent?: unknown; practitioner?: unknown };
  if ('parent' in v && 'practitioner' in v)
    return [...contentTexts(v.parent, `${path}.parent`), ...contentTexts(v.practitioner, `${path}.practitioner`)];
  if (typeof v.en === 'string') {
    if (textId(v) === undefined) return [{ path, text: v as { en: string; cy?: string } }];
    const words = packedWords(v);
    const parent = { en: v.en, cy: words.cy };
    const en = words.practitioner;
    const cy = words['cy-practitioner'];
    if (en === undefined && cy === undefined) return [{ path, text: parent }];
    return [
      { path: `${path}.parent`, text: parent },
      { path: `${path}.practitioner`, text: { en: en ?? parent.en, cy: cy ?? parent.cy } },
    ];
  }
  return Object.entries(v).flatMap(([k, x]) => contentTexts(x, `${path}.${k}`));
}

/** Safety answers with no indicator at all: every question "no", except can-disagree-safely "yes". */
export function safeAnswers(overrides: Record<string, string> = {}): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const q of SAFETY_QUESTIONS) answers[q.id] = q.indicator === 'no' ? 'yes' : 'no';
  return { ...answers, ...overrides };
}

/** The answer to a safety question that is its indicator. */
export function indicatorAnswer(id: string): SafetyAnswer {
  const q = SAFETY_QUESTIONS.find((x) => x.id === id);
  if (!q?.indicator) throw new Error(`no indicator for ${id}`);
  return q.indicator;
}

export const VICTIM_IDS = SAFETY_QUESTIONS.filter((q) => q.concerns === 'victim').map((q) => q.id);
export const JOINT_DEFAULT_IDS = ['me-you-and-baby-too', 'arguing-better', 'getting-on-better', 'cope', 'mediation'];
export const CONFLICT_DEFAULT_IDS = [
  'me-you-and-baby-too',
  'arguing-better',
  'getting-it-right-for-children',
  'parenting-when-separated',
  'getting-on-better',
  'cope',
  'mediation',
];
