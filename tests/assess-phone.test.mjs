// The self-assessment on a 390 × 844 phone as a person with weak hands uses it (#18):
// one switch from the first question to the result, the result in plain words first,
// item 5 across a new feeding tube, 200 % text, the history as cards, and records that
// last (persistent storage, the backup offer, restore, the note for iPhone Safari).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, openApp, startApp, waitForMount } from './support/app.mjs';
import { ACCESS_KEY, KEY, envelope, record, seed, stored } from './support/assess.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const PHONE = { width: 390, height: 844 };
const EN = { locale: 'en-US', viewport: PHONE };
const ZH = { locale: 'zh-CN', viewport: PHONE };

/** Fills the form with the keyboard: details, then a digit and Enter per question. */
async function fillByKeys(page, answers, { tube = false, who = 'Self_' } = {}) {
  await page.check(`input[name=filled-by][value=${who}]`);
  await page.check(`input[name=gastrostomy][value=${tube}]`);
  await page.locator('.step-nav button.primary').click();
  for (const [i, score] of answers.entries()) {
    await page.waitForFunction((n) => document.querySelector('.step-progress')?.textContent.match(/(\d+)\D+12/)?.[1] === String(n), i + 1);
    await page.keyboard.press(String(score));
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('.save-first button');
}

async function saveAndWait(page) {
  await page.click('.save-first button');
  await page.waitForFunction(() => location.hash.startsWith('#/assess/results/'));
  await page.waitForSelector('#assess-result');
}

/** Waits until smooth scrolling has stopped. */
async function settled(page) {
  await page.waitForFunction(() => new Promise((ok) => {
    const y = scrollY;
    setTimeout(() => ok(scrollY === y), 200);
  }));
}

/** Top and bottom of an element relative to the viewport. */
const box = (page, selector) => page.evaluate((s) => {
  const r = document.querySelector(s).getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width };
}, selector);

