// Privacy and security: the Content-Security-Policy of the served page and of the single
// file, no policy violation on any view, and a corpus of HTML and script payloads in
// notes, names, imported files and the search box that must render as inert text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VIEWS, openApp, startApp, visit } from './support/app.mjs';
import { KEY, envelope, record, seed } from './support/assess.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const policyOf = (html) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
const directive = (policy, name) => policy.split('; ').find((d) => d.startsWith(`${name} `))?.slice(name.length + 1).split(' ');

test('the served page and the single file carry a strict Content-Security-Policy', () => {
  const served = policyOf(readFileSync(`${dist}index.html`, 'utf8'));
  assert.ok(served, 'index.html has a policy');
  assert.deepEqual(directive(served, 'default-src'), ["'none'"]);
  const scripts = directive(served, 'script-src');
  assert.deepEqual(scripts.slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  assert.equal(scripts.filter((s) => s.startsWith("'sha256-")).length, 3, 'only the loader, the boot script (display settings before the first paint) and the one that shows a tool\'s first screen run inline');
  assert.ok(!served.includes('unsafe-inline') && !served.includes("'unsafe-eval'"));
  assert.deepEqual(directive(served, 'connect-src'), ["'self'"]);
  const single = policyOf(readFileSync(`${dist}als-explorer.html`, 'utf8'));
  assert.deepEqual(directive(single, 'connect-src'), ["'none'"], 'the single file fetches nothing');
  assert.ok(!single.includes("'self'") && !single.includes('unsafe-inline'));
});

test('no view breaks the policy', async () => {
  const watch = "window.__violations = []; addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));";
  const { page, log, context } = await openApp(app, '#/', { locale: 'en-US', initScript: watch });
  const violations = [];
  for (const hash of VIEWS) {
    await visit(app, page, hash);
    await page.waitForTimeout(150);
    violations.push(...(await page.evaluate(() => window.__violations)).map((v) => `${hash}: ${v}`));
  }
  assert.deepEqual(violations, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src="x" onerror="window.__xss = 2">',
  '"><svg onload="window.__xss = 3"></svg>',
  "javascript:window.__xss = 4",
  '</title><script>window.__xss = 5</script>',
  "{{constructor.constructor('window.__xss = 6')()}}",
  '<a href="javascript:window.__xss=7">click</a>',
];

async function inert(page, where) {
  assert.equal(await page.evaluate(() => window.__xss), undefined, `${where}: nothing ran`);
  assert.equal(await page.locator('main img[src="x"], main svg[onload], main a[href^="javascript:"]').count(), 0, `${where}: no element was made`);
}

test('payloads in notes, timeline names, imported files and the search box stay text', async () => {
  const assessments = PAYLOADS.map((p, i) => record(`p${i}`, `2024-0${(i % 9) + 1}-10`, 3, { notes: p, modified: 10 + i }));
  const timeline = {
    interventions: PAYLOADS.map((p, i) => ({ id: `t${i}`, name: p, category: 'other', dose: p.slice(0, 40), frequency: '', start: '2024-01-01', stop: null, notes: p, modified: 100 + i })),
    measurements: [],
    milestones: [{ id: 's1', date: '2024-02-01', kind: 'diagnosis', notes: PAYLOADS[1], modified: 200 }],
  };
  const env = { ...JSON.parse(envelope(assessments)), schema: 3, timeline };
  const { page, log, context } = await openApp(app, '#/assess/history', { locale: 'en-US', initScript: seed(KEY, JSON.stringify(env)) });
  await page.waitForSelector('table');
  assert.ok((await page.textContent('main')).includes(PAYLOADS[0]), 'the note is shown as written');
  await inert(page, 'history');
  for (const hash of ['#/assess/report', '#/timeline', '#/assess/results']) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForSelector('#page-heading');
    await page.waitForTimeout(200);
    await inert(page, hash);
    if (hash === '#/timeline') assert.ok((await page.textContent('.timeline-table')).includes(PAYLOADS[1]), 'names shown as written');
  }
  // An imported spreadsheet with the payloads in its notes: previewed and imported as text.
  await page.evaluate(() => { location.hash = '#/assess/history'; });
  await page.waitForSelector('#import-file', { state: 'attached' });
  const csv = ['date,filled_by,i1,i2,i3,i4,i5a,i6,i7,i8,i9,i10,i11,i12,notes',
    ...PAYLOADS.map((p, i) => `2023-0${i + 1}-02,self,4,4,4,4,4,4,4,4,4,4,4,4,"${p.replaceAll('"', '""')}"`)].join('\n');
  await page.setInputFiles('#import-file', { name: 'payloads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForSelector('#import-result');
  await inert(page, 'import preview');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForSelector('#import-result.status');
  await inert(page, 'after import');
  // The search box.
  await page.evaluate(() => { location.hash = '#/explore'; });
  for (const p of PAYLOADS) {
    await page.fill('#search-input', p);
    await page.waitForTimeout(50);
  }
  await inert(page, 'search');
  assert.deepEqual(log.errors, []);
  await context.close();
});
