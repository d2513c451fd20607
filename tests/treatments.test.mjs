// Treatments, as a patient's daughter in China uses them on a phone: the medicines that
// exist on the first screen, every entry with a status in people, a plain verdict and a
// dated source, a name search (Chinese, English, brand names, codes) and a status filter
// that work with the keyboard and are announced politely, the caution about supplements
// and stem-cell offers, and the sources listed on the About page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openApp, startApp } from './support/app.mjs';

const PHONE = { width: 390, height: 844 };
// Cards the search and filters leave in (the others are hidden, not removed).
const SHOWN = '.treatments > li:not([hidden]) article.treatment';
let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('riluzole, edaravone and tofersen are on the first screen of a 390 px phone, in both languages', async () => {
  for (const [locale, names] of [
    ['zh-CN', ['利鲁唑', '依达拉奉', '托夫生']],
    ['en-US', ['Riluzole', 'Edaravone', 'Tofersen']],
  ]) {
    const { page, context } = await openApp(app, '#/treatments', { locale, viewport: PHONE });
    const items = page.locator('.medicine-list .medicine');
    assert.equal(await items.count(), 5, 'riluzole, edaravone, tofersen, methylcobalamin, AMX0035');
    for (const [i, name] of names.entries()) {
      const item = items.nth(i);
      assert.match(await item.locator('.medicine-name').textContent(), new RegExp(name));
      const box = await item.locator('.medicine-name').boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, `${locale} ${name} at ${JSON.stringify(box)}`);
    }
    const first = await items.nth(0).textContent();
    assert.match(first, locale === 'zh-CN' ? /获批/ : /Approved/);
    assert.match(await items.nth(4).textContent(), locale === 'zh-CN' ? /已撤市/ : /Withdrawn/);
    assert.match(await page.textContent('.medicines'), locale === 'zh-CN' ? /神经科医生决定/ : /neurologist/);
    await context.close();
  }
});

