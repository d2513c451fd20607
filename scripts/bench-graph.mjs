// The graph view against cytoscape.js, in the same headless Chromium and run: the 700
// default core events and their links (the app's own scene, exported by
// `wasmBindings.core_scene_json`), drawn by the app and by cytoscape.js 3 (cose layout,
// labels hidden below 10 px as its performance guide advises, nodes not draggable so a
// drag pans), in a canvas of the same size. Measures, median of N runs, alternating:
//   first frame   – from asking for the view to the first picture on screen
//   settled       – until the layout stops moving (cytoscape: layoutstop)
//   pan fps       – frames drawn per second while a drag moves the picture for 2 s, one
//                   move per animation frame sent inside the page (DrawFrame events of
//                   a Chrome DevTools Protocol trace)
//   pan main      – main-thread busy time per second of panning (CDP TaskDuration)
// The cytoscape page is written to a temporary folder and never shipped.
// Usage: node scripts/bench-graph.mjs [runs=5] [--cpu=1,4]
import { chromium } from 'playwright-core';
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.mjs';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const rates = (args.find((a) => a.startsWith('--cpu=')) ?? '--cpu=1,4').slice(6).split(',').map(Number);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const W = 768;
const H = 560;

const app = await serve('dist', 0);
const benchDir = await mkdtemp(join(tmpdir(), 'graph-bench-'));
await copyFile('node_modules/cytoscape/dist/cytoscape.min.js', join(benchDir, 'cytoscape.min.js'));
await writeFile(join(benchDir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>cytoscape bench</title>
<style>body{margin:0}#cy{width:${W}px;height:${H}px}</style><div id="cy"></div><script src="cytoscape.min.js"></script>`);
const other = await serve(benchDir, 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

// The scene, from the app's own build.
async function scene() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}#/`);
  await page.waitForFunction(() => window.wasmBindings?.core_scene_json);
  const json = await page.evaluate(async () => {
    const bytes = new Uint8Array(await (await fetch('data/core.bin')).arrayBuffer());
    return window.wasmBindings.core_scene_json(bytes);
  });
  await context.close();
  return JSON.parse(json);
}

// Drags the picture for two seconds from inside the page: one pointer and mouse move per
// animation frame (each library listens to one of the two), so the frame rate measures
// how fast each redraws, not how fast a test driver can send input.
async function drag(page, cdp, box) {
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame'];
  await browser.startTracing(page, { categories });
  const before = await cdp.send('Performance.getMetrics');
  const seconds = await page.evaluate(({ x, y }) => new Promise((done) => {
    const target = document.elementFromPoint(x, y);
    if (!target) throw new Error('nothing under the drag point');
    const send = (type, cx, cy) => {
      const init = { bubbles: true, cancelable: true, clientX: cx, clientY: cy, button: 0, buttons: type.endsWith('up') ? 0 : 1, pointerId: 1, pointerType: 'mouse', isPrimary: true };
      target.dispatchEvent(new PointerEvent(`pointer${type}`, init));
      target.dispatchEvent(new MouseEvent(`mouse${type}`, init));
    };
    send('down', x, y);
    const t0 = performance.now();
    let i = 0;
    const step = () => {
      const a = (i / 120) * Math.PI * 2;
      i += 1;
      const [cx, cy] = [x + 120 - Math.cos(a) * 120, y + 80 - Math.cos(a) * 80];
      send('move', cx, cy);
      if (performance.now() - t0 < 2000) {
        requestAnimationFrame(step);
      } else {
        send('up', cx, cy);
        done((performance.now() - t0) / 1000);
      }
    };
    requestAnimationFrame(step);
    // From near the top-left corner: inside cytoscape's fit padding, so the drag starts
    // on the background (pressing a node would not pan it) in both pictures.
  }), { x: box.x + 12, y: box.y + 12 });
  const after = await cdp.send('Performance.getMetrics');
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const frames = trace.traceEvents.filter((e) => e.name === 'DrawFrame').length;
  const metric = (m, name) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const busy = metric(after, 'TaskDuration') - metric(before, 'TaskDuration');
  return { fps: frames / seconds, main: (busy / seconds) * 1000 };
}

async function runApp(rate) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${app.url}#/`);
  await page.waitForFunction(() => /loaded|已载入/.test(document.querySelector('footer')?.textContent ?? ''), null, { timeout: 120000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const t = await page.evaluate(() => new Promise((done) => {
    const t0 = performance.now();
    const seen = new MutationObserver(() => {
      const c = document.querySelector('.graph-canvas[data-settled="true"]');
      if (c) {
        seen.disconnect();
        const first = performance.getEntriesByName('als-graph-first-frame')[0].startTime;
        done({ first: first - t0, settled: performance.now() - t0, size: [c.clientWidth, c.clientHeight] });
      }
    });
    seen.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-settled'] });
    location.hash = '#/graph';
  }));
  const canvas = page.locator('.graph-canvas');
  await canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const view = () => page.getAttribute('.graph-canvas', 'data-view');
  const before = await view();
  const pan = await drag(page, cdp, await canvas.boundingBox());
  if ((await view()) === before) throw new Error('the drag did not move the app\'s picture');
  await context.close();
  return { ...t, ...pan };
}

async function runCytoscape(rate, data) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${other.url}index.html`);
  await page.waitForFunction(() => window.cytoscape);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const t = await page.evaluate((d) => new Promise((done) => {
    const colours = { process: '#0072b2', phenotype: '#b76e00', mechanism: '#a4508b', gene: '#007a55', disease: '#c2410c' };
    const elements = [
      ...d.nodes.map((n, i) => ({ data: { id: `n${i}`, label: n.label, colour: colours[n.kind] } })),
      ...d.edges.map(([a, b], i) => ({ data: { id: `e${i}`, source: `n${a}`, target: `n${b}` } })),
    ];
    const t0 = performance.now();
    let first = null;
    const cy = window.cytoscape({
      container: document.getElementById('cy'),
      elements,
      autoungrabify: true,
      boxSelectionEnabled: false,
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 10, height: 10, 'font-size': 12, 'min-zoomed-font-size': 10 } },
        { selector: 'edge', style: { width: 1, 'line-color': '#7d8a94' } },
      ],
      layout: { name: 'cose' },
    });
    window.cy = cy;
    cy.on('render', () => { if (first === null) first = performance.now() - t0; });
    const stop = () => requestAnimationFrame(() => done({ first: first ?? performance.now() - t0, settled: performance.now() - t0 }));
    cy.one('layoutstop', stop);
  }), data);
  const before = await page.evaluate(() => JSON.stringify(window.cy.pan()));
  const pan = await drag(page, cdp, await page.locator('#cy').boundingBox());
  if ((await page.evaluate(() => JSON.stringify(window.cy.pan()))) === before) throw new Error('the drag did not move cytoscape\'s picture');
  await context.close();
  return { ...t, ...pan };
}

const data = await scene();
console.log(`scene: ${data.nodes.length} events, ${data.edges.length} links; canvas ${W}×${H}; ${runs} runs each, alternating`);
for (const rate of rates) {
  const r = { app: [], cy: [] };
  for (let i = 0; i < runs; i += 1) {
    r.app.push(await runApp(rate));
    r.cy.push(await runCytoscape(rate, data));
  }
  const m = (who, k) => median(r[who].map((x) => x[k]));
  const row = (k, unit, digits = 0) => `${k.padEnd(12)} app ${m('app', k).toFixed(digits)} ${unit}, cytoscape.js ${m('cy', k).toFixed(digits)} ${unit}, ratio app/cytoscape ${(m('app', k) / m('cy', k)).toFixed(2)}`;
  console.log(`CPU x${rate} (app canvas ${r.app[0].size.join('×')})`);
  console.log(`  ${row('first', 'ms')}`);
  console.log(`  ${row('settled', 'ms')}`);
  console.log(`  ${row('fps', 'fps', 1)}`);
  console.log(`  ${row('main', 'ms/s')}`);
}
await browser.close();
app.server.close();
other.server.close();
