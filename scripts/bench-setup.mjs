// What the measuring scripts share: their command line (`[dist] [runs] [--cpu=1,4]`), a
// server for the build on 127.0.0.1, Debian's Chromium, and a median.
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.mjs';

/** Parses the arguments, serves `dist` and starts the browser; `close()` stops both. */
export async function benchSetup({ runs = 5, cpu = '1,4' } = {}) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dist';
  const options = {
    dist,
    runs: Number(args.find((a) => /^\d+$/.test(a)) ?? runs),
    rates: (args.find((a) => a.startsWith('--cpu=')) ?? `--cpu=${cpu}`).slice(6).split(',').map(Number),
  };
  const { server, url } = await serve(dist, 0);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const close = async () => { await browser.close(); server.close(); };
  return { ...options, url, browser, close };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
