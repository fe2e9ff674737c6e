/**
 * The audit's records, in memory only: each kind's records, whether they are saved to a file and
 * the round being entered; their summary, worked out once per change; and the page asking before
 * it is left while records are not saved.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AUDIT_KINDS, summarise, type AuditKind, type AuditRecord, type AuditSummary } from '@rpc-kit/rules/lean';

/** One kind's records: in memory only. */
export interface KindRecords {
  readonly records: readonly AuditRecord[];
  /** True when they changed since they were last opened or saved. */
  readonly unsaved: boolean;
  /** The round being entered. */
  readonly round: string;
}

/** The two rounds compared: those chosen, while they exist; else the first and the last. */
export function chosenRounds(
  rounds: readonly string[],
  compareFrom: string | undefined,
  compareTo: string | undefined,
): { from?: string; to?: string } {
  const from = compareFrom && rounds.includes(compareFrom) ? compareFrom : rounds[0];
  const to = compareTo && rounds.includes(compareTo) ? compareTo : rounds[rounds.length - 1];
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/**
 * Each kind's records for an audit element (the kind shown is the host's `kind`). Changing them
 * updates the host. The page asks before it is left only while there are unsaved records;
 * otherwise there is no `beforeunload` listener, so the page stays eligible for the back-forward
 * cache.
 */
export class RecordsStore implements ReactiveController {
  private byKind: Readonly<Record<AuditKind, KindRecords>>;
  /** The last plain summary (the first and last rounds compared), and the last with other rounds chosen. */
  private plainCache: { kind: AuditKind; records: readonly AuditRecord[]; summary: AuditSummary } | undefined;
  private chosenCache: { key: readonly unknown[]; summary: AuditSummary } | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly kind: AuditKind }) {
    const empty: KindRecords = { records: [], unsaved: false, round: '' };
    this.byKind = { assessments: empty, referrals: empty, uptake: empty };
    host.addController(this);
  }

  /** The records, saved state and round of the kind shown. */
  get current(): KindRecords {
    return this.byKind[this.host.kind];
  }

  /** True while any kind has records not saved to a file. */
  get hasUnsavedChanges(): boolean {
    return AUDIT_KINDS.some((k) => this.byKind[k].unsaved && this.byKind[k].records.length > 0);
  }

  /** Changes the kind shown's records, saved state or round. */
  patch(part: Partial<KindRecords>): void {
    const kind = this.host.kind;
    this.byKind = { ...this.byKind, [kind]: { ...this.byKind[kind], ...part } };
    this.host.requestUpdate();
  }

  /** Records of the kind shown summarised once per change: every part of the page reads the same summary. */
  summaryFor(records: readonly AuditRecord[]): AuditSummary {
    const kind = this.host.kind;
    if (this.plainCache?.kind !== kind || this.plainCache.records !== records)
      this.plainCache = { kind, records, summary: summarise(kind, records as never[]) as AuditSummary };
    return this.plainCache.summary;
  }

  /** The rounds of some records, in order. */
  roundNames(records: readonly AuditRecord[]): string[] {
    return this.summaryFor(records).rounds.map((r) => r.round);
  }

  /** The summary of the kind shown, with two rounds compared (see `chosenRounds`). */
  summary(compareFrom: string | undefined, compareTo: string | undefined): AuditSummary {
    const records = this.current.records;
    const plain = this.summaryFor(records);
    const rounds = plain.rounds.map((r) => r.round);
    const { from, to } = chosenRounds(rounds, compareFrom, compareTo);
    // The first and the last are what a plain summary compares already.
    if (from === rounds[0] && to === rounds[rounds.length - 1]) return plain;
    const key = [plain, from, to];
    if (!this.chosenCache || this.chosenCache.key.some((x, i) => x !== key[i])) {
      const options = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
      this.chosenCache = { key, summary: summarise(this.host.kind, records as never[], options) as AuditSummary };
    }
    return this.chosenCache.summary;
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
    event.returnValue = '';
  };

  hostUpdated(): void {
    if (this.hasUnsavedChanges) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }
}
