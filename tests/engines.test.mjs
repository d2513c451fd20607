// The smoke set in three engines: Chromium, Firefox ESR and WebKitGTK (Safari's engine).
// In each: every view renders with no console error, the wasm is downloaded once on a
// first visit (service worker included), a self-assessment answer survives a reload, the
// graph draws, and the single file opens from file://. The other test files run in
// Chromium only; this one is what tells us an iPhone or a Firefox user gets through.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../scripts/serve.mjs';
import { VIEWS } from './support/app.mjs';
import { ENGINES, ERROR_HOOK, waitFor } from './support/engines.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** The view has mounted: heading drawn, texts of core.bin arrived. */
const mounted = () => {
  const h = document.querySelector('#page-heading');
  return Boolean(document.querySelector('header.site-header') && h && h.textContent.trim() && !document.querySelector('.content-wait'));
};

for (const engine of ENGINES) {
  describe(`smoke set in ${engine.name}`, () => {
    let site;
    before(async () => {
      if (!existsSync(`${dist}/index.html`)) throw new Error('dist/ is missing: build first');
      site = await serve(dist, 0, '/', { testHook: engine.needsHook ? ERROR_HOOK : null });
    });
    after(() => new Promise((ok) => site.server.close(ok)));

    const withBrowser = async (body) => {
      const browser = await engine.launch();
      try {
        await body(browser.page);
      } finally {
        await browser.close();
      }
    };

    test('a first visit downloads each file once, and every view renders with no console error', () => withBrowser(async (page) => {
      site.served.length = 0;
      // A first visit: home, written at build time, which the app then takes over.
      await page.goto(`${site.url}#/`);
      await waitFor(page, () => document.documentElement.getAttribute('data-app') === 'live' && Boolean(document.querySelector('#page-heading')), null, 90000, 'the home page');
      // The service worker keeps the release; on a first visit it must not download again.
      await page.evaluate(() => (navigator.serviceWorker
        ? Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((ok) => setTimeout(() => ok(false), 20000))])
        : false));
      const downloads = (by) => site.served.filter((s) => s.status === 200 && (!by || s.by === by))
        .reduce((n, s) => ({ ...n, [s.path]: (n[s.path] ?? 0) + 1 }), {});
      const more = (counts) => Object.entries(counts).filter(([, n]) => n > 1);
      const wasm = Object.entries(downloads()).filter(([p]) => p.endsWith('.wasm'));
      const byWorker = Object.keys(downloads('worker'));
      console.log(`${engine.name}: wasm downloaded ${wasm.map(([, n]) => n)}×; the page downloaded ${Object.keys(downloads('page')).length} files, none twice: ${more(downloads('page')).length === 0}; the service worker's install downloaded ${byWorker.length} again (${site.served.filter((s) => s.status === 304).length} answered 304)`);
      assert.deepEqual(more(downloads('page')), [], 'the page downloads each file once');
      // WebKit's driver session keeps no disk cache, so its worker cannot reuse the page's
      // copies there; Chromium and Firefox must (docs/PERFORMANCE.md).
      if (engine.name !== 'webkit') {
        assert.deepEqual(more(downloads()), [], 'each file of the release is downloaded once, the worker included');
        assert.deepEqual(wasm.map(([, n]) => n), [1]);
      }

      // Then every view, each opened as a link would open it: a reading view at its page.
      const seen = [];
      for (const view of VIEWS) {
        const reading = /^#\/(story(?:\/\d+)?|treatments|biomarkers|standards|about)?$/.exec(view);
        await page.goto('about:blank');
        await page.goto(`${site.url}${view}`);
        const want = reading ? (reading[1] ? `${reading[1]}/` : '') : null;
        const heading = await waitFor(page, ([hash, path]) => {
          const h = document.querySelector('#page-heading');
          const here = path === null
            // (The app may write the query its own way: `GO%3A…` as `GO:…`.)
            ? decodeURIComponent(location.hash) === decodeURIComponent(hash)
            : document.querySelector('meta[name="als-page"]')?.content === path && document.documentElement.getAttribute('data-app') === 'live';
          return here && h && h.textContent.trim() && !document.querySelector('.content-wait') && !document.querySelector('#app[data-prerendered]') && h.textContent.trim();
        }, [view, want], 60000, `the view ${view}`);
        seen.push(heading);
        // Leaving a document while its files still download makes Firefox log that its
        // service worker's fetch was cut off: a page left while the full graph loads in
        // the background, and the root document an old link to a reading view opened,
        // which goes on to the view's page at once. Nobody sees it, and the offline tests
        // show the worker serving every file.
        const cutOff = (e) => /ServiceWorker intercepted the request and encountered an unexpected error/.test(e)
          && (/\/data\/\w+\.bin/.test(e) || (reading && /\/[\w-]+\.(css|js)’?/.test(e)));
        const errors = (await page.errors()).filter((e) => !cutOff(e));
        assert.deepEqual(errors, [], `console errors on ${view}`);
      }
      assert.equal(new Set(seen).size > VIEWS.length / 2, true, 'views show their own headings');
    }));

    test('a self-assessment answer survives a reload', () => withBrowser(async (page) => {
      await page.goto(`${site.url}#/assess`);
      // The form written at build time shows first; the answer is given once the app has it.
      await waitFor(page, () => Boolean(document.querySelector('input[name=filled-by]') && !document.querySelector('#app[data-prerendered]')), null, 90000, 'the form');
      await page.evaluate(() => {
        const choice = document.querySelector('input[name=filled-by][value=Caregiver]');
        choice.click();
        return choice.checked;
      });
      await waitFor(page, () => document.querySelector('input[name=filled-by][value=Caregiver]').checked, null, 5000, 'the choice');
      // The draft is written as the answer is given; give the write a moment on a slow engine.
      await new Promise((ok) => setTimeout(ok, 300));
      await page.reload();
      const kept = await waitFor(page, () => {
        const choice = !document.querySelector('#app[data-prerendered]') && document.querySelector('input[name=filled-by][value=Caregiver]');
        return choice && (choice.checked ? 'kept' : null);
      }, null, 60000, 'the answer after the reload');
      assert.equal(kept, 'kept');
      assert.deepEqual(await page.errors(), []);
    }));

    test('the graph draws', () => withBrowser(async (page) => {
      await page.goto(`${site.url}#/graph`);
      await waitFor(page, () => Boolean(document.querySelector('.graph-canvas[data-settled="true"]')), null, 120000, 'a settled graph');
      const inked = await page.evaluate(() => {
        const c = document.querySelector('.graph-canvas');
        const copy = document.createElement('canvas');
        copy.width = c.width;
        copy.height = c.height;
        const ctx = copy.getContext('2d');
        ctx.drawImage(c, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        let differ = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) differ += 1;
        return differ;
      });
      assert.ok(inked > 1000, `the canvas has ${inked} drawn pixels`);
      assert.deepEqual(await page.errors(), []);
    }));

    test('the single file opens from file:// with no network', () => withBrowser(async (page) => {
      site.served.length = 0;
      await page.goto(`${pathToFileURL(`${dist}/als-explorer.html`).href}#/story/3`);
      const heading = await waitFor(page, () => {
        const h = document.querySelector('#page-heading');
        return Boolean(h && !document.querySelector('.content-wait') && document.querySelector('main')) && h.textContent.trim();
      }, null, 120000, 'chapter 3 from the single file');
      assert.ok(heading.length > 0);
      assert.equal(site.served.length, 0, 'nothing was asked of the site');
    }));
  });
}
