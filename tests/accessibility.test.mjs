// Accessibility: axe-core on every view in both languages, targets, reflow at 200 % text
// on a 360 px phone, and full keyboard use of the header and the settings.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWS, axeViolations, openApp, startApp, waitForMount } from './support/app.mjs';
import { KEY, envelope, monthly, seed } from './support/assess.mjs';

// Six saved assessments, so that the self-assessment views show their tables and chart.
const HISTORY = seed(KEY, envelope(monthly(6), '2022-06-01'));

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** An init script that stores settings as the app would have saved them. */
function storeSettings(settings) {
  return `localStorage.setItem('als-explorer.settings', ${JSON.stringify(JSON.stringify({ version: 1, settings }))});`;
}

test('axe-core finds no violation on any view, in either language or in high contrast', async () => {
  for (const locale of ['zh-CN', 'en-US']) {
    for (const contrast of ['normal', 'high']) {
      for (const hash of VIEWS) {
        const initScript = HISTORY + (contrast === 'high' ? storeSettings({ high_contrast: true }) : '');
        const { page, context } = await openApp(app, hash, { locale, initScript });
        assert.equal(await page.getAttribute('html', 'data-contrast'), contrast);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${locale} ${contrast} ${hash}`);
        await context.close();
      }
    }
  }
});

/** Interactive elements smaller than 44 × 44 CSS px (inline links in running text excepted). */
async function smallTargets(page) {
  return page.evaluate(() => {
    const small = [];
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, label.choice')) {
      if (!el.checkVisibility()) continue;
      if (el.matches('input[type=radio], input[type=checkbox]') && el.closest('label.choice')) continue;
      if (getComputedStyle(el).display === 'inline') continue;
      const r = el.getBoundingClientRect();
      if (r.width < 44 || r.height < 44) small.push(`${el.tagName} ${el.textContent.trim().slice(0, 30)} ${r.width}x${r.height}`);
    }
    return small;
  });
}

test('targets are at least 44 px and nothing scrolls sideways on a 360 px phone at 200 % text', async () => {
  // English too at 200 %: its longer words ("gastrostomy", "nucleocytoplasmic") are
  // what pushed fieldsets, links and the history's cards past the edge.
  for (const [size, locale] of [['100', 'zh-CN'], ['200', 'zh-CN'], ['200', 'en-US']]) {
    for (const hash of VIEWS) {
      const { page, context } = await openApp(app, hash, { locale, viewport: { width: 360, height: 740 }, initScript: HISTORY });
      // Measure views with the graph's links in them (story events, event pages).
      await page.waitForFunction(() => /loaded|已载入/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });
      await page.evaluate((s) => document.documentElement.setAttribute('data-text-size', s), size);
      assert.deepEqual(await smallTargets(page), [], `targets ${hash} at ${size} % (${locale})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${hash} at ${size} % (${locale}) scrolls sideways by ${overflow}px`);
      await context.close();
    }
  }
});

test('the header and the settings work with the keyboard alone, and settings persist', async () => {
  // A tool in the root document (hash links; the language switch is a button there).
  const { page, context } = await openApp(app, '#/explore');
  // Header: skip link, brand, ten navigation links, then the language switch.
  const order = [];
  for (let i = 0; i < 13; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.getAttribute('href') ?? document.activeElement.className));
  }
  assert.deepEqual(order, ['#main', '#/', '#/', '#/story', '#/explore', '#/core', '#/assess', '#/treatments', '#/biomarkers', '#/standards', '#/about', '#/settings', 'lang-switch']);
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'solid', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'lang-switch', 'focus stays on the switch');

  // The skip link appears when focused and moves focus to the main content.
  await page.reload();
  await waitForMount(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.ok(await page.locator('.skip-link').isVisible(), 'skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(new URL(page.url()).hash, '#/explore', 'skipping keeps the route');

  // Settings by keyboard: focus the link, open it, pick 200 % with the arrow keys.
  await page.focus('nav a[href="#/settings"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  await page.focus('input[name=text-size]:checked');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('html', 'data-text-size'), '200');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('html', 'data-contrast'), 'high');
  assert.match(await page.textContent('.status'), /saved on this device/);

  await page.reload();
  await waitForMount(page);
  assert.equal(await page.getAttribute('html', 'data-text-size'), '200');
  assert.equal(await page.getAttribute('html', 'data-contrast'), 'high');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');

  await page.click('text=Restore default settings');
  assert.equal(await page.getAttribute('html', 'data-text-size'), '100');
  assert.equal(await page.getAttribute('html', 'data-contrast'), 'normal');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans', 'default language of a Chinese browser');
  await context.close();
});

test('the reduce-motion setting marks the page for the stylesheet', async () => {
  const { page, context } = await openApp(app, '#/settings', { locale: 'en-US' });
  assert.equal(await page.getAttribute('html', 'data-motion'), 'system');
  await page.check('text=Reduce motion');
  assert.equal(await page.getAttribute('html', 'data-motion'), 'reduce');
  await context.close();
});
