/**
 * The config builder as its parts see it (the open panel, the problem summary, the form's
 * sections, the default pathways, the preview, the file and snippet): the config being written,
 * the problems found in it, the page's state, and focus. The parts are functions taking the
 * builder, so the state stays on the builder, in memory only.
 */
import type { Problem } from '@rpc-kit/rules';
import { formatPath, type JsonObject, type Path } from './edit.js';
import type { FormHost } from './field-frame.js';
import type { SnippetElement } from './snippet.js';

/** The elements the preview can show. */
export type Tab = 'screener' | 'signposter' | 'help-finder' | 'da-check';

export interface BuilderHost extends FormHost {
  /** The config being written, as plain JSON data (setting it updates the builder). */
  config: JsonObject;
  /** The problems `validateConfig` finds, as the elements would show them. */
  readonly problems: readonly Problem[];
  /** The warnings `validateConfig` gives a valid config, as `rpc-kit validate` prints them. */
  readonly warnings: readonly Problem[];
  /** True when the config changed since it was opened, downloaded or copied. */
  dirty: boolean;
  /** What opening a file (or starting again) did. */
  opened: { ok: boolean; text: string } | undefined;
  tab: Tab;
  previewLang: 'en' | 'cy';
  previewNote: string;
  fileName: string;
  snippetFor: SnippetElement;
  folder: string;
  copied: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  /** True when the form drew a field for this path (see `target`). */
  hasTarget(path: string): boolean;
  /** Moves focus to an element by id, opening the folded sections around it. */
  focusId(id: string): void;
  /** Moves focus to the field of a problem's path: the closest field there is. */
  focusPath(path: Path): void;
  /** Hands a file to the browser to save. */
  saveFile(blob: Blob, name: string): void;
}

export const pathKey = (path: Path) => formatPath(path);

/** True when the path `inner` is `outer` or inside it (both as `$.a.b[0]`). */
export const within = (outer: string, inner: string) =>
  inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);

/** The number of problems, in words ("1 problem", "3 problems"). */
export const problemCount = (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}`;
