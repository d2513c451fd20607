// The explorer: search by English, Chinese, id and with typos; keyboard from the box
// into the results; event pages with their sources, neighbours and story chapters.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, openApp, startApp, waitForMount } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function search(page, text) {
  await page.fill('#search-input', text);
  // Results, or the answer that there are none (not the note that the graph is loading).
  await page.waitForFunction((q) => document.querySelector('.search-results')?.dataset.query === q
    || /No matching event|没有找到匹配/.test(document.querySelector('main').textContent), text, { timeout: 30000 });
  return page.locator('.search-results a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href'))));
}

test('search finds events by English, Chinese, id and with a typo', async () => {
  const { page, log, context } = await openApp(app, '#/explore', { locale: 'en-US' });
  // The gene whose alias it is (an exact match) first, then the curated mechanism.
  const tdp43 = await search(page, 'TDP-43');
  assert.equal(tdp43[0], '#/event/GENE:TARDBP');
  assert.ok(tdp43.includes('#/event/ALSM:tdp43_proteinopathy'), tdp43.slice(0, 3).join());
  assert.ok((await search(page, '氧化应激')).includes('#/event/ALSM:oxidative_stress'));
  assert.equal((await search(page, 'C9orf72'))[0], '#/event/GENE:C9orf72');
  // The full graph holds the Gene Ontology: wait for it, then find a GO id.
  await page.waitForFunction(() => /Full mechanism graph loaded/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });
  assert.equal((await search(page, 'GO:0006979'))[0], '#/event/GO:0006979');
  const typo = await search(page, 'fasciculaton');
  assert.ok(typo.some((h) => /HP:|GO:/.test(h)), `typo finds events: ${typo.slice(0, 3)}`);
  assert.match(new URL(page.url()).hash, /q=fasciculaton/, 'the query is in the address');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('typed fast on a slow phone and Enter pressed at once: the first hit of the whole query opens', async () => {
  // The search looks through the texts in slices, the page answering between them, so
  // the hits shown may lag the box by a moment: Enter waits for the answer to what was
  // typed, not the one before ("GO:000697" lists "response to oxidative stress" first).
  const { page, log, context } = await openApp(app, '#/explore', { locale: 'en-US' });
  await page.waitForFunction(() => /Full mechanism graph loaded/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });
  assert.notEqual((await search(page, 'GO:000697'))[0], '#/event/GO:0006970', 'the prefix lists another term first');
  await page.fill('#search-input', '');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.focus('#search-input');
  await page.keyboard.type('GO:0006970');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/event/GO:0006970', null, { timeout: 30000 });
  await page.waitForSelector('#page-heading');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the keyboard moves from the box into the results and opens an event with Enter', async () => {
  const { page, context } = await openApp(app, '#/explore', { locale: 'zh-CN' });
  await page.focus('#search-input');
  await page.keyboard.type('oxidative stress');
  await page.waitForSelector('.search-results a');
  // Pressed at once: the focus goes to the first hit of what was typed once it is there.
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.closest('.search-results')
    && document.querySelector('.search-results').dataset.query === 'oxidative stress');
  const first = await page.evaluate(() => document.activeElement.getAttribute('href'));
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement.getAttribute('href'));
  assert.notEqual(first, second);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => location.hash === h, first);
  await page.waitForSelector('#page-heading');
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  // Still there once the full graph has arrived and the page is drawn with it.
  await page.waitForFunction(() => /Full mechanism graph loaded|已载入完整机制图谱/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'page-heading');
  await context.close();
});

