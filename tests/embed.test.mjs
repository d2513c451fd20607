// Embeds: the "share or embed" panel gives a sandboxed iframe snippet; in an article on
// another origin the embedded view shows without site navigation, follows the theme and
// reports its height; a self-assessment embed says where its data stays; QR code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { axeViolations, openApp, startApp } from './support/app.mjs';

let app;
let host;
const hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
before(async () => { app = await startApp(); host = await serve(hostDir, 0); });
after(async () => { await app?.close(); host?.server.close(); });

test('the snippet embeds a chapter in an article on another origin, which follows its height', async () => {
  const { page, log, context } = await openApp(app, '#/story/3', { locale: 'en-US' });
  await page.waitForSelector('.family-text p');
  await page.click('.share summary');
  await page.check('.share input[type=checkbox]');
  const snippet = await page.inputValue('#share-embed');
  // The chapter's own page (#/story/3 moved to en/story/3/).
  assert.match(snippet, new RegExp(`^<iframe src="${app.url}en/story/3/\\?embed=1&amp;theme=dark" title="[^"]+"`));
  assert.match(snippet, /sandbox="allow-scripts allow-same-origin allow-downloads allow-popups"/);
  // The QR code of the link.
  assert.ok((await page.getAttribute('.share .qr path', 'd')).length > 500);
  assert.match(await page.textContent('#share-qr-caption'), /QR code/);
  // The share card: a 1200 × 630 PNG made on the device.
  const [card] = await Promise.all([page.waitForEvent('download'), page.click('text=Download a share card')]);
  assert.equal(card.suggestedFilename(), 'als-explorer-story-3-en-card.png', 'the name says which view and language');
  const png = readFileSync(await card.path());
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();

  assert.notEqual(new URL(host.url).origin, new URL(app.url).origin, 'the article is on another origin');
  writeFileSync(join(hostDir, 'article.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><title>An article</title><h1>An article about ALS</h1>\n${snippet}\n<p id="after">More of the article.</p></html>`);
  const reader = await app.browser.newContext({ locale: 'en-US' });
  const article = await reader.newPage();
  const errors = [];
  article.on('pageerror', (e) => errors.push(e.message));
  await article.goto(`${host.url}article.html`);
  const frame = await (await article.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('.family-text p', { timeout: 60000 });
  await article.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 400, null, { timeout: 30000 });
  // The page inside may still change height (the app taking the page over, the factory
  // picture's size): the frame must come to follow it.
  const heights = () => Promise.all([
    article.evaluate(() => parseFloat(document.querySelector('iframe').style.height)),
    frame.evaluate(() => document.documentElement.scrollHeight),
  ]);
  let [frameHeight, docHeight] = await heights();
  for (let i = 0; i < 50 && Math.abs(frameHeight - docHeight) > 2; i += 1) {
    await article.waitForTimeout(200);
    [frameHeight, docHeight] = await heights();
  }
  assert.ok(Math.abs(frameHeight - docHeight) <= 2, `the frame follows the page's height (${frameHeight} vs ${docHeight})`);
  assert.equal(await frame.getAttribute('html', 'data-embed'), '1');
  assert.equal(await frame.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await frame.isVisible('.nav-list'), false, 'no site navigation');
  assert.equal(await frame.isVisible('.not-advice'), true, 'the medical-advice note stays');
  assert.equal(await frame.getAttribute('.embed-bar a', 'target'), '_blank');
  assert.equal(await frame.locator('.share').count(), 0, 'no share panel inside an embed');
  // Turning a chapter changes the height the article gives it.
  await frame.click('.pager a >> nth=-1');
  // The next chapter's page, still embedded.
  await frame.waitForFunction(() => /\/en\/story\/4\/\?embed=1&theme=dark$/.test(location.href), null, { timeout: 30000 });
  await frame.waitForSelector('html[data-embed="1"]');
  assert.deepEqual(errors, []);
  await reader.close();
});

test('an embedded self-assessment says that its answers stay in this site\'s storage', async () => {
  const { page, context } = await openApp(app, '#/assess', { locale: 'zh-CN', query: '?embed=1&theme=dark' });
  const note = await page.textContent('.embed-storage');
  assert.ok(note.includes(new URL(app.url).origin), note);
  assert.match(note, /文章所在的网站看不到/);
  assert.deepEqual(await axeViolations(page), [], 'dark theme');
  await context.close();
});
