// The mechanism graph data: core at start, full in the background, and clear messages
// when a file is missing or damaged.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openApp, startApp } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const fullLoaded = (page) =>
  page.waitForFunction(() => document.querySelector('.data-status')?.dataset.fullMs, null, { timeout: 30000 });

test('the full graph loads in the background and About shows its sources and counts', async () => {
  for (const [locale, loaded, hpo] of [
    ['en-US', /Full mechanism graph loaded: [\d,]+ events, [\d,]+ relations/, /Human Phenotype Ontology \(HPO\) Consortium, release 2025-01-16/],
    ['zh-CN', /已载入完整机制图谱：[\d,]+ 个事件/, /人类表型本体（HPO）联盟，版本 2025-01-16/],
  ]) {
    const { page, log, context } = await openApp(app, '#/about', { locale });
    await fullLoaded(page);
    assert.match(await page.textContent('.data-status'), loaded);
    const requested = log.requests.map((u) => new URL(u).pathname);
    assert.ok(requested.indexOf('/data/core.bin') < requested.indexOf('/data/full.bin'), 'core before full');
    const sources = await page.locator('main table').first().textContent();
    assert.match(sources, /Gene Ontology.*2022-07-01.*CC BY 4\.0/);
    assert.match(await page.textContent('main'), hpo);
    const nodes = Number((await page.locator('table.counts td').first().textContent()).replaceAll(',', ''));
    assert.ok(nodes >= 70000, `${nodes} events`);
    assert.deepEqual(await axeViolations(page), [], `About with data, ${locale}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('a damaged full graph is refused with a message, and the core graph stays in use', async () => {
  const context = await app.browser.newContext({ locale: 'zh-CN' });
  await context.route('**/data/full.bin', (route) => route.fulfill({ status: 200, body: Buffer.from('not a snapshot at all, just text') }));
  const { page, log } = await openApp(app, '#/about', { context });
  await page.waitForSelector('.data-error');
  assert.match(await page.textContent('.data-error'), /这不是渐冻症探索的机制图谱文件/);
  assert.match(await page.textContent('caption >> nth=1'), /核心图谱/);
  await page.click('.lang-switch');
  assert.match(await page.textContent('.data-error'), /This is not an ALS Explorer mechanism graph file/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a damaged or missing core graph gets its own message', async () => {
  const original = await (await fetch(`${app.url}data/core.bin`)).arrayBuffer();
  const flipped = Buffer.from(original);
  flipped[flipped.length >> 1] ^= 0xff;
  const context = await app.browser.newContext({ locale: 'en-US' });
  await context.route('**/data/core.bin', (route) => route.fulfill({ status: 200, body: flipped }));
  await context.route('**/data/full.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
  // A tool (a reading page stays as it was written and needs neither file).
  const { page } = await openApp(app, '#/explore', { context });
  await page.waitForSelector('.data-error');
  assert.match(await page.textContent('.data-error'), /The mechanism graph file is damaged and cannot be read/);
  assert.match(await page.textContent('.data-error .detail'), /checksum mismatch/);
  await context.close();
});
