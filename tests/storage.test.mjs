// Settings storage that is disabled, full or corrupt: the page keeps working and says so.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, startApp, waitForMount } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const KEY = 'als-explorer.settings';

test('with storage disabled the settings still apply and the page says they are not saved', async () => {
  const denied = () => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  };
  const { page, log, context } = await openApp(app, '#/settings', { locale: 'en-US', initScript: denied });
  assert.match(await page.textContent('.status'), /does not let the page save data/);
  await page.check('input[name=text-size] >> nth=2');
  assert.equal(await page.getAttribute('html', 'data-text-size'), '150');
  await page.click('.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  assert.match(await page.textContent('.status'), /不允许网页保存数据/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('when storage is full the change applies and the page says it was not saved', async () => {
  const full = () => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  };
  const { page, log, context } = await openApp(app, '#/settings', { locale: 'en-US', initScript: full });
  assert.equal(await page.textContent('.status'), '');
  await page.check('text=High contrast');
  assert.equal(await page.getAttribute('html', 'data-contrast'), 'high');
  assert.match(await page.textContent('.status'), /not saved/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('corrupt or newer stored settings start from defaults and are kept until the user changes something', async () => {
  for (const raw of ['{not json', '{"version":99,"settings":{"text_size":"200"}}']) {
    const seed = `localStorage.getItem(${JSON.stringify(KEY)}) === null && localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(raw)});`;
    const { page, log, context } = await openApp(app, '#/', { initScript: seed });
    assert.equal(await page.getAttribute('html', 'data-text-size'), '100');
    assert.deepEqual(log.errors, []);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), raw, 'left alone');
    await page.evaluate(() => { location.hash = '#/settings'; });
    await page.check('input[name=text-size] >> nth=1');
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
    assert.equal(stored.version, 1);
    assert.equal(stored.settings.text_size, '125');
    await page.reload();
    await waitForMount(page);
    assert.equal(await page.getAttribute('html', 'data-text-size'), '125');
    await context.close();
  }
});
