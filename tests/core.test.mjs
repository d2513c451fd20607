// The core-event panel: the stored ranking at once, live re-ranking when a weight,
// theme or kind changes, the settings in the address, CSV export.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, openApp, startApp, textInWrongLanguage } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const firstIds = (page, n = 10) => page.locator('.core-table tbody th > a').evaluateAll(
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
  // The stored ranking reads in the measures' own terms before anything is changed,
  // even while the full graph is still loading: no column of 99.x percentiles.
  const stored = await page.locator('.core-table tbody tr').first().evaluate((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
  assert.match(stored[1], /^1\.0 × the top event$/);
  assert.match(stored[2], /^\d+ of \d+ genes q = [\d.e-]+( not significant)?$/);
  assert.match(stored[3], /^(<\s)?[\d.]+\s%$/);
  // No column of combined scores that differ in the third decimal: the rank orders them.
  assert.deepEqual(await page.locator('.core-table thead th').allTextContents(), ['Rank', 'Event', 'Propagation', 'Enrichment', 'Causal position']);
  assert.match(await page.textContent('.core-table caption'), /multiple of the top event's/);
  await fullLoaded(page);
  // "Why here" opens to the ALS genes below the event and the nearest seeds.
  await page.click('.core-table tbody tr >> nth=0 >> summary');
  await page.waitForFunction(() => /Enrichment: \d+ of \d+ genes below it are ALS seed genes/.test(document.querySelector('.core-table .explain')?.textContent ?? ''));
  assert.match(await page.textContent('.core-table .explain'), /Genes: the nearest seed genes \(steps away\)\S/);
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
  assert.equal(lines[0], 'rank,id,label_en,label_zh,kind,combined,propagation_pct,enrichment_pct,causal_pct,propagation_vs_top,seed_genes_below,genes_below,p_value,q_value,flow_share');
  assert.equal(lines.length, 26);
  // Each row ends with its measures in their own terms: k of n genes, p, q, the flow share.
  const last = lines[1].split(',').slice(-6).map(Number);
  assert.ok(last.every(Number.isFinite), lines[1]);
  assert.ok(last[1] <= last[2] && last[3] <= 1 && last[4] <= 1, lines[1]);
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
    const ids = [...document.querySelectorAll('.core-table tbody th > a')].slice(0, 10).map((a) => decodeURIComponent(a.getAttribute('href')));
    return ids.length === 10 && ids.join() !== before.join();
  }, fromSod1, { timeout: 60000 });
  // "Why here" counts the chosen genes only.
  await page.click('.core-table tbody tr >> nth=0 >> summary');
  await page.waitForFunction(() => /个基因中 [0-2] 个是 ALS 种子基因/.test(document.querySelector('.core-table .explain')?.textContent ?? ''));
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
  const row = `.core-table tbody tr:has(th > a[href="${top}"])`;
  await page.click(`${row} summary`);
  await page.waitForFunction((r) => /below it are ALS seed genes/.test(document.querySelector(`${r} .explain`)?.textContent ?? ''), row);
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
    const links = [...document.querySelectorAll('.core-table tbody th > a')].map((a) => a.getAttribute('href'));
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

test('live rows give the measures in their own terms, "not significant" where q > 0.05, and "why here" says the same', async () => {
  const { page, log, context } = await openRanked('#/core?w=5,5,6&top=700', 'en-US');
  await page.waitForFunction(() => /× the top event/.test(document.querySelector('.core-table tbody tr td:nth-of-type(2)')?.textContent ?? ''), null, { timeout: 60000 });
  assert.match(await page.textContent('.core-table caption'), /multiple of the top event's.*share of the gene-to-phenotype flow/);
  const rows = await page.locator('.core-table tbody tr').evaluateAll((trs) => trs.map((tr) => {
    const td = tr.querySelectorAll('td');
    return { propagation: td[1].textContent, enrichment: td[2].textContent, causal: td[3].textContent };
  }));
  assert.equal(rows.length, 700);
  assert.match(rows[0].propagation, /^1\.0 × the top event$/);
  const times = rows.map((r) => Number(r.propagation.match(/^([\d.e-]+) × the top event$/)[1]));
  assert.ok(times.every((t) => t >= 0 && Number.isFinite(t)));
  let notSignificant = -1;
  rows.forEach((r, i) => {
    const m = r.enrichment.match(/^(\d+) of (\d+) genes q = ([\d.e-]+)( not significant)?$/);
    assert.ok(m, `row ${i + 1}: ${r.enrichment}`);
    assert.ok(Number(m[1]) <= Number(m[2]));
    assert.equal(!!m[4], Number(m[3]) > 0.05, `row ${i + 1}: "not significant" exactly when q > 0.05 (${r.enrichment})`);
    if (m[4] && notSignificant < 0) notSignificant = i;
    assert.match(r.causal, /^(<\s)?[\d.]+\s%$/);
  });
  assert.ok(notSignificant >= 0, 'some listed event is not significantly enriched');
  // Its "why here": rank, the three measures in words, "not significant (q > 0.05)".
  const row = page.locator('.core-table tbody tr').nth(notSignificant);
  await row.locator('summary').click();
  await row.locator('.explain .measures').waitFor({ timeout: 60000 });
  const explain = await row.locator('.explain').textContent();
  assert.match(explain, new RegExp(`Rank: ${notSignificant + 1} of \\d+ candidate events`));
  assert.match(explain, /Propagation: [\d.e-]+ × the top event/);
  assert.match(explain, /Enrichment: \d+ of \d+ genes below it are ALS seed genes; p = [\d.e-]+, q = [\d.e-]+ not significant \(q > 0\.05\)/);
  assert.match(explain, /Causal position: (<\s)?[\d.]+\s% of the gene-to-phenotype flow passes through it/);
  assert.doesNotMatch(explain, /above 100/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('"why here" puts genes under "genes" and phenotypes under "phenotypes"', async () => {
  const { page, log, context } = await openRanked('#/core?kinds=phenotype&w=5,5,6', 'zh-CN');
  const headed = async (row) => {
    await row.locator('summary').click();
    await row.locator('.explain dt').first().waitFor({ timeout: 60000 });
    return row.locator('.explain dt').evaluateAll((hs) => hs.map((h) => ({
      heading: h.textContent,
      ids: [...h.nextElementSibling.querySelectorAll('a')].map((a) => decodeURIComponent(a.getAttribute('href'))),
    })));
  };
  const lists = await headed(page.locator('.core-table tbody tr').first());
  const under = (re) => lists.filter((l) => re.test(l.heading)).flatMap((l) => l.ids);
  const genes = under(/^基因：/);
  const phenotypes = under(/^表型：/);
  assert.ok(genes.length > 0 && genes.every((h) => h.startsWith('#/event/GENE:')), `genes: ${genes}`);
  assert.ok(phenotypes.length > 0 && phenotypes.every((h) => h.startsWith('#/event/HP:')), `phenotypes: ${phenotypes}`);
  assert.ok(lists.every((l) => !/^基因：/.test(l.heading) || l.ids.every((h) => h.includes('GENE:'))));
  assert.deepEqual(await textInWrongLanguage(page), [], 'the numbers read in Chinese too');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('at 1366 and 1440 px the table fits its column beside the controls; its first row is on the same screen as the weights', async () => {
  for (const [width, height] of [[1440, 900], [1366, 768]]) {
    const { page, log, context } = await openApp(app, '#/core?w=5,5,6', { locale: 'en-US', viewport: { width, height } });
    await fullLoaded(page);
    await page.waitForFunction(() => /× the top event/.test(document.querySelector('.core-table tbody tr td:nth-of-type(2)')?.textContent ?? ''), null, { timeout: 60000 });
    const m = await page.evaluate(() => {
      const r = (s) => document.querySelector(s).getBoundingClientRect();
      const box = document.querySelector('.core-table-box');
      return {
        table: r('.core-table'), column: r('.core-results'), weights: r('.core-controls fieldset'), row: r('.core-table tbody tr'),
        inner: box.scrollWidth - box.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    assert.ok(m.table.right <= m.column.right + 0.5, `${width}: table right ${m.table.right} within its column ${m.column.right}`);
    assert.ok(m.inner <= 0 && m.page <= 0, `${width}: nothing scrolls sideways (${m.inner}, ${m.page})`);
    assert.ok(m.row.bottom - m.weights.top <= height, `${width}: first row ends ${m.row.bottom - m.weights.top}px below the weights' top`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('on a 390 px phone at 200 % text the rows are cards: nothing scrolls sideways, each number has its name', async () => {
  for (const locale of ['zh-CN', 'en-US']) {
    const { page, context } = await openApp(app, '#/core?w=5,5,6', { locale, viewport: { width: 390, height: 844 } });
    await fullLoaded(page);
    await page.waitForFunction(() => /×|倍/.test(document.querySelector('.core-table tbody tr td:nth-of-type(2)')?.textContent ?? ''), null, { timeout: 60000 });
    await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '200'));
    const m = await page.evaluate(() => {
      const box = document.querySelector('.core-table-box');
      const td = document.querySelector('.core-table tbody td:nth-of-type(2)');
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        inner: box.scrollWidth - box.clientWidth,
        label: td.getAttribute('data-label'),
        shown: getComputedStyle(td, '::before').content !== 'none',
        card: getComputedStyle(td.closest('tr')).display,
      };
    });
    assert.ok(m.page <= 0, `${locale}: the page scrolls sideways by ${m.page}px`);
    assert.ok(m.inner <= 0, `${locale}: the table scrolls sideways inside its box by ${m.inner}px`);
    assert.equal(m.label, locale === 'zh-CN' ? '网络传播' : 'Propagation');
    assert.ok(m.shown, 'the label shows before the number');
    assert.equal(m.card, 'block', 'each row is a card');
    await context.close();
  }
});
