// Causal paths: chosen with two small searches, ranked by a rule stated on the page,
// listed with each hop's relation and sources, linked by address; the same list as the
// command line's `path`; when there is none, the reason and nearby events that connect.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { axeViolations, openApp, startApp } from './support/app.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const MND = 'ALSM:motor_neuron_degeneration';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** The command line's list (the newest `mechgraph` built by cargo) on the served graph. */
function cliPaths(from, to) {
  const bins = ['target/release/mechgraph', 'target/debug/mechgraph']
    .map((b) => `${root}${b}`)
    .filter(existsSync)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  assert.ok(bins.length, 'build the command line first: cargo build -p mechgraph (cargo test does)');
  const out = execFileSync(bins[0], ['path', `${root}dist/data/full.bin`, from, to, '--json'], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** Each listed path as the ids it passes through (start, then every hop's link). */
async function pageRoutes(page) {
  return page.locator('.paths .path').evaluateAll((paths) => paths.map((p) => {
    const start = p.getAttribute('data-start');
    const hops = [...p.querySelectorAll('.hops > li > a')].map((a) => decodeURIComponent(a.getAttribute('href').replace('#/event/', '')));
    return [start, ...hops];
  }));
}

test('three or more paths from C9orf72 to motor neuron degeneration, ranked by the stated rule, as on the command line', async () => {
  const { page, log, context } = await openApp(app, '#/path', { locale: 'en-US', viewport: { width: 1440, height: 900 } });
  await page.fill('#path-from', 'C9orf72');
  await page.click('.pick-list button:has-text("C9orf72")');
  await page.fill('#path-to', 'motor neuron degeneration');
  await page.click('.pick-list button:has-text("otor neuron degeneration") >> nth=0');
  await page.waitForSelector('.paths .path');
  // The address keeps the ids readable (one codec for every query, src/route/query.rs).
  assert.match(new URL(page.url()).hash, /from=GENE:C9orf72&to=ALSM:motor_neuron_degeneration/);
  // The full graph's answer is the command line's (the core graph may answer first).
  await page.waitForFunction(() => /loaded|已载入/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });
  const cli = cliPaths('C9orf72', MND);
  const expected = cli.paths.map((p) => p.nodes);
  assert.ok(expected.length >= 3, `the command line finds ${expected.length} paths`);
  await page.waitForFunction((n) => document.querySelectorAll('.paths .path').length === n, expected.length);
  await page.waitForFunction((want) => {
    const got = [...document.querySelectorAll('.paths .path')].map((p) => [p.dataset.start, ...[...p.querySelectorAll('.hops > li > a')].map((a) => decodeURIComponent(a.getAttribute('href').replace('#/event/', '')))]);
    return JSON.stringify(got) === JSON.stringify(want);
  }, expected, { timeout: 20000 });
  const routes = await pageRoutes(page);
  assert.deepEqual(routes, expected, 'the page lists what `mechgraph path` lists, in its order');
  // The rule in short is in view; each step's cost on opening it.
  const rule = page.locator('.path-rule');
  assert.match(await rule.locator('summary').innerText(), /^Ranked by cost, lowest first .*; equal costs: fewer steps first, then by the events' ids\.$/);
  assert.ok(!(await rule.locator('p').first().isVisible()));
  await rule.locator('summary').click();
  assert.match(await rule.locator('p').first().innerText(), /How the paths are ranked: lowest cost first\. Each step adds 1 for a curated causal link; 1 from a process to the curated mechanism that is its failure/);
  // Each path ends at the chosen event and passes through an event of its own.
  const inner = routes.map((r) => r.slice(1, -1).join(' '));
  assert.equal(new Set(inner).size, inner.length);
  assert.ok(routes.every((r) => r[0] === 'GENE:C9orf72' && r.at(-1) === MND));
  // Costs never fall; the summary names steps and cost.
  const summaries = await page.locator('.paths .path > p:first-child strong').allTextContents();
  const costs = summaries.map((s) => Number(/cost (\d+)/.exec(s)[1]));
  assert.deepEqual(costs, cli.paths.map((p) => p.cost));
  assert.ok(costs.every((c, i) => i === 0 || costs[i - 1] <= c));
  assert.match(summaries[0], /^Path 1: \d+ steps, cost \d+$/);
  assert.match(await page.textContent('.path-results [role="status"]'), new RegExp(`${expected.length} paths found`));
  // A gene's part in a process leads on to the curated mechanism that is its failure.
  assert.ok(await page.locator('.hop-relation:has-text("Its failure is the curated mechanism")').count() > 0);
  assert.ok(await page.locator('.paths .path').first().locator('a[href*="pubmed"]').count() > 0, 'curated hops cite PMIDs');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('autophagy leads to motor neuron degeneration through the curated "impaired autophagy"', async () => {
  const { page, context } = await openApp(app, '#/path?from=GO%3A0006914&to=ALSM%3Amotor_neuron_degeneration', { locale: 'en-US' });
  await page.waitForSelector('.paths .path');
  const first = page.locator('.paths .path').first();
  await page.waitForFunction(() => document.querySelector('.paths .path .hops a[href="#/event/ALSM:impaired_autophagy"]'));
  assert.match(await first.locator('.hops li').first().textContent(), /Its failure is the curated mechanism/);
  await context.close();
});

// A query value as the app writes it (src/route/query.rs): ids stay readable (`GO:0070997`).
const enc = (value) => encodeURIComponent(value).replace(/%3A/g, ':');

test('when nothing connects: the reason, and a nearby event that does, which reruns the search', async () => {
  const cli = cliPaths('GO:0070997', MND);
  assert.equal(cli.paths.length, 0);
  const suggested = cli.no_path.instead_of_start[0];
  assert.ok(suggested, 'the command line offers an event in place of the start');
  for (const [locale, reason, offer] of [
    ['en-US', /No path: the start reaches \d+ other events, but none of them leads to the end\./, /Nearby events that do lead to the end/],
    ['zh-CN', /没有找到路径：从起点可以到达 \d+ 个其他事件，但其中没有一个通向终点。/, /附近这些事件可以通向终点/],
  ]) {
    const { page, log, context } = await openApp(app, '#/path?from=GO%3A0070997&to=ALSM%3Amotor_neuron_degeneration', { locale });
    await page.waitForFunction(() => document.querySelector('.no-path [role="status"]'));
    // The full graph's answer (the core graph may answer first).
    await page.waitForFunction((part) => document.querySelector(`.suggestions a[href*="${part}"]`), enc(suggested), { timeout: 20000 });
    assert.match(await page.textContent('.no-path [role="status"]'), reason);
    assert.match(await page.textContent('.no-path'), offer);
    const link = page.locator(`.suggestions a[href*="${enc(suggested)}"]`).first();
    assert.equal(await link.getAttribute('href'), `#/path?from=${enc(suggested)}&to=${enc(MND)}`);
    assert.deepEqual(await axeViolations(page), []);
    if (locale === 'en-US') {
      // Followed from the keyboard: the search reruns with it and finds a path.
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('.paths .path');
      assert.equal(new URL(page.url()).hash, `#/path?from=${enc(suggested)}&to=${enc(MND)}`);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'path-results');
      assert.deepEqual(await axeViolations(page), []);
    }
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('a linked path opens directly; swapping the ends says why there is none', async () => {
  const { page, context } = await openApp(app, '#/path?from=GENE%3AC9orf72&to=ALSM%3Amotor_neuron_degeneration', { locale: 'zh-CN' });
  await page.waitForSelector('.paths .path');
  assert.match(await page.textContent('.paths'), /路径 1：\d+ 步，代价 \d+/);
  assert.match(await page.locator('.path-rule summary').innerText(), /排序：按代价从低到高/);
  await page.click('text=交换起点和终点');
  await page.waitForSelector('.no-path');
  assert.match(await page.textContent('.no-path [role="status"]'), /没有一条路径可以沿着走的连接通向终点/);
  assert.match(new URL(page.url()).hash, /from=ALSM:motor_neuron_degeneration/);
  await context.close();
});

test('on a 390 px phone at 200 % text: no sideways scrolling, full-size targets, axe clean', async () => {
  for (const hash of ['#/path?from=GENE%3AC9orf72&to=ALSM%3Amotor_neuron_degeneration', '#/path?from=GO%3A0070997&to=ALSM%3Amotor_neuron_degeneration']) {
    for (const locale of ['zh-CN', 'en-US']) {
      const { page, log, context } = await openApp(app, hash, { locale, viewport: { width: 390, height: 844 } });
      await page.waitForFunction(() => /loaded|已载入/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 60000 });
      await page.waitForSelector('.paths .path, .no-path .suggestions a');
      await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '200'));
      const small = await page.evaluate(() => [...document.querySelectorAll('.path-results a[href], .path-form button')]
        .filter((el) => el.checkVisibility() && getComputedStyle(el).display !== 'inline')
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width < 44 || r.height < 44).length);
      assert.equal(small, 0, `${locale} ${hash}: targets under 44 px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${locale} ${hash} scrolls sideways by ${overflow}px`);
      assert.deepEqual(await axeViolations(page), [], `${locale} ${hash}`);
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  }
});
