// The factory picture of the story: one scene on every chapter, the chapter's parts lit
// and labelled in the reader's language, an accessible name, no axe violation, and
// motion only when nobody asked for less.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openApp, startApp } from './support/app.mjs';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const TITLE = {
  'zh-CN': (n) => `工厂示意图：第 ${n} 章`,
  'en-US': (n) => `Factory picture, chapter ${n}`,
};

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Opens chapter `n` in an open page and waits for its picture. */
async function showChapter(page, n, locale) {
  await page.goto(`${app.url}#/story/${n}`);
  await page.waitForFunction((t) => document.querySelector('#factory-title')?.textContent === t, TITLE[locale](n));
}

/** What the picture says: title, description, lit parts, labels, focusable things. */
function readScene(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('main svg.factory-scene');
    if (!svg) return null;
    const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/);
    return {
      role: svg.getAttribute('role'),
      labelledBy: ids.map((id) => document.getElementById(id)?.tagName.toLowerCase() ?? null),
      title: svg.querySelector('title')?.textContent ?? '',
      desc: svg.querySelector('desc')?.textContent ?? '',
      viewBox: svg.getAttribute('viewBox'),
      lit: [...svg.querySelectorAll('g.part.lit')].map((g) => g.dataset.part),
      parts: svg.querySelectorAll('g.part').length,
      labels: [...svg.querySelectorAll('g.label')].map((g) => ({
        part: g.dataset.part,
        text: [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      })),
      focusable: svg.querySelectorAll('a, [tabindex], button, input').length,
      images: svg.querySelectorAll('image, use, foreignObject').length,
    };
  });
}

for (const locale of ['zh-CN', 'en-US']) {
  test(`every chapter shows the factory with its parts lit and labelled (${locale})`, async () => {
    const { page, log, context } = await openApp(app, '#/story/1', { locale });
    for (let n = 1; n <= 12; n++) {
      await showChapter(page, n, locale);
      const s = await readScene(page);
      assert.ok(s, `chapter ${n}: no picture`);
      assert.equal(s.role, 'img');
      assert.deepEqual(s.labelledBy, ['title', 'desc'], `chapter ${n}: name and description`);
      assert.ok(s.title.includes(String(n)), `chapter ${n}: ${s.title}`);
      assert.match(s.viewBox, /^0 0 \d+ \d+$/);
      assert.equal(s.parts, 17, 'the whole factory is drawn on every chapter');
      assert.ok(s.lit.length >= 1 && s.lit.length <= 4, `chapter ${n}: ${s.lit}`);
      assert.deepEqual(s.labels.map((l) => l.part).sort(), [...s.lit].sort(), `chapter ${n}: only lit parts are labelled`);
      for (const { part, text } of s.labels) {
        assert.ok(text.trim(), `chapter ${n} ${part}: empty label`);
        if (locale === 'zh-CN') assert.match(text, CJK, `chapter ${n} ${part}: ${text}`);
        else assert.doesNotMatch(text, CJK, `chapter ${n} ${part}: ${text}`);
        assert.ok(s.desc.includes(text.split(' ')[0]), `chapter ${n}: the description names ${text}`);
      }
      assert.equal(s.focusable, 0, 'nothing in the picture takes focus');
      assert.equal(s.images, 0, 'no external or reused images');
    }
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('the whole factory and its customer light up in chapter 1, the closed gate in chapter 10', async () => {
  const { page, context } = await openApp(app, '#/story/1', { locale: 'en-US' });
  await showChapter(page, 1, 'en-US');
  assert.deepEqual((await readScene(page)).lit, ['factory', 'muscle']);
  await showChapter(page, 10, 'en-US');
  const s = await readScene(page);
  assert.deepEqual(s.lit, ['gate', 'muscle']);
  assert.match(s.desc, /Gate shut/);
  assert.match(s.desc, /muscle weakness/);
  assert.equal(await page.locator('#part-factory.lit').count(), 0, 'the factory itself is dimmed');
  await context.close();
});

test('switching the language keeps the chapter and translates the picture', async () => {
  const { page, log, context } = await openApp(app, '#/story/6');
  await showChapter(page, 6, 'zh-CN');
  const zh = await readScene(page);
  assert.match(zh.desc, /^亮起的部分：/);
  await page.click('.lang-switch');
  // The switch is a link to the same chapter's page in the other language.
  await page.waitForURL(/\/en\/story\/6\/$/);
  await page.waitForFunction((t) => document.querySelector('#factory-title')?.textContent === t, TITLE['en-US'](6));
  const en = await readScene(page);
  assert.deepEqual(en.lit, zh.lit);
  assert.match(en.desc, /^Lit up: /);
  for (const [i, label] of en.labels.entries()) {
    assert.doesNotMatch(label.text, CJK, label.text);
    assert.notEqual(label.text, zh.labels.find((l) => l.part === label.part)?.text, `label ${i} changed`);
  }
  await page.click('.lang-switch');
  await page.waitForURL(/\/story\/6\/$/);
  await page.waitForFunction((t) => document.querySelector('#factory-title')?.textContent === t, TITLE['zh-CN'](6));
  assert.deepEqual((await readScene(page)).labels, zh.labels);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('labels render at 12 px or more on a 360 px phone', async () => {
  const { page, context } = await openApp(app, '#/story/12', { locale: 'en-US', viewport: { width: 360, height: 740 } });
  await showChapter(page, 12, 'en-US');
  const sizes = await page.evaluate(() => [...document.querySelectorAll('svg.factory-scene g.label text')].map((t) => {
    const scale = t.getScreenCTM().a;
    return parseFloat(getComputedStyle(t).fontSize) * scale;
  }));
  assert.ok(sizes.length >= 2);
  for (const px of sizes) assert.ok(px >= 12, `label at ${px.toFixed(2)} px`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await context.close();
});

test('axe-core finds no violation on the picture, in either language or in high contrast', async () => {
  const high = `localStorage.setItem('als-explorer.settings', ${JSON.stringify(JSON.stringify({ version: 1, settings: { high_contrast: true } }))});`;
  for (const locale of ['zh-CN', 'en-US']) {
    for (const n of [1, 6, 12]) {
      for (const initScript of [undefined, high]) {
        const { page, log, context } = await openApp(app, `#/story/${n}`, { locale, initScript });
        await page.waitForSelector('svg.factory-scene g.label');
        assert.deepEqual(await axeViolations(page), [], `${locale} chapter ${n}${initScript ? ' high contrast' : ''}`);
        assert.deepEqual(log.errors, []);
        await context.close();
      }
    }
  }
});

test('sparks flicker only when motion is welcome', async () => {
  const animation = () => getComputedStyle(document.querySelector('svg.factory-scene .lit .spark')).animationName;
  for (const [reducedMotion, initScript, moving] of [
    ['no-preference', undefined, true],
    ['reduce', undefined, false],
    ['no-preference', `localStorage.setItem('als-explorer.settings', ${JSON.stringify(JSON.stringify({ version: 1, settings: { reduce_motion: true } }))});`, false],
  ]) {
    const context = await app.browser.newContext({ locale: 'en-US', reducedMotion });
    const { page } = await openApp(app, '#/story/6', { context, initScript });
    await page.waitForSelector('svg.factory-scene .lit .spark');
    const name = await page.evaluate(animation);
    assert.equal(name !== 'none', moving, `${reducedMotion} ${initScript ? 'setting' : ''}: ${name}`);
    await context.close();
  }
});
