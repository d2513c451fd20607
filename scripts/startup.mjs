// Measures the release build in headless Chromium on 127.0.0.1, median of N fresh loads:
// navigation to a mounted app, the wasm decode times of core.bin and full.bin (read from
// the page), and when the full graph is ready. CPU throttling 4x stands for a mid-range
// phone. Usage: node scripts/startup.mjs [dist=dist] [runs=7] [--cpu=1,4]
import { benchSetup, median } from './bench-setup.mjs';

const { dist, runs, rates, url, browser, close } = await benchSetup({ runs: 7 });

for (const rate of rates) {
  const m = { mounted: [], core: [], full: [], longest: [], ready: [] };
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url + '#/');
    await page.waitForSelector('#page-heading');
    // The app marks the moment it has mounted; reading it later is not delayed by work
    // that holds the main thread in between.
    m.mounted.push(await page.evaluate(() => performance.getEntriesByName('als-mounted')[0]?.startTime ?? NaN));
    await page.waitForFunction(() => document.querySelector('.data-status')?.dataset.fullMs, null, { timeout: 120000 });
    const t = await page.evaluate(() => ({ ...document.querySelector('.data-status').dataset, now: performance.now() }));
    m.core.push(Number(t.coreMs));
    m.full.push(Number(t.fullMs));
    m.longest.push(Number(t.fullLongestMs));
    m.ready.push(t.now);
    await context.close();
  }
  const f = (xs) => `${median(xs).toFixed(0)} ms`;
  console.log(`${dist}, CPU x${rate}, median of ${runs}: mounted ${f(m.mounted)}; decode core.bin ${f(m.core)}, full.bin ${f(m.full)} (longest step ${f(m.longest)}); full graph ready ${f(m.ready)} after navigation`);
}
await close();
