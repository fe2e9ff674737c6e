// Installs Debian packages a check needs, when it can: on Debian, as root, with apt-get.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs apt-get install for `packages` on Debian as root; false when it cannot (or it failed). */
export function aptInstall(packages, what) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`No ${what} found: installing Debian's ${packages.join(', ')} package...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('/usr/bin/apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('/usr/bin/apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
    return true;
  } catch (error) {
    console.error(`Could not install ${packages.join(', ')} with apt-get (${error.message}).`);
    return false;
  }
}
