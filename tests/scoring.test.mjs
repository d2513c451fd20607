// The browser computes the same default core events as the command line: wasm ranking of
// full.bin equals the list databuild stored in core.bin (native tests check that list
// against the command-line code).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, startApp } from './support/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('the default core set computed in wasm equals the one stored in core.bin', async () => {
  const { page, log, context } = await openApp(app, '#/');
  await page.waitForFunction(() => window.wasmBindings?.default_core_ids);
  const { computed, stored } = await page.evaluate(async () => {
    const bytes = async (f) => new Uint8Array(await (await fetch(f)).arrayBuffer());
    return {
      computed: window.wasmBindings.default_core_ids(await bytes('data/full.bin')),
      stored: window.wasmBindings.stored_core_ids(await bytes('data/core.bin')),
    };
  });
  const ids = computed.split('\n');
  assert.equal(ids.length, 700);
  assert.ok(ids.includes('ALSM:tdp43_proteinopathy'));
  assert.equal(computed, stored);
  assert.deepEqual(log.errors, []);
  await context.close();
});
