// The single-file edition (dist/als-explorer.html) opened from file:// with the network
// off: the story, the explorer with re-scoring, the graph and saving all work, and the
// page asks for nothing but itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './support/browser.mjs';

const file = fileURLToPath(new URL('../dist/als-explorer.html', import.meta.url));
let browser;
before(async () => {
  if (!existsSync(file)) throw new Error('dist/als-explorer.html is missing: build first (trunk build --release --offline)');
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});
after(async () => { await browser?.close(); });

async function open(context, hash) {
  const page = await context.newPage();
  const log = { errors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(pathToFileURL(file).href + hash);
  await page.waitForSelector('#page-heading');
  return { page, log };
}

const go = (page, hash) => page.evaluate((h) => { location.hash = h; }, hash);

test('every part works from the file with the network off, and nothing is requested', async () => {
  const context = await browser.newContext({ locale: 'en-US', offline: true });
  const { page, log } = await open(context, '#/story/3');
  await page.waitForFunction(() => document.querySelector('.family-text p'), null, { timeout: 60000 });
  assert.match(await page.textContent('#page-heading'), /TDP-43/);
  await page.waitForFunction(() => /Full mechanism graph loaded/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });

  await go(page, '#/explore?q=TDP-43');
  await page.waitForSelector('.search-results a');
  assert.ok(await page.locator('.search-results a[href="#/event/ALSM:tdp43_proteinopathy"]').count() > 0);

  await go(page, '#/core');
  await page.waitForSelector('.core-table tbody tr');
  // The order of the first twenty rows changes when the weights change: re-scored here.
  const order = () => page.evaluate(() => [...document.querySelectorAll('.core-table tbody tr')].slice(0, 20)
    .map((tr) => tr.querySelector('a[href^="#/event/"]')?.getAttribute('href')).join(' '));
  const before = await order();
  for (let i = 0; i < 5; i += 1) await page.click('button[aria-label="Propagation −"]');
  for (let i = 0; i < 5; i += 1) await page.click('button[aria-label="Causal position +"]');
  await page.waitForFunction((b) => [...document.querySelectorAll('.core-table tbody tr')].slice(0, 20)
    .map((tr) => tr.querySelector('a[href^="#/event/"]')?.getAttribute('href')).join(' ') !== b, before, { timeout: 60000 });

  await go(page, '#/graph');
  await page.waitForSelector('.graph-canvas[data-settled="true"]', { timeout: 60000 });

  // Definitions (text.bin) are in the file too.
  await go(page, '#/event/GO:0006979');
  await page.waitForSelector('#page-heading');
  const load = page.locator('.text-loader button');
  if (await load.count()) await load.click();
  await page.waitForSelector('section.definition', { timeout: 60000 });
  assert.match(await page.textContent('section.definition'), /oxidative stress/i);

  // Saving: a key date on the timeline survives a reload of the file.
  await go(page, '#/timeline');
  await page.check('input[name=timeline-what] >> nth=2');
  await page.fill('#tl-ms-date', '2024-02-01');
  await page.click('button[type=submit]');
  await page.waitForSelector('#timeline-add-outcome[role=status]');
  await page.reload();
  await page.waitForSelector('.timeline-table tbody tr');
  assert.match(await page.textContent('.timeline-table tbody'), /2024-02-01.*Diagnosis/s);

  const self = pathToFileURL(file).href;
  const outside = log.requests.filter((u) => !u.startsWith(self) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(outside, [], 'nothing is read but the file itself');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the app offers the single file as a download', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', offline: true });
  const { page } = await open(context, '#/about');
  const link = page.locator('a[download="als-explorer.html"]');
  assert.equal(await link.getAttribute('href'), 'als-explorer.html');
  assert.equal(await link.textContent(), '保存离线版（一个文件）');
  await context.close();
});

test('the single file saved by the browser after use reopens and works, with one app in it', async () => {
  const context = await browser.newContext({ locale: 'en-US', offline: true });
  const { page } = await open(context, '#/story/2');
  await page.waitForFunction(() => document.querySelector('.family-text p'), null, { timeout: 60000 });
  await page.click('.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  // What "save page" writes: the document as it is now, the rendered app included.
  const saved = join(mkdtempSync(join(tmpdir(), 'saved-')), 'saved.html');
  writeFileSync(saved, await page.content());
  const again = await context.newPage();
  const errors = [];
  again.on('pageerror', (e) => errors.push(e.message));
  again.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await again.goto(pathToFileURL(saved).href + '#/story/2');
  await again.waitForFunction(() => document.querySelector('.family-text p') && !document.querySelector('.boot-message'), null, { timeout: 60000 });
  assert.equal(await again.locator('header.site-header').count(), 1, 'the saved copy of the app was replaced, not doubled');
  assert.equal(await again.locator('#page-heading').count(), 1);
  await again.click('.pager a[rel=next], .pager a >> nth=-1');
  await again.waitForFunction(() => location.hash === '#/story/3');
  assert.deepEqual(errors, []);
  await context.close();
});
