/// <reference types="node" />
/** The rpc-kit command: `runCli` wired to Node's files, streams and exit code. */
import { readFileSync } from 'node:fs';
import { runCli } from './run.js';

function packageVersion(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version;
  } catch {
    return undefined;
  }
}

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version: packageVersion(),
});
