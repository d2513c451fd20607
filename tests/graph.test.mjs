// The graph view: it draws, pans and zooms by keyboard, buttons, mouse and wheel,
// selects by keyboard, click and list, follows the language, exports PNG and SVG, and
// paints only the finished picture when motion is reduced.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations, openApp, startApp } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const settled = (page) => page.waitForSelector('.graph-canvas[data-settled="true"]', { timeout: 60000 });
const view = async (page) => (await page.getAttribute('.graph-canvas', 'data-view')).split(',').map(Number);
/** Waits for the next painted frame (the view attributes are written when painting). */
const painted = async (page, action) => {
  const before = Number(await page.getAttribute('.graph-canvas', 'data-frames'));
  await action();
  await page.waitForFunction((f) => Number(document.querySelector('.graph-canvas').dataset.frames) > f, before);
};

/** How many canvas pixels differ from the top-left (background) pixel, and a checksum. */
const pixels = (page) => page.evaluate(() => {
  // Read through a copy, so the app's own canvas is never read back.
  const c = document.querySelector('.graph-canvas');
  const copy = document.createElement('canvas');
  [copy.width, copy.height] = [c.width, c.height];
  const ctx = copy.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(c, 0, 0);
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  let inked = 0;
  let sum = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) inked += 1;
    sum = (sum * 31 + d[i] + d[i + 1] * 7 + d[i + 2] * 13) % 1000000007;
  }
  return { inked, sum, total: d.length / 4 };
});