test('one key as the switch: a whole assessment filled and saved, ending on the result with scanning on', async () => {
  const pace = seed(ACCESS_KEY, JSON.stringify({ scanning: false, scan_ms: 750, dwell: false, dwell_ms: 1200 }));
  const { page, log, context } = await openApp(app, '#/assess?scan=1', { ...EN, initScript: pace });
  // Only what a switch can operate is scanned: not the date field; the date has buttons.
  const targets = await page.evaluate(() => [...document.querySelectorAll('#assess-form [data-scan]')].map((e) => `${e.outerHTML.slice(0, 40)} ${e.textContent}`));
  assert.ok(!targets.some((t) => t.includes('type="date"')), 'the date field is not scanned');
  assert.ok(targets.some((t) => t.includes('Day before')), 'the date has step buttons');
  const ticks = { n: 0 };
  await page.exposeFunction('tick', () => { ticks.n += 1; });
  await page.evaluate(() => new MutationObserver((list) => {
    if (list.some((m) => m.target.classList?.contains('scan-current'))) window.tick();
  }).observe(document.body, { subtree: true, attributeFilter: ['class'] }));
  const press = async (selector) => {
    await page.waitForFunction((s) => document.querySelector('.scan-current')?.matches(s), selector, { timeout: 30000 });
    await page.keyboard.press('Space');
  };
  await press('input[name=filled-by][value=Self_]');
  await press('input[name=gastrostomy][value=false]');
  await page.waitForFunction(() => document.querySelector('#step-heading')?.textContent.includes('Speech'));
  const start = Date.now();
  for (let n = 1; n <= 12; n += 1) {
    if (n === 1) {
      const q = await page.evaluate(() => [...document.querySelectorAll('#assess-form [data-scan]:not([disabled])')].filter((e) => e.offsetParent).length);
      console.log(`measured: question scan cycle ${q} targets`);
    }
    // "Next" is not scanned while the question is unanswered: one press cannot skip it.
    assert.equal(await page.locator('.step-nav button.primary[data-scan]').count(), 0, `Next not scanned on ${n}`);
    await press('input[name=answer][value="4"]');
    await page.waitForFunction((k) => document.querySelector('.step-progress')?.textContent.includes(`${k} of 12`), n);
  }
  assert.equal(await page.textContent('#step-heading'), 'Review and save');
  // Save is the first thing scanned on the review.
  const cycle = await page.evaluate(() => [...document.querySelectorAll('#assess-form [data-scan]:not([disabled])')].filter((e) => e.offsetParent).length);
  console.log(`measured: review scan cycle ${cycle} targets, Save first`);
  ticks.n = 0;
  const reviewAt = Date.now();
  await press('.save-first button');
  const toSave = { ticks: ticks.n, ms: Date.now() - reviewAt };
  await page.waitForFunction(() => location.hash.startsWith('#/assess/results/'));
  assert.match(await page.textContent('.saved-status'), /Saved/);
  assert.match(await page.textContent('.plain-total'), /48 out of 48/);
  // The result is in view, and the highlight goes on within it.
  // The view jumps to the result (no glide a scan step could cut short), its heading focused.
  await page.waitForFunction(() => {
    const r = document.getElementById('assess-result')?.getBoundingClientRect();
    return r && Math.abs(r.top) < 2;
  }, null, { timeout: 15000 }); // generous: a loaded machine draws the glide's frames late
  const result = await box(page, '#result-heading');
  assert.ok(result.top >= 0 && result.bottom <= PHONE.height, `result heading in view: ${JSON.stringify(result)}`);
  await page.waitForFunction(() => document.querySelector('#assess-result .scan-current'), null, { timeout: 5000 });
  const first = await box(page, '#assess-result .scan-current');
  assert.ok(first.bottom <= PHONE.height, 'the first scanned button is in view');
  assert.equal(await page.evaluate(() => document.activeElement.closest('#assess-result') !== null), true);
  assert.equal(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), ACCESS_KEY)).scanning, true, 'scanning still on');
  // The switch goes on from the result: Space presses the highlighted button.
  await page.waitForFunction(() => document.querySelector('#assess-result .scan-current')?.textContent.includes('History'), null, { timeout: 10000 });
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.hash === '#/assess/history');
  console.log(`measured: questions 1-12 by switch ${Date.now() - start} ms; review: ${toSave.ticks} highlight step(s), ${toSave.ms} ms to Save at 750 ms a step`);
  assert.ok(toSave.ticks <= 1, `Save reached in ${toSave.ticks} steps`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

const twoMonths = (extra = {}) => envelope([
  record('m1', '2026-01-10', 4, { modified: 10, ...extra }),
]);

test('after saving, the result in plain words is on the first screen, in both languages', async () => {
  for (const [options, words] of [
    [EN, { saved: /Saved/, change: /points lower than on 2026-01-10/, most: /changed most: Respiratory|changed most: .*-2/, breathing: /breathing part .* 2 points lower/ }],
    [ZH, { saved: /已保存/, change: /和 2026-01-10（\d+ 天前）相比低了 \d+ 分/, most: /变化最大的部分是/, breathing: /呼吸部分（第 10–12 题）比上次低了 2 分/ }],
  ]) {
    const { page, context, log } = await openApp(app, '#/assess', { ...options, initScript: seed(KEY, twoMonths()) });
    await fillByKeys(page, [4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 4]);
    await saveAndWait(page);
    await page.waitForFunction(() => document.activeElement?.id === 'result-heading');
    await settled(page);
    for (const [name, re] of Object.entries(words)) {
      const sel = { saved: '.saved-status', change: '.plain-change', most: '#assess-result', breathing: '.plain-breathing' }[name];
      assert.match(await page.textContent(sel), re, name);
    }
    for (const sel of ['.saved-status', '.plain-total', '.plain-change']) {
      const b = await box(page, sel);
      assert.ok(b.top >= -1 && b.bottom <= PHONE.height, `${sel} on the first screen (${options.locale}): ${JSON.stringify(b)}`);
    }
    // Worded with its sources, and no threshold the sources do not give.
    const doctor = await page.textContent('.plain-doctor');
    assert.match(doctor, /PMID 39019674/);
    assert.match(doctor, /PMID 23466470/);
    // The figures follow under "details".
    const details = await box(page, '#details-heading');
    assert.ok(details.top > (await box(page, '.plain-change')).bottom);
    assert.ok(await page.locator('.result-details [data-figure=delta_fs]').count());
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('item 5: a new feeding tube (5a 0 then 5b 4) is no rise, and changing the answer asks item 5 again', async () => {
  const before5 = record('m1', '2026-01-10', 3, { modified: 10 });
  before5.items['5a'] = 0;
  const { page, context } = await openApp(app, '#/assess', { ...EN, initScript: seed(KEY, envelope([before5])) });
  // Answer 5a = 2 first, then say there is a gastrostomy: question 5 is asked again.
  await fillByKeys(page, [3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3]);
  await page.click('.review button:has-text("Change 5")').catch(async () => {
    await page.locator('table.review tr').nth(4).locator('button').click();
  });
  await page.waitForFunction(() => document.querySelector('#step-heading')?.textContent.includes('5a.'));
  for (let i = 0; i < 5; i += 1) await page.click('text=Back');
  await page.check('input[name=gastrostomy][value=true]');
  await page.waitForFunction(() => document.querySelector('#step-heading')?.textContent);
  for (let i = 0; i < 6; i += 1) {
    if ((await page.textContent('#step-heading')).includes('5b.')) break;
    await page.locator('.step-nav button.primary').click();
  }
  assert.match(await page.textContent('#step-heading'), /5b\./);
  assert.equal(await page.locator('input[name=answer]:checked').count(), 0, 'no score carried from 5a to 5b');
  await page.keyboard.press('4');
  for (let i = 0; i < 8; i += 1) await page.locator('.step-nav button.primary').click();
  await page.waitForSelector('.save-first button');
  await saveAndWait(page);
  // Raw totals 33 → 37; with item 5 left out across the switch: no change.
  assert.match(await page.textContent('.plain-total'), /37 out of 48/);
  assert.match(await page.textContent('.plain-change'), /the same as on 2026-01-10/);
  assert.match(await page.textContent('.plain-item5'), /different version/);
  assert.match(await page.textContent('[data-figure=change]'), /leaves question 5 out/);
  const saved = await stored(page);
  assert.equal(saved.assessments.find((a) => a.id !== 'm1').items['5b'], 4);
  await context.close();
});

test('at 200 % text the answers keep long lines and "Next" is near; the history is cards with buttons in view', async () => {
  const history = envelope([record('h1', '2025-11-02', 4), record('h2', '2025-12-03', 3, { notes: '早上' }), record('h3', '2026-01-04', 3)]);
  for (const options of [ZH, EN]) {
    const { page, context } = await openApp(app, '#/assess', { ...options, initScript: seed(KEY, history) });
    await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '200'));
    await page.check('input[name=filled-by][value=Self_]');
    await page.check('input[name=gastrostomy][value=false]');
    await page.locator('.step-nav button.primary').click();
    await page.waitForFunction(() => document.querySelector('.step-progress')?.textContent.match(/1\D+12/));
    const m = await page.evaluate(() => {
      const anchors = [...document.querySelectorAll('.choice .anchor')];
      const em = parseFloat(getComputedStyle(anchors[0]).fontSize);
      const perLine = Math.min(...anchors.map((a) => a.getBoundingClientRect().width / em));
      const last = document.querySelector('.options .choice:last-child').getBoundingClientRect().bottom;
      const next = document.querySelector('.step-nav button.primary').getBoundingClientRect().top;
      const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      const item = document.querySelector('fieldset.item').getBoundingClientRect().height;
      return { perLine, gap: next - last, em, overflow, item };
    });
    console.log(`measured (${options.locale}, 200 %): answer line ${m.perLine.toFixed(1)} em (CJK characters), last answer to Next ${m.gap.toFixed(0)} px, question 1 ${m.item.toFixed(0)} px tall`);
    assert.ok(m.perLine >= 8, `answer lines hold ${m.perLine} characters`);
    assert.ok(m.gap <= PHONE.height, `Next is ${m.gap}px below the last answer`);
    assert.ok(m.overflow <= 0, 'nothing scrolls sideways');

    await page.evaluate(() => { location.hash = '#/assess/history'; });
    await page.waitForSelector('.history-table');
    const cards = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('.history-table tbody tr')];
      return rows.map((tr) => {
        const r = tr.getBoundingClientRect();
        const buttons = [...tr.querySelectorAll('.row-actions a, .row-actions button')].map((b) => b.getBoundingClientRect());
        return { display: getComputedStyle(tr).display, left: r.left, right: r.right, buttons: buttons.map((b) => [b.left, b.right]) };
      });
    });
    assert.equal(cards.length, 3);
    for (const c of cards) {
      assert.equal(c.display, 'block', 'a card, not a table row');
      assert.equal(c.buttons.length, 3);
      for (const [l, r] of c.buttons) assert.ok(l >= 0 && r <= PHONE.width, `button inside the screen: ${l}..${r}`);
    }
    const first = page.locator('.history-table tbody tr').first();
    assert.equal((await first.locator('.total-cell').textContent()).trim(), '36');
    assert.equal((await first.locator('.change-cell').textContent()).trim(), '+0');
    assert.equal(await first.locator('.total-cell').getAttribute('data-label'), options === ZH ? '总分' : 'Total');
    await context.close();
  }
});

