// The reading pages written at build time (src/bin/prerender.rs): every reading view in
// both languages at its own address, readable with JavaScript off, with its own title and
// share tags; with JavaScript on, the app takes the page over without moving anything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startApp, axeViolations } from './support/app.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const CHAPTERS = 12;
const READING = ['story/', ...Array.from({ length: CHAPTERS }, (_, i) => `story/${i + 1}/`), 'treatments/', 'biomarkers/', 'standards/', 'about/'];
// Every page: Chinese at the root's folders, English under en/ (English home is en/; the
// root document stays the app's, where Chinese home is).
const PAGES = [...READING.map((p) => ({ path: p, lang: 'zh-Hans' })), { path: 'en/', lang: 'en' }, ...READING.map((p) => ({ path: `en/${p}`, lang: 'en' }))];

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('every reading page shows its text, its links and the not-advice note with JavaScript off', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(app.origin)) outside.push(r.url()); });
  for (const { path, lang } of PAGES) {
    const answer = await page.goto(`${app.url}${path}`);
    assert.equal(answer.status(), 200, path);
    assert.equal(await page.getAttribute('html', 'lang'), lang, path);
    const heading = (await page.textContent('#page-heading'))?.trim();
    assert.ok(heading && heading.length > 1, `${path} has a heading`);
    const title = await page.title();
    assert.ok(title.startsWith(heading) || path.endsWith('en/'), `${path}: the title names the view (${title} / ${heading})`);
    const og = await page.getAttribute('meta[property="og:title"]', 'content');
    assert.equal(og, title, `${path}: og:title is the page's own title`);
    assert.ok(await page.isVisible('.not-advice'), `${path}: the not-advice note`);
    // Text, not a loading line.
    const words = await page.evaluate(() => document.querySelector('main').innerText.length);
    assert.ok(words > 200, `${path}: ${words} characters of text`);
    assert.equal(await page.$('.content-wait'), null, `${path} is not waiting for anything`);
    // The language switch is a link to the same page in the other language.
    const other = await page.getAttribute('a.lang-switch', 'href');
    const expected = lang === 'en' ? (path === 'en/' ? './' : path.slice(3)) : `en/${path}`;
    assert.equal(other, expected, `${path}: the language switch`);
    // The navigation can be reached: the links are shown when there is no script.
    assert.ok(await page.isVisible('#site-nav a[href]'), `${path}: navigation visible with no script`);
    // ... side by side, so that the heading is still on the first screen of a phone.
    const top = await page.evaluate(() => document.querySelector('#page-heading').getBoundingClientRect().top);
    assert.ok(top < 844 / 2, `${path}: the heading starts ${top} px down, in the first half of the screen`);
  }
  assert.deepEqual(outside, []);
  await context.close();
});