test('every card has a status badge, a verdict and a dated source, and none says the status is not stated', async () => {
  for (const locale of ['zh-CN', 'en-US']) {
    const { page, log, context } = await openApp(app, '#/treatments', { locale, viewport: PHONE });
    const cards = page.locator('article.treatment');
    const n = await cards.count();
    assert.equal(n, 38);
    const report = await page.$$eval('article.treatment', (all) => all.map((a) => ({
      name: a.querySelector('h2').textContent,
      badge: a.querySelector('.verdict .badge')?.textContent.trim() ?? '',
      mark: a.querySelector('.verdict .badge [aria-hidden]')?.textContent.trim() ?? '',
      verdict: a.querySelector('.verdict')?.textContent ?? '',
      asOf: a.querySelector('.as-of')?.textContent ?? '',
      sources: a.querySelectorAll('.as-of .cite a, .as-of .cite span').length,
    })));
    for (const c of report) {
      assert.ok(c.badge.length > 2 && c.mark.length === 1, `${c.name}: badge ${c.badge}`);
      assert.ok(c.verdict.length > c.badge.length + 10, `${c.name}: verdict`);
      assert.match(c.asOf, /(截至|as of) \d{4}(-\d\d){0,2}/, `${c.name}: ${c.asOf}`);
      assert.ok(c.sources > 0, `${c.name}: no source for its status`);
    }
    const text = await page.textContent('main');
    assert.doesNotMatch(text, /status not stated|未说明状态|do not give its status|没有给出它的状态/i);
    // The badges differ by more than colour: by word, mark and border style.
    const styles = await page.$$eval('.treatments .badge', (b) => [...new Set(b.map((x) => `${x.textContent}|${getComputedStyle(x).borderStyle}`))]);
    assert.equal(styles.length, 5, styles.join(', '));
    assert.equal(new Set(styles.map((s) => s.split('|')[1])).size >= 4, true, styles.join(', '));
    // Supplements state their human evidence; tofersen's card says its main measure was not met.
    const vitaminE = await page.locator('article.treatment', { has: page.locator('h2', { hasText: locale === 'zh-CN' ? '维生素 E' : 'Vitamin E' }) }).textContent();
    assert.match(vitaminE, locale === 'zh-CN' ? /未证实对患者有效[\s\S]*随机对照试验/ : /Not shown to help people[\s\S]*randomised/);
    const tofersen = await page.textContent('article:has(#treatment-tofersen)');
    assert.match(tofersen, locale === 'zh-CN' ? /没有达到统计学显著/ : /did not reach statistical significance/);
    assert.match(tofersen, /2023-04-25/);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('the name search finds Chinese and English names, brand names and codes, and says so politely', async () => {
  const { page, context } = await openApp(app, '#/treatments', { locale: 'zh-CN', viewport: PHONE });
  const status = page.locator('.find [role=status]');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  // Tab to the search box from the heading.
  await page.focus('#page-heading');
  for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.id === 'treat-search')); i += 1) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'treat-search');
  for (const [query, id] of [
    ['利鲁唑', 'riluzole'], ['riluzole', 'riluzole'], ['Rilutek', 'riluzole'],
    ['托夫生', 'tofersen'], ['Qalsody', 'tofersen'], ['AMX0035', 'relyvrio-amx0035'],
  ]) {
    await page.fill('#treat-search', '');
    await page.keyboard.type(query);
    await page.waitForFunction((want) => document.querySelector('.treatments > li:not([hidden]) article h2')?.id === `treatment-${want}`, id);
    const shown = await page.locator(SHOWN).count();
    assert.ok(shown >= 1 && shown <= 3, `${query}: ${shown} shown`);
    assert.match(await status.textContent(), new RegExp(`显示 ${shown} 项，共 38 项`));
  }
  await page.fill('#treat-search', '');
  await page.keyboard.type('没有这种药');
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, SHOWN);
  assert.match(await status.textContent(), /没有找到/);
  await page.fill('#treat-search', '');
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 38, SHOWN);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('the status filter and the strategy and mechanism filters narrow the list, by keyboard too', async () => {
  const { page, context } = await openApp(app, '#/treatments', { locale: 'en-US', viewport: PHONE });
  await page.focus('#treat-status');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length < 38, SHOWN);
  assert.equal(await page.$eval('#treat-status', (s) => s.value), 'approved');
  const approved = await page.locator(`${SHOWN} h2`).allTextContents();
  assert.deepEqual(approved.map((n) => n.split(' ')[0]), ['Riluzole', 'Edaravone', 'Tofersen', 'High-dose']);
  assert.match(await page.textContent('.find [role=status]'), /Showing 4 of 38/);
  await page.selectOption('#treat-status', 'not_shown');
  await page.waitForFunction((sel) => [...document.querySelectorAll(`${sel} .badge`)].every((b) => /Not shown/.test(b.textContent)), SHOWN);
  const stemCells = await page.locator(SHOWN, { hasText: 'NurOwn' }).count();
  assert.equal(stemCells, 2, 'NurOwn and Neuronata-R both say their trials did not show benefit');
  await page.selectOption('#treat-status', '');
  // The strategy and mechanism filters are folded under a summary: open it by keyboard.
  await page.focus('.more-filters summary');
  await page.keyboard.press('Enter');
  await page.focus('input[name=strategy]:checked');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  const gene = await page.locator(`${SHOWN} h2`).allTextContents();
  assert.ok(gene.some((n) => /Tofersen/.test(n)) && gene.length < 38, gene.join(', '));
  await page.check('input[name=strategy] >> nth=0');
  await page.waitForFunction(() => document.querySelector('#treat-mechanism option[value="ALSM:sod1_misfolding"]')?.textContent !== 'ALSM:sod1_misfolding');
  await page.selectOption('#treat-mechanism', 'ALSM:sod1_misfolding');
  const sod1 = await page.locator(`${SHOWN} h2`).allTextContents();
  assert.ok(sod1.some((n) => /Tofersen/.test(n)) && sod1.length < 38);
  await context.close();
});

test('the caution names its sources, and the notes\' errors are corrected in the open', async () => {
  const { page, context } = await openApp(app, '#/treatments', { locale: 'en-US', viewport: PHONE });
  const caution = await page.textContent('.caution');
  assert.match(caution, /Vitamin E and coenzyme Q10/);
  assert.match(caution, /only approved stem-cell products/);
  assert.match(caution, /National Health Commission/);
  assert.match(caution, /US Food and Drug Administration, 2020-07-22/);
  const nurown = await page.textContent('article:has(#treatment-nurown)');
  assert.match(nurown, /debamestrocel/);
  assert.match(nurown, /Where the notes differ/);
  assert.match(await page.textContent('#treatment-ripk1-sar443820'), /SAR443820/);
  assert.match(await page.textContent('.warning:not(.caution) .cite'), /Volunteer notes §2\.5/);
  await context.close();
});

test('the About page lists the dated sources of the treatments\' status', async () => {
  for (const [locale, heading] of [['zh-CN', '治疗状态的来源'], ['en-US', 'Sources of the treatments\' status']]) {
    const { page, context } = await openApp(app, '#/about', { locale, viewport: PHONE });
    assert.equal(await page.textContent('#about-status-sources'), heading);
    await page.waitForSelector('.treatment-sources li');
    const rows = await page.locator('.treatment-sources li').count();
    assert.ok(rows > 60, `${rows} sources`);
    const ema = await page.textContent('#source-ema-qalsody');
    assert.match(ema, /European Medicines Agency/);
    assert.match(ema, /2024-02-22/);
    assert.equal(await page.getAttribute('#source-ema-qalsody a', 'href'), 'https://www.ema.europa.eu/en/medicines/human/EPAR/qalsody');
    await context.close();
  }
});
