/** `rpc-kit audit summary <file.csv>`: a practice audit file summarised, as <rpc-practice-audit> shows it. */
import type { ResolvedConfig } from '../config/resolve.js';
import { localise } from '../i18n/text.js';
import { MAX_CSV_LENGTH, importAuditCsv } from '../audit/csv.js';
import { auditWords, describeProblem, summaryText } from '../audit/describe.js';
import { summarise, type AuditSummary } from '../audit/summary.js';
import type { AuditRecordOf, AuditKind } from '../audit/model.js';
import type { CliIO } from './io.js';

export interface AuditCliOptions {
  readonly json: boolean;
  readonly locale?: string;
  readonly from?: string;
  readonly to?: string;
  readonly config?: ResolvedConfig;
  readonly usageError: (message: string) => number;
}

/** The council's name for a pathway id, from its config, in a locale. */
export function configPathwayName(config: ResolvedConfig | undefined, locale: string) {
  return (id: string): string | undefined => {
    const pathway = config?.pathways.find((p) => p.id === id);
    return pathway ? localise(pathway.name, locale) : undefined;
  };
}

export function runAuditCli(io: CliIO, file: string, options: AuditCliOptions): number {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: cannot read the file (${(error as Error).message})\n`);
    return 1;
  }
  const locale = options.locale ?? 'en';
  const result = importAuditCsv(text.length > MAX_CSV_LENGTH ? text.slice(0, MAX_CSV_LENGTH + 1) : text);
  if (!result.ok) {
    for (const p of result.problems) io.stderr(`${file}: ${describeProblem(p, locale)}\n`);
    if (result.problemCount > result.problems.length)
      io.stderr(`${file}: ${auditWords(locale).moreProblems(result.problemCount - result.problems.length)}\n`);
    return 1;
  }
  const summary = summarise(result.kind as AuditKind, result.records as readonly AuditRecordOf[AuditKind][], {
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
  }) as AuditSummary;
  const rounds = summary.rounds.map((r) => r.round);
  for (const name of [options.from, options.to])
    if (name !== undefined && !rounds.includes(name))
      return options.usageError(`there is no round named "${name}" (the rounds are: ${rounds.join(', ')})`);
  if (options.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else io.stdout(summaryText(summary, { locale, pathwayName: configPathwayName(options.config, locale) }));
  return 0;
}
