/**
 * The rpc-kit command line, as a pure function of its arguments and a file reader, so that it
 * can be tested in any runtime. `cli.ts` wires it to Node.
 */
import { validateConfig } from '../config/validate.js';
import { shorten, type Problem } from '../util/problems.js';
import { configJsonSchema } from '../config/json-schema.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { NATIONAL_CONTACTS } from '../content/contacts.js';
import { evaluate } from '../decision/evaluate.js';
import { contentFreshness } from '../content/freshness.js';
import { parseEvaluateInput } from '../decision/input.js';
import { questionBank } from '../journey/bank.js';
import { loadContent } from '../i18n/packs.js';
import { AUDIENCES, TOOLS, type Audience, type Tool } from '../types.js';
import { runAuditCli } from './audit.js';
import type { CliIO } from './io.js';

export type { CliIO } from './io.js';

/** Exit codes: 0 ok, 1 invalid config or unreadable file, 2 bad input or usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export const USAGE = `Usage: rpc-kit <command> [options]

Commands:
  validate <config.json>                 Check a council config. Exit 0 if valid; else exit 1
                                         with one line per problem and its JSON path.
  questions [--tool screener|da-check|signposter] [--audience parent|practitioner] [--locale en|cy]
                                         Print the question bank as JSON.
  evaluate <input.json|-> [--config council.json] [--locale en|cy]
                                         Print the decision for a set of answers as JSON.
                                         Input: {"audience": "parent", "answers": {...}, "situation": {...}}
                                         Missing or unknown safety answers: exit 2.
  schema                                 Print the config's JSON Schema (for editors).
  contacts                               List the national contacts and warn about unverified
                                         or out-of-date ones.
  audit summary <file.csv> [--json] [--locale en|cy] [--from <round>] [--to <round>] [--config council.json]
                                         Summarise a practice audit file (rpc-audit-v1): the same
                                         summary as <rpc-practice-audit>. A bad file: exit 1, one
                                         line per problem with its row and column.
`;

interface Parsed {
  positional: string[];
  options: Record<string, string>;
  errors: string[];
}

function parseArgs(args: readonly string[], known: readonly string[]): Parsed {
  const out: Parsed = { positional: [], options: {}, errors: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!known.includes(name)) {
        out.errors.push(`unknown option --${name}`);
        continue;
      }
      const value = inline ?? args[++i];
      if (value === undefined) out.errors.push(`--${name} needs a value`);
      else out.options[name] = value;
    } else out.positional.push(arg);
  }
  return out;
}

/** The largest file read: a config with thousands of services is far smaller. */
const MAX_FILE_CHARS = 5_000_000;

function readJson(
  io: CliIO,
  path: string,
  what: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  let raw: string;
  const why = (error: unknown) => shorten(error instanceof Error ? error.message : String(error), 120);
  try {
    raw = io.readFile(path);
  } catch (error) {
    return { ok: false, message: `${what} ${path}: cannot read the file (${why(error)})` };
  }
  if (raw.length > MAX_FILE_CHARS)
    return { ok: false, message: `${what} ${path}: is too large (more than ${MAX_FILE_CHARS / 1_000_000} MB)` };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    return { ok: false, message: `${what} ${path}: not valid JSON (${why(error)})` };
  }
}

const lines = (problems: readonly Problem[], prefix = '') =>
  problems.map((p) => `${prefix}${p.path}: ${p.message}`).join('\n') + '\n';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function loadConfig(
  io: CliIO,
  path: string | undefined,
): { ok: true; config?: ResolvedConfig } | { ok: false; code: number } {
  if (path === undefined) return { ok: true };
  const read = readJson(io, path, 'config');
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return { ok: false, code: EXIT.invalid };
  }
  const result = validateConfig(read.value);
  if (!result.ok) {
    io.stderr(lines(result.problems, `config ${path}: `));
    return { ok: false, code: EXIT.invalid };
  }
  return { ok: true, config: result.config };
}