test('the chart names the four parts at the ends of their lines', async () => {
  const history = envelope([record('c1', '2025-01-02', 4), record('c2', '2025-04-02', 3), record('c3', '2025-07-02', 2)]);
  const { page, context } = await openApp(app, '#/assess/history', { ...EN, initScript: seed(KEY, history) });
  await page.check('text=Show the four parts');
  const gaps = await page.evaluate(() => [...document.querySelectorAll('.chart polyline')].map((line, i) => {
    const pts = line.getAttribute('points').trim().split(' ').map((p) => p.split(',').map(Number));
    const [x, y] = pts[pts.length - 1];
    const label = document.querySelectorAll('.chart .end-label')[i];
    const lx = Number(label.getAttribute('x'));
    const ly = Number(label.getAttribute('y'));
    return { gap: Math.hypot(lx - x, ly - 8 - y), ly };
  }));
  const ys = gaps.map((g) => g.ly).sort((a, b) => a - b);
  for (let i = 1; i < ys.length; i += 1) assert.ok(ys[i] - ys[i - 1] >= 20, 'labels do not overlap');
  console.log(`measured: end label to line end ${gaps.map((g) => g.gap.toFixed(0)).join(', ')} (chart units; four lines ending at one point)`);
  assert.equal(gaps.length, 4);
  // Four lines ending at the same point: the labels stack beside it, each with a leader.
  for (const { gap } of gaps) assert.ok(gap <= 4 * 26, `label ${gap} from its line`);
  await context.close();
});

