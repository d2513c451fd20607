// The language of the interface: Chinese first, English on request, remembered.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWS, openApp, startApp, textInWrongLanguage, waitForMount, visit, where } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('starts in Chinese for a Chinese browser, with no console error', async () => {
  const { page, log, context } = await openApp(app, '#/');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.equal(await page.textContent('#page-heading'), '渐冻症探索');
  assert.equal(await page.title(), '渐冻症探索');
  assert.equal(await page.locator('.boot-message').count(), 0, 'boot message replaced');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.failures, []);
  await context.close();
});

test('the switch changes every visible string and the choice survives a reload', async () => {
  const { page, log, context } = await openApp(app, '#/');
  for (const hash of VIEWS) {
    await visit(app, page, hash);
    assert.deepEqual(await textInWrongLanguage(page), [], `Chinese view ${hash}`);
  }
  await visit(app, page, '#/');
  // On a page the switch is a link to the same page in the other language; it keeps the choice.
  await page.click('.lang-switch');
  await page.waitForURL(/\/en\/$/);
  await waitForMount(page);
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.textContent('#page-heading'), 'ALS Explorer');
  const description = await page.getAttribute('meta[name=description]', 'content');
  assert.match(description, /^A bilingual page/);
  for (const hash of VIEWS) {
    await visit(app, page, hash);
    assert.deepEqual(await textInWrongLanguage(page), [], `English view ${hash}`);
  }
  assert.equal(await page.title(), 'Page not found · ALS Explorer');
  await page.reload();
  await waitForMount(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('.lang-switch [lang]'), '中文');
  await page.click('.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('?lang=en opens in English, and switching drops it from the address', async () => {
  const { page, context } = await openApp(app, '#/about', { query: '?lang=en' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#page-heading'), 'About');
  assert.match(where(app, page), /^en\/about\/$/, 'the old link goes to the English page');
  await page.click('.lang-switch');
  await page.waitForURL(/\/about\/$/);
  await waitForMount(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.equal(where(app, page), 'about/');
  await page.reload();
  await waitForMount(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  await context.close();
});

test('the browser language is respected until the user chooses', async () => {
  const { page, context } = await openApp(app, '#/', { locale: 'en-GB' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('.lang-switch');
  await page.waitForURL((u) => !u.pathname.includes('/en/'));
  await visit(app, page, '#/');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans', 'saved choice beats the browser');
  await context.close();
  const other = await openApp(app, '#/', { locale: 'fr-FR' });
  assert.equal(await other.page.getAttribute('html', 'lang'), 'zh-Hans', 'Chinese by default');
  await other.context.close();
});
