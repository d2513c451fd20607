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

test('before core.bin arrives the views say the texts are loading, then show them', async () => {
  const context = await app.browser.newContext({ locale: 'en-US' });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route('**/data/core.bin', async (route) => { await held; await route.continue(); });
  const { page, errors } = await open(context, '#/story/3');
  for (const hash of ['#/story/3', '#/treatments', '#/biomarkers']) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForSelector('.content-wait');
    assert.match(await page.textContent('main'), /Loading the texts/, hash);
    assert.ok((await page.textContent('#page-heading')).trim().length > 0, `${hash}: a heading`);
  }
  assert.match(await page.textContent('.data-status'), /Loading the mechanism graph/);
  await page.click('.lang-switch');
  assert.match(await page.textContent('main'), /正在载入文字内容/);
  await page.evaluate(() => { location.hash = '#/story/3'; });
  await page.waitForFunction(() => document.title.startsWith('机制故事'));
  release();
  await page.waitForSelector('.science');
  assert.match(await page.textContent('#page-heading'), /TDP-43/);
  await page.waitForFunction(() => /TDP-43.*渐冻症探索/.test(document.title));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a core.bin without the texts (an older file) says so in both languages', async () => {
  const current = Buffer.from(await (await fetch(`${app.url}data/core.bin`)).arrayBuffer());
  const old = withoutTexts(current);
  const context = await app.browser.newContext({ locale: 'zh-CN' });
  await context.route('**/data/core.bin', (route) => route.fulfill({ status: 200, body: old }));
  const { page, errors } = await open(context, '#/story/3');
  await page.waitForSelector('.content-error');
  assert.match(await page.textContent('main'), /没有故事、治疗和阅读页的文字/);
  assert.match(await page.title(), /机制故事.*渐冻症探索/);
  // The graph itself still loads from the same file.
  await page.waitForFunction(() => /已载入/.test(document.querySelector('.data-status')?.textContent));
  await page.click('.lang-switch');
  await page.evaluate(() => { location.hash = '#/treatments'; });
  await page.waitForFunction(() => /holds no texts for the story/.test(document.querySelector('main')?.textContent));
  assert.equal(await page.textContent('#page-heading'), 'Treatments');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when core.bin cannot be loaded, the views point to the reason in the footer', async () => {
  const context = await app.browser.newContext({ locale: 'en-US' });
  await context.route('**/data/core.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const { page, errors } = await open(context, '#/standards');
  await page.waitForSelector('.content-error');
  assert.match(await page.textContent('main'), /could not be used; the reason is at the bottom of the page/);
  assert.match(await page.textContent('.data-error'), /not found on the server/);
  assert.deepEqual(errors, []);
  await context.close();
});
