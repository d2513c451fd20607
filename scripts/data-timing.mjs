// Measures, in headless Chromium against the release build, how long the app takes to
// decode core.bin and full.bin in wasm (read from the page), median of N loads.
// Usage: node scripts/data-timing.mjs [dist=dist] [runs=5] [--cpu=4]
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.mjs';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dist';
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const cpu = Number((args.find((a) => a.startsWith('--cpu=')) ?? '--cpu=1').slice(6));
const { server, url } = await serve(dist, 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const core = [];
const full = [];
const loaded = [];
for (let i = 0; i < runs; i += 1) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(url + '#/');
  await page.waitForFunction(() => document.querySelector('.data-status')?.dataset.fullMs, null, { timeout: 60000 });
  const t = await page.evaluate(() => ({ ...document.querySelector('.data-status').dataset, now: performance.now() }));
  core.push(Number(t.coreMs));
  full.push(Number(t.fullMs));
  loaded.push(t.now);
  await context.close();
}
console.log(`${dist} (CPU x${cpu}, median of ${runs}): decode core.bin ${median(core).toFixed(1)} ms, full.bin ${median(full).toFixed(1)} ms; full graph ready ${median(loaded).toFixed(0)} ms after navigation`);
await browser.close();
server.close();
