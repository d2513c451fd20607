// The served page's inline loader, written in place of Trunk's by scripts/single-file.mjs.
// Trunk's loader imports the app with a static `import`: when that fails nothing runs, and
// a page saved by the browser then shows a dead copy of the app. Chromium refuses module
// scripts from file://, so a saved copy of the served page can never run; this loader
// catches the failure and says, in both languages, what to do instead (the single file).
// While the app runs on a site, it notes the site's address in the page, so that a copy
// saved after use can link back to the single file there.

/** The text of the loader for the wasm-bindgen JS `js` and the wasm `wasm` (file names). */
export function servedLoader(js, wasm) {
  return `
const app = document.getElementById('app');
if (/^https?:$/.test(location.protocol) && !document.querySelector('meta[name="als-explorer-site"]')) {
  const meta = document.createElement('meta');
  meta.name = 'als-explorer-site';
  meta.content = new URL('./', location.href).href;
  document.head.append(meta);
}
${failureFunction}
// A reading page written at build time (src/bin/prerender.rs) is whole without the app:
// the app is fetched only once the page has shown (after 'load'), and if it cannot
// start, the page stays as it is.
const page = app?.hasAttribute('data-prerendered') && document.documentElement.getAttribute('data-boot') !== 'app';
if (page) {
  if (document.readyState !== 'complete') await new Promise((done) => addEventListener('load', done, { once: true }));
  await new Promise((done) => (window.requestIdleCallback ? requestIdleCallback(done, { timeout: 2000 }) : setTimeout(done, 200)));
}
// The wasm is requested here, once, while the JS loads: WebKit does not hand a
// <link rel=preload> of it to wasm-bindgen's own fetch and downloads it two or three times.
const wasmFile = ${JSON.stringify(`./${wasm}`)};
const wasmResponse = fetch(wasmFile);
wasmResponse.catch(() => {});
try {
  // From the page's <base> (a reading page's is the root): WebKit resolves a bare relative
  // import() of an inline module against the page's own address instead.
  const bindings = await import(new URL(${JSON.stringify(`./${js}`)}, document.baseURI).href);
  const wasm = await bindings.default({ module_or_path: wasmResponse });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  console.error(error);
  if (!page) showFailure(app, location.protocol === 'file:' ? 'saved' : 'load');
}
`;
}

// Builds the message with DOM calls (no markup parsing). `saved`: a copy of the served page
// opened from a file; `load`: the app's files did not load or start. The single file's
// loader uses it too.
export const failureFunction = String.raw`
function showFailure(app, kind) {
  if (!app) return;
  const site = document.querySelector('meta[name="als-explorer-site"]')?.content;
  const el = (tag, lang, text, attrs = {}) => {
    const node = document.createElement(tag);
    if (lang) node.lang = lang;
    if (text) node.textContent = text;
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  const section = el('main', '', '', { class: 'boot-failure', 'aria-labelledby': 'boot-failure-title' });
  const title = el('h1', '', '', { id: 'boot-failure-title' });
  const say = (zh, en) => [el('p', 'zh-Hans', zh), el('p', 'en', en)];
  if (kind === 'saved') {
    title.append(el('span', 'zh-Hans', '这是网页的存档，不能在这里运行'), ' · ', el('span', 'en', 'This is a saved copy of the page; it cannot run here'));
    section.append(title,
      ...say('浏览器不会在存档的网页里运行这个应用。要离线使用，请用离线版：一个名为 als-explorer.html 的文件，不需要网络，可以存在 U 盘里。',
        'Browsers do not run this app in a saved copy of its page. To use it offline, use the offline edition: one file, als-explorer.html, that needs no network and fits on a USB stick.'),
      ...say('在网站上选择“保存离线版（一个文件）”即可下载。',
        'On the site, choose “Save for offline use (one file)” to download it.'));
    if (site) {
      const link = new URL('als-explorer.html', site).href;
      const p = el('p');
      p.append(el('a', 'zh-Hans', '下载离线版', { href: link, download: 'als-explorer.html' }), ' · ',
        el('a', 'en', 'Download the offline edition', { href: link, download: 'als-explorer.html' }));
      const from = el('p', '', '', { class: 'boot-failure-site' });
      from.append(el('code', '', site, { translate: 'no' }));
      section.append(p, from);
    }
    section.append(...say('你在网站上保存的自我评估仍保存在当时使用的浏览器里，这份存档不会读取或改动它们。',
      'Self-assessments you saved on the site stay in the browser where you used it; this copy neither reads nor changes them.'));
  } else {
    title.append(el('span', 'zh-Hans', '应用没能启动'), ' · ', el('span', 'en', 'The app could not start'));
    const reload = el('button', '', '', { type: 'button', class: 'boot-reload' });
    reload.append(el('span', 'zh-Hans', '重新加载'), ' · ', el('span', 'en', 'Reload'));
    reload.addEventListener('click', () => location.reload());
    section.append(title,
      ...say('它的文件没有加载成功，或者这个浏览器不支持 WebAssembly。请检查网络后重新加载；已经保存的内容不会丢失。',
        'Its files did not load, or this browser does not support WebAssembly. Check the connection and reload; nothing you saved is lost.'),
      reload);
  }
  app.replaceChildren(section);
  // (The root document held home's text, hidden while a tool was loading.)
  app.removeAttribute('data-prerendered');
  title.tabIndex = -1;
  title.focus();
}
`;
