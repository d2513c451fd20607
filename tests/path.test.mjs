// Causal paths: chosen with two small searches, listed with each hop's relation and
// sources, linked by address.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openApp, startApp } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('a path from C9orf72 to motor neuron degeneration is found, chosen by search', async () => {
  const { page, log, context } = await openApp(app, '#/path', { locale: 'en-US' });
  await page.fill('#path-from', 'C9orf72');
  await page.click('.pick-list button:has-text("C9orf72")');
  await page.fill('#path-to', 'motor neuron degeneration');
  await page.click('.pick-list button:has-text("otor neuron degeneration") >> nth=0');
  await page.waitForSelector('.paths .path');
  assert.match(new URL(page.url()).hash, /from=GENE%3AC9orf72&to=ALSM%3Amotor_neuron_degeneration/);
  const first = page.locator('.paths .path').first();
  assert.match(await first.textContent(), /Path 1: \d+ steps/);
  const hops = await first.locator('.hops a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(hops.at(-1), '#/event/ALSM:motor_neuron_degeneration', 'ends at the chosen event');
  assert.ok(await first.locator('a[href*="pubmed"]').count() > 0, 'curated hops cite PMIDs');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a linked path opens directly; swapping the ends says when there is none', async () => {
  const { page, context } = await openApp(app, '#/path?from=GENE%3AC9orf72&to=ALSM%3Amotor_neuron_degeneration', { locale: 'zh-CN' });
  await page.waitForSelector('.paths .path');
  assert.match(await page.textContent('.paths'), /路径 1/);
  await page.click('text=交换起点和终点');
  await page.waitForFunction(() => /没有找到从起点通向终点的路径|路径 1/.test(document.querySelector('main').textContent));
  assert.match(new URL(page.url()).hash, /from=ALSM%3Amotor_neuron_degeneration/);
  await context.close();
});
