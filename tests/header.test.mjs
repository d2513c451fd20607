// The header on a phone leaves room to read, and home starts the newly diagnosed (#16).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openApp, startApp } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const PHONE = { width: 390, height: 844 };
const box = (page, selector) => page.evaluate((s) => {
  const r = document.querySelector(s)?.getBoundingClientRect();
  return r && { top: r.top, bottom: r.bottom, height: r.height };
}, selector);
const setSize = (page, size) => page.evaluate((s) => document.documentElement.setAttribute('data-text-size', s), size);

test('on a phone the links fold behind a menu that works with keys alone, and the header stays small', async () => {
  for (const locale of ['zh-CN', 'en-US']) {
    const { page, context, log } = await openApp(app, '#/story', { locale, viewport: PHONE });
    const header = await box(page, '.site-header');
    assert.ok(header.height <= 120, `${locale}: the header is ${header.height} px tall`);
    assert.equal(await page.isVisible('#site-nav'), false, 'the links are folded');
    assert.equal(await page.getAttribute('.menu-button', 'aria-expanded'), 'false');
    const button = await page.evaluate(() => document.querySelector('.menu-button').getBoundingClientRect().height);
    assert.ok(button >= 44, `the menu button is ${button} px tall`);

    // Keyboard: focus the button, open it, Tab reaches the first link, Escape closes and
    // gives the focus back.
    await page.focus('.menu-button');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('.menu-button', 'aria-expanded'), 'true');
    // A reading page (story/): its links are the pages' addresses.
    const pre = locale === 'en-US' ? 'en/' : '';
    assert.ok(await page.isVisible(`#site-nav a[href="${pre}about/"]`));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), pre || './');
    assert.deepEqual(await axeViolations(page), [], `${locale}: axe with the menu open`);
    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('#site-nav'), false);
    assert.equal(await page.evaluate(() => document.activeElement.className), 'menu-button');

    // A choice in the menu opens the view and folds the menu again.
    await page.keyboard.press('Space');
    await page.click(`#site-nav a[href="${pre}about/"]`);
    await page.waitForURL(new RegExp(`/${pre}about/$`));
    assert.equal(await page.isVisible('#site-nav'), false, 'the menu is folded on the new page');
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('at 200 % text on a phone the first screen still shows the page, and on a desktop every link shows', async () => {
  const { page, context } = await openApp(app, '#/story/1', { viewport: PHONE });
  await setSize(page, '200');
  const header = await box(page, '.site-header');
  const heading = await box(page, '#page-heading');
  assert.ok(header.height < 844 / 3, `the header takes ${header.height} of 844 px`);
  assert.ok(heading.bottom < 844, `the heading ends at ${heading.bottom} px`);
  await context.close();

  const desk = await openApp(app, '#/', { viewport: { width: 1366, height: 768 } });
  assert.equal(await desk.page.isVisible('.menu-button'), false, 'no menu button on a desktop');
  assert.equal(await desk.page.locator('#site-nav a:visible').count(), 10);
  await desk.context.close();
});

test('home: what ALS is and "just diagnosed? start here" on the first screen of a phone', async () => {
  for (const [locale, heading] of [['zh-CN', '刚确诊？从这里开始'], ['en-US', 'Just diagnosed? Start here']]) {
    const { page, context } = await openApp(app, '#/', { locale, viewport: PHONE });
    assert.equal((await page.textContent('#home-start')).trim(), heading);
    const what = await box(page, '#home-what');
    const start = await box(page, '#home-start');
    const notes = await box(page, '#home-notes');
    assert.ok(what.top < start.top && start.top < notes.top, 'what ALS is, then where to start, then the notes');
    const links = await page.locator('.start-here a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getBoundingClientRect().top]));
    // Home is a page: the chapter and the medicines by their pages, the form in the app.
    const pre = locale === 'en-US' ? 'en/' : '';
    assert.deepEqual(links.map(([href]) => href), [`${pre}story/1/`, `${pre}treatments/`, `./?lang=${pre ? 'en' : 'zh'}#/assess`]);
    assert.ok(links[1][1] < 844, `the medicines link starts on the first screen (${links[1][1]} px)`);
    await page.click(`.start-here a[href="${pre}story/1/"]`);
    await page.waitForURL(new RegExp(`/${pre}story/1/$`));
    await context.close();
  }
});
