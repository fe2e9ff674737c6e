/**
 * The signposter's list mode: the council's whole offer, narrowed by filters, asking nothing.
 * The filter (in memory only, like every answer), the count said to screen reader users, and the
 * list's view: the domestic abuse panel first, the filters, the offers, the contacts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  PATHWAY_FORMATS,
  RELATIONSHIPS,
  offer,
  questionBank,
  type ContactTopic,
  type DecisionContact,
  type Offer,
  type PathwayFormat,
  type Relationship,
  type Situation,
  type Stage,
} from '@rpc-kit/rules/lean';
import { PageGuard, renderContacts, renderPathways, renderQuickExitNote, type RpcElement } from '@rpc-kit/elements';
import { renderSelect } from '@rpc-kit/elements/list.js';

type FilterKey = 'relationship' | 'stage' | 'format';
/** What the list is narrowed to: in memory only. */
export type ListFilter = { relationship?: Relationship; stage?: Stage; format?: PathwayFormat };

/** The element the list lives in. */
type ListHost = RpcElement;

export class SignposterList {
  filter: ListFilter = {};
  /** Another element on the page shows a result with a sign of abuse or a "not sure": no joint offers beside it. */
  private readonly guard: PageGuard;

  constructor(private readonly host: ListHost) {
    this.guard = new PageGuard(host);
  }

  /** Forgets the filter, and what the other elements on the page showed. */
  wipe(): void {
    this.filter = {};
    this.guard.clear();
    this.host.requestUpdate();
  }

  private set(key: FilterKey, value: string | undefined): void {
    const next: Record<string, string> = { ...this.filter };
    if (value) next[key] = value;
    else delete next[key];
    this.filter = next as ListFilter;
    this.announceCount();
    this.host.requestUpdate();
  }

  private clear(): void {
    this.wipe();
    this.announceCount();
    this.host.renderRoot.querySelector<HTMLSelectElement>('select')?.focus();
  }

  /** The offer for the filter, from the rules. */
  private current(): Offer {
    const { relationship, stage, format } = this.filter;
    const situation: Situation = { ...(relationship ? { relationship } : {}), ...(stage ? { stage } : {}) };
    return offer(
      this.host.configState.config,
      { situation, ...(format ? { formats: [format] } : {}) },
      { audience: this.host.who, locale: this.host.locale },
    );
  }

  private count(n: number): string {
    return this.host.t('ui.list.count', { n });
  }

  /** After the filter has changed: say how many offers are now shown, without moving focus. */
  private announceCount(): void {
    this.host.announce(this.count(this.current().pathways.length));
  }

  /** The national contacts first, then the council's own on these topics. */
  private contactsFor(topics: readonly ContactTopic[], first: readonly string[]): DecisionContact[] {
    const local = this.host.configState.config.contacts
      .filter((c) => c.status === 'local' && c.topics.some((t) => topics.includes(t)))
      .map((c) => c.id);
    return this.host.contactsById([...new Set([...first, ...local])]);
  }

  private renderFilter(key: FilterKey, label: string, options: readonly { value: string; label: string }[]) {
    const t = this.host.t.bind(this.host);
    return renderSelect(
      { id: `filter-${key}`, label, value: this.filter[key], options, anyLabel: t('ui.list.any') },
      (value) => this.set(key, value),
    );
  }

  /** The filters, the offers that fit them, and the contacts for arguing and relationships. */
  private renderOffer(current: Offer): TemplateResult {
    const host = this.host;
    const t = host.t.bind(host);
    const config = host.configState.config;
    const stages = questionBank({ tool: 'signposter', audience: 'parent', locale: host.locale }).find(
      (q) => q.id === 'stage',
    );
    const formats = PATHWAY_FORMATS.filter((f) =>
      config.pathways.some((p) => p.kind !== 'domestic-abuse' && p.formats.includes(f)),
    );
    const filtered = Object.keys(this.filter).length > 0;
    return html` <form class="filters" part="filters" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend><h3>${t('ui.list.filters')}</h3></legend>
          ${this.renderFilter(
            'relationship',
            t('ui.list.relationship'),
            RELATIONSHIPS.map((r) => ({ value: r, label: t(`ui.list.relationship.${r}`) })),
          )}
          ${this.renderFilter('stage', t('ui.list.stage'), stages?.options ?? [])}
          ${this.renderFilter(
            'format',
            t('ui.list.format'),
            formats.map((f) => ({ value: f, label: t(`format.${f}`) })),
          )}
          ${
            filtered
              ? html`<button class="link-button" type="button" @click=${() => this.clear()}>
                  ${t('ui.list.clear')}
                </button>`
              : nothing
          }
        </fieldset>
      </form>
      <h3 id="offers-heading">${t('ui.list.offers-title')}</h3>
      <p class="count" data-count=${current.pathways.length}>${this.count(current.pathways.length)}</p>
      ${
        current.pathways.length
          ? renderPathways(host, current.pathways)
          : html`<p class="notice empty">${t('ui.list.none')}</p>`
      }
      <h3>${t('ui.result.contacts')}</h3>
      ${renderContacts(host, this.contactsFor(['conflict', 'general'], ['family-lives', 'relate']))}`;
  }

  render(): TemplateResult {
    const host = this.host;
    const t = host.t.bind(host);
    const config = host.configState.config;
    const current = this.current();
    return html`<div class="list" part="list">
      <h2>${t('ui.list.title')}</h2>
      <p class="lead">${t('ui.list.intro')}</p>
      <section class="panel safety-first" part="safety" aria-labelledby="safety-heading">
        <h3 id="safety-heading">${t('ui.list.safety-title')}</h3>
        <p>${t('ui.list.safety-body')}</p>
        ${renderContacts(host, this.contactsFor(['domestic-abuse'], ['emergency-999', ...host.daHelplineIds()]))}
        ${current.safety.length ? renderPathways(host, current.safety) : nothing}
        ${renderQuickExitNote(host, config.safeBrowsingUrl)}
      </section>
      ${
        this.guard.guarded
          ? html`<p class="notice guarded" part="guarded">${t('ui.result.not-offered')}</p>`
          : this.renderOffer(current)
      }
    </div>`;
  }
}
