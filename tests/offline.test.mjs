// The single-file edition (dist/als-explorer.html) opened from file:// with the network
// off: the story, the explorer with re-scoring, the graph and saving all work, and the
// page asks for nothing but itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
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
  const first = () => page.locator('.core-table tbody th a').first().getAttribute('href');
  const before = await first();
  for (let i = 0; i < 5; i += 1) await page.click('button[aria-label="Propagation −"]');
  for (let i = 0; i < 5; i += 1) await page.click('button[aria-label="Causal position +"]');
  await page.waitForFunction((b) => document.querySelector('.core-table tbody th a')?.getAttribute('href') !== b, before, { timeout: 60000 });

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

  const outside = log.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(outside, [], 'no request leaves the file');
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
