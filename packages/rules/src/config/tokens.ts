/**
 * Branding tokens: the `--rpc-*` custom properties a council may set in `branding.tokens`, each
 * with a strict grammar of values (colours, lengths in a sane range, font stacks; nothing that
 * fetches, such as `url()` or `image-set()`), their defaults per preset, and the colour pairs
 * that must stay readable. Elements build their theme from this table, so it is the one place a
 * token is defined. How a council's values are checked is in `token-checks.ts` (loaded with config
 * validation, not by an element's first screen).
 */
export type Preset = 'govuk' | 'nhs' | 'plain';
export const PRESETS: readonly Preset[] = ['govuk', 'nhs', 'plain'];

type Kind = 'colour' | 'font-family' | 'font-size' | 'length';

export interface TokenSpec {
  readonly kind: Kind;
  /** The element's private property the token feeds (`--_text` for `--rpc-colour-text`). */
  readonly internal?: string;
  readonly defaults: { readonly govuk: string; readonly nhs?: string };
  /** For lengths: the allowed range in px (em and rem count as 16 px). */
  readonly range?: readonly [number, number];
  readonly description: string;
}

const colour = (internal: string, govuk: string, nhs: string | undefined, description: string): TokenSpec => ({
  kind: 'colour',
  internal,
  defaults: nhs ? { govuk, nhs } : { govuk },
  description,
});

/** Every token a council may set. */
export const THEME_TOKENS = {
  '--rpc-font-family': {
    kind: 'font-family',
    defaults: { govuk: 'Arial, Helvetica, sans-serif' },
    description: 'The font stack (fonts already on the page; no web fonts are loaded).',
  },
  '--rpc-font-size': {
    kind: 'font-size',
    defaults: { govuk: '1.1875em' },
    range: [14, 32],
    description: 'The base text size (at least 14px, or 0.875em of the reader’s default size).',
  },
  '--rpc-colour-text': colour('--_text', '#0b0c0c', '#212b32', 'Text.'),
  '--rpc-colour-secondary-text': colour('--_secondary', '#505a5f', '#4c6272', 'Hints and captions.'),
  '--rpc-colour-link': colour('--_link', '#1d70b8', '#005eb8', 'Links.'),
  '--rpc-colour-link-visited': colour('--_link-visited', '#4c2c92', '#330072', 'Visited links.'),
  '--rpc-colour-focus': colour('--_focus', '#ffdd00', '#ffeb3b', 'The focus highlight.'),
  '--rpc-colour-focus-text': colour('--_focus-text', '#0b0c0c', '#212b32', 'Text on the focus highlight.'),
  '--rpc-colour-button': colour('--_button', '#00703c', '#007f3b', 'Buttons.'),
  '--rpc-colour-button-text': colour('--_button-text', '#ffffff', undefined, 'Text on buttons.'),
  '--rpc-colour-secondary-button': colour('--_secondary-button', '#f3f2f1', undefined, 'Secondary buttons.'),
  '--rpc-colour-border': colour('--_border', '#b1b4b6', '#d8dde0', 'Borders of cards and panels.'),
  '--rpc-colour-input-border': colour('--_input-border', '#0b0c0c', '#4c6272', 'Borders of radios and inputs.'),
  '--rpc-colour-error': colour('--_error', '#d4351c', '#d5281b', 'Error messages.'),
  '--rpc-colour-emergency': colour('--_emergency', '#d4351c', '#d5281b', 'The 999 button and emergency panels.'),
  '--rpc-colour-exit': colour('--_exit', '#d4351c', undefined, 'The quick exit button.'),
  '--rpc-colour-panel': colour('--_panel', '#f3f2f1', '#f0f4f5', 'Panels and notices.'),
  '--rpc-colour-background': colour('--_background', '#ffffff', undefined, 'The background.'),
  '--rpc-radius': {
    kind: 'length',
    internal: '--_radius',
    defaults: { govuk: '0', nhs: '4px' },
    range: [0, 24],
    description: 'Corner radius of cards and buttons.',
  },
  '--rpc-space': {
    kind: 'length',
    internal: '--_space',
    defaults: { govuk: '15px' },
    range: [4, 48],
    description: 'The space between blocks.',
  },
  '--rpc-padding': {
    kind: 'length',
    defaults: { govuk: '0' },
    range: [0, 64],
    description: 'Padding around the element.',
  },
  '--rpc-quick-exit-top': {
    kind: 'length',
    defaults: { govuk: '0' },
    range: [0, 200],
    description:
      'How far below the top of the window the quick exit sits at least (it finds a bar fixed there by itself).',
  },
  '--rpc-quick-exit-bottom': {
    kind: 'length',
    defaults: { govuk: '0' },
    range: [0, 200],
    description:
      'How far above the bottom of the window the quick exit sits at least before the element (it finds a bar fixed there by itself).',
  },
} as const satisfies Record<string, TokenSpec>;

export type TokenName = keyof typeof THEME_TOKENS;
export const TOKEN_NAMES = /* @__PURE__ */ Object.keys(THEME_TOKENS) as TokenName[];

/** A token's grammar and defaults, or undefined for a name that is not a token. */
export const spec = (name: string): TokenSpec | undefined =>
  Object.hasOwn(THEME_TOKENS, name) ? (THEME_TOKENS as Record<string, TokenSpec>)[name] : undefined;

/** The value a token has under a preset when the council does not set it. */
export function tokenDefault(name: TokenName, preset: Preset): string {
  const d = (THEME_TOKENS as Record<string, TokenSpec>)[name]!.defaults;
  return (preset === 'nhs' ? d.nhs : undefined) ?? d.govuk;
}

/**
 * The CSS that maps each token onto the element's private properties with the preset's default,
 * for `selector` (the element's root) and `selector.preset-nhs`. Elements put it in their styles.
 */
export function themeCss(selector: string): string {
  const block = (preset: Preset, all: boolean) =>
    TOKEN_NAMES.map((name) => [name, (THEME_TOKENS as Record<string, TokenSpec>)[name]!] as const)
      .filter(([, s]) => s.internal && (all || s.defaults.nhs !== undefined))
      .map(([name, s]) => `${s.internal}: var(${name}, ${tokenDefault(name, preset)});`)
      .join('\n  ');
  return `${selector} {\n  ${block('govuk', true)}\n}\n${selector}.preset-nhs {\n  ${block('nhs', false)}\n}\n`;
}
