// The ALSFRS-R form as people use it: keyboard alone, one switch, a reload in the
// middle, delete with undo, and two tabs open at once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, startApp, waitForMount } from './support/app.mjs';
import { ACCESS_KEY, KEY, envelope, record, seed, stored } from './support/assess.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const EN = { locale: 'en-US' };

async function tabTo(page, text, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (now.startsWith(text)) return;
  }
  throw new Error(`no focusable element "${text}" within ${limit} tabs`);
}

test('the form is filled with the keyboard alone, reviewed, saved and survives a reload', async () => {
  const { page, log, context } = await openApp(app, '#/assess', EN);
  assert.equal(await page.textContent('#step-heading'), 'About this assessment');
  assert.match(await page.textContent('.translation-note'), /project's own translation/);
  // Who fills it: arrows move within the group; gastrostomy: Space picks the first.
  await page.focus('input[name=filled-by]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.ok(await page.isChecked('input[name=filled-by][value=Caregiver]'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  assert.match(await page.textContent('#step-heading'), /1\. Speech/);
  // Twelve questions: a digit answers, Enter goes on. Question 5 is 5a (no gastrostomy).
  const answers = [4, 3, 4, 3, 2, 4, 3, 3, 2, 4, 4, 3];
  for (const [i, score] of answers.entries()) {
    if (i === 4) assert.match(await page.textContent('#step-heading'), /5a\./);
    await page.keyboard.press(String(score));
    assert.ok(await page.isChecked(`input[name=answer][value="${score}"]`), `question ${i + 1}`);
    await page.keyboard.press('Enter');
    // The next step is on screen before the next key.
    await page.waitForFunction((n) => {
      const text = document.querySelector('.step-progress')?.textContent ?? '';
      return text.includes(`${n} of 12 answered`) && (n === 12 ? text.includes('Review') : text.includes(`Question ${n + 1} of 12`));
    }, i + 1);
  }
  assert.equal(await page.textContent('#step-heading'), 'Review and save');
  assert.equal(await page.locator('table.review tr').count(), 12);
  await tabTo(page, 'Save this assessment');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/assess/results/'));
  const total = answers.reduce((a, b) => a + b, 0);
  assert.match(await page.textContent('[data-figure=total]'), new RegExp(`${total} / 48`));
  assert.match(await page.textContent('[data-figure=delta_fs]'), /No date of first symptoms/);
  assert.match(await page.textContent('[data-figure=kings]'), /Cedarbaum|Balendra/);

  await page.reload();
  await waitForMount(page);
  assert.match(await page.textContent('[data-figure=total]'), new RegExp(`${total} / 48`));
  const saved = await stored(page);
  assert.equal(saved.assessments.length, 1);
  assert.equal(saved.assessments[0].filled_by, 'caregiver');
  assert.equal(saved.assessments[0].items['5a'], 2);
  assert.equal(await page.evaluate(() => localStorage.getItem('als-explorer.alsfrs-r.draft')), null, 'draft cleared');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a draft is kept through a reload, and saving early names what is missing', async () => {
  const { page, context } = await openApp(app, '#/assess', EN);
  await page.check('input[name=filled-by][value=Self_]');
  await page.check('input[name=gastrostomy][value=true]');
  await page.click('text=Next');
  await page.keyboard.press('4');
  await page.reload();
  await waitForMount(page);
  assert.match(await page.textContent('#step-heading'), /1\. Speech/);
  assert.ok(await page.isChecked('input[name=answer][value="4"]'), 'answer kept');
  // Jump to question 5 and see 5b (with a gastrostomy).
  for (let i = 0; i < 4; i += 1) await page.click('text=Next');
  assert.match(await page.textContent('#step-heading'), /5b\./);
  for (let i = 0; i < 8; i += 1) await page.click('text=Next');
  await page.click('text=Save this assessment');
  await page.waitForSelector('#form-problems');
  // Focus moves to the summary in the frame after it is drawn.
  await page.waitForFunction(() => document.activeElement?.id === 'form-problems', null, { timeout: 5000 });
  const problems = await page.locator('#form-problems li').allTextContents();
  assert.equal(problems.length, 11);
  assert.equal(problems[0], 'question 2');
  await page.click('#form-problems li >> nth=0 >> button');
  assert.match(await page.textContent('#step-heading'), /2\. Salivation/);
  assert.equal(await stored(page), null, 'nothing saved');
  await context.close();
});

test('one switch: the highlight steps through the choices and Space picks one', async () => {
  const fast = seed(ACCESS_KEY, JSON.stringify({ scanning: true, scan_ms: 750, dwell: false, dwell_ms: 1200 }));
  const { page, log, context } = await openApp(app, '#/assess', { ...EN, initScript: fast });
  const press = async (selector) => {
    await page.waitForFunction((s) => {
      const el = document.querySelector('.scan-current');
      return el && el.matches(s);
    }, selector, { timeout: 30000 });
    await page.keyboard.press('Space');
  };
  assert.ok(await page.locator('details.access-controls[open]').count(), 'controls open while scanning');
  await press('input[name=filled-by][value=Self_]');
  await press('input[name=gastrostomy][value=false]');
  await page.waitForFunction(() => document.querySelector('#step-heading')?.textContent.includes('Speech'));
  for (let n = 1; n <= 12; n += 1) {
    // The first choice of each question is 4; picking it moves on by itself.
    await press('input[name=answer][value="4"]');
    await page.waitForFunction((k) => document.querySelector('.step-progress')?.textContent.includes(`${k} of 12`), n);
  }
  assert.equal(await page.textContent('#step-heading'), 'Review and save');
  await press('button.primary');
  await page.waitForFunction(() => location.hash.startsWith('#/assess/results/'));
  assert.match(await page.textContent('[data-figure=total]'), /48 \/ 48/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('dwell: resting the pointer on a choice picks it', async () => {
  const dwell = seed(ACCESS_KEY, JSON.stringify({ scanning: false, scan_ms: 1500, dwell: true, dwell_ms: 600 }));
  const { page, context } = await openApp(app, '#/assess', { ...EN, initScript: dwell });
  await page.hover('label:has(input[name=filled-by][value=Clinician])');
  await page.waitForFunction(() => document.querySelector('input[value=Clinician]').checked);
  // Passing over a choice does not pick it.
  await page.hover('label:has(input[name=gastrostomy][value=true])');
  await page.mouse.move(0, 0);
  await page.waitForTimeout(900);
  assert.equal(await page.isChecked('input[name=gastrostomy][value=true]'), false);
  await context.close();
});

test('delete with undo, and two tabs keep each other\'s assessments', async () => {
  const history = envelope([record('keep', '2025-01-10', 4), record('gone', '2025-03-10', 3)]);
  const { page, context } = await openApp(app, '#/assess/history', { ...EN, initScript: seed(KEY, history) });
  assert.equal(await page.locator('.history-table tbody tr').count(), 2);
  await page.click('button:has-text("Delete 2025-03-10")');
  await page.waitForSelector('#undo-status');
  assert.equal(await page.locator('.history-table tbody tr').count(), 1);
  assert.deepEqual((await stored(page)).tombstones.map((t) => t.id), ['gone']);
  await page.click('#undo-status button');
  assert.equal(await page.locator('.history-table tbody tr').count(), 2);
  assert.deepEqual((await stored(page)).assessments.map((a) => a.id).sort(), ['gone', 'keep']);

  // A second tab saves an assessment; the first edits another; both remain.
  const other = await context.newPage();
  await other.goto(`${app.url}#/assess/edit/keep`);
  await waitForMount(other);
  await page.goto(`${app.url}#/assess/edit/gone`);
  await waitForMount(page);
  await other.fill('#assess-notes', 'from tab two');
  await other.click('text=Save this assessment');
  await other.waitForFunction(() => location.hash.startsWith('#/assess/results/keep'));
  await page.fill('#assess-notes', 'from tab one');
  await page.click('text=Save this assessment');
  await page.waitForFunction(() => location.hash.startsWith('#/assess/results/gone'));
  const both = (await stored(page)).assessments;
  assert.equal(both.find((a) => a.id === 'keep').notes, 'from tab two');
  assert.equal(both.find((a) => a.id === 'gone').notes, 'from tab one');
  // The other tab learnt of the change without a reload (a hash navigation keeps state).
  await other.evaluate(() => { location.hash = '#/assess/history'; });
  await other.waitForSelector('.history-table');
  assert.match(await other.textContent('.history-table'), /from tab one/);
  await context.close();
});
