import { startApp, openApp, waitForMount } from './support/app.mjs';
const app = await startApp();
for (const [from, to] of [['#/core', '#/settings'], ['#/settings', '#/core'], ['#/explore', '#/core']]) {
  const { page, context } = await openApp(app, from);
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.evaluate((h) => { location.hash = h; }, to);
  await page.waitForTimeout(1500);
  console.log(await page.evaluate(() => document.title), await page.evaluate(() => document.querySelector('[aria-current=page]')?.getAttribute('href')));
  console.log(from, '->', to, 'hash', await page.evaluate(() => location.hash), 'h1', await page.evaluate(() => document.querySelector('main h1')?.textContent));
  await context.close();
}
process.exit(0);
