// Measures how long the release build takes from navigation to a mounted app in headless
// Chromium on 127.0.0.1, median of N fresh loads, with and without a throttled CPU
// (4x slower, roughly a mid-range phone). Usage: node scripts/startup.mjs [runs=7]
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.mjs';

const runs = Number(process.argv[2] ?? 7);
const { server, url } = await serve('dist', 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const throttle of [1, 4]) {
  const mounted = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url + '#/');
    await page.waitForSelector('#page-heading');
    mounted.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  console.log(`CPU x${throttle}: navigation to mounted app, median of ${runs}: ${median(mounted).toFixed(0)} ms (min ${Math.min(...mounted).toFixed(0)}, max ${Math.max(...mounted).toFixed(0)})`);
}
await browser.close();
server.close();
