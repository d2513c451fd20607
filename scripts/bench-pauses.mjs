// The longest main-thread pause (a "long task", over 50 ms) while a reader does something
// heavy, in headless Chromium against the release build: loading the definitions
// (text.bin, 1.5 MB) on an event page, the core-event panel's first re-ranking (which
// needs the full graph's scores), a re-rank once they are there, choosing another seed gene, and the first search on the
// full graph (its index). Median of N fresh loads, CPU throttled as asked.
// Usage: node scripts/bench-pauses.mjs [dist=dist] [runs=5] [--cpu=1,4]   (ALL=1 lists every long task)
import { benchSetup, median } from './bench-setup.mjs';

const { dist, runs, rates, url, browser, close } = await benchSetup({ runs: 5 });

const watch = () => {
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e); })
    .observe({ type: 'longtask', buffered: false });
};

/** Runs `act` on a page with the full graph ready; the longest task and the time it took. */
async function measure(rate, hash, act, done, ready) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(watch);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url + hash);
  await page.waitForFunction(() => document.querySelector('.data-status')?.dataset.fullMs, null, { timeout: 120000 });
  if (ready) await page.waitForSelector(ready, { timeout: 120000 });
  await page.waitForTimeout(500);
  const start = await page.evaluate(() => { window.longTasks = []; return performance.now(); });
  await act(page);
  await page.waitForFunction(done, null, { timeout: 120000 });
  const r = await page.evaluate((s) => ({
    longest: Math.max(0, ...window.longTasks.map((t) => t.duration)),
    all: window.longTasks.map((t) => Math.round(t.duration)),
    took: performance.now() - s,
  }), start);
  await context.close();
  return r;
}

const cases = {
  'load the definitions': ['#/event/GO:0006979', (p) => p.click('.text-loader button'), () => document.querySelector('section.definition')],
  'first re-ranking of the core events': ['#/core', async (p) => {
    await p.waitForSelector('.core-table tbody tr');
    await p.click('button[aria-label="Propagation −"]');
  }, () => document.querySelector('.core-table tbody tr') && !document.querySelector('.core-scoring') && location.hash.includes('w=4')],
  're-rank after a weight change (scores ready)': ['#/core?w=4,5,5', async (p) => {
    await p.waitForSelector('.core-table tbody tr', { timeout: 60000 });
    await p.click('button[aria-label="Propagation −"]');
  }, () => location.hash.includes('w=3,5,5') && document.querySelector('.core-table tbody tr'), '.core-table tbody tr'],
  'choose another seed gene (scores ready)': ['#/core?seeds=GENE:SOD1', async (p) => {
    await p.waitForSelector('.core-table tbody tr', { timeout: 60000 });
    await p.locator('.seed-genes label', { hasText: /^FUS$/ }).locator('input').check();
  }, () => location.hash.includes('GENE:FUS') && document.querySelector('.core-table tbody tr') && !document.querySelector('.core-scoring'), '.core-table tbody tr'],
  'open the search and type a word': ['#/about', async (p) => {
    await p.evaluate(() => { location.hash = '#/explore'; });
    await p.waitForSelector('#search-input');
    await p.type('#search-input', 'oxidative');
  }, () => document.querySelector('.search-results a[href="#/event/GO:0006979"]')],
};

for (const rate of rates) {
  for (const [name, [hash, act, done, ready]] of Object.entries(cases)) {
    const rs = [];
    for (let i = 0; i < runs; i += 1) rs.push(await measure(rate, hash, act, done, ready));
    if (process.env.ALL) console.log(rs.map((r) => r.all.join(" ")).join(" | "));
    console.log(`CPU x${rate}, ${name}: longest pause ${median(rs.map((r) => r.longest)).toFixed(0)} ms, done after ${median(rs.map((r) => r.took)).toFixed(0)} ms (median of ${runs})`);
  }
}
await close();
