/** The help finder's filters: need, who for, area (when the services name areas) and free text. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { NEEDS, type Directory, type DirectoryQuery, type ForWhom, type MessageId } from '@rpc-kit/rules/lean';
import type { TemplateHost } from '@rpc-kit/elements';
import { renderSelect } from '@rpc-kit/elements/list.js';

const FOR_WHOM: readonly ForWhom[] = ['parents', 'children'];

export function renderFilters(
  host: TemplateHost,
  directory: Directory,
  query: DirectoryQuery,
  change: (part: Partial<DirectoryQuery>) => void,
): TemplateResult {
  const select = (
    key: 'need' | 'forWhom' | 'area',
    id: string,
    words: { label: MessageId; any: MessageId },
    options: readonly { value: string; label: string }[],
  ) =>
    renderSelect({ id, label: host.t(words.label), value: query[key], options, anyLabel: host.t(words.any) }, (value) =>
      change({ [key]: value } as Partial<DirectoryQuery>),
    );
  return html`<form class="filters no-print" part="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
    <fieldset>
      <legend><h3>${host.t('ui.help-finder.filters')}</h3></legend>
      ${select(
        'need',
        'filter-need',
        { label: 'ui.help-finder.need', any: 'ui.help-finder.need.any' },
        NEEDS.map((n) => ({ value: n, label: host.t(`ui.help-finder.need.${n}`) })),
      )}
      ${select(
        'forWhom',
        'filter-for',
        { label: 'ui.help-finder.for', any: 'ui.help-finder.for.any' },
        FOR_WHOM.map((f) => ({ value: f, label: host.t(`ui.help-finder.for.${f}`) })),
      )}
      ${
        directory.areas.length
          ? select(
              'area',
              'filter-area',
              { label: 'ui.help-finder.area', any: 'ui.help-finder.area.any' },
              directory.areas.map((a) => ({ value: a, label: a })),
            )
          : nothing
      }
      <div class="field search">
        <label for="filter-text">${host.t('ui.help-finder.search')}</label>
        <p class="hint" id="filter-text-hint">${host.t('ui.help-finder.search-hint')}</p>
        <input
          type="search"
          id="filter-text"
          aria-describedby="filter-text-hint"
          autocomplete="off"
          spellcheck="false"
          .value=${live(query.text ?? '')}
          @input=${(e: Event) => change({ text: (e.target as HTMLInputElement).value })}
        />
      </div>
    </fieldset>
  </form>`;
}
