// A stand-in for a council's Open Referral UK API, for the demo page and the browser tests:
// GET /api/oruk/services?page=N answers with page N of a real-shaped, paged /services response
// (the fictional Northshire directory in test/fixtures/oruk/). Anything else is not its business.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../test/fixtures/oruk/', import.meta.url));

/** The JSON text for a request to the demo API, or undefined when the path is not the API's. */
export async function orukDemoResponse(pathname, search) {
  if (pathname !== '/api/oruk/services') return undefined;
  const page = Number(new URLSearchParams(search).get('page') ?? '1');
  if (!Number.isInteger(page) || page < 1 || page > 2) return { status: 404, body: '{"error":"no such page"}' };
  return { status: 200, body: await readFile(`${dir}services-page-${page}.json`, 'utf8') };
}
