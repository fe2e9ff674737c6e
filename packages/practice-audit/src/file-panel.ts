/**
 * The file panel: whether the records are saved, opening a saved file (adding to the records or
 * replacing them), saving the records as a CSV file the person downloads, clearing them, and what
 * is wrong with a file, by row and column. Nothing leaves the device any other way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  MAX_CSV_LENGTH,
  addRecords,
  auditWords,
  describeProblem,
  importAuditCsv,
  undatedRounds,
  type AuditRecord,
} from '@rpc-kit/rules/lean';
import { downloadFile } from '@rpc-kit/elements';
import { resetEntry, setRecords, unknownCourses, type AuditHost, type FileProblems } from './host.js';

function showFileProblems(host: AuditHost, problems: FileProblems): void {
  host.fileProblems = problems;
  host.focusAfterUpdate('.file-problems');
}

/**
 * Opens records from CSV text (a saved file), replacing the audit's records; problems with the
 * file are shown, by row and column. Returns whether it was read.
 */
export function loadCsv(host: AuditHost, text: string): boolean {
  const result = importAuditCsv(text, { kind: host.kind });
  if (!result.ok) {
    showFileProblems(host, { problems: result.problems, count: result.problemCount });
    return false;
  }
  host.fileProblems = undefined;
  setRecords(host, result.records, false);
  // Said to a screen reader (a page's "Try the sample" button calls this); the focus stays where
  // it is, as a page may call it as it loads.
  host.announce(host.t('ui.practice-audit.loaded', { n: result.records.length }));
  return true;
}

function openFile(host: AuditHost, event: Event): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  input.value = '';
  if (file.size > MAX_CSV_LENGTH) {
    showFileProblems(host, { problems: [{ code: 'too-large', max: MAX_CSV_LENGTH }], count: 1 });
    return;
  }
  const reader = new FileReader();
  reader.onload = () => receiveFile(host, String(reader.result ?? ''), file.name);
  reader.onerror = () => showFileProblems(host, { problems: [{ code: 'unreadable' }], count: 1 });
  reader.readAsText(file);
}

/** A file read: opened, or (when there are records already) the person asked to add to them or replace them. */
function receiveFile(host: AuditHost, text: string, name: string): void {
  const result = importAuditCsv(text, { kind: host.kind });
  if (!result.ok) {
    showFileProblems(host, { problems: result.problems, count: result.problemCount });
    return;
  }
  host.fileProblems = undefined;
  if (host.records.length) {
    host.confirming = { type: 'open', file: name, records: result.records };
    host.focusAfterUpdate('.confirm button');
    return;
  }
  finishOpen(host, result.records, name, false);
}

/** The case references named in a note, at most this many (then "…"). */
const REFS_SHOWN = 10;
/** The first `REFS_SHOWN` of a list, joined, with "…" if there are more. */
const shortList = (items: readonly string[]): string =>
  items.slice(0, REFS_SHOWN).join(', ') + (items.length > REFS_SHOWN ? ', …' : '');

function finishOpen(host: AuditHost, records: readonly AuditRecord[], name: string, add: boolean): void {
  // Added to the records there: a record whose case reference is already there for its round is
  // left out (the same file opened twice would count every record twice), and the person told.
  const added = add ? addRecords(host.records, records) : { records, repeated: [] };
  setRecords(host, added.records, add);
  host.repeated = added.repeated.length ? added.repeated : undefined;
  host.focusAfterUpdate('#records-heading');
  const opened = host.t('ui.practice-audit.opened', { n: records.length - added.repeated.length, file: name });
  host.announce(host.repeated ? `${opened} ${repeatedText(host, host.repeated)}` : opened);
}

function renderUnknownCourses(host: AuditHost): TemplateResult | typeof nothing {
  const unknown = unknownCourses(host);
  if (!unknown.length) return nothing;
  const shown = shortList(unknown);
  return html`<p class="notice unknown-courses" part="unknown-courses">
    ${host.t('ui.practice-audit.unknown-courses', { n: unknown.length, ids: shown })}
  </p>`;
}

/** Rounds named with and without dates: they are not in time order, and the person is told which to date. */
function renderUndatedRounds(host: AuditHost): TemplateResult | typeof nothing {
  const undated = undatedRounds(host.summary.rounds.map((r) => r.round));
  if (!undated.length) return nothing;
  const shown = shortList(undated.map((r) => `“${r}”`));
  return html`<p class="notice undated-rounds" part="undated-rounds">
    ${host.t('ui.practice-audit.undated-rounds', { n: undated.length, rounds: shown })}
  </p>`;
}

function repeatedText(host: AuditHost, refs: readonly string[]): string {
  const shown = shortList(refs);
  return host.t('ui.practice-audit.repeated', { n: refs.length, refs: shown });
}

