// The personal timeline: records added with the keyboard alone appear on the chart and in
// the table, out-of-range values are refused with a message, the before/after comparison
// names what else started, the records survive export and import, axe finds nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, openApp, startApp } from './support/app.mjs';
import { KEY, envelope, monthly, seed, stored } from './support/assess.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Moves the focus with Tab until `selector` has it (at most 80 presses). */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('an intervention and an NfL value added with the keyboard alone appear on the chart and in the table', async () => {
  const { page, log, context } = await openApp(app, '#/timeline', { locale: 'en-US', initScript: seed(KEY, envelope(monthly(8))) });
  assert.match(await page.textContent('#timeline-title'), /My timeline/);
  // Intervention: the first catalogue treatment, started on 2023-04-20. The catalogue
  // comes with core.bin's texts: wait until it is there.
  await page.waitForFunction(() => document.querySelectorAll('#tl-catalogue option').length > 1, null, { timeout: 60000 });
  // The approved medicines come first, then the rest (issue #17).
  const groups = await page.$$eval('#tl-catalogue optgroup', (g) => g.map((x) => [x.label, [...x.querySelectorAll('option')].map((o) => o.textContent)]));
  assert.equal(groups[0][0], 'Approved medicines');
  assert.deepEqual(groups[0][1].slice(0, 3), ['Riluzole', 'Edaravone', 'Tofersen (Qalsody)']);
  assert.ok(groups[1][1].includes('AMX0035 (Relyvrio / Albrioza)'), 'withdrawn: among the others');
  await tabTo(page, '#tl-catalogue');
  await page.keyboard.press('ArrowDown');
  const treatment = await page.$eval('#tl-catalogue', (s) => s.selectedOptions[0].textContent);
  await tabTo(page, '#tl-start');
  await page.keyboard.type('04202023');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#timeline-add-outcome[role=status]');
  assert.equal(await page.textContent('#timeline-add-outcome'), 'Saved.');
  // Measurement: serum NfL 42.5 pg/mL on 2023-06-01.
  await page.focus('input[name=timeline-what] >> nth=0');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, '#tl-date');
  await page.keyboard.type('06012023');
  await tabTo(page, '#tl-value');
  await page.keyboard.type('42.5');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#timeline-add-outcome')?.textContent === 'Saved.');

  const chart = await page.textContent('.timeline-chart');
  assert.ok(chart.includes(treatment), `the band names ${treatment}`);
  assert.ok(chart.includes('Serum NfL (pg/mL)'), 'the NfL panel');
  const table = await page.textContent('.timeline-table tbody');
  assert.ok(table.includes(`Started: ${treatment}`) && table.includes('42.5 pg/mL'));
  const saved = await stored(page);
  assert.equal(saved.timeline.interventions.length, 1);
  assert.equal(saved.timeline.measurements[0].value, 42.5);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a value out of range or in an unknown unit is refused with a message, and nothing is saved', async () => {
  const { page, context } = await openApp(app, '#/timeline', { locale: 'zh-CN' });
  await page.check('input[name=timeline-what] >> nth=1');
  await page.fill('#tl-date', '2024-01-10');
  await page.fill('#tl-value', '20000');
  await page.click('button[type=submit]');
  await page.waitForSelector('#timeline-add-outcome[role=alert]');
  assert.match(await page.textContent('#timeline-add-outcome'), /血清 NfL 须大于 0、不超过 10000 pg\/mL/);
  assert.equal(await stored(page), null, 'nothing stored');
  await page.fill('#tl-value', '4,2');
  await page.click('button[type=submit]');
  await page.waitForSelector('#timeline-add-outcome[role=alert]');
  assert.equal(await stored(page), null);
  await context.close();
});

