// Takes the README screenshots of the served release build (phone and desktop, both
// languages). Needs a CJK font for the Chinese text (Debian: fonts-noto-cjk).
// Usage: node scripts/screenshot.mjs  (writes docs/screenshot-*.png)
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.mjs';

const { server, url } = await serve('dist', 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const shots = [
  { name: 'home-zh-phone', locale: 'zh-CN', viewport: { width: 390, height: 844 }, hash: '#/' },
  { name: 'home-en-desktop', locale: 'en-US', viewport: { width: 1100, height: 760 }, hash: '#/' },
];
for (const shot of shots) {
  const context = await browser.newContext({ locale: shot.locale, viewport: shot.viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url + shot.hash);
  await page.waitForSelector('#page-heading');
  await page.screenshot({ path: `docs/screenshot-${shot.name}.png` });
  await context.close();
}
await browser.close();
server.close();