test('links between the pages are real links that work with no script', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${app.url}story/3/`);
  await page.click('a[rel="next"]');
  await page.waitForURL(/\/story\/4\/$/);
  assert.match(await page.textContent('.progress-text'), /4/);
  await page.click('.breadcrumb a');
  await page.waitForURL(/\/story\/$/);
  await page.click('a.lang-switch');
  await page.waitForURL(/\/en\/story\/$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // A tool is the app's document, in the page's language.
  const assess = await page.getAttribute('#site-nav a[href*="#/assess"]', 'href');
  assert.equal(assess, './?lang=en#/assess');
  await context.close();
});

test('each page has its description, canonical address and language alternates', () => {
  const html = readFileSync(`${dist}en/story/3/index.html`, 'utf8');
  assert.match(html, /<base href="\.\.\/\.\.\/\.\.\/">/);
  assert.match(html, /<link rel="canonical" href="[^"]*en\/story\/3\/">/);
  assert.match(html, /<link rel="alternate" hreflang="zh-Hans" href="[^"]*story\/3\/">/);
  assert.match(html, /<meta name="description" content="[^"]{40,}">/);
  const zh = readFileSync(`${dist}story/3/index.html`, 'utf8');
  assert.match(zh, /<html lang="zh-Hans">/);
  assert.match(zh, /<meta property="og:locale" content="zh_CN">/);
  const robots = readFileSync(`${dist}robots.txt`, 'utf8');
  assert.match(robots, /^User-agent: \*/);
  // The service worker keeps every page of the release.
  const sw = readFileSync(`${dist}sw.js`, 'utf8');
  for (const p of ['story/3/index.html', 'en/treatments/index.html', 'en/index.html']) assert.ok(sw.includes(`"${p}"`), p);
});

test('the app takes a page over without moving its text, and keeps working there', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${app.url}en/story/3/`);
  // The text is there before the app.
  const before = await page.evaluate(() => ({
    app: document.documentElement.getAttribute('data-app'),
    top: document.querySelector('#page-heading').getBoundingClientRect().top,
    text: document.querySelector('main').innerText.slice(0, 400),
  }));
  assert.equal(before.app, null);
  await page.evaluate(() => window.scrollTo({ top: 300, behavior: 'instant' }));
  await page.waitForSelector('html[data-app="live"]', { timeout: 60000 });
  const after = await page.evaluate(() => ({
    top: document.querySelector('#page-heading').getBoundingClientRect().top,
    text: document.querySelector('main').innerText.slice(0, 400),
    scroll: window.scrollY,
    prerendered: document.querySelectorAll('[data-prerendered]').length,
    lang: document.documentElement.lang,
  }));
  assert.equal(after.prerendered, 0);
  assert.equal(after.lang, 'en', 'the page keeps its language (the browser says Chinese)');
  assert.equal(after.scroll, 300);
  assert.equal(after.top, before.top - 300, 'the heading did not move');
  assert.equal(after.text, before.text);
  // The app's keys work on the page: the right arrow turns to the next chapter's page.
  await page.keyboard.press('ArrowRight');
  await page.waitForURL(/\/en\/story\/4\/$/);
  assert.deepEqual(errors, []);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('the wasm is not requested before the page has shown', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const order = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) order.push('wasm'); });
  page.on('load', () => order.push('load'));
  await page.goto(`${app.url}treatments/`);
  await page.waitForSelector('html[data-app="live"]', { timeout: 60000 });
  assert.deepEqual(order.slice(0, 2), ['load', 'wasm']);
  await context.close();
});

