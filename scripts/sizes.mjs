// Prints the raw, gzip and brotli size of each shipped file in dist/ (after a release build).
// Usage: node scripts/sizes.mjs [dist] [--markdown]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(dist)
  .sort()
  .map((path) => {
    const data = readFileSync(path);
    const gzip = gzipSync(data, { level: 9 }).length;
    const brotli = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length;
    // Drop Trunk's content hash so the names stay comparable between builds.
    const name = relative(dist, path).replace(/-[0-9a-f]{16}(?=[_.])/, '');
    return { name, raw: data.length, gzip, brotli };
  });
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

if (markdown) {
  console.log('| file | raw bytes | gzip -9 | brotli 11 |\n|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
  console.log(`| **total** | ${total.raw} | ${total.gzip} | ${total.brotli} |`);
} else {
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${'file'.padEnd(34)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
  for (const r of [...rows, { name: 'total', ...total }]) {
    console.log(`${r.name.padEnd(34)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
  }
}
