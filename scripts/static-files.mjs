// Serving files from folders mounted at URL prefixes: what the demo server and the outside checks
// share. No dependencies.
import { stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.md': 'text/plain; charset=utf-8',
};

/** The strict Content Security Policy a careful council site would use. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The file a path names under the first mount whose prefix it has and that holds it (a folder: its
 * index.html), or undefined. Two mounts may share a prefix: the second is tried when the first lacks the file.
 */
export async function resolveFile(mounts, pathname) {
  for (const { prefix, dir } of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (file !== dir && !file.startsWith(dir + sep)) return undefined;
    try {
      const info = await stat(file);
      if (info.isDirectory()) return resolveFile(mounts, `${pathname.replace(/\/?$/, '/')}index.html`);
      return file;
    } catch {
      continue;
    }
  }
  return undefined;
}