test('before and after: both slopes, what else started, and the reminder that it proves nothing', async () => {
  const timeline = {
    interventions: [
      { id: 't1', name: 'Drug A', category: 'medicine', dose: '', frequency: '', start: '2023-05-01', stop: null, notes: '', modified: 500 },
      { id: 't2', name: 'Vitamin E', category: 'supplement', dose: '', frequency: '', start: '2023-06-15', stop: null, notes: '', modified: 501 },
    ],
    measurements: [],
    milestones: [{ id: 's1', date: '2023-03-10', kind: 'diagnosis', notes: '', modified: 502 }],
  };
  const env = { ...JSON.parse(envelope(monthly(10))), schema: 3, timeline };
  const { page, log, context } = await openApp(app, '#/timeline', { locale: 'en-US', initScript: seed(KEY, JSON.stringify(env)) });
  await page.click('.timeline-compare summary:has-text("Drug A")');
  const text = await page.textContent('.timeline-compare details[open]');
  assert.match(text, /Before “Drug A” started \(2022-05-01 to 2023-04-30\): the total changed by −1\.0 points a month on average \(standard error 0\.0, from 4 assessments\)/);
  assert.match(text, /After it started \(2023-05-01 to 2024-05-01\): the total changed by −1\.0 points a month/);
  assert.match(text, /“Vitamin E” started on 2023-06-15/);
  assert.match(text, /does not show that “Drug A” caused any difference/);
  assert.ok((await page.textContent('.timeline-chart')).includes('Diagnosis'));
  // Zooming to the last 6 months drops the older bands' start from view but keeps them.
  await page.check('input[name=timeline-span] >> nth=3');
  assert.ok((await page.textContent('.timeline-chart')).includes('Drug A (ongoing)'));
  // The clinic report carries the timeline too.
  await page.evaluate(() => { location.hash = '#/assess/report'; });
  await page.waitForSelector('.report-timeline');
  const report = await page.textContent('.report-timeline');
  assert.ok(report.includes('Drug A') && report.includes('2023-05-01 – (ongoing)') && report.includes('2023-03-10 Diagnosis'), report);
  await page.evaluate(() => { location.hash = '#/timeline'; });
  await page.waitForSelector('.timeline-chart');
  for (const locale of ['en', 'zh']) {
    if (locale === 'zh') {
      await page.click('.lang-switch');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    }
    assert.deepEqual(await axeViolations(page), [], locale);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the timeline survives export and import: JSON from the history page, CSV from the timeline', async () => {
  const timeline = {
    interventions: [{ id: 't1', name: '利鲁唑 Riluzole', category: 'medicine', dose: '50 mg', frequency: 'twice a day', start: '2023-02-01', stop: '2023-09-01', notes: 'a, "quoted" note', modified: 500 }],
    measurements: [{ id: 'm1', date: '2023-03-01', kind: 'weight', value: 68.5, unit: 'kg', notes: '', modified: 501 }],
    milestones: [{ id: 's1', date: '2023-01-15', kind: 'niv_start', notes: '', modified: 502 }],
  };
  const env = { ...JSON.parse(envelope(monthly(3))), schema: 3, timeline };
  const { page, context } = await openApp(app, '#/assess/history', { locale: 'en-US', initScript: seed(KEY, JSON.stringify(env)) });
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('text=Export JSON')]);
  const jsonText = readFileSync(await json.path(), 'utf8');
  await page.evaluate(() => { location.hash = '#/timeline'; });
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('text=Download the timeline (CSV)')]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  const before = (await stored(page)).timeline;
  await context.close();
  for (const [name, text] of [['backup.json', jsonText], ['timeline.csv', csvText]]) {
    const fresh = await openApp(app, '#/assess/history', { locale: 'en-US' });
    await fresh.page.setInputFiles('#import-file', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await fresh.page.waitForSelector('#import-result');
    await fresh.page.getByRole('button', { name: 'Import', exact: true }).click();
    await fresh.page.waitForSelector('#import-result.status');
    const after = (await stored(fresh.page)).timeline;
    const strip = (list) => list.map(({ modified, ...r }) => r);
    for (const k of ['interventions', 'measurements', 'milestones']) {
      assert.deepEqual(strip(after[k]), strip(before[k]), `${name} ${k}`);
    }
    await fresh.context.close();
  }
});

test('in Chinese the timeline offers the approved medicines first, by their Chinese names', async () => {
  const { page, context } = await openApp(app, '#/timeline', { locale: 'zh-CN' });
  await page.waitForFunction(() => document.querySelectorAll('#tl-catalogue option').length > 1, null, { timeout: 60000 });
  const first = await page.$eval('#tl-catalogue optgroup', (g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)]);
  assert.equal(first[0], '已获批准的药物');
  assert.deepEqual(first[1], ['利鲁唑', '依达拉奉', '托夫生（tofersen，Qalsody）', '大剂量甲钴胺']);
  await context.close();
});