/**
 * Runs a command. Never throws and never prints a stack trace: anything unexpected is one line on
 * standard error and exit code 1. Asynchronous: a command in Welsh or for practitioners loads those
 * words first (see `loadContent`).
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.stderr(`rpc-kit: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    return EXIT.invalid;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  const usageError = (message: string) => {
    io.stderr(`rpc-kit: ${message}\n\n${USAGE}`);
    return EXIT.usage;
  };
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(USAGE);
      return EXIT.ok;
    case '--version':
    case '-v':
      io.stdout(`${io.version ?? 'unknown'}\n`);
      return EXIT.ok;

    case 'validate': {
      const args = parseArgs(rest, []);
      if (args.errors.length) return usageError(args.errors.join('; '));
      if (args.positional.length !== 1) return usageError('validate needs exactly one config file');
      const file = args.positional[0]!;
      const read = readJson(io, file, 'config');
      if (!read.ok) {
        io.stderr(`${read.message}\n`);
        return EXIT.invalid;
      }
      const result = validateConfig(read.value);
      if (result.warnings.length) io.stderr(lines(result.warnings, 'warning: '));
      if (!result.ok) {
        io.stderr(lines(result.problems));
        return EXIT.invalid;
      }
      io.stdout(`${file}: valid${result.warnings.length ? ` (${result.warnings.length} warnings)` : ''}\n`);
      return EXIT.ok;
    }

    case 'questions': {
      const args = parseArgs(rest, ['tool', 'audience', 'locale']);
      const { tool, audience, locale } = args.options;
      if (tool !== undefined && !TOOLS.includes(tool as Tool))
        args.errors.push(`--tool must be one of: ${TOOLS.join(', ')}`);
      if (audience !== undefined && !AUDIENCES.includes(audience as Audience))
        args.errors.push(`--audience must be one of: ${AUDIENCES.join(', ')}`);
      if (args.positional.length) args.errors.push(`unexpected argument ${args.positional[0]!}`);
      if (args.errors.length) return usageError(args.errors.join('; '));
      await loadContent({ ...(locale ? { locale } : {}), ...(audience ? { audience: audience as Audience } : {}) });
      io.stdout(
        json(
          questionBank({
            ...(tool ? { tool: tool as Tool } : {}),
            ...(audience ? { audience: audience as Audience } : {}),
            ...(locale ? { locale } : {}),
          }),
        ),
      );
      return EXIT.ok;
    }

    case 'evaluate': {
      const args = parseArgs(rest, ['config', 'locale']);
      if (args.errors.length) return usageError(args.errors.join('; '));
      if (args.positional.length !== 1)
        return usageError('evaluate needs exactly one input file (or - for standard input)');
      const read = readJson(io, args.positional[0]!, 'input');
      if (!read.ok) {
        io.stderr(`${read.message}\n`);
        return EXIT.usage;
      }
      const input = parseEvaluateInput(read.value);
      if (!input.ok) {
        io.stderr(lines(input.problems));
        return EXIT.usage;
      }
      const loaded = loadConfig(io, args.options.config);
      if (!loaded.ok) return loaded.code;
      const locale = args.options.locale ?? input.input.locale;
      await loadContent({
        ...(locale ? { locale } : {}),
        ...(input.input.audience ? { audience: input.input.audience } : {}),
      });
      io.stdout(json(evaluate({ ...input.input, ...(locale ? { locale } : {}) }, loaded.config)));
      return EXIT.ok;
    }

    case 'schema': {
      if (rest.length) return usageError('schema takes no arguments');
      io.stdout(json(configJsonSchema()));
      return EXIT.ok;
    }

    case 'contacts': {
      if (rest.length) return usageError('contacts takes no arguments');
      for (const c of NATIONAL_CONTACTS) {
        io.stdout(`${c.id}\t${c.phone ?? '-'}\t${c.url ?? '-'}\t${c.status}\tchecked ${c.verified ?? 'never'}\n`);
      }
      for (const w of contentFreshness(io.today)) io.stderr(`warning: ${w.id}: ${w.message}\n`);
      return EXIT.ok;
    }

    case 'audit': {
      const args = parseArgs(
        rest.filter((a) => a !== '--json'),
        ['locale', 'from', 'to', 'config'],
      );
      if (args.errors.length) return usageError(args.errors.join('; '));
      const [sub, file, ...more] = args.positional;
      if (sub !== 'summary') return usageError('audit needs a subcommand: audit summary <file.csv>');
      if (file === undefined || more.length) return usageError('audit summary needs exactly one CSV file');
      const loaded = loadConfig(io, args.options.config);
      if (!loaded.ok) return loaded.code;
      if (args.options.locale) await loadContent({ locale: args.options.locale });
      return runAuditCli(io, file, {
        json: rest.includes('--json'),
        ...args.options,
        ...(loaded.config ? { config: loaded.config } : {}),
        usageError,
      });
    }

    default:
      return usageError(`unknown command "${command}"`);
  }
}
