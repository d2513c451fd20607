// Writes `sw.js` into a built site: a service worker that keeps every asset of this
// release and both graph snapshots in a cache named by the release's content hash, so
// that after one visit the site reloads and works with the network off. A new release
// installs beside the old one and waits; the app shows a prompt and reloads only when
// the reader says so (src/offline.rs), so versions never mix. text.bin (definitions,
// 1.5 MB) is cached the first time a view asks for it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIP = new Set(['sw.js', 'als-explorer.html', 'data/text.bin']);

function files(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('.') ? [] : files(path, root);
    return [relative(root, path).split('\\').join('/')];
  });
}

export function writeServiceWorker(dir) {
  const assets = files(dir).filter((f) => !SKIP.has(f)).sort();
  const hash = createHash('sha256');
  for (const f of assets) hash.update(f).update(readFileSync(join(dir, f)));
  const version = hash.digest('hex').slice(0, 16);
  const sw = `// ALS Explorer's service worker, written by scripts/service-worker.mjs. Release ${version}.
const CACHE = 'als-explorer-${version}';
const ASSETS = ${JSON.stringify(['./', ...assets], null, 0)};
const LATER = /\\/data\\/text\\.bin$/;

// A file whose name holds its content's hash (Trunk's -<16 hex>) always has the same
// bytes: the copy the page already downloaded will do ('force-cache'), so a first visit
// downloads it once in every engine. The others are revalidated (304 when unchanged).
const HASHED = /-[0-9a-f]{16}(_bg)?\\.(js|wasm|css)$/;
self.addEventListener('install', (event) => {
  const requests = ASSETS.map((a) => new Request(a, HASHED.test(a) ? { cache: 'force-cache' } : {}));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('als-explorer-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The page asks for the waiting release only when the reader chose to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'als-explorer:activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    // If the storage fails (full, or cleared while in use), the network may still answer.
    let cache = null;
    let kept;
    try {
      cache = await caches.open(CACHE);
      // A page's address is its folder (en/story/3/); the release keeps its index.html.
      kept = await cache.match(event.request, { ignoreSearch: true })
        ?? (url.pathname.endsWith('/') ? await cache.match(new URL('index.html', url).href, { ignoreSearch: true }) : undefined);
    } catch (error) {
      cache = null;
    }
    if (kept) return kept;
    const answer = await fetch(event.request);
    if (cache && answer.ok && LATER.test(url.pathname)) cache.put(event.request, answer.clone()).catch(() => {});
    return answer;
  })());
});
`;
  writeFileSync(join(dir, 'sw.js'), sw);
  return { version, count: assets.length };
}
