// Copies of the served page saved by the browser. Chromium refuses module scripts from
// file://, so such a copy can never run the app: opened from a file it must say so, in both
// languages, and point to the single file (linked to the site when the copy was saved after
// use). Put back beside the site's files, the same copy runs, with one app in it. When the
// app's files do not load at all, the page says so and offers to reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../scripts/serve.mjs';
import { axeViolations, startApp, waitForMount } from './support/app.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const site = mkdtempSync(join(tmpdir(), 'site-'));
let app;
let copy;
before(async () => {
  app = await startApp();
  cpSync(dist, site, { recursive: true });
  copy = await serve(site, 0);
});
after(async () => { await app?.close(); copy?.server.close(); });

/** The document after use, as "save page" writes it (the rendered app included). */
async function savedAfterUse(context) {
  const page = await context.newPage();
  // A tool in the root document (the app's own document; a reading page is a page of its own).
  await page.goto(`${copy.url}#/explore`);
  await waitForMount(page);
  const lang = await page.evaluate(() => document.documentElement.lang);
  await page.click('.lang-switch');
  await page.waitForFunction((was) => document.documentElement.lang !== was, lang);
  return page.content();
}

/** Opens `html`, written to a new folder (with the site's files beside it if `withFiles`). */
async function openFromFile(context, html, withFiles = false, failure = true) {
  const folder = mkdtempSync(join(tmpdir(), 'saved-'));
  if (withFiles) cpSync(dist, folder, { recursive: true });
  const file = join(folder, 'saved.html');
  writeFileSync(file, html);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href + '#/story/2');
  if (failure) await page.waitForSelector('.boot-failure');
  return { page, requests };
}

test('a copy saved after use, opened from a file, says why it cannot run and links to the single file', async () => {
  const context = await app.browser.newContext({ locale: 'zh-CN' });
  const html = await savedAfterUse(context);
  assert.match(html, /<header class="site-header"/, 'the saved document holds the rendered app');
  await context.setOffline(true);
  for (const withFiles of [false, true]) {
    const { page, requests } = await openFromFile(context, html, withFiles);
    const text = await page.textContent('.boot-failure');
    assert.match(text, /这是网页的存档/);
    assert.match(text, /This is a saved copy of the page/);
    assert.match(text, /Save for offline use \(one file\)/);
    assert.equal(await page.locator('header.site-header').count(), 0, 'the dead copy of the app is gone');
    const links = page.locator('.boot-failure a[download="als-explorer.html"]');
    assert.equal(await links.count(), 2);
    assert.equal(await links.first().getAttribute('href'), `${copy.url}als-explorer.html`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'boot-failure-title');
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'nothing asked of any network');
    assert.deepEqual(await axeViolations(page), []);
  }
  await context.close();
});

test('a reading page as the site sent it, saved alone, stays readable', async () => {
  const context = await app.browser.newContext({ locale: 'en-US', offline: true });
  const { page } = await openFromFile(context, readFileSync(join(dist, 'story/3/index.html'), 'utf8'), false, false);
  await page.waitForTimeout(2500);
  assert.match(await page.textContent('#page-heading'), /TDP-43/);
  assert.ok((await page.textContent('main')).length > 1000, 'the chapter is there');
  assert.equal(await page.locator('.boot-failure').count(), 0, 'no failure message over a readable page');
  assert.equal(await page.locator('.boot-message').count(), 0, 'no endless "loading"');
  await context.close();
});

test('a copy saved after use and put back beside the site\'s files runs, with one app in it', async () => {
  const context = await app.browser.newContext({ locale: 'en-US' });
  writeFileSync(join(site, 'saved.html'), await savedAfterUse(context));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${copy.url}saved.html#/story/3`);
  // The old link goes on to the chapter's page, which the app takes over.
  await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'live' && document.querySelector('.family-text p') && !document.querySelector('.boot-message'), null, { timeout: 60000 });
  assert.equal(await page.locator('header.site-header').count(), 1, 'the saved copy of the app was replaced, not doubled');
  assert.equal(await page.locator('.boot-failure').count(), 0);
  assert.equal(await page.locator('meta[name="als-explorer-site"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the app\'s files do not arrive, the page says so and a reload brings the app', async () => {
  const context = await app.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  // A tool (a reading page needs no app: it stays as it is).
  await page.goto(`${app.url}#/explore`);
  await page.waitForSelector('.boot-failure');
  assert.match(await page.textContent('.boot-failure'), /应用没能启动.*The app could not start/s);
  assert.deepEqual(await axeViolations(page), []);
  await page.unroute(/\.wasm$/);
  await Promise.all([page.waitForEvent('load'), page.click('.boot-reload')]);
  await waitForMount(page);
  assert.equal(await page.locator('.boot-failure').count(), 0);
  await context.close();
});
