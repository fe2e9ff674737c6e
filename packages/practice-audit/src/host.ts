/**
 * The practice audit element as its parts see it (the file panel, the entry form, the records
 * table, the report): its state, the records store, and the council's names for its pathways.
 * The parts are functions taking the element, so the state stays on the element, in memory only.
 */
import {
  DEFAULT_PATHWAY_IDS,
  localise,
  pathwayLabel,
  type AuditKind,
  type AuditProblem,
  type AuditRecord,
  type AuditSummary,
  type LocalisedText,
} from '@rpc-kit/rules/lean';
import type { RpcElement } from '@rpc-kit/elements';
import type { RecordsStore } from './records-store.js';

/** Records shown at once in the table; "Show 10 more" shows the next. */
export const PAGE = 10;

/** What waits for the person to confirm: deleting a record, clearing them all, or how to open a file. */
export type Confirm =
  | { readonly type: 'delete'; readonly index: number }
  | { readonly type: 'clear' }
  | { readonly type: 'open'; readonly file: string; readonly records: readonly AuditRecord[] };

/** What is wrong with a file (the first problems), and how many problems it has in all. */
export interface FileProblems {
  readonly problems: readonly AuditProblem[];
  readonly count: number;
}

/** The element's state the parts read and change (changing it updates the element). */
export interface AuditState {
  /** The kind of audit shown. */
  readonly kind: AuditKind;
  /** The records of the audit shown, in the order they were entered. */
  readonly records: readonly AuditRecord[];
  /** The summary shown, with the two rounds compared. */
  readonly summary: AuditSummary;
  /** Each kind's records and their summaries. */
  readonly store: RecordsStore;
  /** The width the charts are drawn at, in CSS pixels. */
  readonly chartWidth: number;
  /** The entry row's values, by column name. */
  draft: Readonly<Record<string, string>>;
  /** The record being changed, by its index. */
  editing: number | undefined;
  confirming: Confirm | undefined;
  fieldErrors: Readonly<Record<string, AuditProblem>>;
  fileProblems: FileProblems | undefined;
  /** The case references of a file's records left out when it was added: already here for their round. */
  repeated: readonly string[] | undefined;
  /** How many records the table shows. */
  shown: number;
  compareFrom: string | undefined;
  compareTo: string | undefined;
  /** The records of the audit shown as a file in the rpc-audit-v1 format. */
  toCsv(): string;
  /** Moves focus to the first match of `selector` once the element has updated. */
  focusAfterUpdate(selector: string): void;
}

export type AuditHost = RpcElement & AuditState;

/** A text from the rules in the element's language. */
export const label = (host: AuditHost, text: LocalisedText): string => localise(text, host.locale);

/** A council's name for its own pathways and courses, from its config. */
export function describeOptions(host: AuditHost) {
  const pathways = host.configState.config.pathways;
  return {
    locale: host.locale,
    pathwayName: (id: string) => {
      const p = pathways.find((x) => x.id === id);
      return p ? localise(p.name, host.locale) : undefined;
    },
  };
}

/**
 * The pathway and course codes in the records that neither the config nor the rules name (a default
 * the council switched off is still known), sorted: a misspelt code ("arguing-beter") would be counted as a course of
 * its own, so the person is told to check it.
 */
export function unknownCourses(host: AuditHost): string[] {
  // Read from the summary (worked out once per change), not from every record at every render.
  const { summary } = host;
  const ids =
    summary.kind === 'referrals'
      ? summary.rounds.flatMap((r) => r.pathways.map((p) => p.pathway))
      : summary.kind === 'uptake'
        ? summary.rounds.flatMap((r) => r.programmes.map((p) => p.programme))
        : [];
  const known = new Set([...DEFAULT_PATHWAY_IDS, ...host.configState.config.pathways.map((p) => p.id)]);
  return [...new Set(ids.filter((id) => !known.has(id)))].sort();
}

/** A pathway's or course's name: the council's, or the rules'. */
export const pathwayName = (host: AuditHost, id: string): string => pathwayLabel(id, describeOptions(host));

/** Replaces the records of the audit shown (opened, added to, cleared): the table starts again. */
export function setRecords(host: AuditHost, records: readonly AuditRecord[], unsaved: boolean): void {
  host.store.patch({ records, unsaved });
  host.repeated = undefined;
  host.editing = undefined;
  host.confirming = undefined;
  host.shown = PAGE;
}

/** Empties the entry row and forgets what was being changed or confirmed. */
export function resetEntry(host: AuditHost): void {
  host.draft = {};
  host.fieldErrors = {};
  host.editing = undefined;
  host.confirming = undefined;
  host.fileProblems = undefined;
  host.repeated = undefined;
  host.shown = PAGE;
}