test('the core events are drawn, panned by keyboard and selected with N, Enter opening the event', async () => {
  const { page, log, context } = await openApp(app, '#/graph', { locale: 'en-US' });
  await settled(page);
  assert.match(await page.textContent('#graph-summary'), /This picture has 700 events and \d+ links\./);
  const drawn = await pixels(page);
  assert.ok(drawn.inked > drawn.total * 0.01, `the picture has ink (${drawn.inked} of ${drawn.total} pixels)`);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('als-graph-first-frame').length), 1, 'drawn from one layout, not restarted');

  await page.focus('.graph-canvas');
  const [x0, y0, z0] = await view(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((x) => Number(document.querySelector('.graph-canvas').dataset.view.split(',')[0]) > x, x0);
  const [x1, y1, z1] = await view(page);
  assert.ok(x1 > x0 && y1 === y0 && z1 === z0, 'ArrowRight moves the view right');
  assert.notEqual((await pixels(page)).sum, drawn.sum, 'the picture moved');
  await page.keyboard.press('+');
  await page.waitForFunction((z) => Number(document.querySelector('.graph-canvas').dataset.view.split(',')[2]) > z, z1);

  // N selects the first event of the list: the top of the stored ranking.
  const first = page.locator('.graph-list li a').first();
  const [firstName, firstHref] = [await first.textContent(), await first.getAttribute('href')];
  const firstId = firstHref.replace('#/event/', '');
  await page.keyboard.press('n');
  await page.waitForSelector('#graph-selected-name');
  assert.equal(await page.textContent('#graph-selected-name'), `Selected: ${firstName}`);
  assert.equal(new URL(page.url()).hash, `#/graph?of=core&sel=${firstId}`);
  assert.ok(await page.locator('.graph-linked button').count() > 0, 'its links in the picture are listed');
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => location.hash === h, firstHref);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a click selects the event under the pointer; a drag pans without selecting; the wheel zooms', async () => {
  const { page, log, context } = await openApp(app, '#/graph?of=core&sel=ALSM:motor_neuron_degeneration', { locale: 'en-US' });
  await settled(page);
  assert.match(await page.textContent('#graph-selected-name'), /Motor neuron degeneration/, 'the address selects');
  // N centres the next event; Esc clears; a click in the middle picks it again.
  await page.focus('.graph-canvas');
  await page.keyboard.press('n');
  await page.waitForFunction(() => /sel=/.test(location.hash) && !/motor_neuron_degeneration/.test(location.hash));
  const name = await page.textContent('#graph-selected-name');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#graph-selected-name'));
  await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
  const box = await page.locator('.graph-canvas').boundingBox();
  const mid = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.click(mid[0], mid[1]);
  await page.waitForSelector('#graph-selected-name');
  assert.equal(await page.textContent('#graph-selected-name'), name);

  await painted(page, () => page.keyboard.press('Escape'));
  const [x0] = await view(page);
  await page.mouse.move(mid[0], mid[1]);
  await page.mouse.down();
  await page.mouse.move(mid[0] - 120, mid[1], { steps: 6 });
  await painted(page, () => page.mouse.up());
  const [x1, , z1] = await view(page);
  assert.ok(x1 > x0 + 10, `dragging left moves the view right (${x0} → ${x1})`);
  assert.equal(await page.locator('#graph-selected-name').count(), 0, 'a drag is not a click');
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((z) => Number(document.querySelector('.graph-canvas').dataset.view.split(',')[2]) > z, z1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('buttons pan, zoom and fit; the list selects; PNG and SVG download', async () => {
  const { page, log, context } = await openApp(app, '#/graph', { locale: 'zh-CN' });
  await settled(page);
  const [, , z0] = await view(page);
  await painted(page, () => page.click('button[aria-label="放大"]'));
  await painted(page, () => page.click('button[aria-label="放大"]'));
  const [x1, , z1] = await view(page);
  assert.ok(z1 > z0 * 1.5, `${z0} → ${z1}`);
  await painted(page, () => page.click('button[aria-label="向左移动"]'));
  assert.ok((await view(page))[0] < x1);
  await painted(page, () => page.click('button[aria-label="显示全图"]'));
  assert.equal((await view(page))[2], z0, 'fit returns to the whole picture');

  const second = page.locator('.graph-list li').nth(1);
  await second.locator('button').click();
  assert.equal(await second.locator('button').getAttribute('aria-pressed'), 'true');
  const listed = await second.locator('a').textContent();
  assert.equal(await page.textContent('#graph-selected-name'), `已选择：${listed}`);

  const [png] = await Promise.all([page.waitForEvent('download'), page.click('text=下载 PNG 图片')]);
  assert.equal(png.suggestedFilename(), 'als-graph.png');
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('text=下载 SVG 图片')]);
  const text = await readFile(await svg.path(), 'utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* lang="zh-Hans"/);
  assert.match(text, /<title id="t">ALS 机制图 · 默认排名前 700 的核心事件<\/title>/);
  assert.equal((text.match(/<circle |<polygon /g) ?? []).length, 700);
  assert.ok(text.includes(`>${listed}</title>`), 'names in the SVG');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a story chapter's events are shown and marked; the language switch keeps the picture", async () => {
  const { page, log, context } = await openApp(app, '#/story/3', { locale: 'zh-CN' });
  await page.click('text=在机制图中显示本章的事件');
  await settled(page);
  assert.match(new URL(page.url()).hash, /^#\/graph\?of=chapter&id=3/);
  assert.match(await page.getAttribute('.graph-canvas', 'aria-label'), /^机制图：故事第 3 章：/);
  const marked = await page.locator('.graph-list li.marked').count();
  assert.ok(marked >= 3, `the chapter's own events lead the list (${marked})`);
  assert.equal(await page.locator('.graph-list li').first().getAttribute('class'), 'marked');
  await page.locator('.graph-list li').first().locator('button').click();
  const frames = Number(await page.getAttribute('.graph-canvas', 'data-frames'));
  await page.click('.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.getAttribute('.graph-canvas', 'aria-label'), /^Mechanism graph: Story chapter 3: /);
  assert.match(await page.textContent('#graph-selected-name'), /^Selected: /, 'the selection stays');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('als-graph-first-frame').length), 1, 'same layout');
  await page.waitForFunction((f) => Number(document.querySelector('.graph-canvas').dataset.frames) > f, frames);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("an event page's 'show in the graph' draws its neighbourhood with it selected", async () => {
  const { page, log, context } = await openApp(app, '#/event/GENE:C9orf72', { locale: 'en-US' });
  await page.click('text=Show in the graph');
  await settled(page);
  assert.match(await page.textContent('#graph-selected-name'), /C9orf72/);
  assert.match(await page.textContent('#graph-focus option:checked'), /“C9orf72” and the events around it/);
  assert.equal(await page.locator('.graph-list li.marked').count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('with reduced motion only the finished picture is painted', async () => {
  const context = await app.browser.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
  const { page, log } = await openApp(app, '#/graph?of=theme&id=rna', { context });
  await settled(page);
  assert.equal(await page.getAttribute('.graph-canvas', 'data-frames'), '1');
  assert.match(await page.textContent('#graph-summary'), /This picture has \d+ events/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
