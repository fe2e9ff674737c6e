/**
 * The practice audit's files: CSV (RFC 4180) in a documented, versioned format.
 *
 *   rpc-audit-v1,referrals,No names or personal details / Dim enwau na manylion personol
 *   round,team,pathway,screened,screen-route,finding,reason,took-up,ref
 *   2024-07 Q3,family-hub,arguing-better,yes,conflict,appropriate,,yes,
 *
 * Line 1 names the format and the kind of records (anything after them is ignored: the export
 * puts the privacy reminder there); line 2 names the columns, in any order; every other line is
 * one record. Quoted values may hold commas, quote marks (doubled) and line breaks; CRLF or LF
 * line ends; a UTF-8 byte order mark is skipped. Reading is one pass over the text and refuses
 * files over MAX_CSV_LENGTH, so no file can make it slow. Problems name the row (as a spreadsheet
 * numbers it, so line 1 is row 1) and the column (A, B, C… and its name).
 */
import {
  AUDIT_COLUMNS,
  AUDIT_FORMAT,
  AUDIT_KINDS,
  REQUIRED_COLUMNS,
  readRecord,
  recordFields,
  type AuditKind,
  type AuditRecordOf,
  type ValueProblem,
} from './model.js';

/** The largest file read, in characters (about 5 MB): some 100,000 records. */
export const MAX_CSV_LENGTH = 5 * 1024 * 1024;
/** The most records a file may hold. */
export const MAX_AUDIT_RECORDS = 100_000;
/** Problems listed at most; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 50;

/** The privacy reminder written after the format and kind on line 1 (ignored when reading). */
export const AUDIT_FILE_NOTE = 'No names or personal details / Dim enwau na manylion personol';

export type FileProblemCode =
  | 'unreadable'
  | 'too-large'
  | 'too-many-records'
  | 'empty'
  | 'format'
  | 'version'
  | 'semicolons'
  | 'kind'
  | 'kind-mismatch'
  | 'no-header'
  | 'unknown-column'
  | 'duplicate-column'
  | 'missing-column'
  | 'unclosed-quote'
  | 'stray-quote'
  | 'after-quote'
  | 'extra-values';

/** One thing wrong with a file: where (row and column, 1-based, when known) and what. */
export interface AuditProblem {
  readonly code: FileProblemCode | ValueProblem['code'];
  readonly row?: number;
  readonly column?: number;
  /** The column's name, when known. */
  readonly name?: string;
  readonly value?: string;
  readonly allowed?: readonly string[];
  /** For `kind-mismatch`: the kind found and the kind expected. */
  readonly found?: string;
  readonly expected?: string;
  /** For limits: the limit. */
  readonly max?: number;
}

export type ImportResult<K extends AuditKind = AuditKind> =
  | { readonly ok: true; readonly kind: K; readonly records: readonly AuditRecordOf[K][] }
  | {
      readonly ok: false;
      readonly kind?: AuditKind;
      /** The first MAX_LISTED_PROBLEMS problems, in file order. */
      readonly problems: readonly AuditProblem[];
      /** How many problems there are in all. */
      readonly problemCount: number;
    };

/** A spreadsheet's name for a 1-based column number: 1 -> A, 27 -> AA. */
export function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

interface Row {
  readonly number: number;
  readonly values: string[];
}

/**
 * Splits CSV text into rows of values (RFC 4180, with LF and lone CR accepted as line ends too).
 * One pass: each character is looked at a bounded number of times.
 */
export function parseCsv(text: string): { rows: Row[]; problem?: AuditProblem } {
  const rows: Row[] = [];
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let values: string[] = [];
  let number = 1;
  const COMMA = 44;
  const QUOTE = 34;
  const CR = 13;
  const LF = 10;
  if (i >= end) return { rows };
  for (;;) {
    // One value, starting at i.
    if (text.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) return { rows, problem: { code: 'unclosed-quote', row: number, column: values.length + 1 } };
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      const next = text.charCodeAt(i);
      if (i < end && next !== COMMA && next !== CR && next !== LF)
        return { rows, problem: { code: 'after-quote', row: number, column: values.length + 1 } };
      values.push(value);
    } else {
      let j = i;
      for (; j < end; j++) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === CR || c === LF) break;
        if (c === QUOTE) return { rows, problem: { code: 'stray-quote', row: number, column: values.length + 1 } };
      }
      values.push(text.slice(i, j));
      i = j;
    }
    // What ends the value: a comma, a line end, or the end of the text.
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      continue;
    }
    rows.push({ number, values });
    values = [];
    number++;
    if (i >= end) break;
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (i >= end) break;
  }
  return { rows };
}

