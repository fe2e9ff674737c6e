// Finds a Chromium or Chrome for the browser tests: CHROME_PATH, then the usual commands.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const WELL_KNOWN = NAMES.map((name) => `/usr/bin/${name}`);

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a usable browser, or undefined. */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH && executable(env.CHROME_PATH)) return env.CHROME_PATH;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return WELL_KNOWN.find(executable);
}

/** Flags Chromium needs here: no sandbox as root, and no background calls out to the network. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
