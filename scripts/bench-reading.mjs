// How soon a reader on a slow phone sees a view's heading and first paragraph (#16's
// budgets), against the floor: the same view saved as plain HTML with the same CSS and no
// script, measured in the same run. The release build is served with brotli as static
// hosts serve it; a 390 x 844 phone, CPU x4, a fresh cache each load, median of N.
// Usage: node scripts/bench-reading.mjs [dist=dist] [runs=5] [--views=./,story/3/,#/assess,…]
//        [--net=1.6:150,0.4:300]   (Mbps:ms round trip)
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { median } from './bench-setup.mjs';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const dist = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dist';
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
// Reading pages by their own addresses (written at build time); the self-assessment is a
// tool in the root document.
const views = opt('views', './,story/3/,en/story/3/,treatments/,biomarkers/,about/,#/assess').split(',');
const nets = opt('net', '1.6:150,0.4:300').split(',').map((n) => n.split(':').map(Number));
const PHONE = { width: 390, height: 844 };

// Marks the first frame in which the heading and a first paragraph of text are shown (for
// the self-assessment: and its first question), and the first in which the app has taken
// the view over (for a tool: when it can be used).
const SHOWN = `(() => {
  const form = location.hash.startsWith('#/assess');
  const check = () => {
    const h = document.querySelector('#app main h1');
    const p = [...document.querySelectorAll('#app main p')].find((e) => e.textContent.trim().length >= 20 && e.getBoundingClientRect().height > 0);
    const question = !form || document.querySelector('#app main form fieldset legend');
    // (#app only: the app renders a page's view hidden beside it before taking over.)
    if (!window.__shown && h && h.textContent.trim() && p && question && !document.querySelector('#app .content-wait')) {
      window.__shown = performance.now();
    }
    if (window.__shown && document.documentElement.getAttribute('data-app') === 'live') {
      window.__live = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

// The floor: each view as the app draws it, saved as plain HTML beside the same files.
const floorDir = join(dist, '..', 'target', 'bench-floor');
rmSync(floorDir, { recursive: true, force: true });
cpSync(dist, floorDir, { recursive: true });
const app = await serve(dist, 0, '/', { brotli: true });
{
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: PHONE })).newPage();
  for (const [i, view] of views.entries()) {
    await page.goto(`${app.url}${view}`);
    await page.waitForFunction(() => document.querySelector('#app main h1') && !document.querySelector('#app .content-wait') && !document.querySelector('#app-next, #app[data-prerendered]'));
    const html = await page.evaluate(() => {
      const doc = document.documentElement.cloneNode(true);
      doc.querySelectorAll('script, template, base, noscript, meta[http-equiv], link[rel=modulepreload], link[rel=preload], link[rel=manifest]').forEach((e) => e.remove());
      return `<!DOCTYPE html>\n${doc.outerHTML}`;
    });
    writeFileSync(join(floorDir, `floor-${i}.html`), html);
  }
  await page.context().close();
}
const floor = await serve(floorDir, 0, '/', { brotli: true });

/** One fresh load: ms until shown, bytes transferred until then; for a tool (`tool`), also
 * ms until the app has taken it over and it can be used. */
async function load(url, [mbps, rtt], tool = false) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: rtt, downloadThroughput: (mbps * 1e6) / 8, uploadThroughput: (mbps * 1e6) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // CDP timestamps are seconds on one monotonic clock: from the page's own request to
  // the paint (performance.now() counts from about the same moment).
  let first = null;
  const done = [];
  cdp.on('Network.requestWillBeSent', (e) => { first ??= e.timestamp; });
  cdp.on('Network.loadingFinished', (e) => done.push({ t: e.timestamp, bytes: e.encodedDataLength }));
  await page.addInitScript(SHOWN);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__shown, null, { timeout: 180000, polling: 200 });
  const shown = await page.evaluate(() => window.__shown);
  const bytes = done.filter((d) => (d.t - first) * 1000 <= shown).reduce((a, d) => a + d.bytes, 0);
  let live = null;
  if (tool) {
    await page.waitForFunction(() => window.__live, null, { timeout: 300000, polling: 200 });
    live = await page.evaluate(() => window.__live);
  }
  await context.close();
  return { ms: shown, bytes, live };
}

const rows = [];
for (const net of nets) {
  for (const [i, view] of views.entries()) {
    const a = [];
    const f = [];
    for (let r = 0; r < runs; r += 1) {
      a.push(await load(`${app.url}${view}`, net, view.startsWith('#/')));
      f.push(await load(`${floor.url}floor-${i}.html`, net));
    }
    const m = (xs, k) => median(xs.map((x) => x[k]));
    const live = view.startsWith('#/') ? m(a, 'live') : null;
    rows.push({ net: `${net[0]} Mbps / ${net[1]} ms`, view, app: m(a, 'ms'), appKB: m(a, 'bytes') / 1024, floor: m(f, 'ms'), floorKB: m(f, 'bytes') / 1024, live });
    const r = rows.at(-1);
    console.log(`${r.net}  ${view.padEnd(14)} app ${r.app.toFixed(0).padStart(6)} ms ${r.appKB.toFixed(0).padStart(5)} KB | floor ${r.floor.toFixed(0).padStart(5)} ms ${r.floorKB.toFixed(0).padStart(4)} KB | ratio ${(r.app / r.floor).toFixed(1)}${live === null ? '' : ` | usable after ${live.toFixed(0)} ms`}`);
  }
}
console.log('\n| network | view | app: heading + first paragraph (the form: + first question) | transferred | floor (plain HTML) | transferred | ratio | a tool: usable |\n|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.net} | \`${r.view}\` | ${(r.app / 1000).toFixed(2)} s | ${r.appKB.toFixed(0)} KB | ${(r.floor / 1000).toFixed(2)} s | ${r.floorKB.toFixed(0)} KB | ${(r.app / r.floor).toFixed(1)} | ${r.live === null ? '–' : `${(r.live / 1000).toFixed(2)} s`} |`);
await browser.close();
app.server.close();
floor.server.close();
