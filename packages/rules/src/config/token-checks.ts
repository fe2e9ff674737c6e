/**
 * How a council's branding tokens are checked: each value in its token's grammar (colours,
 * lengths in a sane range, font stacks; nothing that fetches, such as `url()` or `image-set()`),
 * and the colour pairs that must stay readable. Part of config validation, so an element's first
 * screen does not load it (the token table itself is in `tokens.ts`).
 */
import type { Problem } from '../util/problems.js';
import { problemAt, shorten } from '../util/problems.js';
import { TOKEN_NAMES, spec, tokenDefault, type Preset, type TokenName, type TokenSpec } from './tokens.js';

export type Rgb = readonly [number, number, number];

const clampByte = (n: number) => n >= 0 && n <= 255;

/**
 * A colour the grammar allows, as red, green and blue: `#rgb`, `#rrggbb`, `rgb(r g b)` or
 * `rgb(r, g, b)` with whole numbers, `hsl(h s% l%)`, `black` or `white`. No transparency (its
 * contrast depends on what is behind it) and nothing else.
 */
export function parseColour(value: string): Rgb | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'black') return [0, 0, 0];
  if (v === 'white') return [255, 255, 255];
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (m) {
    const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  m = /^rgb\(\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*\)$/.exec(v);
  if (m) {
    const rgb = [Number(m[1]), Number(m[2]), Number(m[3])];
    return rgb.every(clampByte) ? (rgb as unknown as Rgb) : undefined;
  }
  m = /^hsl\(\s*(\d{1,3}(?:\.\d+)?)(?:deg)?\s*[, ]\s*(\d{1,3}(?:\.\d+)?)%\s*[, ]\s*(\d{1,3}(?:\.\d+)?)%\s*\)$/.exec(v);
  if (m) {
    const [h, s, l] = [Number(m[1]) % 360, Number(m[2]) / 100, Number(m[3]) / 100];
    if (s > 1 || l > 1) return undefined;
    const k = (n: number) => (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    const f = (n: number) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))));
    return [f(0), f(8), f(4)];
  }
  return undefined;
}

/** WCAG's contrast ratio of two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const lum = (c: Rgb) => {
    const [r, g, bl] = c.map((x) => {
      const s = x / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A length in px (em and rem at 16 px, % of 16 px), or undefined when it is not a plain length. */
export function lengthPx(value: string): number | undefined {
  const m = /^(\d{1,4}(?:\.\d{1,4})?)(px|rem|em|%)?$/.exec(value.trim().toLowerCase());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2] === undefined) return n === 0 ? 0 : undefined;
  return m[2] === 'px' ? n : m[2] === '%' ? (n / 100) * 16 : n * 16;
}

const GENERIC_FONTS = /* @__PURE__ */ new Set([
  'serif',
  'sans-serif',
  'system-ui',
  'monospace',
  'ui-sans-serif',
  'ui-serif',
]);
const FONT_NAME = /^(?:"[A-Za-z0-9 -]{1,60}"|'[A-Za-z0-9 -]{1,60}'|[A-Za-z][A-Za-z0-9 -]{0,59})$/;

// Fonts that draw pictures for letters and digits (Wingdings draws 999 as symbols): installed on
// Windows and macOS, so nothing is fetched, and the helplines' numbers would be unreadable.
const SYMBOL_FONT = /dings\b|\b(?:symbols?|marlett|dingbats?|emoji|icons?|mdl2|awesome)\b/i;

/** A font stack: names of fonts (quoted or not) and generic families, separated by commas; no symbol fonts. */
export function isFontStack(value: string): boolean {
  if (value.length > 200) return false;
  const names = value.split(',').map((n) => n.trim());
  return names.length > 0 && names.every((n) => GENERIC_FONTS.has(n) || (FONT_NAME.test(n) && !SYMBOL_FONT.test(n)));
}

