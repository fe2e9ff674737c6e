/**
 * The default pathways in the builder: each with an explicit on or off (by the same rule the
 * rules use), its text, links and who it is for to change, and the hints that say what a default
 * falls back on. A default switched on or off is written as `true` or `false`, and becomes an
 * object only when its text is changed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DEFAULT_PATHWAYS, type Pathway } from '@rpc-kit/rules';
import {
  fieldId,
  getIn,
  isObject,
  removeIn,
  setIn,
  type Json,
  type JsonObject,
  type KeyOrder,
  type Path,
} from './edit.js';
import { objectChildren } from './fields.js';
import { nodeAt, type SchemaNode } from './schema.js';
import { pathKey, type BuilderHost } from './builder-host.js';
import { valueLabel } from './words.js';

export const DEFAULTS = ['pathways', 'defaults'] as const;

const isDefaultEntry = (p: Path) => p.length === 3 && p[0] === DEFAULTS[0] && p[1] === DEFAULTS[1];

/** Whether a default pathway is on, by the same rule the rules use. */
export function defaultIsOn(config: JsonObject, id: string): boolean {
  const entry = getIn(config, [...DEFAULTS, id]);
  if (typeof entry === 'boolean') return entry;
  if (isObject(entry)) return entry.enabled !== false;
  return getIn(config, ['pathways', 'allDefaults']) !== false;
}

/** The ids of the default pathways the schema knows. */
export function defaultIds(schema: SchemaNode): string[] {
  return (nodeAt(schema, DEFAULTS)?.propertyNames?.enum ?? []).filter((v): v is string => typeof v === 'string');
}

/**
 * The config with the value at `path` set (or removed, with undefined): a default pathway switched
 * on or off (true or false) becomes an object when its text is changed, and back to true or false
 * when nothing but on or off is left.
 */
export function withValue(
  config: JsonObject,
  path: Path,
  value: Json | undefined,
  order: KeyOrder,
): JsonObject | undefined {
  let next: Json = config;
  const isDefaultPatch = path.length > 3 && isDefaultEntry(path.slice(0, 3));
  const entryPath = path.slice(0, 3);
  if (isDefaultPatch && !isObject(getIn(next, entryPath))) {
    if (value === undefined) return undefined;
    next = setIn(next, entryPath, defaultIsOn(config, String(path[2])) ? {} : { enabled: false }, order);
  }
  next = value === undefined ? removeIn(next, path, isDefaultEntry) : setIn(next, path, value, order);
  if (isDefaultPatch) {
    // Nothing changed but on or off: write just that.
    const entry = getIn(next, entryPath);
    if (isObject(entry)) {
      const keys = Object.keys(entry);
      if (keys.length === 0) next = setIn(next, entryPath, true);
      else if (keys.length === 1 && typeof entry.enabled === 'boolean') next = setIn(next, entryPath, entry.enabled);
    }
  }
  return (isObject(next) ? next : {}) as JsonObject;
}

/** What a default pathway's field falls back on when the council leaves it empty. */
export function defaultHint(path: Path): string | undefined {
  if (path.length !== 4 || path[0] !== DEFAULTS[0] || path[1] !== DEFAULTS[1]) return undefined;
  const pathway = DEFAULT_PATHWAYS.find((p) => p.id === path[2]);
  const key = path[3] as keyof Pathway;
  const now = pathway?.[key];
  if (!pathway || now === undefined) return undefined;
  if (key === 'formats') return `If none ticked: ${(now as string[]).map(valueLabel).join(', ')}.`;
  if (key === 'eligibility') {
    const rules = Object.entries(now as object).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
    return `Its own rules now: ${rules.length ? rules.join('; ') : 'every family'}.`;
  }
  if (key === 'access') {
    const a = now as Pathway['access'];
    const ways = [a.url, a.phone, a.email, a.howTo?.en].filter(Boolean).join('; ');
    return `Anything you set here replaces its own${ways ? `: ${ways}` : ''}.`;
  }
  if (isObject(now) && typeof now.en === 'string') return `If empty: “${now.en}”`;
  return undefined;
}

