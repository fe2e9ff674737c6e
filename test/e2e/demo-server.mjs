// Starts scripts/serve.mjs (the demo pages, with their strict Content Security Policy) on a random
// high port, for the outside checks. Resolves to its address and a way to stop it.
import { spawn } from 'node:child_process';

export async function startDemoServer() {
  const port = 18000 + Math.floor(Math.random() * 1000);
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) } });
  const url = await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => {
      const m = /http:\/\/localhost:(\d+)\//.exec(String(d));
      if (m) resolve(m[0]);
    });
    server.on('exit', () => reject(new Error('the demo server stopped')));
  });
  return { url, stop: () => server.kill() };
}
