// Renders public/icons/favicon.svg to the PNG app icons with headless Chromium.
// Run once after changing the SVG: node scripts/icons.mjs (the PNGs are committed).
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.mjs';

const svg = readFileSync(new URL('../public/icons/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
for (const [name, size] of [['icon-192.png', 192], ['apple-touch-icon.png', 180]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  const png = await page.screenshot({ omitBackground: true });
  writeFileSync(new URL(`../public/icons/${name}`, import.meta.url), png);
}
await browser.close();
