// Screenshots of demo pages in headless Chromium, to look at after a visible change.
// Usage: node .ci/screenshot.mjs http://localhost:5173/ out.png [width] [wait-ms]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const [url = 'http://localhost:5173/', out = 'screenshot.png', width = '1280', wait = '800'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
const problems = [];
page.on('console', (message) => {
  // Lit warns of its dev mode under the dev server: expected there.
  if (['error', 'warning'].includes(message.type()) && !message.text().includes('Lit is in dev mode')) problems.push(`${message.type()}: ${message.text()} ${message.location().url}`);
});
page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
// Scroll through the page so that lazy images load, then back to the top.
await page.evaluate(async () => {
  for (let y = 0; y < document.body.scrollHeight; y += 600) {
    window.scrollTo(0, y);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  window.scrollTo(0, 0);
});
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out, fullPage: true });
const text = await page.evaluate(() => {
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { all.push(el.shadowRoot.textContent); walk(el.shadowRoot); }
  };
  walk(document);
  return document.body.innerText + all.join(' ');
});
for (const word of ['null', 'undefined', 'NaN', 'Invalid Date', '[object Object]']) {
  if (new RegExp(`\\b${word.replace(/[[\]]/g, '\\$&')}\\b`).test(text)) problems.push(`the page shows "${word}"`);
}
console.log(problems.length ? problems.join('\n') : 'no console errors, no stray null/undefined/NaN on screen');
await browser.close();
