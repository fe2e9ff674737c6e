// The WordPress plugin's PHP checks: `php -l` on every PHP file, then the plugin's unit tests
// (packages/wordpress/tests/run.php). Finds PHP, or on Debian as root installs Debian's php-cli;
// otherwise says in one line what to install.
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall } from './debian.mjs';
import { walk } from './release.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const plugin = join(root, 'packages', 'wordpress');

const hasPhp = () => spawnSync('php', ['-v'], { stdio: 'ignore' }).status === 0;
if (!hasPhp() && !(aptInstall(['php-cli'], 'PHP') && hasPhp())) {
  console.error(
    'The WordPress plugin checks need PHP 7.4 or later: install it (Debian/Ubuntu: apt-get install php-cli).',
  );
  process.exit(1);
}

const files = walk(plugin)
  .filter((f) => f.endsWith('.php') && !f.startsWith('cdn/'))
  .map((f) => join(plugin, f));
const broken = [];
for (const file of files) {
  const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
  if (lint.status !== 0) broken.push(`${relative(root, file)}: ${(lint.stdout + lint.stderr).trim()}`);
}
if (broken.length) {
  console.error(`php -l found errors:\n${broken.join('\n')}`);
  process.exit(1);
}
console.log(`php -l: ${files.length} files, no syntax errors.`);
const tests = spawnSync('php', [join(plugin, 'tests', 'run.php')], { stdio: 'inherit' });
process.exit(tests.status ?? 1);
