// Deep links, navigation, and what the page loads.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWS, foreignRequests, openApp, startApp, visit, waitForMount } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('each deep link opens its view directly', async () => {
  const expected = {
    '#/': '渐冻症探索',
    '#/about': '关于',
    '#/settings': '设置',
    '#/about/': '关于',
  };
  for (const [hash, heading] of Object.entries(expected)) {
    const { page, log, context } = await openApp(app, hash);
    assert.equal(await page.textContent('#page-heading'), heading, hash);
    assert.deepEqual(log.errors, [], hash);
    await context.close();
  }
});

test('an unknown link shows a helpful page that names it and offers a way on', async () => {
  const { page, context } = await openApp(app, '#/nowhere/99', { locale: 'en-US' });
  assert.equal(await page.textContent('#page-heading'), 'Page not found');
  assert.equal(await page.textContent('code.asked'), '#/nowhere/99');
  const links = await page.locator('main a.card').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['#/', '#/story', '#/explore', '#/core', '#/assess', '#/treatments', '#/biomarkers', '#/standards', '#/about', '#/settings']);
  await page.click('main a.card[href="#/about"]');
  await page.waitForFunction(() => document.querySelector('#page-heading')?.textContent === 'About');
  await context.close();
});

test('navigation marks the current page and moves focus to the new heading', async () => {
  // Between tools in the root document: the hash router, focus on the new heading.
  const { page, context } = await openApp(app, '#/explore');
  assert.equal(await page.getAttribute('nav a[href="#/explore"]', 'aria-current'), 'page');
  await page.click('nav a[href="#/settings"]');
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  assert.equal(await page.getAttribute('nav a[href="#/settings"]', 'aria-current'), 'page');
  assert.equal(await page.getAttribute('nav a[href="#/explore"]', 'aria-current'), null);
  assert.equal(await page.title(), '设置 · 渐冻症探索');
  // To a reading view: its page, marked current there too; Back returns to the tool.
  await page.click('nav a[href="#/about"]');
  await page.waitForURL(/\/about\/$/);
  await waitForMount(page);
  assert.equal(await page.textContent('#page-heading'), '关于');
  assert.equal(await page.getAttribute('nav a[href="about/"]', 'aria-current'), 'page');
  assert.equal(await page.title(), '关于 · 渐冻症探索');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/settings' && document.querySelector('#page-heading'));
  await context.close();
});

test('the page requests nothing outside its own origin, and nothing fails to load', async () => {
  for (const locale of ['zh-CN', 'en-US']) {
    const { page, log, context } = await openApp(app, '#/', { locale });
    for (const hash of VIEWS) await visit(app, page, hash);
    await page.reload();
    await page.waitForSelector('#page-heading');
    assert.ok(log.requests.length >= 4, 'the app, its script, wasm and styles were requested');
    assert.deepEqual(foreignRequests(app, log.requests), [], locale);
    assert.deepEqual(log.failures, [], `no 404 (icons included) in ${locale}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('medical statements on Home carry their sources', async () => {
  const { page, context } = await openApp(app, '#/');
  const cites = await page.locator('main .cite').allTextContents();
  assert.ok(cites.length >= 6, `found ${cites.length} citations`);
  assert.ok(cites.some((c) => c.includes('PMID 38891021')));
  assert.ok(cites.every((c) => c.includes('来源')));
  await context.close();
});
