// Treatments: every entry of the notes, the warning with its source, filters by strategy
// and by mechanism that work with the keyboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, startApp } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('every treatment is listed with its status, and the warning names its source', async () => {
  const { page, log, context } = await openApp(app, '#/treatments', { locale: 'en-US' });
  assert.equal(await page.locator('article.treatment').count(), 34);
  assert.match(await page.textContent('.status'), /Showing 34 of 34/);
  assert.match(await page.textContent('.warning'), /exaggerated claims/i);
  assert.match(await page.textContent('.warning .cite'), /Volunteer notes §2\.5/);
  assert.match(await page.textContent('#treatment-tofersen + p'), /Approved/);
  assert.match(await page.locator('article', { hasText: 'Relyvrio' }).textContent(), /Withdrawn/);
  assert.ok((await page.locator('article.treatment .cite').count()) >= 34, 'every entry names its source');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('filters by strategy and by mechanism narrow the list, by keyboard too', async () => {
  const { page, context } = await openApp(app, '#/treatments', { locale: 'en-US' });
  await page.focus('input[name=strategy]:checked');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  const gene = await page.locator('article.treatment h2').allTextContents();
  assert.ok(gene.length > 0 && gene.length < 34);
  assert.ok(gene.some((n) => /Tofersen/.test(n)), gene.join(', '));
  assert.match(await page.textContent('.status'), new RegExp(`Showing ${gene.length} of 34`));
  await page.check('input[name=strategy] >> nth=0');
  await page.waitForFunction(() => document.querySelector('#treat-mechanism option[value="ALSM:sod1_misfolding"]')?.textContent !== 'ALSM:sod1_misfolding');
  await page.selectOption('#treat-mechanism', 'ALSM:sod1_misfolding');
  const sod1 = await page.locator('article.treatment h2').allTextContents();
  assert.ok(sod1.some((n) => /Tofersen/.test(n)));
  assert.ok(sod1.length < 34);
  await context.close();
});
