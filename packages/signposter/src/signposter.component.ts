import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  DA_HELPLINE_BY_NATION,
  SIGNPOSTER_MESSAGES,
  registerMessages,
  PATHWAY_FORMATS,
  RELATIONSHIPS,
  offer,
  questionBank,
  type JourneyOptions,
  type JourneyResult,
  type ContactTopic,
  type DecisionContact,
  type PathwayFormat,
  type Relationship,
  type Situation,
  type Stage,
} from '@rpc-kit/rules';
import { renderContacts, renderPathways, renderQuickExit, renderSelect } from '@rpc-kit/elements';
import { RpcJourney } from '@rpc-kit/elements/journey.js';

/**
 * `<rpc-signposter>`: from a family's situation to the council's own pathways, and how to get onto
 * each. It asks the safety questions first (or, when a practitioner has already screened the
 * family and the page sets `screened`, asks for a one-line confirmation, and still asks the
 * safety questions unless the answer is a clear yes), then the family's situation, then shows the
 * pathways that fit, ranked, with who each is for, its format, cost, length, how to get it and
 * why it was suggested. With `mode="list"` it lists the council's whole offer with filters and
 * asks nothing. Answers live in this element's memory only.
 *
 * @summary From a family's situation to the council's pathways, and how to access each.
 * @attr mode - `questions` (default) or `list` (the whole offer with filters, no questions).
 * @attr screened - set by a practitioner's page when the family has been screened for abuse: asks for a one-line confirmation instead of the safety questions.
 * @attr audience - `parent` (default) or `practitioner`.
 * @attr config-src - URL of the council's config JSON (or a child `<script type="application/json">`).
 * @event rpc-start - the questions started. @event rpc-step - a new step is shown (detail: section, index).
 * @event rpc-complete - the result is shown (detail: route, band, pathways).
 * @event rpc-exit - the quick exit was used. @event rpc-contact-click - a contact or pathway link was used.
 * @csspart quick-exit - the quick exit. @csspart step - the current step. @csspart result - the result.
 * @csspart pathways - pathway cards. @csspart contacts - contact cards. @csspart filters - the list's filters.
 * @csspart safety - the list's domestic abuse panel. @csspart config-error - config problems.
 */
