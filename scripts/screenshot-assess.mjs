// Screenshots of the self-assessment on a 390 × 844 phone at 100 % and 200 % text, in
// Chinese and English (issue #18): a question, the result after saving, the history.
// Needs a built dist/ and a CJK font. Usage: node scripts/screenshot-assess.mjs
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.mjs';
import { KEY, envelope, record } from '../tests/support/assess.mjs';

const { server, url } = await serve('dist', 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const history = envelope([
  record('s1', '2026-09-05', 4, { modified: 10 }),
  record('s2', '2026-10-06', 4, { modified: 11, notes: '' }),
]);
const shots = [];
for (const lang of ['zh', 'en']) {
  for (const size of ['100', '200']) {
    const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.addInitScript(([k, v, s]) => {
      if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); }
      document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute('data-text-size', s));
    }, [KEY, history, size]);
    await page.goto(`${url}#/assess`);
    await page.waitForSelector('#page-heading');
    const setSize = () => page.evaluate((s) => document.documentElement.setAttribute('data-text-size', s), size);
    await setSize();
    await page.check('input[name=filled-by][value=Self_]');
    await page.check('input[name=gastrostomy][value=false]');
    await page.locator('.step-nav button.primary').click();
    await page.waitForSelector('input[name=answer]');
    await page.evaluate(() => document.getElementById('step-heading').scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.waitForTimeout(300);
    if (size === '200') {
      const name = `docs/screenshot-assess-question-${lang}-${size}.png`;
      await page.screenshot({ path: name });
      shots.push(name);
    }
    const answers = [4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 4];
    for (const [i, score] of answers.entries()) {
      await page.waitForFunction((n) => document.querySelector('.step-progress')?.textContent.match(/(\d+)\D+12/)?.[1] === String(n), i + 1);
      await page.keyboard.press(String(score));
      await page.keyboard.press('Enter');
    }
    await page.click('.save-first button');
    await page.waitForSelector('#assess-result');
    await page.waitForFunction(() => Math.abs(document.getElementById('assess-result').getBoundingClientRect().top) < 2);
    await page.waitForTimeout(300);
    const result = `docs/screenshot-assess-result-${lang}-${size}.png`;
    await page.screenshot({ path: result });
    shots.push(result);
    if (size === '200') {
      await page.evaluate(() => { location.hash = '#/assess/history'; });
      await page.waitForSelector('.history-table');
      await page.evaluate(() => document.querySelector('.history-table').scrollIntoView({ block: 'start', behavior: 'instant' }));
      await page.waitForTimeout(300);
      const h = `docs/screenshot-assess-history-${lang}-${size}.png`;
      await page.screenshot({ path: h });
      shots.push(h);
    }
    await context.close();
  }
}
console.log(shots.join('\n'));
await browser.close();
server.close();