test('an event page shows names, kind, sources with PMIDs, neighbours and its story chapters', async () => {
  const { page, log, context } = await openApp(app, '#/event/ALSM:oxidative_stress', { locale: 'en-US' });
  await page.waitForSelector('.neighbours');
  assert.match(await page.textContent('.facts'), /ALS mechanism/);
  const pmids = await page.locator('.event a[href*="pubmed"]').count();
  assert.ok(pmids > 0, 'PMIDs shown');
  assert.ok(await page.locator('.event a[href^="#/story/"]').count() > 0, 'story chapter linked');
  assert.match(await page.textContent('.event'), /Ranked \d+ among the default core events/);
  // Its scores in their own terms, not as percentiles.
  const measures = await page.locator('.event .measures li').allTextContents();
  assert.equal(measures.length, 3);
  assert.match(measures[0], /^Propagation: [\d.e-]+ × the top event$/);
  assert.match(measures[1], /^Enrichment: \d+ of \d+ genes below it are ALS seed genes; p = [\d.e-]+, q = [\d.e-]+/);
  assert.match(measures[2], /^Causal position: (<\s)?[\d.]+\s% of the gene-to-phenotype flow passes through it$/);
  assert.doesNotMatch(await page.textContent('.event'), /scores as percentiles: propagation/);
  // A neighbour opens its own page.
  const next = await page.locator('.neighbours a[href^="#/event/"]').first().getAttribute('href');
  await page.click(`.neighbours a[href="${next}"]`);
  await page.waitForFunction((h) => location.hash === h, next);
  await page.waitForSelector('.facts');
  // Chinese: the heading is the Chinese name; the English one is given too.
  await page.goto(`${app.url}#/event/ALSM:oxidative_stress`);
  await waitForMount(page);
  await page.click('.lang-switch');
  await page.waitForFunction(() => /氧化应激/.test(document.querySelector('#page-heading')?.textContent ?? ''));
  assert.match(await page.textContent('.event'), /英文名称/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a hub pages its neighbours, and an unknown id says so', async () => {
  const { page, context } = await openApp(app, '#/event/HP:0001250', { locale: 'en-US' });
  await page.waitForFunction(() => /Full mechanism graph loaded/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });
  await page.waitForSelector('.neighbours');
  const more = page.locator('.paging button').first();
  const before = await page.locator('.neighbours li').count();
  await more.click();
  assert.ok(await page.locator('.neighbours li').count() > before, 'more shown');
  await page.goto(`${app.url}#/event/GO:9999999`);
  await waitForMount(page);
  await page.waitForFunction(() => /no event with this id/.test(document.querySelector('main')?.textContent ?? ''), null, { timeout: 60000 });
  await context.close();
});

test('story chapters link their events to the event pages', async () => {
  const { page, context } = await openApp(app, '#/story/6', { locale: 'en-US' });
  // From the chapter's page an event opens in the app's document, in the page's language.
  await page.waitForSelector('.node-list a[href^="./?lang=en#/event/"]');
  const href = await page.locator('.node-list a[href^="./?lang=en#/event/"]').first().getAttribute('href');
  await page.click(`.node-list a[href="${href}"]`);
  await page.waitForFunction((h) => location.hash === h, href.slice('./?lang=en'.length));
  await page.waitForSelector('.facts');
  await context.close();
});

