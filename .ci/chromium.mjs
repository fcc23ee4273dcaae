// Finds a Chromium for the tests, the benchmarks and the screenshots.
// Order: $CHROME_PATH, then the usual install locations of Chrome, Chromium and
// Edge on Linux, macOS and Windows. Where none is found it installs Debian's
// `chromium` package, but only when asked: under CI (`CI` set), with
// NEWS_WIDGETS_INSTALL_CHROMIUM=1, or `node .ci/chromium.mjs --install`. Else it
// stops with the command to run. Tools never download a browser of their own:
// this machine's network reaches only the package registries.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where Chrome, Chromium and Edge install themselves, on `platform`, most likely first. */
export function knownPaths(platform = process.platform, env = process.env, home = homedir()) {
  if (platform === 'win32') {
    // Chrome and Edge install for all users under Program Files, or for one user under %LocalAppData%.
    const roots = [env.ProgramFiles ?? env.PROGRAMFILES, env['ProgramFiles(x86)'] ?? env['PROGRAMFILES(X86)'], env.LocalAppData ?? env.LOCALAPPDATA]
      .filter(Boolean);
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return apps.flatMap((app) => roots.map((root) => win32.join(root, app)));
  }
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return apps.flatMap((app) => [posix.join('/Applications', app), posix.join(home, 'Applications', app)]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
  ];
}

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

const INSTALL_COMMAND = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium';

/** An environment flag that is set and says yes: not '', '0', 'false' or 'no'. */
const isSet = (value) => !!value && !/^(?:0|false|no)$/i.test(value);

function find() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`CHROME_PATH=${fromEnv} does not exist; looking elsewhere.`);
  }
  return knownPaths().find((path) => existsSync(path));
}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Installs Debian's chromium with apt-get: as root, else through sudo. False where there is no apt-get. */
function installWithApt() {
  if (process.platform !== 'linux' || !has('apt-get')) return false;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot && !has('sudo')) return false;
  console.log("No Chromium found: installing Debian's chromium package (about 20 s)…");
  const command = isRoot ? INSTALL_COMMAND : `sudo sh -c '${INSTALL_COMMAND}'`;
  execFileSync('sh', ['-c', command], { stdio: 'inherit' });
  return true;
}

function howToInstall() {
  if (process.platform === 'win32') {
    return (
      '    Install Google Chrome (https://www.google.com/chrome/), or point CHROME_PATH at a Chrome,\n' +
      '    Chromium or Edge:  set CHROME_PATH=C:\\path\\to\\chrome.exe   (PowerShell: $env:CHROME_PATH = "…")\n'
    );
  }
  const install =
    process.platform === 'darwin'
      ? '    brew install --cask chromium        (or install Google Chrome into /Applications)\n'
      : has('apt-get')
        ? "    node .ci/chromium.mjs --install     (Debian's chromium: apt-get update && apt-get install -y chromium, with sudo unless root)\n"
        : "    your system's package manager, e.g.  sudo dnf install chromium\n";
  return `${install}\nor point CHROME_PATH at an installed Chrome, Chromium or Edge:\n\n    CHROME_PATH=/path/to/chrome npm test\n`;
}

/**
 * @param {{ install?: boolean }} [options] `install`: install a Chromium with the system's package
 *   manager where none is found. By default only under CI (`CI` set) or NEWS_WIDGETS_INSTALL_CHROMIUM=1:
 *   never, unasked, on a developer's machine.
 * @returns {string} the path of a Chromium executable
 */
export function findChromium({ install = isSet(process.env.CI) || isSet(process.env.NEWS_WIDGETS_INSTALL_CHROMIUM) } = {}) {
  const found = find();
  if (found) return found;
  const installed = install && installWithApt();
  if (installed) {
    const path = find();
    if (path) return path;
  }
  console.error(
    `\nNo Chrome or Chromium was found${process.env.CHROME_PATH ? '' : ' (CHROME_PATH is not set)'}; looked in:\n` +
      knownPaths().map((path) => `    ${path}\n`).join('') +
      (installed ? "\nDebian's chromium package was installed, yet no browser is at these paths.\n" : '') +
      (install && !installed ? '\nThere is no apt-get here (or no root, no sudo) to install one with.\n' : '') +
      '\nInstall one, then run this again:\n\n' +
      howToInstall(),
  );
  process.exit(1);
}

/** Run as `node .ci/chromium.mjs`, not imported (a file URL, so that it holds on Windows too). */
function isMain() {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

// `node .ci/chromium.mjs [--install]` prints the path (and, with --install, installs one when needed).
if (isMain()) console.log(findChromium(process.argv.includes('--install') ? { install: true } : undefined));
