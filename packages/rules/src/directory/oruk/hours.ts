/** Opening hours in English and Welsh from Open Referral UK schedules. */
import { DIRECTORY_WORDS } from '../../content/directory-words.js';
import type { LocalisedText } from '../../types.js';
import { distinct, prose, str, type Json } from './json.js';

const DAY_CODES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * The days of a `byday` ("MO,TU", "Monday", "Tues Thurs"), as indexes from Monday; [] when
 * there is none; null when a part is not a plain weekday (such as "1SA", the first Saturday).
 */
function parseDays(value: unknown): number[] | null {
  const tokens = (str(value) ?? '')
    .toLowerCase()
    .split(/[\s,;/&]+/)
    .filter((t) => t !== '' && t !== 'and');
  const days = new Set<number>();
  for (const token of tokens) {
    const t = token.length > 3 ? token.replace(/s$/, '') : token;
    const day = t.length >= 2 ? DAY_CODES.findIndex((d) => d.startsWith(t)) : -1;
    if (day < 0) return null;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

/** Minutes after midnight of "09:00", "9:30", "09:00:00Z". */
function parseTime(value: unknown): number | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(str(value) ?? '');
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** "9am", "9:30am", "12pm", "5pm". */
function clock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${h % 12 || 12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

/** Runs of consecutive days: [0,1,2,4] -> [[0,2],[4,4]]. */
function runs(days: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last && last[1] === d - 1) last[1] = d;
    else out.push([d, d]);
  }
  return out;
}

function joinList(parts: readonly string[], and: string): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}` : parts.join('');
}

/** "Monday to Friday" / "Dydd Llun i ddydd Gwener"; "Monday and Thursday" / "Dydd Llun a dydd Iau". */
function dayText(days: readonly number[]): { en: string; cy: string } {
  const say = (lang: 'en' | 'cy'): string => {
    const w = DIRECTORY_WORDS[lang];
    if (days.length === 7) return w.everyDay;
    const parts: string[] = [];
    for (const [a, b] of runs(days)) {
      if (b - a >= 2) parts.push(w.dayRange(w.days[a] as string, w.days[b] as string));
      else for (let d = a; d <= b; d++) parts.push(w.day(w.days[d] as string));
    }
    const text = joinList(parts, w.and);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return { en: say('en'), cy: say('cy') };
}

/**
 * Opening hours in English and Welsh from ORUK schedules: "Monday to Friday, 9am to 5pm" /
 * "Dydd Llun i ddydd Gwener, 9am i 5pm". Entries with the same times share their days, and days
 * with several opening times list them all. A schedule that is not a plain weekly one (monthly,
 * "1SA", or times without days but with a description) is shown by its own description, in
 * English only, and then the whole text is English only.
 */
export function hoursText(schedules: readonly Json[]): LocalisedText | undefined {
  const byTime = new Map<string, { days: Set<number>; open?: number; close?: number }>();
  const described: string[] = [];
  for (const s of schedules) {
    const days = parseDays(s.byday);
    const freq = str(s.freq)?.toUpperCase();
    const weekly = freq === undefined || freq === 'WEEKLY' || freq === 'DAILY';
    const open = parseTime(s.opens_at);
    const close = parseTime(s.closes_at);
    const timed = open !== undefined && close !== undefined;
    if (!weekly || days === null || (days.length === 0 && (!timed || str(s.description)))) {
      described.push(prose(s.description, 200) ?? '');
      continue;
    }
    const key = timed ? `${open}-${close}` : '';
    const group = byTime.get(key) ?? { days: new Set<number>(), ...(timed ? { open, close } : {}) };
    days.forEach((d) => group.days.add(d));
    byTime.set(key, group);
  }

  const byDays = new Map<string, { days: number[]; times: { en: string; cy: string }[] }>();
  for (const group of byTime.values()) {
    const days = [...group.days].sort((a, b) => a - b);
    const key = days.join(',');
    const entry = byDays.get(key) ?? { days, times: [] };
    if (group.open !== undefined && group.close !== undefined) {
      const [o, c] = [clock(group.open), clock(group.close)];
      entry.times.push({ en: DIRECTORY_WORDS.en.times(o, c), cy: DIRECTORY_WORDS.cy.times(o, c) });
    }
    byDays.set(key, entry);
  }

  const en: string[] = [];
  const cy: string[] = [];
  const ordered = [...byDays.values()].sort((a, b) => (a.days[0] ?? 7) - (b.days[0] ?? 7));
  for (const { days, times } of ordered) {
    const d = days.length ? dayText(days) : undefined;
    en.push([d?.en, ...times.map((t) => t.en)].filter(Boolean).join(', '));
    cy.push([d?.cy, ...times.map((t) => t.cy)].filter(Boolean).join(', '));
  }
  const notes = distinct(described);
  const enText = [...en, ...notes].filter(Boolean).join('; ');
  if (!enText) return undefined;
  return notes.length ? { en: enText } : { en: enText, cy: cy.join('; ') };
}
