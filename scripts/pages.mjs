// Writes the reading pages into a built site (Trunk's staging folder or dist/), after
// scripts/single-file.mjs: runs the prerender tool (src/bin/prerender.rs: the app's own
// components rendered with core.bin), then gives every page the small script that applies
// the reader's display settings before the first paint, its Content-Security-Policy, and
// last writes sw.js, so that the service worker keeps every page of the release.
// Usage: node scripts/pages.mjs [dir=$TRUNK_STAGING_DIR or dist]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCsp } from './csp.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
// The chapters of the story, each a page (src/route/mod.rs CHAPTERS).
const CHAPTERS = Number(readFileSync(join(ROOT, 'src/route/mod.rs'), 'utf8').match(/pub const CHAPTERS: u8 = (\d+);/)[1]);

// Before the first paint, from what the reader chose (src/settings: the stored envelope
// `als-explorer.settings`) and the address (`?embed=1&theme=dark`): the text size,
// contrast and motion the stylesheet reads from <html>, so nothing changes size when the
// app starts. Until the app has taken over, the menu button opens the links.
export const PAGE_BOOT = `(function () {
  var d = document.documentElement, s = {};
  try {
    var v = JSON.parse(localStorage.getItem('als-explorer.settings') || 'null');
    if (v && v.version === 1 && v.settings) s = v.settings;
  } catch (e) {}
  if (s.text_size) d.setAttribute('data-text-size', String(s.text_size));
  d.setAttribute('data-contrast', s.high_contrast ? 'high' : 'normal');
  d.setAttribute('data-motion', s.reduce_motion ? 'reduce' : 'system');
  var q = new URLSearchParams(location.search);
  if (q.get('embed') === '1') d.setAttribute('data-embed', '1');
  var t = q.get('theme');
  if (t === 'dark' || t === 'light') d.setAttribute('data-theme', t);
  // Inside an article (?embed=1), a link to another page of the site stays embedded.
  if (q.get('embed') === '1') document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (!a || a.target === '_blank') return;
    var u = new URL(a.getAttribute('href'), document.baseURI);
    if (u.origin !== location.origin || u.searchParams.has('embed') || (u.pathname === location.pathname && u.search === location.search)) return;
    u.searchParams.set('embed', '1');
    if (t) u.searchParams.set('theme', t);
    a.setAttribute('href', u.href);
  }, true);
  // The root document is Chinese home and the host of the tools. An old link to a
  // reading view (#/story/3, ?lang=en#/about) goes to its page, and home to the visit's
  // language (the link's ?lang=, the saved choice, the browser's); a tool's hash stays,
  // and the home text gives way to a loading line until the app shows the tool.
  var p = document.querySelector('meta[name="als-page"]');
  if (p && p.content === '' && p.getAttribute('data-lang') === 'zh' && /^https?:$/.test(location.protocol)) {
    var tag = function (t) { t = String(t || '').toLowerCase(); return /^zh/.test(t) ? 'zh' : /^en/.test(t) ? 'en' : null; };
    var lang = tag(q.get('lang')) || tag(s.lang);
    for (var i = 0, l = navigator.languages || [navigator.language]; !lang && i < l.length; i++) lang = tag(l[i]);
    lang = lang || 'zh';
    var h = location.hash || '#/';
    var m = /^#\\/(?:(story(?:\\/([0-9]+))?|treatments|biomarkers|standards|about)\\/?)?(\\?[^#]*)?(#.*)?$/.exec(h);
    if (m && !(m[2] && (+m[2] < 1 || +m[2] > ${CHAPTERS}))) {
      var query = new URLSearchParams(m[3] || '');
      q.forEach(function (v, k) { if (k !== 'lang') query.append(k, v); });
      var to = (lang === 'en' ? 'en/' : '') + (m[1] ? m[1] + '/' : '');
      var rest = (String(query) ? '?' + query : '') + (m[4] || '');
      if (to) location.replace(to + rest);
      else if (location.search !== rest.replace(/#.*/, '') || location.hash) history.replaceState(null, '', './' + rest);
    } else if (/^#\\//.test(h)) {
      d.setAttribute('data-boot', 'app');
      d.setAttribute('data-boot-lang', lang);
    }
  }
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('#menu-button');
    if (!b || d.getAttribute('data-app') === 'live') return;
    var h = b.closest('.site-header'), open = h.getAttribute('data-menu') !== 'open';
    h.setAttribute('data-menu', open ? 'open' : 'closed');
    b.setAttribute('aria-expanded', String(open));
  });
})();`;