test('every link in use before the pages lands on the same view at its new address', async () => {
  const cases = [
    ['zh-CN', '#/story/3', /\/story\/3\/$/, 'zh-Hans'],
    ['zh-CN', '?lang=en#/about', /\/en\/about\/$/, 'en'],
    ['en-US', '#/', /\/en\/$/, 'en'],
    ['zh-CN', '#/', /127\.0\.0\.1:\d+\/$/, 'zh-Hans'],
    ['zh-CN', '?embed=1&theme=dark#/story/3', /\/story\/3\/\?embed=1&theme=dark$/, 'zh-Hans'],
    ['en-US', '#/treatments?q=riluzole', /\/en\/treatments\/\?q=riluzole$/, 'en'],
    ['zh-CN', '#/standards#reversal', /\/standards\/#reversal$/, 'zh-Hans'],
    // Tools stay in the root document.
    ['zh-CN', '#/assess?scan=1', /\/#\/assess\?scan=1$/, 'zh-Hans'],
    ['zh-CN', '#/graph?of=chapter&id=3', /\/#\/graph\?of=chapter&id=3$/, 'zh-Hans'],
    ['zh-CN', '#/no-such-page', /\/#\/no-such-page$/, 'zh-Hans'],
  ];
  for (const [locale, link, where, lang] of cases) {
    const context = await app.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${app.url}${link}`);
    await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]') && document.querySelector('#page-heading'), null, { timeout: 60000 });
    assert.match(page.url(), where, link);
    assert.equal(await page.getAttribute('html', 'lang'), lang, link);
    await context.close();
  }
  // The embed keeps its look on the page, and the treatments page its search.
  const context = await app.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${app.url}?embed=1&theme=dark#/story/3`);
  await page.waitForSelector('html[data-app="live"]', { timeout: 60000 });
  assert.equal(await page.getAttribute('html', 'data-embed'), '1');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.goto(`${app.url}#/treatments?q=riluzole`);
  await page.waitForSelector('html[data-app="live"]', { timeout: 60000 });
  assert.equal(await page.inputValue('input[type="search"]'), 'riluzole');
  await context.close();
});

test('a tool asked for at the root shows its first screen at once, and the app takes it over in place', async () => {
  for (const [query, lang, heading] of [['', 'zh-Hans', '自我评估'], ['?lang=en', 'en', 'Self-assessment']]) {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();
    // Hold the app back to look at the page before it starts.
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route(/\.wasm$/, async (r) => { await held; await r.continue(); });
    await page.goto(`${app.url}${query}#/assess`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#app[data-shell] #page-heading');
    // The self-assessment's first screen, in the visit's language, before any script of the app.
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal((await page.textContent('#page-heading')).trim(), heading);
    assert.equal(await page.title(), `${heading} · ${lang === 'en' ? 'ALS Explorer' : '渐冻症探索'}`);
    assert.equal(await page.locator('#app input[name=filled-by]').count(), 3, 'the first question and its answers');
    // It says it is starting, and its controls cannot be used yet (screen readers still
    // read it, as busy); the date is the reader's today.
    assert.equal(await page.isVisible('#app .tool-starting[role=status]'), true);
    assert.equal(await page.getAttribute('#app main', 'aria-busy'), 'true');
    assert.equal(await page.isDisabled('#app input[name=filled-by][value=Caregiver]'), true);
    assert.equal(await page.isDisabled('#app .step-nav .primary'), true);
    const today = await page.evaluate(() => {
      const n = new Date();
      return `${n.getFullYear()}-${String(n.getMonth() + 1).padStart(2, '0')}-${String(n.getDate()).padStart(2, '0')}`;
    });
    assert.equal(await page.inputValue('#assess-date'), today);
    assert.equal(await page.locator('.status, .warning').filter({ hasText: /不允许|does not let/ }).count(), 0, 'no warning about storage');
    if (lang === 'zh-Hans') assert.deepEqual(await axeViolations(page), []);
    const top = () => page.evaluate(() => document.querySelector('#page-heading').getBoundingClientRect().top);
    const before = await top();
    release();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'live');
    // The app in its place: the heading where it was, the line gone, the form answering.
    assert.equal(await top(), before);
    assert.equal(await page.locator('.tool-starting').count(), 0);
    assert.equal(await page.locator('#app[data-shell], #app[data-prerendered], #app-next').count(), 0);
    await page.click('input[name=filled-by][value=Caregiver]');
    assert.equal(await page.isChecked('input[name=filled-by][value=Caregiver]'), true);
    await context.close();
  }
});

test('the tools without a first screen of their own show a loading line, not the home text', async () => {
  const context = await app.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.route(/\.wasm$/, () => {});
  for (const [hash, shell] of [['#/core', '核心事件'], ['#/assess/history', '自我评估'], ['#/event/GO:0006979', null]]) {
    await page.goto('about:blank');
    await page.goto(`${app.url}${hash}`, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.getAttribute('html', 'data-boot'), 'app', hash);
    if (shell) {
      assert.equal((await page.textContent('#page-heading')).trim(), shell, hash);
      assert.equal(await page.isVisible('#app .tool-starting'), true, hash);
    } else {
      assert.equal(await page.isVisible('#page-heading'), false, hash);
    }
    // Nothing of what is stored is guessed at: no history, no results, no ranking yet.
    assert.equal(await page.locator('#app table, #app .history-list, #app .empty').count(), 0, hash);
  }
  await context.close();
});
