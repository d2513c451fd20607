// The factory story: deep links, turning chapters by link and by arrow key, sources on
// every paragraph, the graph's events named in the reader's language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, startApp, visit } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('the chapter list leads to every chapter, and a deep link opens one', async () => {
  const { page, log, context } = await openApp(app, '#/story');
  const links = await page.locator('main .chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(links.length, 12);
  assert.deepEqual(links.slice(0, 2), ['story/1/', 'story/2/'], 'each chapter is a page');
  await page.goto(`${app.url}#/story/3`);
  await page.waitForSelector('.science');
  assert.match(await page.textContent('#page-heading'), /TDP-43/);
  assert.match(await page.textContent('.progress-text'), /第 3 章，共 12 章/);
  assert.match(await page.title(), /TDP-43.*渐冻症探索/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('every paragraph and every sentence of the science box names its source', async () => {
  const { page, context } = await openApp(app, '#/story/6', { locale: 'en-US' });
  const paragraphs = await page.locator('.family-text p').count();
  const cited = await page.locator('.family-text p .cite').count();
  assert.ok(paragraphs >= 3);
  assert.ok(cited >= paragraphs - 1, `${cited} of ${paragraphs} paragraphs cited`);
  const sentences = await page.locator('.science li').count();
  assert.equal(await page.locator('.science li .cite').count(), sentences);
  assert.ok((await page.locator('.science a[href^="https://pubmed"]').count()) >= 1);
  await context.close();
});

test('chapters turn with the pager and with the arrow keys, and focus follows', async () => {
  const { page, context } = await openApp(app, '#/story/1', { locale: 'en-US' });
  // Each chapter is a page: the pager is a link, the arrow keys follow it once the app runs.
  await page.click('a[rel=next]');
  await page.waitForURL(/\/en\/story\/2\/$/);
  await page.waitForSelector('html[data-app="live"]', { timeout: 60000 });
  await page.keyboard.press('ArrowRight');
  await page.waitForURL(/\/en\/story\/3\/$/);
  await page.waitForSelector('html[data-app="live"]', { timeout: 60000 });
  await page.keyboard.press('ArrowLeft');
  await page.waitForURL(/\/en\/story\/2\/$/);
  await page.waitForSelector('html[data-app="live"]', { timeout: 60000 });
  assert.equal(await page.locator('a[rel=prev]').count(), 1);
  await page.goto(`${app.url}#/story/12`);
  await page.waitForSelector('.science');
  assert.equal(await page.locator('a[rel=next]').count(), 0, 'no next after the last chapter');
  await context.close();
});

test("the chapter's graph events are named in the reader's language once the graph loads", async () => {
  const { page, context } = await openApp(app, '#/story/3');
  await page.waitForSelector('.node-list li');
  const zh = await page.locator('.node-list li').allTextContents();
  assert.ok(zh.some((t) => t.includes('TDP-43蛋白病') && t.includes('ALSM:tdp43_proteinopathy')), zh.join(' | '));
  await page.click('.lang-switch');
  await page.waitForFunction(() => document.querySelector('.node-list')?.textContent.includes('TDP-43 proteinopathy'));
  await context.close();
});

test('a chapter that does not exist says so and offers the list', async () => {
  const { page, context } = await openApp(app, '#/story/40', { locale: 'en-US' });
  assert.match(await page.textContent('main'), /There is no such chapter/);
  assert.equal(await page.getAttribute('main a.button', 'href'), '#/story');
  await context.close();
});

test('the chapters about what the ALSFRS-R measures link to the self-assessment', async () => {
  const { page, log, context } = await openApp(app, '#/story/10', { locale: 'en-US' });
  await page.click('text=Open the ALSFRS-R self-assessment');
  await page.waitForFunction(() => location.hash === '#/assess');
  await page.waitForSelector('#step-heading');
  for (const n of [1, 12]) {
    // At its page, once the app has taken it over (its hidden rendering beside the
    // page's would be counted too).
    await visit(app, page, `#/story/${n}`);
    await page.waitForSelector('#app .pager');
    assert.equal(await page.locator('#app .story-assess').count(), n === 12 ? 1 : 0, `chapter ${n}`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});
