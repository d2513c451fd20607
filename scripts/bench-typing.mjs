// What typing in the explorer's search box costs the page, in headless Chromium against
// the release build, on the full graph with its synonyms and gene names (text.bin) in
// the index: the seven queries of the search benchmarks typed one key every 150 ms, as a
// slow typist would. For each query: the longest gap between two frames while typing
// (a frame is 16.7 ms; a gap above that is work that held the page) and the time from
// the last key to its results. The same page's idle gaps are measured first, as the
// floor. Median of N fresh loads, CPU throttled as asked.
// Usage: node scripts/bench-typing.mjs [dist=dist] [runs=3] [--cpu=1,4]
import { benchSetup, median } from './bench-setup.mjs';

const { runs, rates, url, browser, close } = await benchSetup({ runs: 3 });
const QUERIES = ['TDP-43', 'oxidative stress', '氧化应激', 'C9orf72', 'GO:0006979', 'fasiculation', 'motor neuron degeneration'];

// The gaps between animation frames, kept in the page.
const watchFrames = () => {
  window.frameGaps = [];
  let last = performance.now();
  const tick = (now) => { window.frameGaps.push(now - last); last = now; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
};

async function run(rate) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(watchFrames);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}#/explore`);
  await page.waitForFunction(() => document.querySelector('.data-status')?.dataset.fullMs, null, { timeout: 120000 });
  // The synonyms and gene names: loaded, and indexed (an alias only text.bin holds).
  await page.click('.text-loader button');
  await page.fill('#search-input', 'p53');
  await page.waitForSelector('.search-results[data-query="p53"] a[href="#/event/GENE:TP53"]', { timeout: 120000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.fill('#search-input', '');
  await page.waitForTimeout(1000);
  const idle = await page.evaluate(async () => {
    window.frameGaps = [];
    await new Promise((r) => setTimeout(r, 1500));
    return Math.max(...window.frameGaps);
  });
  const out = { idle, queries: {} };
  for (const q of QUERIES) {
    await page.fill('#search-input', '');
    await page.waitForTimeout(500);
    const perKey = [];
    const chars = [...q];
    let after = 0;
    for (const [k, ch] of chars.entries()) {
      await page.evaluate(() => { window.frameGaps = []; });
      await page.keyboard.type(ch);
      if (k === chars.length - 1) {
        // The last key: how long until its results are drawn.
        const typed = await page.evaluate(() => performance.now());
        await page.waitForFunction((query) => document.querySelector('.search-results')?.dataset.query === query
          || (document.querySelector('#search-input').value === query && /No matching event|没有找到/.test(document.querySelector('main').textContent)), q, { timeout: 60000 });
        after = await page.evaluate((t) => performance.now() - t, typed);
      }
      await page.waitForTimeout(150);
      perKey.push(await page.evaluate(() => Math.max(...window.frameGaps)));
    }
    const r = { gap: Math.max(...perKey), perKey, after };
    out.queries[q] = r;
  }
  await context.close();
  return out;
}

for (const rate of rates) {
  const rs = [];
  for (let i = 0; i < runs; i += 1) rs.push(await run(rate));
  const idle = median(rs.map((r) => r.idle));
  console.log(`CPU x${rate}: idle page, longest frame gap ${idle.toFixed(1)} ms (median of ${runs})`);
  let worst = 0;
  for (const q of QUERIES) {
    const gap = median(rs.map((r) => r.queries[q].gap));
    const after = median(rs.map((r) => r.queries[q].after));
    worst = Math.max(worst, gap);
    const keys = [...q].map((_, k) => median(rs.map((r) => r.queries[q].perKey[k])));
    const slow = keys.map((g, k) => (g > idle + 1 ? `"${[...q].slice(0, k + 1).join('')}" ${g.toFixed(0)}` : null)).filter(Boolean);
    console.log(`  ${JSON.stringify(q).padEnd(28)} longest frame gap while typing ${gap.toFixed(1)} ms; results ${after.toFixed(0)} ms after the last key${slow.length ? `; keys over the floor: ${slow.join(', ')}` : ''}`);
  }
  console.log(`CPU x${rate}: longest frame gap while typing, worst query: ${worst.toFixed(1)} ms (idle floor ${idle.toFixed(1)} ms)`);
}
await close();
