/** Problems found in a config or an input, each at a JSON path. */

/** One thing wrong with a config or input: where (a JSON path such as `$.pathways.custom[0].access.url`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Formats a path as `$.a.b[0]["odd key"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$-]*$/.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}