// In the root document holding a tool (#/assess): the tool's first screen, written at
// build time into a <template> per tool and language (src/tool_shell.rs), in place of the
// home text until the app has started; the date fields get the reader's own today, and
// its controls are disabled until then.
export const SHELL_BOOT = `(function () {
  var d = document.documentElement, app = document.getElementById('app');
  if (d.getAttribute('data-boot') !== 'app' || !app) return;
  var lang = d.getAttribute('data-boot-lang') === 'en' ? 'en' : 'zh';
  var key = location.hash.split('?')[0].replace(/\\/$/, '').replace(/^(#\\/assess)\\/(results|edit)\\/.+$/, '$1/results');
  var all = document.querySelectorAll('template[data-shell]'), t = null;
  for (var i = 0; i < all.length; i++) if (all[i].getAttribute('data-shell') === key && all[i].getAttribute('data-lang') === lang) t = all[i];
  if (!t) return;
  app.replaceChildren(t.content.cloneNode(true));
  app.setAttribute('data-shell', key);
  d.setAttribute('lang', lang === 'en' ? 'en' : 'zh-Hans');
  document.title = t.getAttribute('data-title');
  var n = new Date(), two = function (x) { return (x < 10 ? '0' : '') + x; };
  var day = n.getFullYear() + '-' + two(n.getMonth() + 1) + '-' + two(n.getDate());
  app.querySelectorAll('input[type=date]').forEach(function (e) { e.value = day; e.max = day; });
  // Nothing answers a press until the app has started: say so, rather than ignore it.
  app.querySelectorAll('main button, main input, main select, main textarea').forEach(function (e) { e.disabled = true; });
})();`;

// With no script at all, the links are shown instead of the menu button, side by side
// (wrapping) rather than one per line, so that they leave room to read on a phone.
const NO_SCRIPT = '<noscript><style>.site-header[data-menu] nav { display: block !important; } .menu-button { display: none !important; } .site-header .nav-list { flex-direction: row !important; } .site-header .nav-list a { width: auto !important; }</style></noscript>';

function htmlFiles(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path, root);
    return name.endsWith('.html') ? [relative(root, path)] : [];
  });
}

export function writePages(dir) {
  const out = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', resolve(dir)], {
    cwd: ROOT,
    encoding: 'utf8',
    // Leptos's debug build speaks about signals read while rendering to a string: keep
    // its words out of the build log unless the tool fails.
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(out);
  for (const file of htmlFiles(dir)) {
    const path = join(dir, file);
    let html = readFileSync(path, 'utf8');
    // Every page of the site, the app's own index.html too; not the single file.
    if (file === 'als-explorer.html') continue;
    // After <meta name="als-page"> (the script reads it), before the styles.
    html = html.replace('<meta name="color-scheme"', `<script>${PAGE_BOOT}</script>\n  ${NO_SCRIPT}\n  <meta name="color-scheme"`);
    // After the last of the tools' first screens (the root document only).
    const last = html.lastIndexOf('</template>');
    if (html.includes('<template data-shell')) html = `${html.slice(0, last + 11)}\n<script>${SHELL_BOOT}</script>${html.slice(last + 11)}`;
    writeFileSync(path, withCsp(html, true));
  }
  const sw = writeServiceWorker(dir);
  console.log(`wrote ${join(dir, 'sw.js')} (release ${sw.version}, ${sw.count} files)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writePages(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist');
}
