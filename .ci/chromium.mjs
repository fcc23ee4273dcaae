// Finds a Chromium for the tests, the benchmarks and the screenshots.
// Order: $CHROME_PATH, then the usual install locations. Where none is found it
// installs Debian's `chromium` package when it can (root with apt-get), or else
// stops with the exact command to run. Tools never download a browser of their
// own: this machine's network reaches only the package registries.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that let Chromium run headless as root on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function find() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`CHROME_PATH=${fromEnv} does not exist; looking elsewhere.`);
  }
  return KNOWN_PATHS.find((path) => existsSync(path));
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** @returns {string} the path of a Chromium executable */
export function findChromium() {
  const found = find();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('No Chromium found: installing Debian\'s chromium package (about 20 s)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    const installed = find();
    if (installed) return installed;
  }
  console.error(
    '\nNo Chromium was found. Install one, then run this again:\n\n' +
      '    sudo apt-get update && sudo apt-get install -y chromium\n\n' +
      'or point CHROME_PATH at an installed Chrome or Chromium.\n',
  );
  process.exit(1);
}

// `node .ci/chromium.mjs` prints the path (and installs when needed).
if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
