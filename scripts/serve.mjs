// Serves the demo pages in docs/, the CDN bundles in dist/cdn/ (at /cdn/) and the config builder's
// script from dist/builder/ (beside docs/builder.html, as in the release) on a local port,
// with the strict Content Security Policy a careful council site would use. No dependencies.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orukDemoResponse } from './oruk-demo-api.mjs';
import { STRICT_CSP, TYPES, resolveFile } from './static-files.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MOUNTS = [
  { prefix: '/cdn/', dir: join(root, 'dist', 'cdn') },
  { prefix: '/', dir: join(root, 'docs') },
  { prefix: '/', dir: join(root, 'dist', 'builder') },
];
const HEADERS = {
  'Content-Security-Policy': STRICT_CSP,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** One request: the demo feed, or a file. */
async function respond(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const api = await orukDemoResponse(url.pathname, url.search);
  if (api) {
    res.writeHead(api.status, { 'Content-Type': TYPES['.json'], ...HEADERS });
    res.end(api.body);
    return;
  }
  const file = await resolveFile(MOUNTS, url.pathname);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...HEADERS });
    res.end('Not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...HEADERS });
  res.end(await readFile(file));
}

// A request that fails (a file gone while the server runs) answers 500 and the server keeps going.
const server = createServer((req, res) =>
  respond(req, res).catch((error) => {
    console.error(`${req.url}: ${error.message}`);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...HEADERS });
    res.end('Server error');
  }),
);

const wanted = Number(process.env.PORT ?? 8080);
let port = wanted;
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && port < wanted + 20) {
    port += 1;
    server.listen(port);
  } else {
    console.error(`Could not start the demo server: ${error.message}`);
    process.exit(1);
  }
});
server.on('listening', () => {
  console.log(`RPC Kit demo: http://localhost:${port}/  (Ctrl+C to stop)`);
});
server.listen(port);
