// Makes sure the browser tests have a Chromium: finds one, or on Debian as root installs
// Debian's chromium package; otherwise says in one line what to install.
import { aptInstall } from './debian.mjs';
import { findBrowser } from './find-browser.mjs';

if (findBrowser() || (aptInstall(['chromium'], 'Chromium') && findBrowser())) process.exit(0);

console.error(
  'The browser tests need Chromium or Chrome: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.',
);
process.exit(1);
