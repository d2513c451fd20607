// Writes the single-file edition, `als-explorer.html`, into a built dist/ (or Trunk's
// staging folder when run as its post_build hook): one HTML file holding the CSS, the
// icons, the wasm-bindgen JS (inlined as a module script, its exports removed), the wasm
// and the snapshots core.bin, full.bin and text.bin (base64), so that the whole app works
// opened from a file with no network (docs/TOOLCHAIN.md: Trunk cannot do this itself).
// The app reads the embedded snapshots through `window.alsEmbedded` (src/platform.rs).
// Both pages get a Content-Security-Policy (scripts/csp.mjs): the served index.html may
// load its own files; the single file may load nothing at all.
// Usage: node scripts/single-file.mjs [dir=$TRUNK_STAGING_DIR or dist]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { withCsp } from './csp.mjs';
import { failureFunction, servedLoader } from './loader.mjs';
import { writePages } from './pages.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const OUT = 'als-explorer.html';
const SNAPSHOTS = ['data/core.bin', 'data/full.bin', 'data/text.bin'];
const read = (name, enc) => readFileSync(join(dir, name), enc);
let html = read('index.html', 'utf8');

// The loader Trunk wrote (or ours, when run again) names the JS and the wasm.
const loader = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!loader) throw new Error(`${dir}/index.html has no module loader`);
const jsName = loader[1].match(/["']\.\/([^"']+\.js)["']/)?.[1];
const wasmName = loader[1].match(/["']\.\/([^"']+\.wasm)["']/)?.[1];
if (!jsName || !wasmName) throw new Error('cannot find the JS and wasm names in the loader');

// The served page: our loader (it says what to do when the app cannot start), then its policy.
html = html.replace(loader[0], () => `<script type="module">${servedLoader(jsName, wasmName)}</script>`);
// The loader fetches the wasm itself (once, in every engine); Trunk's preload of it goes.
html = html.replace(/\s*<link rel="preload" href="[^"]+\.wasm"[^>]*>/g, '');
html = withCsp(html, true);
writeFileSync(join(dir, 'index.html'), html);

// The wasm-bindgen JS as a classic part of one module: exports become plain names.
let js = read(jsName, 'utf8');
const exported = [...js.matchAll(/^export (?:async )?(?:function|class) (\w+)/gm)].map((m) => m[1]);
js = js.replace(/^export (async function|function|class) /gm, '$1 ');
js = js.replace(/^export \{[^}]*\};?\s*$/gm, '');
if (/^export /m.test(js)) throw new Error('an export form this script does not know is left in the JS');
if (/^import /m.test(js)) throw new Error('the wasm-bindgen JS imports another file (snippets): inline them first');

const base64 = (name) => read(name).toString('base64');
const dataUrl = (name, type) => `data:${type};base64,${base64(name)}`;
// Split into lines so that editors and `view source` can still open the file.
const wrap = (b64) => b64.replace(/.{1,16384}/g, '$&\n');
const embedded = [['als-wasm', wasmName], ...SNAPSHOTS.map((s) => [`als-${s.slice(5, -4)}`, s])]
  .filter(([, name]) => existsSync(join(dir, name)))
  .map(([id, name]) => `<script type="application/octet-stream" id="${id}" data-name="${name}">\n${wrap(base64(name))}</script>`)
  .join('\n');

const boot = `
${js}
// Single-file edition: the wasm and the snapshots come from the script elements above.
const bytesOf = (el) => {
  const s = atob(el.textContent.replace(/\\s+/g, ''));
  const a = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i += 1) a[i] = s.charCodeAt(i);
  return a;
};
const files = new Map([...document.querySelectorAll('script[type="application/octet-stream"][data-name]')].map((el) => [el.dataset.name, el]));
window.alsEmbedded = { get: (name) => (files.has(name) ? bytesOf(files.get(name)) : undefined) };
${failureFunction}
try {
  const started = await __wbg_init({ module_or_path: window.alsEmbedded.get(${JSON.stringify(wasmName)}) });
  window.wasmBindings = { ${exported.join(', ')} };
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: started } }));
} catch (error) {
  console.error(error);
  showFailure(document.getElementById('app'), 'load');
}
`;

html = html.replace(/<script type="module">[\s\S]*?<\/script>/, () => `${embedded}\n<script type="module">${boot}</script>`);
// Styles inline, preloads gone, icons as data URLs.
html = html.replace(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/g, (_, name) => `<style>\n${read(name, 'utf8')}\n</style>`);
html = html.replace(/<link rel="(?:modulepreload|preload|manifest)"[^>]*>/g, '');
html = html.replace(/<link rel="(icon|apple-touch-icon)" href="(icons\/[^"]+)"/g, (_, rel, name) =>
  `<link rel="${rel}" href="${dataUrl(name, name.endsWith('.svg') ? 'image/svg+xml' : 'image/png')}"`);
if (/(?:href|src)="\.?\/?(?!data:|#)[^"]+\.(?:js|wasm|css|bin)"/.test(html)) throw new Error('a file reference is left in the single file');

html = withCsp(html, false);
writeFileSync(join(dir, OUT), html);
console.log(`wrote ${join(dir, OUT)} (${(html.length / 1e6).toFixed(1)} MB)`);
// Then the reading pages (from index.html as it is now) and, last, sw.js, which keeps
// every file of the release (the single file is not cached).
writePages(dir);
