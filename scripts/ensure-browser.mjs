// Makes sure the browser tests have a Chromium: finds one, or on Debian as root installs
// Debian's chromium package; otherwise says in one line what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const found = findBrowser();
if (found) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (isRoot && isDebian) {
  console.log("No Chromium found: installing Debian's chromium package (about 30 s)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('/usr/bin/apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('/usr/bin/apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  } catch (error) {
    console.error(`Could not install chromium with apt-get (${error.message}).`);
  }
  if (findBrowser()) process.exit(0);
}

console.error(
  'The browser tests need Chromium or Chrome: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.',
);
process.exit(1);
