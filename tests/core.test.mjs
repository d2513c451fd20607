// The core-event panel: the stored ranking at once, live re-ranking when a weight,
// theme or kind changes, the settings in the address, CSV export.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp, startApp } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const firstIds = (page, n = 10) => page.locator('.core-table tbody th a').evaluateAll(
  (as, k) => as.slice(0, k).map((a) => decodeURIComponent(a.getAttribute('href'))), n);
const fullLoaded = (page) => page.waitForFunction(
  () => /Full mechanism graph loaded|已载入完整机制图谱/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });

/** Opens the panel at `hash` and waits for a ranking drawn from the full graph. */
async function openRanked(hash, locale) {
  const opened = await openApp(app, hash, { locale });
  await fullLoaded(opened.page);
  await opened.page.waitForSelector('.core-table tbody tr', { timeout: 60000 });
  return opened;
}

test('the stored ranking shows at once; a weight moved by button re-ranks and goes into the address', async () => {
  const { page, log, context } = await openApp(app, '#/core', { locale: 'en-US' });
  await page.waitForSelector('.core-table tbody tr');
  assert.equal(await page.locator('.core-table tbody tr').count(), 100);
  const before = await firstIds(page);
  assert.ok(before.includes('#/event/ALSM:tdp43_proteinopathy') || before.some((h) => h.startsWith('#/event/ALSM:')), 'mechanisms lead');
  await fullLoaded(page);
  // "Why here" opens to the ALS genes below the event and the nearest seeds.
  await page.click('.core-table tbody tr >> nth=0 >> summary');
  await page.waitForFunction(() => /genes lie below it, \d+ of them ALS seed genes/.test(document.querySelector('.core-table .explain')?.textContent ?? ''));
  assert.match(await page.textContent('.core-table .explain'), /Nearest seed genes \(steps away\): \S/);
  for (let i = 0; i < 5; i += 1) await page.click('button[aria-label="Causal position +"]');
  for (let i = 0; i < 5; i += 1) await page.click('button[aria-label="Propagation −"]');
  await page.waitForFunction(() => location.hash.includes('w=0,5,10'));
  const after = await firstIds(page);
  assert.notDeepEqual(after, before, 'the ranking changed');
  assert.match(await page.textContent('label[for=weight-2]'), /2\.0/);
  // Back to the defaults: the stored list again.
  await page.click('text=Reset to defaults');
  await page.waitForFunction(() => location.hash === '#/core');
  assert.deepEqual(await firstIds(page), before);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a linked setting opens as it was; themes and list length filter; CSV has the rows', async () => {
  const { page, context } = await openApp(app, '#/core?top=25&themes=autophagy', { locale: 'zh-CN' });
  await fullLoaded(page);
  await page.waitForSelector('.core-table tbody tr');
  assert.equal(await page.locator('.core-table tbody tr').count(), 25);
  assert.ok(await page.isChecked('input[name=top] >> nth=0'));
  const ids = await firstIds(page, 25);
  assert.ok(ids.length === 25);
  // Keyboard: the slider moves with the arrow keys.
  await page.focus('#weight-1');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash.includes('w=5,6,5'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=下载 CSV')]);
  const text = readFileSync(await download.path(), 'utf8');
  const lines = text.trim().split('\n');
  assert.equal(lines[0], 'rank,id,label_en,label_zh,kind,combined,propagation_pct,enrichment_pct,causal_pct');
  assert.equal(lines.length, 26);
  await context.close();
});

test('the first re-ranking works out the scores in steps: a progress bar shows and the page answers meanwhile', async () => {
  const { page, log, context } = await openApp(app, '#/core', { locale: 'en-US' });
  await page.waitForSelector('.core-table tbody tr');
  await fullLoaded(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const during = await page.evaluate(async () => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    document.querySelector('button[aria-label="Propagation −"]').click();
    while (!document.querySelector('.core-scoring')) await frame();
    const progress = document.querySelector('progress.core-scoring-progress');
    const first = { max: progress?.max, label: progress?.getAttribute('aria-labelledby') };
    // A second press while the scores are worked out is answered at once.
    document.querySelector('button[aria-label="Causal position +"]').click();
    await frame();
    return { ...first, weight: document.querySelector('label[for=weight-2]').textContent, stillScoring: !!document.querySelector('.core-scoring') };
  });
  assert.equal(during.max, 8);
  assert.equal(during.label, 'core-scoring');
  assert.match(during.weight, /1\.2/);
  assert.ok(during.stillScoring, 'the press was answered before the scores were done');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.waitForSelector('.core-table tbody tr', { timeout: 60000 });
  assert.ok(page.url().includes('w=4,5,6'));
  assert.equal(await page.locator('.core-scoring').count(), 0);
  assert.equal(await page.locator('.core-table tbody tr').count(), 100);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('chosen seed genes re-score the graph from them alone, by keyboard too, and clearing brings the stored list back', async () => {
  const { page, log, context } = await openRanked('#/core?seeds=GENE:SOD1', 'zh-CN');
  const sod1 = page.locator('.seed-genes label', { hasText: /^SOD1$/ }).locator('input');
  assert.ok(await sod1.isChecked());
  assert.match(await page.textContent('.seed-genes .hint'), /整个 ALS 种子集：\d+ 个基因、\d+ 种疾病和 \d+ 个表型/);
  const fromSod1 = await firstIds(page);
  // Another gene, chosen with the keyboard.
  const fus = page.locator('.seed-genes label', { hasText: /^FUS$/ }).locator('input');
  await fus.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.hash === '#/core?seeds=GENE:FUS,GENE:SOD1');
  await page.waitForFunction((before) => {
    const ids = [...document.querySelectorAll('.core-table tbody th a')].slice(0, 10).map((a) => decodeURIComponent(a.getAttribute('href')));
    return ids.length === 10 && ids.join() !== before.join();
  }, fromSod1, { timeout: 60000 });
  // "Why here" counts the chosen genes only.
  await page.click('.core-table tbody tr >> nth=0 >> summary');
  await page.waitForFunction(() => /其中 [0-2] 个是 ALS 种子基因|of them ALS seed genes/.test(document.querySelector('.core-table .explain')?.textContent ?? ''));
  await page.click('.seed-genes button');
  await page.waitForFunction(() => location.hash === '#/core');
  assert.equal(await page.locator('.seed-genes input:checked').count(), 0);
  assert.ok(await page.locator('.seed-genes button').isDisabled());
  assert.notDeepEqual(await firstIds(page), fromSod1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a re-rank keeps each row that stays, with its "why here" still open', async () => {
  const { page, log, context } = await openRanked('#/core?w=5,5,6', 'en-US');
  const [top] = await firstIds(page, 1);
  const row = `.core-table tbody tr:has(th a[href="${top}"])`;
  await page.click(`${row} summary`);
  await page.waitForFunction((r) => /genes lie below it/.test(document.querySelector(`${r} .explain`)?.textContent ?? ''), row);
  await page.evaluate((r) => { document.querySelector(r).dataset.mark = 'kept'; }, row);
  await page.click('button[aria-label="Causal position +"]');
  await page.waitForFunction(() => location.hash.includes('w=5,5,7'));
  await page.waitForSelector('.core-table tbody tr');
  assert.equal(await page.locator(`${row}[data-mark=kept] details[open]`).count(), 1, 'the same row, still open');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('"public data only" ranks without the curated mechanisms, and goes into the address', async () => {
  const { page, log, context } = await openApp(app, '#/core', { locale: 'en-US' });
  await page.waitForSelector('.core-table tbody tr');
  const all = await firstIds(page, 100);
  assert.ok(all.some((h) => h.startsWith('#/event/ALSM:')), 'the default list holds curated mechanisms');
  await fullLoaded(page);
  await page.check('#core-public');
  await page.waitForFunction(() => location.hash.includes('public=1'));
  await page.waitForFunction(() => {
    const links = [...document.querySelectorAll('.core-table tbody th a')].map((a) => a.getAttribute('href'));
    return links.length === 100 && !links.some((h) => h.includes('ALSM'));
  }, null, { timeout: 60000 });
  const publicIds = await firstIds(page, 100);
  assert.ok(publicIds.every((h) => h.startsWith('#/event/GO:')), 'only GO processes remain');
  assert.match(await page.textContent('#core-public-hint'), /curated by the project/);
  // Opened from a link, the switch is on.
  await page.goto(page.url().replace(/#.*/, '#/core?public=1'));
  await page.waitForSelector('#core-public');
  assert.ok(await page.isChecked('#core-public'));
  assert.deepEqual(log.errors, []);
  await context.close();
});
