// Makes sure the two browsers the tests run in are installed. On Debian or Ubuntu,
// as root, it installs the missing ones with apt-get; elsewhere it stops with a
// one-line instruction instead of a stack trace.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, firefoxPath } from './browsers.js';

const missing = [];
if (!chromiumPath()) missing.push('chromium');
if (!firefoxPath()) missing.push('firefox-esr');
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `event-timeline tests need ${missing.join(' and ')}: install ${missing.length > 1 ? 'them' : 'it'} ` +
      `(Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}) or set CHROMIUM_PATH / FIREFOX_PATH.`,
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(' ')} with apt-get…`);
try {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing, 'fonts-dejavu-core'], { stdio: 'inherit', env });
} catch {
  console.error(`apt-get could not install ${missing.join(' ')}; install ${missing.join(' ')} by hand and run npm test again.`);
  process.exit(1);
}
