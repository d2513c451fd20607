// A small static file server for dist/, bound to 127.0.0.1 only.
// CLI: node scripts/serve.mjs [dir=dist] [port=8080]; the tests import serve(). `base`
// publishes the folder under a sub-path, as GitHub or Gitee Pages do for a project site
// (https://user.github.io/project/); anything outside it is not found.
// Like the static hosts the site is published on, it sends an ETag with every file and
// answers a request that names it with 304 and no body: a browser that revalidates a
// file it holds (the service worker's install does) does not download it again.
// The returned `served` lists every answer ({ path, status, bytes, by: page or worker })
// for the tests to count.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` at `base`. Options: `testHook`, for browsers whose driver cannot report
 * console errors (tests/support/engines.mjs): a script served as `/__test-hook.js` and
 * loaded by every HTML page first (the pages' policy allows their own origin's scripts);
 * `brotli`: compress text and wasm as static hosts do, for the measuring scripts.
 */
// What static hosts compress (the snapshots are compressed inside already).
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

export function serve(dir = 'dist', port = 0, base = '/', { testHook = null, brotli = false } = {}) {
  const packed = new Map();
  const root = resolve(dir);
  const served = [];
  const server = createServer(async (req, res) => {
    const note = (status, bytes = 0) => served.push({
      path: new URL(req.url, 'http://x').pathname, status, bytes,
      // Requests of the service worker (its install) name it as their referrer.
      by: /\/sw\.js$/.test(req.headers.referer ?? '') ? 'worker' : 'page',
    });
    try {
      const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!full.startsWith(base)) throw new Error('outside the published folder');
      const path = full.slice(base.length - 1);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        note(403);
        res.writeHead(403).end();
        return;
      }
      if (testHook && path === '/__test-hook.js') {
        note(200, testHook.length);
        res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' }).end(testHook);
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (testHook && extname(file) === '.html') {
        body = Buffer.from(String(body).replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, '$1<script src="__test-hook.js"></script>'));
      }
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const headers = { 'cache-control': 'no-cache', etag };
      if (req.headers['if-none-match'] === etag) {
        note(304);
        res.writeHead(304, headers).end();
        return;
      }
      if (brotli && COMPRESSED.has(extname(file)) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!packed.has(etag)) packed.set(etag, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = packed.get(etag);
        headers['content-encoding'] = 'br';
      }
      note(200, body.length);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      note(404);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      ok({ server, served, url: `http://127.0.0.1:${server.address().port}${base}` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`ALS Explorer is served at ${url}  (Ctrl+C to stop)`);
}
