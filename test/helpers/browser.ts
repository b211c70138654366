import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser. */
const CHROMIUM = '/usr/bin/chromium';

/** Why browser tests are skipped here, or null when Chromium is installed. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `Chromium not installed at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) to run the browser tests`;
}

/**
 * Headless Chromium with the flags that make it quiet and self-contained here. Playwright gives
 * every launch a fresh temporary profile (its own --user-data-dir), removed on close.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 375, height: 812 } as const;

/** A context per test (axe needs browser.newContext()), Norwegian locale and Oslo time. */
export function newContext(browser: Browser, viewport: { width: number; height: number } = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'nb-NO', timezoneId: 'Europe/Oslo', reducedMotion: 'reduce' });
}

/**
 * Waits until `expression` (JavaScript run in the page) is true. Not page.waitForFunction: that
 * compiles its predicate with eval inside the page, which the server's CSP refuses (no
 * 'unsafe-eval'); page.evaluate goes through the DevTools protocol, which the CSP does not govern.
 */
export async function waitForTrue(page: Page, expression: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await page.evaluate(expression)) === true) return;
    if (Date.now() > deadline) throw new Error(`waitForTrue: still false after ${timeoutMs} ms: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until no loading indicator ("Laster …", "Søker …") is left on the page. */
export async function waitForLoaded(page: Page): Promise<void> {
  // A string, so it runs in the page (this file is type-checked without the DOM library).
  await waitForTrue(page, `![...document.querySelectorAll('[role="status"]')].some((el) => /Laster|Søker|Finner|Sammenligner/.test(el.textContent ?? ''))`, 20_000);
}

/** Waits until the page's maps (regions named "Kart over …") have drawn their data (aria-busy="false"). */
export async function waitForMaps(page: Page): Promise<void> {
  await page.getByRole('region', { name: /^Kart over/ }).first().waitFor({ timeout: 20_000 });
  await waitForTrue(page, `[...document.querySelectorAll('[role="region"][aria-label^="Kart over"]')].every((map) => map.getAttribute('aria-busy') === 'false')`, 20_000);
}

/** A browser and a real server shared by one describe block's tests; see `browserSession`. */
export interface BrowserSession {
  /** A new page (own context) at `path` on the server, loaded. */
  open(path: string): Promise<Page>;
  /** The server's base URL, for pages opened without waiting. */
  url(): string;
}

/**
 * Starts the real server and Chromium before the calling describe block's tests and closes both after
 * (registered with node:test's before/after, so call it at the top of a describe). Nothing starts
 * where Chromium is missing; the tests skip themselves with `chromiumMissing()`.
 */
export function browserSession(start: () => Promise<{ url: string; close(): Promise<void> }>): BrowserSession {
  let server: { url: string; close(): Promise<void> } | null = null;
  let browser: Browser | null = null;
  before(async () => {
    if (chromiumMissing()) return;
    server = await start();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async open(path) {
      assert.ok(browser && server, 'the server and browser started');
      const page = await (await newContext(browser)).newPage();
      await page.goto(`${server.url}${path}`);
      await waitForLoaded(page);
      return page;
    },
    url() {
      assert.ok(server, 'the server started');
      return server.url;
    },
  };
}
