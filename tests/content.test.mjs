// The story, treatment and page texts come in core.bin (section CONT): until it arrives
// the views say they are loading; a core.bin without the texts, or one that cannot be
// loaded, gets a clear message in the reader's language, never a blank page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { startApp } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** The snapshot without its CONT section: what a core.bin from before the move holds. */
function withoutTexts(bytes) {
  const count = bytes.readUInt16LE(10);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 24 * i;
    const entry = Buffer.from(bytes.subarray(at, at + 24));
    const offset = entry.readUInt32LE(8);
    const payload = bytes.subarray(offset, offset + entry.readUInt32LE(12));
    if (entry.toString('latin1', 0, 4) !== 'CONT') entries.push({ entry, payload });
  }
  assert.equal(entries.length, count - 1, 'core.bin has a CONT section');
  const head = Buffer.alloc(12 + 24 * entries.length);
  bytes.copy(head, 0, 0, 10);
  head.writeUInt16LE(entries.length, 10);
  let offset = head.length;
  entries.forEach(({ entry, payload }, i) => {
    entry.writeUInt32LE(offset, 8);
    entry.copy(head, 12 + 24 * i);
    offset += payload.length;
  });
  const body = Buffer.concat([head, ...entries.map((e) => e.payload)]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(crc32(body) >>> 0);
  return Buffer.concat([body, sum]);
}

async function open(context, hash) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${app.url}${hash}`);
  await page.waitForSelector('#page-heading');
  return { page, errors };
}

test('while core.bin is on its way a reading page is already whole, and the app takes it over once it is here', async () => {
  const context = await app.browser.newContext({ locale: 'en-US' });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route('**/data/core.bin', async (route) => { await held; await route.continue(); });
  const { page, errors } = await open(context, 'en/story/3/');
  assert.match(await page.textContent('#page-heading'), /TDP-43/);
  assert.ok(await page.isVisible('.science'), 'the text is there before the data');
  assert.match(await page.title(), /TDP-43.*ALS Explorer/);
  await page.waitForTimeout(3000);
  assert.equal(await page.getAttribute('html', 'data-app'), null, 'no takeover without the texts');
  assert.equal(await page.$('#app .content-wait'), null, 'never a loading line over the text');
  release();
  await page.waitForSelector('html[data-app="live"]', { timeout: 60000 });
  assert.match(await page.textContent('#page-heading'), /TDP-43/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a core.bin without the texts (an older file) leaves the pages as they are; the tools still get the graph', async () => {
  const current = Buffer.from(await (await fetch(`${app.url}data/core.bin`)).arrayBuffer());
  const old = withoutTexts(current);
  const context = await app.browser.newContext({ locale: 'zh-CN' });
  await context.route('**/data/core.bin', (route) => route.fulfill({ status: 200, body: old }));
  const { page, errors } = await open(context, 'story/3/');
  await page.waitForLoadState('load');
  await page.waitForTimeout(3000);
  assert.equal(await page.getAttribute('html', 'data-app'), null);
  assert.ok(await page.isVisible('.science'), 'the chapter is still there');
  assert.match(await page.title(), /TDP-43.*渐冻症探索/);
  // The graph itself still loads from the same file, in a tool.
  await page.goto(`${app.url}#/explore`);
  await page.waitForFunction(() => /已载入/.test(document.querySelector('.data-status')?.textContent));
  assert.deepEqual(errors, []);
  await context.close();
});

test('when core.bin cannot be loaded, a reading page stays readable and the tools point to the reason in the footer', async () => {
  const context = await app.browser.newContext({ locale: 'en-US' });
  await context.route('**/data/core.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const { page, errors } = await open(context, 'en/standards/');
  await page.waitForLoadState('load');
  await page.waitForTimeout(3000);
  assert.ok((await page.textContent('main')).length > 1000, 'the page keeps its text');
  assert.equal(await page.$('.boot-failure'), null, 'no failure message over a readable page');
  await page.goto(`${app.url}?lang=en#/explore`);
  await page.waitForSelector('.data-error');
  assert.match(await page.textContent('.data-error'), /not found on the server/);
  assert.deepEqual(errors, []);
  await context.close();
});