const quote = (value: string): string => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The records as a file in the rpc-audit-v1 format (CRLF line ends, as RFC 4180 asks). */
export function exportAuditCsv<K extends AuditKind>(kind: K, records: readonly AuditRecordOf[K][]): string {
  const columns = AUDIT_COLUMNS[kind] as readonly string[];
  const lines = [[AUDIT_FORMAT, kind, AUDIT_FILE_NOTE].map(quote).join(','), columns.join(',')];
  for (const record of records) {
    const fields = recordFields(kind, record);
    lines.push(columns.map((c) => quote(fields[c] ?? '')).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const isBlank = (values: readonly string[]) => values.every((v) => v.trim() === '');

/**
 * Reads a file in the rpc-audit-v1 format: its kind and records, or every problem found (each
 * with its row and column). Pass `kind` to refuse a file of another kind.
 */
export function importAuditCsv(text: string, options: { kind?: AuditKind } = {}): ImportResult {
  const problems: AuditProblem[] = [];
  let problemCount = 0;
  const fail = (kind?: AuditKind): ImportResult => ({
    ok: false,
    ...(kind ? { kind } : {}),
    problems,
    problemCount,
  });
  const add = (problem: AuditProblem) => {
    problemCount++;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem);
  };

  if (text.length > MAX_CSV_LENGTH) {
    add({ code: 'too-large', max: MAX_CSV_LENGTH });
    return fail();
  }
  const parsed = parseCsv(text);
  const rows = parsed.rows.filter((r) => !isBlank(r.values));
  if (!rows.length) {
    add(parsed.problem ?? { code: 'empty' });
    return fail();
  }

  // Line 1: the format and the kind.
  const first = rows[0]!;
  const format = first.values[0]!.trim().toLowerCase();
  if (!format.startsWith('rpc-audit')) {
    add({ code: 'format', row: first.number, column: 1, value: first.values[0]!.trim().slice(0, 40) });
    return fail();
  }
  if (format !== AUDIT_FORMAT) {
    // A spreadsheet set to another region saves "rpc-audit-v1;assessments;…": say what to change.
    if (format.startsWith(`${AUDIT_FORMAT};`)) add({ code: 'semicolons', row: 1 });
    else add({ code: 'version', row: 1, column: 1, value: format.slice(0, 40) });
    return fail();
  }
  const kindValue = (first.values[1] ?? '').trim().toLowerCase();
  if (!AUDIT_KINDS.includes(kindValue as AuditKind)) {
    add({ code: 'kind', row: 1, column: 2, value: kindValue.slice(0, 40), allowed: AUDIT_KINDS });
    return fail();
  }
  const kind = kindValue as AuditKind;
  if (options.kind && options.kind !== kind) {
    add({ code: 'kind-mismatch', row: 1, column: 2, found: kind, expected: options.kind });
    return fail(kind);
  }

  // Line 2: the columns, by name, in any order.
  const header = rows[1];
  if (!header) {
    add(parsed.problem ?? { code: 'no-header', row: 2 });
    return fail(kind);
  }
  const known = AUDIT_COLUMNS[kind] as readonly string[];
  const names = header.values.map((v) => v.trim().toLowerCase());
  // Trailing empty header cells (a spreadsheet's habit) are ignored.
  while (names.length && names[names.length - 1] === '') names.pop();
  const seen = new Set<string>();
  names.forEach((name, index) => {
    const at = { row: header.number, column: index + 1 };
    if (!known.includes(name)) add({ code: 'unknown-column', ...at, value: name.slice(0, 40), allowed: known });
    else if (seen.has(name)) add({ code: 'duplicate-column', ...at, name });
    seen.add(name);
  });
  for (const name of REQUIRED_COLUMNS[kind])
    if (!seen.has(name)) add({ code: 'missing-column', row: header.number, name });
  if (problemCount) return fail(kind);

  // Every other line: one record.
  const data = rows.slice(2);
  if (data.length > MAX_AUDIT_RECORDS) {
    add({ code: 'too-many-records', max: MAX_AUDIT_RECORDS });
    return fail(kind);
  }
  const records: AuditRecordOf[AuditKind][] = [];
  for (const row of data) {
    const extra = row.values.findIndex((v, index) => index >= names.length && v.trim() !== '');
    if (extra >= 0) {
      add({ code: 'extra-values', row: row.number, column: extra + 1 });
      continue;
    }
    const fields: Record<string, string> = {};
    names.forEach((name, index) => (fields[name] = row.values[index] ?? ''));
    const result = readRecord(kind, fields);
    if (result.ok) records.push(result.record);
    else
      for (const p of result.problems)
        add({ ...p, row: row.number, column: names.indexOf(p.column) + 1 || undefined, name: p.column });
  }
  if (parsed.problem) add(parsed.problem);
  if (problemCount) return fail(kind);
  return { ok: true, kind, records } as ImportResult;
}
