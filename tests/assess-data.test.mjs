// The self-assessment's data: export then import gives the same records, every malformed
// file is refused with a message and no change, the report prints on one A4 page,
// disabled storage keeps the form working, and axe finds nothing on filled-in views.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { axeViolations, openApp, startApp, waitForMount } from './support/app.mjs';
import { KEY, envelope, monthly, record, seed, stored } from './support/assess.mjs';

const BAD = fileURLToPath(new URL('../crates/scales/tests/fixtures/bad/', import.meta.url));
const GOOD = fileURLToPath(new URL('../crates/scales/tests/fixtures/good/', import.meta.url));

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function exportFile(page, label) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`text=${label}`)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function importText(page, name, text) {
  await page.setInputFiles('#import-file', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.waitForSelector('#import-result');
}

test('export as JSON and CSV, then import into an empty device: the same records', async () => {
  const history = envelope([
    record('a1', '2024-01-15', 4, { notes: 'line one\nline "two", with comma', modified: 7 }),
    record('a2', '2024-05-02', 3, { gastrostomy: true, items: { ...record('x', '2024-01-01', 3).items, '5a': undefined, '5b': 2 }, modified: 9 }),
  ], '2023-08-15');
  const cleaned = JSON.parse(history);
  delete cleaned.assessments[1].items['5a'];
  const { page, context, log } = await openApp(app, '#/assess/history', { locale: 'en-US', initScript: seed(KEY, JSON.stringify(cleaned)) });
  const json = await exportFile(page, 'Export JSON');
  assert.match(json.name, /^alsfrs-r-\d{4}-\d{2}-\d{2}\.json$/);
  const csv = await exportFile(page, 'Export CSV');
  assert.match(csv.name, /\.csv$/);
  const before = await stored(page);
  await context.close();

  for (const file of [json, csv]) {
    const fresh = await openApp(app, '#/assess/history', { locale: 'en-US' });
    await importText(fresh.page, file.name, file.text);
    assert.match(await fresh.page.textContent('.import-preview'), /2 new, 0 updated, 0 unchanged, 0 in conflict/);
    assert.equal(await stored(fresh.page), null, 'nothing stored before confirming');
    await fresh.page.getByRole('button', { name: 'Import', exact: true }).click();
    await fresh.page.waitForSelector('#import-result.status');
    const after = await stored(fresh.page);
    assert.deepEqual(after.assessments.map(({ modified, ...r }) => r), before.assessments.map(({ modified, ...r }) => r), file.name);
    assert.equal(after.person.onset, '2023-08-15');
    if (file === json) assert.deepEqual(after.assessments, before.assessments, 'JSON keeps the stamps too');
    // Importing the same file again changes nothing.
    await importText(fresh.page, file.name, file.text);
    assert.match(await fresh.page.textContent('.import-preview'), /0 new, 0 updated, 2 unchanged/);
    await fresh.context.close();
  }
  assert.deepEqual(log.errors, []);
});

test('every malformed file is refused with its row and problem, and nothing changes', async () => {
  const history = envelope([record('keep', '2024-02-01', 4)]);
  const { page, context, log } = await openApp(app, '#/assess/history', { locale: 'en-US', initScript: seed(KEY, history) });
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const files = readdirSync(BAD).filter((f) => /\.(csv|json)$/.test(f));
  assert.ok(files.length >= 30, `${files.length} fixtures`);
  for (const name of files) {
    await importText(page, name, readFileSync(`${BAD}${name}`, 'utf8'));
    const alert = page.locator('#import-result.error-summary');
    assert.equal(await alert.count(), 1, `${name} refused`);
    const text = await alert.textContent();
    assert.match(text, new RegExp(`“${name.replace('.', '\\.')}” was not imported`), name);
    assert.match(text, /(Row \d+|The file)[^:]*: \S/, `${name}: names where`);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), before, `${name}: storage unchanged`);
  }
  // In Chinese too, with the row and column.
  await page.click('.lang-switch');
  await importText(page, 'score.csv', readFileSync(`${BAD}score_too_high.csv`, 'utf8'));
  assert.match(await page.textContent('#import-result'), /第 2 行，“i2”列: 得分只能是 0、1、2、3 或 4。（值为“5”）/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a spreadsheet in Chinese imports, and a conflict keeps the device\'s record unless asked', async () => {
  const { page, context } = await openApp(app, '#/assess/history', { locale: 'en-US' });
  await importText(page, 'spreadsheet.csv', readFileSync(`${GOOD}spreadsheet.csv`, 'utf8'));
  assert.match(await page.textContent('.import-preview'), /new/);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForSelector('#import-result.status');
  const count = (await stored(page)).assessments.length;
  assert.ok(count >= 2);
  assert.equal(await page.locator('.history-table tbody tr').count(), count);

  // Export (JSON keeps the stamps), change one record here: the file's older copy is
  // then in conflict. (A CSV has no stamps: its rows count as new and show as updates.)
  const { text } = await exportFile(page, 'Export JSON');
  const target = (await stored(page)).assessments[0];
  await page.goto(`${app.url}#/assess/edit/${target.id}`);
  await waitForMount(page);
  await page.fill('#assess-notes', 'changed here');
  await page.click('text=Save this assessment');
  await page.waitForFunction(() => location.hash.startsWith('#/assess/results/'));
  await page.goto(`${app.url}#/assess/history`);
  await waitForMount(page);
  const notesOf = async () => (await stored(page)).assessments.find((a) => a.id === target.id).notes;
  await importText(page, 'backup.json', text);
  assert.match(await page.textContent('.import-preview'), /1 in conflict/);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  assert.equal(await notesOf(), 'changed here', 'kept by default');
  await importText(page, 'backup.json', text);
  await page.check('text=Use the one in the file');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForSelector('#import-result.status');
  assert.equal(await notesOf(), target.notes, 'the file\'s version on request');
  await context.close();
});

test('the clinic report prints on one A4 page with the figures, chart and table', async () => {
  const init = seed(KEY, envelope(monthly(24), '2022-06-01'));
  const { page, context } = await openApp(app, '#/assess/report', { locale: 'zh-CN', initScript: init });
  assert.match(await page.textContent('.report'), /ALSFRS-R 就诊报告/);
  assert.equal(await page.locator('.report svg[role=img]').count(), 1);
  assert.equal(await page.locator('.report .history-table tbody tr').count(), 12);
  assert.match(await page.textContent('.report'), /另有 12 次更早的评估/);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
  assert.equal(pages, 1, 'one A4 page');
  await context.close();
});

test('with storage disabled the form still works and says nothing is saved', async () => {
  const denied = () => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  };
  const { page, context, log } = await openApp(app, '#/assess', { locale: 'en-US', initScript: denied });
  assert.match(await page.textContent('.warning-status'), /lost when it closes/);
  await page.check('input[name=filled-by][value=Self_]');
  await page.check('input[name=gastrostomy][value=false]');
  for (let n = 0; n < 13; n += 1) {
    if (n > 0) await page.keyboard.press('2');
    await page.click('.step-nav .primary');
  }
  await page.click('text=Save this assessment');
  await page.waitForFunction(() => location.hash.startsWith('#/assess/results/'));
  assert.match(await page.textContent('[data-figure=total]'), /24 \/ 48/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('data saved by a newer version, or unreadable, is left untouched', async () => {
  for (const [raw, message] of [
    ['{"format":"als-explorer/alsfrs-r","schema":99,"assessments":[]}', /newer version/],
    ['{broken', /cannot be read/],
  ]) {
    const { page, context } = await openApp(app, '#/assess/history', { locale: 'en-US', initScript: seed(KEY, raw) });
    assert.match(await page.textContent('.warning-status'), message);
    await page.goto(`${app.url}#/assess`);
    await waitForMount(page);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), raw);
    await context.close();
  }
});

test('axe finds no violations on the filled-in views in both languages; language switch keeps the step', async () => {
  const init = seed(KEY, envelope(monthly(8), '2022-06-01'));
  for (const locale of ['zh-CN', 'en-US']) {
    for (const hash of ['#/assess', '#/assess/results', '#/assess/history', '#/assess/report']) {
      const { page, context } = await openApp(app, hash, { locale, initScript: init });
      if (hash === '#/assess') {
        await page.check('input[name=filled-by][value=Self_]');
        await page.check('input[name=gastrostomy][value=false]');
        await page.click('.step-nav .primary');
      }
      if (hash === '#/assess/history') await page.check('text=/Show the four parts|显示四个部分/');
      assert.deepEqual(await axeViolations(page), [], `${locale} ${hash}`);
      await context.close();
    }
  }
  const { page, context } = await openApp(app, '#/assess', { locale: 'zh-CN' });
  await page.check('input[name=filled-by][value=Self_]');
  await page.click('.step-nav .primary');
  assert.match(await page.textContent('#step-heading'), /言语/);
  await page.click('.lang-switch');
  await page.waitForFunction(() => document.querySelector('#step-heading')?.textContent.includes('Speech'));
  await context.close();
});
