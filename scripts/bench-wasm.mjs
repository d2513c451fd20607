// Times the graph code compiled to wasm, in headless Chromium, on the release build:
// decoding full.bin, personalized PageRank, a whole re-score, a re-rank and a path query;
// then the explorer's search per keystroke and the core-event panel's scoring and re-rank.
// Usage: node scripts/bench-wasm.mjs [runs=7] [--cpu=1]
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.mjs';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 7);
const cpu = Number((args.find((a) => a.startsWith('--cpu=')) ?? '--cpu=1').slice(6));
const { server, url } = await serve('dist', 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
await page.goto(url + '#/about');
await page.waitForFunction(() => window.wasmBindings?.bench_rescore);
const result = await page.evaluate(async (n) => {
  const bytes = new Uint8Array(await (await fetch('data/full.bin')).arrayBuffer());
  return JSON.parse(window.wasmBindings.bench_rescore(bytes, n));
}, runs);
console.log(`wasm in Chromium (CPU x${cpu}, medians of ${runs}):`, JSON.stringify(result));
// The explorer: search as one types, and the core-event panel's first scoring and re-rank.
const explorer = await page.evaluate(async (n) => {
  const bytes = new Uint8Array(await (await fetch('data/full.bin')).arrayBuffer());
  const text = new Uint8Array(await (await fetch('data/text.bin')).arrayBuffer());
  return {
    search: JSON.parse(window.wasmBindings.bench_search(bytes, new Uint8Array())),
    searchWithTexts: JSON.parse(window.wasmBindings.bench_search(bytes, text)),
    panel: JSON.parse(window.wasmBindings.bench_panel(bytes, n)),
  };
}, runs);
console.log(`explorer in wasm (CPU x${cpu}):`, JSON.stringify(explorer));
await browser.close();
server.close();
