// Shared set-up for the browser tests: serve the release build (dist/) on 127.0.0.1,
// start Debian's Chromium, open pages while recording console errors, failed responses
// and every request, and run axe-core in the page.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist`;
const axePath = `${root}node_modules/axe-core/axe.min.js`;
const axeSource = readFileSync(axePath, 'utf8');

export const VIEWS = ['#/', '#/story', '#/story/3', '#/explore?q=oxidative', '#/event/ALSM:oxidative_stress', '#/core', '#/path?from=GENE%3AC9orf72&to=ALSM%3Amotor_neuron_degeneration', '#/graph', '#/graph?of=chapter&id=3', '#/assess', '#/assess/history', '#/assess/results', '#/assess/report', '#/timeline', '#/treatments', '#/biomarkers', '#/standards', '#/about', '#/settings', '#/no-such-page'];

export async function startApp() {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('dist/ is missing: build first (trunk build --release --offline, or scripts/test.sh)');
  }
  const { server, url } = await serve(dist, 0);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  return {
    url,
    origin: new URL(url).origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * Opens the app at `hash` in a fresh browser context (empty storage) unless `context`
 * is given. Resolves once the app has mounted (and a view of texts has its texts).
 */
export async function openApp(app, hash = '#/', options = {}) {
  const {
    locale = 'zh-CN',
    viewport = { width: 1024, height: 800 },
    query = '',
    context: given,
    initScript,
  } = options;
  const context = given ?? (await app.browser.newContext({ locale, viewport }));
  const page = await context.newPage();
  const log = { errors: [], requests: [], failures: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) log.failures.push(`${r.status()} ${r.url()}`);
  });
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${app.url}${query}${hash}`);
  await waitForMount(page);
  return { context, page, log };
}

/**
 * Opens `hash` (`#/story/3`, `#/assess`) afresh in `page`, as following an old link does:
 * a reading view ends at its own page, a tool in the root document.
 */
export async function visit(app, page, hash, query = '') {
  await page.goto('about:blank');
  await page.goto(`${app.url}${query}${hash}`);
  await waitForMount(page);
}

/** The address from the site's root (`en/story/3/`, `#/assess`): where a view ended up. */
export function where(app, page) {
  return page.url().slice(app.url.length);
}

export async function waitForMount(page) {
  // A reading page is there before the app: wait until the app has taken it over (or,
  // on the root document holding a tool, mounted in place of the home text).
  await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'), null, { timeout: 60000 });
  await page.waitForSelector('header.site-header');
  await page.waitForSelector('#page-heading');
  // The story, treatments and reading pages show their texts once core.bin is here.
  await page.waitForFunction(() => !document.querySelector('.content-wait'));
}

export async function axeViolations(page) {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy allows no
  // inline script but its own loader, so a <script> tag would be refused.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return result;
}

/**
 * Visible text nodes that are not in the page's language: Chinese characters on an
 * English page, or English words on a Chinese page (names and codes excepted). Text
 * inside an element with its own `lang` (the language switch, original titles) and
 * inside <code> is exempt.
 */
export async function textInWrongLanguage(page) {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
    const neutral = new Set(['ALS', 'ALSFRS-R', 'NfL', 'PMID', 'PubMed', 'Tofersen', 'Icebreaker', 'Monarch', 'Initiative', 'dismech', 'MIT', 'Apache-2.0', 'Explorer']);
    const bad = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('code, noscript, script, style')) continue;
      // Screen-reader-only text counts too: it is read aloud.
      if (!el.closest('.visually-hidden') && !el.checkVisibility()) continue;
      const ownLang = el.closest('[lang]')?.getAttribute('lang');
      if (ownLang !== pageLang) continue;
      if (pageLang === 'en' && cjk.test(text)) bad.push(text);
      if (pageLang === 'zh-Hans' && !cjk.test(text)) {
        const words = text.match(/[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
        if (words.some((w) => !neutral.has(w) && !/^[A-Z0-9-]+$/.test(w))) bad.push(text);
      }
    }
    return bad;
  });
}

/** Requests to anything but the app's own origin (data: and blob: URLs are local). */
export function foreignRequests(app, requests) {
  return requests.filter((u) => !u.startsWith(app.origin + '/') && !/^(data|blob):/.test(u));
}
