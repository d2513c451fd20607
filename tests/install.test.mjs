// The installable offline site: after one visit it reloads and works with the network
// off (the service worker keeps every file of the release); a new release waits behind a
// visible prompt and takes over only when the reader reloads.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { chromiumArgs, chromiumPath } from './support/browser.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const site = mkdtempSync(join(tmpdir(), 'site-'));
let server;
let browser;
before(async () => {
  cpSync(dist, site, { recursive: true });
  server = await serve(site, 0);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});
after(async () => { await browser?.close(); server?.server.close(); });

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
const caches = (page) => page.evaluate(() => caches.keys());

test('after one visit the site reloads and works offline; a new release waits for the reader', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}#/story/3`);
  await controlled(page);
  const [first] = await caches(page);
  assert.match(first, /^als-explorer-[0-9a-f]{16}$/);

  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('.family-text p'), null, { timeout: 60000 });
  await page.waitForFunction(() => /Full mechanism graph loaded/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });
  await page.evaluate(() => { location.hash = '#/graph'; });
  await page.waitForSelector('.graph-canvas[data-settled="true"]', { timeout: 60000 });
  await context.setOffline(false);

  // A new release on the server.
  const sw = join(site, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/als-explorer-([0-9a-f]{16})'/, "als-explorer-$1-next'"));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForSelector('.update-prompt', { timeout: 60000 });
  assert.match(await page.textContent('.update-prompt'), /A new version is ready/);
  await page.waitForFunction(() => caches.keys().then((k) => k.length === 2));
  assert.deepEqual((await caches(page)).sort(), [first, `${first}-next`].sort(), 'both releases kept until the reader chooses');
  assert.ok(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting !== null)), 'the new release waits');
  await Promise.all([page.waitForEvent('load'), page.click('.update-prompt button')]);
  await controlled(page);
  await page.waitForSelector('#page-heading');
  assert.deepEqual(await caches(page), [`${first}-next`], 'the new release took over; the old one is gone');
  assert.equal(await page.locator('.update-prompt').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('published under a sub-path, as on GitHub or Gitee Pages, the site runs, works offline and links to its single file', async () => {
  const project = await serve(dist, 0, '/als-explorer/');
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(project.url) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${project.url}#/about`);
  await controlled(page);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope)), project.url);
  assert.equal(await page.locator('a[download="als-explorer.html"]').first().evaluate((a) => a.href), `${project.url}als-explorer.html`);
  await context.setOffline(true);
  await page.reload();
  await page.evaluate(() => { location.hash = '#/story/3'; });
  await page.waitForFunction(() => document.querySelector('.family-text p'), null, { timeout: 60000 });
  assert.deepEqual(outside, [], 'every request stays inside the project folder');
  assert.deepEqual(failed, []);
  await context.close();
  project.server.close();
});
