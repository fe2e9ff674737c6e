/**
 * The records table: the latest records first, ten at a time ("Show 10 more"), each with Change
 * and Delete (Delete asks first, in the row).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AuditRecord } from '@rpc-kit/rules/lean';
import { recordCells, recordHeads } from './entry.js';
import { cancelEdit, entryContext, startEdit } from './entry-form.js';
import { PAGE, type AuditHost } from './host.js';

function deleteRecord(host: AuditHost, index: number): void {
  const records = host.records.filter((_, i) => i !== index);
  host.store.patch({ records, unsaved: true });
  host.confirming = undefined;
  if (host.editing === index) cancelEdit(host);
  else if (host.editing !== undefined && host.editing > index) host.editing--;
  host.focusAfterUpdate('#records-heading');
  host.announce(host.t('ui.practice-audit.deleted', { n: index + 1 }));
}

/** A row's Change and Delete buttons, or the question whether to delete it. */
function rowActions(host: AuditHost, index: number): TemplateResult {
  const n = index + 1;
  const confirm = host.confirming;
  if (confirm?.type === 'delete' && confirm.index === index)
    return html`<span class="confirm" role="group" aria-labelledby=${`confirm-${index}`}>
      <span id=${`confirm-${index}`}>${host.t('ui.practice-audit.confirm-delete', { n })}</span>
      <button class="link-button" type="button" @click=${() => deleteRecord(host, index)}>
        ${host.t('ui.practice-audit.yes-delete')}
      </button>
      <button
        class="link-button keep"
        type="button"
        @click=${() => {
          host.confirming = undefined;
          host.focusAfterUpdate(`[data-delete="${index}"]`);
        }}
      >
        ${host.t('ui.practice-audit.no-keep')}
      </button>
    </span>`;
  const which = host.t('ui.practice-audit.record-n', { n });
  return html`<button class="link-button" type="button" data-edit=${index} @click=${() => startEdit(host, index)}>
      ${host.t('ui.practice-audit.edit')}<span class="visually-hidden"> ${which}</span>
    </button>
    <button
      class="link-button"
      type="button"
      data-delete=${index}
      @click=${() => {
        host.confirming = { type: 'delete', index };
        host.focusAfterUpdate(`[data-record="${index}"] .keep`);
      }}
    >
      ${host.t('ui.practice-audit.delete')}<span class="visually-hidden"> ${which}</span>
    </button>`;
}

/** The records table, with its heading (where focus goes after a record is deleted or a file opened). */
export function renderRecordsTable(host: AuditHost): TemplateResult {
  const records = host.records;
  const visible: { record: AuditRecord; index: number }[] = [];
  for (let index = records.length - 1; index >= 0 && visible.length < host.shown; index--)
    visible.push({ record: records[index]!, index });
  const ctx = entryContext(host);
  return html`<section class="records no-print" part="records" aria-labelledby="records-heading">
    <h3 id="records-heading" tabindex="-1">${host.t('ui.practice-audit.records', { n: records.length })}</h3>
    ${
      records.length
        ? html`<div class="scroll" role="region" aria-labelledby="records-caption" tabindex="0">
              <table class="records-table">
                <caption id="records-caption">
                  ${host.t('ui.practice-audit.records-caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${host.t('ui.practice-audit.number')}</th>
                    <th scope="col">${host.t('ui.practice-audit.round')}</th>
                    ${recordHeads(ctx, host.kind)}
                    <th scope="col">${host.t('ui.practice-audit.ref-col')}</th>
                    <th scope="col">${host.t('ui.practice-audit.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${visible.map(
                    ({ record, index }) =>
                      html`<tr data-record=${index} class=${host.editing === index ? 'editing' : ''}>
                        <th scope="row">${index + 1}</th>
                        <td>${record.round}</td>
                        ${recordCells(ctx, host.kind, record)}
                        <td>${record.ref ?? ''}</td>
                        <td class="row-actions">${rowActions(host, index)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${
              records.length > host.shown
                ? html`<button class="button secondary more" type="button" @click=${() => (host.shown += PAGE)}>
                    ${host.t('ui.practice-audit.more', { n: Math.min(PAGE, records.length - host.shown) })}
                  </button>`
                : nothing
            }`
        : nothing
    }
  </section>`;
}
