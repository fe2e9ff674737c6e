/** Problems found in a config or an input, each at a JSON path. */

/** One thing wrong with a config or input: where (a JSON path such as `$.pathways.custom[0].access.url`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** A key longer than this is shortened in paths, so every problem stays one readable line. */
const MAX_KEY_IN_PATH = 60;

/** A value shortened for a message: a long text or key is cut with an ellipsis, line breaks shown as spaces. */
export function shorten(value: string, max = MAX_KEY_IN_PATH): string {
  const flat = value.replace(/[\r\n\t]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Formats a path as `$.a.b[0]["odd key"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && seg.length <= MAX_KEY_IN_PATH && /^[A-Za-z_$][\w$-]*$/.test(seg))
      out += `.${seg}`;
    else out += `[${JSON.stringify(shorten(String(seg)))}]`;
  }
  return out;
}

/** The first `max` problems, and one more line saying how many were left out. */
export function capProblems(problems: readonly Problem[], max = 50): Problem[] {
  if (problems.length <= max) return [...problems];
  return [
    ...problems.slice(0, max),
    { path: '$', message: `and ${problems.length - max} more problems like these (fix the ones above first)` },
  ];
}

/** Each problem's path as a list of keys, for leaving out what it names (see `config/usable.ts`). */
const RAW_PATHS = new WeakMap<Problem, readonly PropertyKey[]>();

/** A problem at a path given as keys: `{ path: "$.a[0]", message }`, remembering the keys. */
export function problemAt(path: readonly PropertyKey[], message: string): Problem {
  const problem = { path: formatPath(path), message };
  RAW_PATHS.set(problem, [...path]);
  return problem;
}

/** The keys of a problem's path, when it was made by `problemAt`. */
export function rawPath(problem: Problem): readonly PropertyKey[] | undefined {
  return RAW_PATHS.get(problem);
}