/** Why a value is not allowed for a token, or undefined when it is. */
function valueProblem(name: string, s: TokenSpec, value: string): string | undefined {
  switch (s.kind) {
    case 'colour':
      return parseColour(value)
        ? undefined
        : 'must be a colour like "#1d70b8", "rgb(29 112 184)" or "hsl(207 73% 42%)" (no transparency, no url())';
    case 'font-family':
      return isFontStack(value)
        ? undefined
        : 'must be a font stack like "Arial, Helvetica, sans-serif", with no symbol or icon font (Wingdings would draw 999 as pictures)';
    case 'font-size':
    case 'length': {
      const px = lengthPx(value);
      const [min, max] = s.range ?? [0, 100];
      if (px === undefined) return 'must be a length like "16px", "1rem" or "1em"';
      if (px < min || px > max)
        return s.kind === 'font-size'
          ? `must be between ${min}px and ${max}px (${min / 16}rem and ${max / 16}rem): smaller text is hard to read`
          : `must be between ${min}px and ${max}px`;
      return undefined;
    }
  }
}

/** Colour pairs that must stay readable: text at 4.5:1, borders and controls at 3:1. */
const PAIRS: readonly (readonly [TokenName, TokenName, number, string])[] = [
  ['--rpc-colour-text', '--rpc-colour-background', 4.5, 'text'],
  ['--rpc-colour-text', '--rpc-colour-panel', 4.5, 'text in panels'],
  ['--rpc-colour-text', '--rpc-colour-secondary-button', 4.5, 'secondary buttons'],
  ['--rpc-colour-secondary-text', '--rpc-colour-background', 4.5, 'hints'],
  ['--rpc-colour-link', '--rpc-colour-background', 4.5, 'links'],
  ['--rpc-colour-link', '--rpc-colour-panel', 4.5, 'links in panels (the helplines)'],
  ['--rpc-colour-link-visited', '--rpc-colour-background', 4.5, 'visited links'],
  ['--rpc-colour-button-text', '--rpc-colour-button', 4.5, 'buttons'],
  ['--rpc-colour-button-text', '--rpc-colour-emergency', 4.5, 'the 999 button'],
  ['--rpc-colour-button-text', '--rpc-colour-exit', 4.5, 'the quick exit button'],
  ['--rpc-colour-focus-text', '--rpc-colour-focus', 4.5, 'focused links and buttons'],
  ['--rpc-colour-error', '--rpc-colour-background', 4.5, 'error messages'],
  ['--rpc-colour-input-border', '--rpc-colour-background', 3, 'radio buttons and inputs'],
  ['--rpc-colour-emergency', '--rpc-colour-background', 3, 'emergency panels'],
];

/**
 * Checks a config's branding: every token known and its value in the grammar, then every pair
 * the council changed still readable. One problem per token, at its JSON path.
 */
export function checkBranding(preset: Preset, tokens: Readonly<Record<string, string>>): Problem[] {
  const problems: Problem[] = [];
  const at = (name: string, message: string) => problems.push(problemAt(['branding', 'tokens', name], message));
  const ok = new Map<string, string>();
  for (const [name, value] of Object.entries(tokens)) {
    const s = spec(name);
    if (!s) {
      const near = TOKEN_NAMES.find((t) => t.replace(/colou?r/, 'colour') === name.replace(/colou?r/, 'colour'));
      at(
        name,
        `is not a token RPC Kit uses${near ? ` (did you mean "${near}"?)` : ''}: see docs/theming.md for the list`,
      );
      continue;
    }
    const wrong = typeof value === 'string' ? valueProblem(name, s, value) : 'must be text';
    if (wrong) at(name, `${wrong} (got "${shorten(String(value), 40)}")`);
    else ok.set(name, value);
  }
  const value = (name: TokenName) => ok.get(name) ?? tokenDefault(name, preset);
  for (const [fg, bg, min, what] of PAIRS) {
    if (!ok.has(fg) && !ok.has(bg)) continue;
    const a = parseColour(value(fg));
    const b = parseColour(value(bg));
    if (!a || !b) continue;
    const ratio = contrast(a, b);
    if (ratio < min) {
      at(
        ok.has(fg) ? fg : bg,
        `makes ${what} hard to read: ${value(fg)} on ${value(bg)} has a contrast of ${ratio.toFixed(2)}:1 (at least ${min}:1 is needed)`,
      );
    }
  }
  return problems;
}
