// The three browser engines behind one small interface, for the smoke set that runs in
// each (tests/engines.test.mjs): Debian's Chromium through Playwright, Firefox ESR over
// WebDriver BiDi through puppeteer-core, and WebKitGTK (Safari's engine) through
// WebKitWebDriver and its MiniBrowser under Xvfb, through selenium-webdriver. Every
// browser is Debian's own (scripts/setup.sh installs them); none is downloaded by a tool.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder } from 'selenium-webdriver';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const FIREFOX = '/usr/bin/firefox-esr';
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];

/**
 * Loaded first by every page when the server is started with it (scripts/serve.mjs
 * `testHook`): WebKitWebDriver cannot report console messages, so the page keeps them.
 */
export const ERROR_HOOK = `window.__errors = [];
addEventListener('error', (e) => window.__errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || e.type)), true);
addEventListener('unhandledrejection', (e) => window.__errors.push('unhandled rejection: ' + (e.reason && e.reason.message || e.reason)));
for (const kind of ['error', 'warn']) {
  const original = console[kind];
  console[kind] = (...args) => { window.__errors.push(kind + ': ' + args.map(String).join(' ')); original.apply(console, args); };
}`;

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** A page that records its own errors (Playwright and puppeteer report them as events). */
function eventPage(page, reload) {
  const errors = [];
  page.on('console', (m) => { if (['error', 'warning', 'warn'].includes(m.type())) errors.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message ?? e}`));
  return {
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    reload,
    errors: async () => errors.splice(0),
  };
}

async function launchChromium() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  return { page: eventPage(page, () => page.reload()), close: () => browser.close() };
}

async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'zh-CN, zh', 'network.captive-portal-service.enabled': false },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  return { page: eventPage(page, () => page.reload()), close: () => browser.close() };
}

async function launchWebKit() {
  const binary = MINIBROWSER.find((p) => existsSync(p));
  if (!binary) throw new Error('WebKitGTK MiniBrowser not found: run scripts/setup.sh (installs webkit2gtk-driver)');
  // Xvfb picks a free display and writes its number to fd 3.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise((ok, fail) => {
    xvfb.stdio[3].once('data', (d) => ok(`:${String(d).trim()}`));
    xvfb.once('error', fail);
  });
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  let session;
  for (let i = 0; i < 50 && !session; i += 1) {
    try {
      session = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } })
        .build();
    } catch (error) {
      if (i === 49) throw error;
      await sleep(200);
    }
  }
  await session.manage().window().setRect({ width: 390, height: 844 });
  const evaluate = (fn, arg) => session.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     Promise.resolve((${fn})(arguments[0])).then(done, (e) => done({ __failed: String(e) }));`, arg)
    .then((value) => {
      if (value && value.__failed) throw new Error(value.__failed);
      return value;
    });
  const page = {
    goto: (url) => session.get(url),
    evaluate,
    reload: () => session.navigate().refresh(),
    errors: async () => (await evaluate(() => (window.__errors ?? []).splice(0))) ?? [],
  };
  return {
    page,
    async close() {
      await session.quit().catch(() => {});
      driver.kill();
      xvfb.kill();
    },
  };
}

/** The engines of the smoke set: name, and how to start a fresh browser (empty profile). */
export const ENGINES = [
  { name: 'chromium', launch: launchChromium, needsHook: false },
  { name: 'firefox', launch: launchFirefox, needsHook: false },
  { name: 'webkit', launch: launchWebKit, needsHook: true },
];

/** Polls `fn(arg)` in the page until it returns a truthy value; that value. */
export async function waitFor(page, fn, arg, timeout = 60000, what = String(fn)) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