/** One default pathway: on or off, and its text to change. */
function renderDefault(host: BuilderHost, id: string): TemplateResult {
  const path = [...DEFAULTS, id];
  const pathway = DEFAULT_PATHWAYS.find((p) => p.id === id);
  const name = pathway?.name.en ?? id;
  const entry = getIn(host.config, path);
  const isOn = defaultIsOn(host.config, id);
  const problems = host.problemsAt(path);
  const fid = fieldId(path);
  // A pathway whose text or links the council changed counts as chosen too. Neither radio is ticked
  // until the council chooses (a ticked On could not be chosen, and the pathway would stay "not
  // chosen"); the hint below says what applies meanwhile.
  const chosen = entry !== undefined;
  host.target(path, `${fid}:on`);
  host.target([...path, 'enabled'], `${fid}:on`);
  const choose = (value: boolean) => {
    if (isObject(getIn(host.config, path))) host.set([...path, 'enabled'], value);
    else host.set(path, value);
  };
  return html`<fieldset
    class="form-group default-pathway ${problems.length ? 'has-error' : ''} ${isOn ? 'is-on' : 'is-off'}"
    data-path=${pathKey(path)}
    data-pathway-id=${id}
    aria-describedby=${`${fid}:about`}
  >
    <legend><h3>${name}</h3></legend>
    <div class="hint" id=${`${fid}:about`}>
      ${
        pathway
          ? html`${pathway.provider ? html`${pathway.provider.en}. ` : nothing}${pathway.formats
              .map(valueLabel)
              .join(', ')}.
            For: ${pathway.whoFor.en}.`
          : nothing
      }
      <code>${id}</code>
    </div>
    ${problems.map((p) => html`<p class="error-message"><span class="visually-hidden">Error:</span> ${p.message}</p>`)}
    <div class="choices inline-choices">
      <div class="choice">
        <input
          type="radio"
          id=${`${fid}:on`}
          name=${fid}
          .checked=${live(chosen && isOn)}
          @change=${() => choose(true)}
        />
        <label for=${`${fid}:on`}>On: we run it</label>
      </div>
      <div class="choice">
        <input
          type="radio"
          id=${`${fid}:off`}
          name=${fid}
          .checked=${live(chosen && !isOn)}
          @change=${() => choose(false)}
        />
        <label for=${`${fid}:off`}>Off: we do not run it</label>
      </div>
    </div>
    ${chosen ? nothing : html`<p class="hint not-chosen">Not chosen yet: ${isOn ? 'on by default' : 'off'}.</p>`}
    <details class="patch">
      <summary>
        Change its text, links or who it is
        for${
          host.problemsWithin(path) > problems.length
            ? html` <span class="problem-count">(has problems)</span>`
            : nothing
        }
      </summary>
      <div>${objectChildren(host, path, ['enabled'])}</div>
    </details>
  </fieldset>`;
}

/** Every default pathway, with an explicit on or off, and its text to change. */
export function renderDefaults(host: BuilderHost): TemplateResult {
  const ids = defaultIds(host.schema);
  const on = ids.filter((id) => defaultIsOn(host.config, id));
  const unchosen = ids.filter((id) => getIn(host.config, [...DEFAULTS, id]) === undefined);
  const allOff = getIn(host.config, ['pathways', 'allDefaults']) === false;
  return html`<div class="defaults" data-path=${pathKey(DEFAULTS)}>
    <div class="notice important">
      <p>
        <strong>Every default pathway is on unless you switch it off: switch off what your council does not run</strong
        >, so families are not offered a course you do not run.
      </p>
      <p class="no-margin">
        ${on.length} of ${ids.length}
        on.${
          unchosen.length
            ? ` Not chosen yet: ${unchosen.length} (${allOff ? 'off, as every default starts off below' : 'on by default'}).`
            : ' You have chosen on or off for every one.'
        }
      </p>
    </div>
    ${host.problemsAt(DEFAULTS).map((p) => html`<p class="error-message">${p.message}</p>`)}
    ${ids.map((id) => renderDefault(host, id))}
  </div>`;
}