function fileName(host: AuditHost): string {
  const d = new Date();
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `rpc-audit-${host.kind}-${date}.csv`;
}

/** Saves the records as a CSV file the person downloads: the only way anything leaves the page. */
function save(host: AuditHost): void {
  const name = fileName(host);
  // A byte order mark, so spreadsheets read Welsh letters in round names correctly.
  const blob = new Blob(['\uFEFF', host.toCsv()], { type: 'text/csv;charset=utf-8' });
  downloadFile(blob, name);
  host.store.patch({ unsaved: false });
  host.announce(host.t('ui.practice-audit.saved', { file: name }));
}

function clearAll(host: AuditHost): void {
  setRecords(host, [], false);
  resetEntry(host);
  host.focusAfterUpdate('#records-heading');
  host.announce(host.t('ui.practice-audit.cleared'));
}

function renderFileProblems(host: AuditHost): TemplateResult | typeof nothing {
  const found = host.fileProblems;
  if (!found) return nothing;
  const more = found.count - found.problems.length;
  return html`<div class="error-summary file-problems" role="alert" tabindex="-1" part="file-problems">
    <h4>${host.t('ui.practice-audit.file-problems')}</h4>
    <ul>
      ${found.problems.map((p) => html`<li>${describeProblem(p, host.locale)}</li>`)}
      ${more > 0 ? html`<li>${auditWords(host.locale).moreProblems(more)}</li>` : nothing}
    </ul>
  </div>`;
}

/** The file panel: status, file problems, the file box, and Save and Clear (each with its confirmation). */
export function renderFilePanel(host: AuditHost): TemplateResult {
  const { records, unsaved } = host.store.current;
  const n = records.length;
  const status = !n
    ? host.t('ui.practice-audit.status.empty')
    : unsaved
      ? host.t('ui.practice-audit.status.unsaved', { n })
      : host.t('ui.practice-audit.status.saved', { n });
  const confirm = host.confirming;
  return html`<section class="file no-print" part="file" aria-labelledby="file-heading">
    <h3 id="file-heading">${host.t('ui.practice-audit.file')}</h3>
    <p class=${`status${n && unsaved ? ' unsaved' : ''}`} data-unsaved=${n && unsaved ? 'true' : 'false'}>${status}</p>
    ${host.repeated ? html`<p class="notice repeated" part="repeated">${repeatedText(host, host.repeated)}</p>` : nothing}
    ${renderUnknownCourses(host)} ${renderUndatedRounds(host)} ${renderFileProblems(host)}
    <div class="field open">
      <label for="open-file">${host.t('ui.practice-audit.open')}</label>
      <p class="hint" id="open-file-hint">${host.t('ui.practice-audit.open-hint')}</p>
      <input
        type="file"
        id="open-file"
        accept=".csv,text/csv"
        aria-describedby="open-file-hint"
        @change=${(e: Event) => openFile(host, e)}
      />
    </div>
    ${
      confirm?.type === 'open'
        ? html`<div class="confirm panel" role="group" aria-labelledby="confirm-open">
            <p id="confirm-open">${host.t('ui.practice-audit.confirm-open', { n })}</p>
            <button class="button" type="button" @click=${() => finishOpen(host, confirm.records, confirm.file, true)}>
              ${host.t('ui.practice-audit.add-to')}
            </button>
            <button
              class="button secondary"
              type="button"
              @click=${() => finishOpen(host, confirm.records, confirm.file, false)}
            >
              ${host.t('ui.practice-audit.replace')}
            </button>
            <button class="button secondary" type="button" @click=${() => (host.confirming = undefined)}>
              ${host.t('ui.practice-audit.cancel')}
            </button>
          </div>`
        : nothing
    }
    <div class="actions">
      <button class="button save" type="button" ?disabled=${!n} @click=${() => save(host)}>
        ${host.t('ui.practice-audit.save')}
      </button>
      ${
        confirm?.type === 'clear'
          ? html`<div class="confirm panel" role="group" aria-labelledby="confirm-clear">
              <p id="confirm-clear">${host.t('ui.practice-audit.confirm-clear', { n })}</p>
              <button class="button warning" type="button" @click=${() => clearAll(host)}>
                ${host.t('ui.practice-audit.yes-clear')}
              </button>
              <button
                class="button secondary"
                type="button"
                @click=${() => {
                  host.confirming = undefined;
                  host.focusAfterUpdate('.clear');
                }}
              >
                ${host.t('ui.practice-audit.cancel')}
              </button>
            </div>`
          : html`<button
              class="button secondary clear"
              type="button"
              ?disabled=${!n}
              @click=${() => {
                host.confirming = { type: 'clear' };
                host.focusAfterUpdate('.confirm .secondary');
              }}
            >
              ${host.t('ui.practice-audit.clear')}
            </button>`
      }
    </div>
  </section>`;
}