test('your own graph: a damaged or foreign file is refused with the reason; a valid one is used', async () => {
  const { page, log, context } = await openApp(app, '#/explore', { locale: 'en-US' });
  await page.waitForFunction(() => /Full mechanism graph loaded/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });
  const footer = await page.textContent('footer');
  const core = readFileSync(new URL('../public/data/core.bin', import.meta.url));
  const damaged = Buffer.from(core);
  for (let i = 2000; i < 2100; i += 1) damaged[i] ^= 0xff;
  const open = async (name, buffer) => {
    await page.setInputFiles('#own-graph-file', { name, mimeType: 'application/octet-stream', buffer });
    await page.waitForSelector('.own-graph [role=alert], .own-graph [role=status]:has-text("Now using")');
    return page.textContent('.own-graph');
  };
  assert.match(await open('damaged.bin', damaged), /“damaged\.bin” was not used; the graph is unchanged\. The mechanism graph file is damaged/);
  assert.match(await open('notes.txt', Buffer.from('hello, not a graph')), /not an ALS Explorer mechanism graph file/);
  assert.equal(await page.textContent('footer'), footer, 'the loaded graph is unchanged');
  assert.match(await open('core.bin', core), /Now using “core\.bin”: 1456 events/);
  await page.waitForFunction(() => /Full mechanism graph loaded: 1,?456 events/.test(document.querySelector('footer')?.textContent ?? ''));
  await page.fill('#search-input', 'TDP-43');
  await page.waitForSelector('.search-results a[href="#/event/ALSM:tdp43_proteinopathy"]');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('definitions and other names load on request: shown on event pages and searched', async () => {
  const { page, log, context } = await openApp(app, '#/event/GO:0006979', { locale: 'zh-CN' });
  await page.click('.text-loader button', { timeout: 60000 });
  await page.waitForSelector('.definition p[lang=en]', { timeout: 60000 });
  assert.equal(await page.locator('.text-loader').count(), 0, 'the offer goes once loaded');
  assert.ok((await page.textContent('.definition p[lang=en]')).length > 20, 'a definition');
  assert.match(await page.textContent('.definition'), /基因本体/);
  await page.goto(`${app.url}#/event/GENE:TARDBP`);
  await page.waitForSelector('.definition');
  assert.match(await page.textContent('.definition'), /NCBIGene:23435/);
  await page.goto(`${app.url}#/explore`);
  await page.waitForSelector('#search-input');
  await page.fill('#search-input', 'NCBIGene:23435');
  await page.waitForSelector('.search-results a[href="#/event/GENE:TARDBP"]', { timeout: 30000 });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('names people use: a gene alias, a treatment in both languages, honest counts with show more', async () => {
  const { page, log, context } = await openApp(app, '#/explore', { locale: 'en-US' });
  await page.waitForFunction(() => /Full mechanism graph loaded/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });
  // A gene by its alias, with or without the hyphen, labelled as an alias.
  for (const q of ['TDP-43', 'tdp43']) {
    assert.ok((await search(page, q)).includes('#/event/GENE:TARDBP'), q);
  }
  assert.match(await page.textContent('.search-results a[href="#/event/GENE:TARDBP"]'), /alias: TDP-43/);
  assert.ok((await search(page, 'TLS')).includes('#/event/GENE:FUS'), 'TLS finds FUS');
  // A treatment by its English name, and the mechanism it aims at.
  await search(page, 'riluzole');
  await page.waitForSelector('.search-others a[href="#/treatments?q=Riluzole"]');
  assert.equal(await page.locator('.search-others a[href="#/event/ALSM:glutamate_excitotoxicity"]').count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  // Honest counts: "20 of N shown", and "show more" by keyboard adds 20 and focuses the first new one.
  await search(page, 'protein');
  const count = await page.textContent('.result-count');
  const [, shown, total] = count.match(/(\d+) of (\d+) events shown/) ?? [];
  assert.equal(Number(shown), 20, count);
  assert.ok(Number(total) > 40, count);
  await page.focus('.show-more');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.search-results a').length === 40);
  assert.match(await page.textContent('.result-count'), new RegExp(`40 of ${total} events shown`));
  await page.waitForFunction(() => document.activeElement === document.querySelectorAll('.search-results a')[20]);
  // The treatment link opens the treatments page at that entry.
  await search(page, 'riluzole');
  await page.click('.search-others a[href="#/treatments?q=Riluzole"]');
  // The treatments page (en/treatments/?q=Riluzole), taken over by the app.
  await page.waitForURL(/\/en\/treatments\/\?q=Riluzole$/);
  await page.waitForSelector('html[data-app="live"]', { timeout: 60000 });
  await page.waitForSelector('article.treatment');
  assert.equal(await page.inputValue('#treat-search'), 'Riluzole');
  assert.ok(await page.locator('#treatment-riluzole').isVisible(), 'riluzole is shown');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('利鲁唑 finds the riluzole treatment in Chinese', async () => {
  const { page, context } = await openApp(app, '#/explore', { locale: 'zh-CN' });
  await page.fill('#search-input', '利鲁唑');
  await page.waitForSelector('.search-others a[href="#/treatments?q=Riluzole"]', { timeout: 30000 });
  assert.match(await page.textContent('.search-others'), /利鲁唑/);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
