// The reading pages (biomarkers, standards): every paragraph names its source; the
// contents list moves focus to its section; the language switch keeps the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, startApp } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

for (const [hash, zhTitle] of [['#/biomarkers', /生物标志物/], ['#/standards', /标准/]]) {
  test(`${hash}: every paragraph names its source, in both languages`, async () => {
    const { page, log, context } = await openApp(app, hash);
    assert.match(await page.textContent('#page-heading'), zhTitle);
    const sections = await page.locator('main section').count();
    assert.ok(sections >= 4, `${sections} sections`);
    const paragraphs = await page.locator('main section p').count();
    const cited = await page.locator('main section p .cite').count();
    // At most two paragraphs go without a source: the advice to talk with the
    // neurologist and the not-medical-advice line, which state no medical fact.
    assert.ok(cited >= paragraphs - 2, `${cited} of ${paragraphs} paragraphs cited`);
    await page.click('.lang-switch');
    await page.waitForURL(new RegExp(`/en/${hash.slice(2)}/$`));
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.doesNotMatch(await page.textContent('#page-heading'), /[\u4e00-\u9fff]/);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('the contents list moves focus to its section without leaving the page', async () => {
  const { page, context } = await openApp(app, '#/standards', { locale: 'en-US' });
  const first = page.locator('nav.contents a').nth(1);
  const target = (await first.getAttribute('href')).split('#').pop();
  const before = page.url();
  await first.click();
  assert.equal(await page.evaluate(() => document.activeElement.id), target);
  assert.equal(page.url(), before, 'the same page, the same address');
  assert.match(before, /\/en\/standards\/$/);
  await context.close();
});

test('the biomarkers page tells what NfL can and cannot show', async () => {
  const { page, context } = await openApp(app, '#/biomarkers', { locale: 'en-US' });
  const text = await page.textContent('main');
  assert.match(text, /NfL/);
  assert.match(text, /2023/);
  assert.match(text, /tofersen/i);
  await context.close();
});