export class RpcSignposter extends RpcJourney {
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    screened: { type: Boolean, reflect: true },
    filter: { state: true },
  };

  declare mode: 'questions' | 'list';
  declare screened: boolean;
  /** The list's filter: in memory only, like every answer. */
  declare filter: { relationship?: Relationship; stage?: Stage; format?: PathwayFormat };

  constructor() {
    super();
    registerMessages(SIGNPOSTER_MESSAGES);
    this.mode = 'questions';
    this.screened = false;
    this.filter = {};
  }

  override wipe(): void {
    super.wipe();
    this.filter = {};
  }

  protected readonly tool = 'signposter';

  /** `screened` is honoured by the rules for the practitioner audience only. */
  protected override journeyOptions(): JourneyOptions {
    return { ...super.journeyOptions(), screened: this.screened };
  }

  protected renderIntro(): TemplateResult {
    return html`<div class="intro">
      <h2 tabindex="-1" data-focus-target>${this.t('ui.signposter.title')}</h2>
      <p class="lead">${this.t('ui.signposter.intro')}</p>
      <p>${this.t('ui.signposter.private')}</p>
      ${this.renderQuickExitNote()}
      <button class="button" type="button" @click=${this.start}>${this.t('ui.start')}</button>
    </div>`;
  }

  protected renderResult(result: JourneyResult): TemplateResult {
    return this.renderRouteResult(result);
  }

  protected override render(): TemplateResult {
    return this.mode === 'list' ? this.renderList() : super.render();
  }

  // ---- List mode: the council's whole offer, no questions asked ----

  private contactsFor(topics: readonly ContactTopic[], first: readonly string[]): DecisionContact[] {
    const local = this.configState.config.contacts
      .filter((c) => c.status === 'local' && c.topics.some((t) => topics.includes(t)))
      .map((c) => c.id);
    return this.contactsById([...new Set([...first, ...local])]);
  }

  private setFilter(key: 'relationship' | 'stage' | 'format', value: string): void {
    const next: Record<string, string> = { ...this.filter, [key]: value };
    if (!value) delete next[key];
    this.filter = next as RpcSignposter['filter'];
    this.announceCount();
  }

  private clearFilter(): void {
    this.filter = {};
    this.announceCount();
    this.renderRoot.querySelector<HTMLSelectElement>('select')?.focus();
  }

  private currentOffer() {
    const situation: Situation = {
      ...(this.filter.relationship ? { relationship: this.filter.relationship } : {}),
      ...(this.filter.stage ? { stage: this.filter.stage } : {}),
    };
    return offer(
      this.configState.config,
      { situation, ...(this.filter.format ? { formats: [this.filter.format] } : {}) },
      { audience: this.who, locale: this.locale },
    );
  }

  private countText(n: number): string {
    return n === 1 ? this.t('ui.list.count-one') : this.t('ui.list.count', { n });
  }

  private announceCount(): void {
    // After the filter has changed: say how many offers are now shown, without moving focus.
    this.announce(this.countText(this.currentOffer().pathways.length));
  }

  private renderFilter(
    key: 'relationship' | 'stage' | 'format',
    label: string,
    options: readonly { value: string; label: string }[],
  ): TemplateResult {
    return renderSelect(
      { id: `filter-${key}`, label, value: this.filter[key], options, anyLabel: this.t('ui.list.any') },
      (value) => this.setFilter(key, value ?? ''),
    );
  }

  private renderList(): TemplateResult {
    const config = this.configState.config;
    const current = this.currentOffer();
    const stages = questionBank({ tool: 'signposter', audience: 'parent', locale: this.locale }).find(
      (q) => q.id === 'stage',
    );
    const formats = PATHWAY_FORMATS.filter((f) =>
      config.pathways.some((p) => p.kind !== 'domestic-abuse' && p.formats.includes(f)),
    );
    const filtered = Object.keys(this.filter).length > 0;
    const daHelpline = DA_HELPLINE_BY_NATION[config.nation];
    return html`<div class=${this.rootClass()} lang=${this.locale}>
      ${renderQuickExit(config, this.locale)} ${this.renderConfigProblems()}
      <div class="list" part="list">
        <h2>${this.t('ui.list.title')}</h2>
        <p class="lead">${this.t('ui.list.intro')}</p>
        <section class="panel safety-first" part="safety" aria-labelledby="safety-heading">
          <h3 id="safety-heading">${this.t('ui.list.safety-title')}</h3>
          <p>${this.t('ui.list.safety-body')}</p>
          ${renderContacts(this, this.contactsFor(['domestic-abuse'], ['emergency-999', daHelpline]))}
          ${current.safety.length ? renderPathways(this, current.safety) : nothing} ${this.renderQuickExitNote()}
        </section>
        <form class="filters" part="filters" @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend><h3>${this.t('ui.list.filters')}</h3></legend>
            ${this.renderFilter(
              'relationship',
              this.t('ui.list.relationship'),
              RELATIONSHIPS.map((r) => ({ value: r, label: this.t(`ui.list.relationship.${r}`) })),
            )}
            ${this.renderFilter('stage', this.t('ui.list.stage'), stages?.options ?? [])}
            ${this.renderFilter(
              'format',
              this.t('ui.list.format'),
              formats.map((f) => ({ value: f, label: this.t(`format.${f}`) })),
            )}
            ${
              filtered
                ? html`<button class="link-button" type="button" @click=${this.clearFilter}>
                    ${this.t('ui.list.clear')}
                  </button>`
                : nothing
            }
          </fieldset>
        </form>
        <h3 id="offers-heading">${this.t('ui.list.offers-title')}</h3>
        <p class="count" data-count=${current.pathways.length}>${this.countText(current.pathways.length)}</p>
        ${
          current.pathways.length
            ? renderPathways(this, current.pathways)
            : html`<p class="notice empty">${this.t('ui.list.none')}</p>`
        }
        <h3>${this.t('ui.result.contacts')}</h3>
        ${renderContacts(this, this.contactsFor(['conflict', 'general'], ['family-lives', 'relate']))}
      </div>
      ${this.renderLiveRegion()}
    </div>`;
  }
}
