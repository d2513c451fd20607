// Content-Security-Policy for the built pages, written as a <meta> right after the
// charset (hosts need no header settings). Only the page's own files, the inline scripts
// and styles actually in the page (by their SHA-256), and what WebAssembly needs.
import { createHash } from 'node:crypto';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of the inline `<script>` (executable ones only) and `<style>` blocks. */
function inlineHashes(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/octet-stream")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
  return { scripts, styles };
}

/**
 * The policy for `html`. `served`: the site on a host (its own files may be loaded and
 * the snapshots fetched); otherwise the single file, which may load nothing at all.
 */
export function policy(html, served) {
  const { scripts, styles } = inlineHashes(html);
  const self = served ? ["'self'"] : [];
  return [
    "default-src 'none'",
    `script-src ${[...self, "'wasm-unsafe-eval'", ...scripts].join(' ')}`,
    `style-src ${[...self, ...styles].join(' ') || "'none'"}`,
    `img-src ${[...self, 'data:'].join(' ')}`,
    `connect-src ${served ? "'self'" : "'none'"}`,
    ...(served ? ["manifest-src 'self'", "worker-src 'self'"] : []),
    // A reading page's <base href="../../"> points at the site's root.
    `base-uri ${served ? "'self'" : "'none'"}`,
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** `html` with its policy in a <meta> after the charset (an older one replaced). */
export function withCsp(html, served) {
  const clean = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(clean, served)}">`;
  if (!/<meta charset="utf-8">/.test(clean)) throw new Error('no <meta charset="utf-8"> to put the policy after');
  // After a reading page's <base>, so that everything after the policy resolves from it.
  const base = clean.match(/<base href="[^"]*">/);
  if (base) return clean.replace(base[0], `${base[0]}\n  ${meta}`);
  return clean.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${meta}`);
}