const persistStub = `
  window.__persist = [];
  const fake = { granted: false };
  Object.defineProperty(navigator, 'storage', { configurable: true, value: {
    persist: () => { window.__persist.push('persist'); fake.granted = true; return Promise.resolve(true); },
    persisted: () => Promise.resolve(fake.granted),
    estimate: () => Promise.resolve({ usage: 0, quota: 1e9 }),
  } });
`;

test('records that last: persist() on the first save, the backup offer until a backup, and restore from it', async () => {
  const { page, context, log } = await openApp(app, '#/assess', { ...EN, initScript: persistStub });
  await fillByKeys(page, [4, 4, 3, 4, 4, 4, 3, 3, 3, 4, 4, 4]);
  assert.deepEqual(await page.evaluate(() => window.__persist), [], 'not asked before saving');
  await saveAndWait(page);
  await page.waitForFunction(() => window.__persist.length === 1);
  await page.waitForSelector('.keep-lasting');
  assert.match(await page.textContent('.keep-lasting'), /agreed to keep/);
  assert.match(await page.textContent('.keep-last-backup'), /Last backup: none yet/);
  assert.ok(await page.locator('.backup-offer').isVisible(), 'backup offered after the save');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.backup-offer button')]);
  const file = { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  assert.match(file.name, /^alsfrs-r-\d{4}-\d{2}-\d{2}\.json$/);
  await page.waitForSelector('.backup-offer', { state: 'detached' });
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  assert.match(await page.textContent('.keep-last-backup'), new RegExp(`Last backup: ${today}`));
  // Asked once only: the browser said yes.
  await page.evaluate(() => { location.hash = '#/assess/history'; });
  await page.waitForSelector('.keep-last-backup');
  assert.match(await page.textContent('.keep-last-backup'), new RegExp(today));
  assert.equal(await page.locator('.backup-offer').count(), 0, 'no offer with a fresh backup');
  const before = await stored(page);
  await context.close();

  // A device without the records: one action restores them.
  const fresh = await openApp(app, '#/assess/history', EN);
  await fresh.page.setInputFiles('#restore-file', { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await fresh.page.waitForSelector('#import-result.status');
  assert.match(await fresh.page.textContent('#import-result'), /Restored from the backup: 1/);
  assert.deepEqual((await stored(fresh.page)).assessments, before.assessments);
  assert.equal(await fresh.page.locator('.history-table tbody tr').count(), 1);
  assert.deepEqual(log.errors, []);
  await fresh.context.close();
});

test('Safari on an iPhone, not from the home screen, explains once how to keep the records', async () => {
  const ua = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
  const context = await app.browser.newContext({ locale: 'zh-CN', viewport: PHONE, userAgent: ua, hasTouch: true, isMobile: true });
  const { page } = await openApp(app, '#/assess/history', { context });
  assert.match(await page.textContent('.ios-note'), /7 天没有访问/);
  assert.match(await page.textContent('.ios-note'), /添加到主屏幕/);
  await page.click('.ios-note button');
  await page.reload();
  await waitForMount(page);
  await page.waitForSelector('.keep');
  assert.equal(await page.locator('.ios-note').count(), 0, 'explained once');
  await context.close();
  // Opened from the home screen (navigator.standalone): no note. Elsewhere: none.
  const home = await app.browser.newContext({ locale: 'zh-CN', viewport: PHONE, userAgent: ua });
  const standalone = await openApp(app, '#/assess/history', { context: home, initScript: 'Object.defineProperty(navigator, "standalone", { value: true });' });
  await standalone.page.waitForSelector('.keep');
  assert.equal(await standalone.page.locator('.ios-note').count(), 0);
  await home.close();
  const { page: desktop, context: other } = await openApp(app, '#/assess/history', ZH);
  await desktop.waitForSelector('.keep');
  assert.equal(await desktop.locator('.ios-note').count(), 0);
  await other.close();
});

test('dwell goes on over the result too, and the result after saving passes axe with the iPhone note shown', async () => {
  const ua = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
  const context = await app.browser.newContext({ locale: 'zh-CN', viewport: PHONE, userAgent: ua });
  const dwell = seed(ACCESS_KEY, JSON.stringify({ scanning: false, scan_ms: 1500, dwell: true, dwell_ms: 600 }));
  const { page } = await openApp(app, '#/assess', { context, initScript: dwell });
  await page.hover('label:has(input[name=filled-by][value=Self_])');
  await page.waitForFunction(() => document.querySelector('input[value=Self_]').checked);
  await page.hover('label:has(input[name=gastrostomy][value=false])');
  await page.waitForFunction(() => document.querySelector('#step-heading')?.textContent.includes('1.'));
  for (let n = 1; n <= 12; n += 1) {
    await page.hover('label:has(input[name=answer][value="4"])');
    await page.waitForFunction((k) => document.querySelector('.step-progress')?.textContent.includes(`已回答 ${k}/12`), n);
    await page.mouse.move(0, 0);
  }
  await page.hover('.save-first button');
  await page.waitForSelector('#assess-result');
  assert.match(await page.textContent('.saved-status'), /已保存/);
  assert.ok(await page.locator('.ios-note').isVisible());
  assert.deepEqual(await axeViolations(page), []);
  await page.hover('#assess-result a[href="#/assess/history"]');
  await page.waitForFunction(() => location.hash === '#/assess/history');
  await context.close();
});
