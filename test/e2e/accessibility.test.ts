import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { chromiumMissing, DESKTOP, launchChromium, newContext, PHONE, waitForLoaded, waitForMaps } from '../helpers/browser.js';
import { seedScenario } from '../helpers/planner-seed.js';
import { startWebServer, type RunningServer } from '../helpers/web-server.js';

/**
 * axe-core (WCAG 2.0/2.1 A and AA) on every page type, with its data and maps loaded, at desktop
 * width and at 375 px. Zero violations is the bar (Norwegian public-sector sites must meet WCAG 2.1 AA).
 */

const missing = chromiumMissing();

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One readable line per violation and element, so a failure says what and where. */
function describeViolations(violations: readonly Violation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${(n.failureSummary ?? v.help).split('\n').join(' ')}`));
}
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const PAGES: readonly { name: string; path: string; map?: boolean }[] = [
  { name: 'forsiden', path: '/?dato=2018-07-01', map: true },
  { name: 'forsiden før reformen', path: '/?dato=2015-12-31', map: true },
  { name: 'et politidistrikt', path: '/politidistrikt/nordland?dato=2018-07-01', map: true },
  { name: 'et tjenestested', path: '/tjenestested/bodo-politistasjon?dato=2018-07-01', map: true },
  { name: 'en kommune', path: '/kommune/1804?dato=2018-07-01', map: true },
  { name: 'en tjenesteenhet', path: '/tjenesteenhet/bodo-politistasjonsdistrikt?dato=2018-07-01' },
  { name: 'særorganene', path: '/saerorgan' },
  { name: 'et særorgan', path: '/saerorgan/kripos' },
  { name: 'organiseringen', path: '/organisering?dato=2018-07-01' },
  { name: 'før og etter', path: '/endringer?fra=2015-12-31&dato=2018-07-01', map: true },
  { name: 'tilgjengeligheten', path: '/tilgjengelighet?dato=2018-07-01&terskel=30&fra=2015-12-31', map: true },
  { name: 'søkeresultater', path: '/sok?q=bod' },
  { name: 'om dataene', path: '/om' },
  { name: 'tilgjengelighetserklæringen', path: '/tilgjengelighetserklaering' },
  { name: 'en side som ikke finnes', path: '/finnes-ikke' },
  { name: 'innloggingen', path: '/logg-inn?tilbake=%2Fplanlegger' },
  { name: 'planleggeren', path: '/planlegger' },
  // Made in before() on the fresh store, so it is scenario 1.
  { name: 'et scenario', path: '/planlegger/1', map: true },
  { name: 'kostnaden ved å legge ned', path: '/planlegger/kostnader?dato=2018-07-01' },
  { name: 'optimeringen', path: '/planlegger/optimering' },
  { name: 'et tjenestested på en dato det ikke fantes', path: '/tjenestested/bodo-politistasjon?dato=2005-01-01' },
];

describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  let server: RunningServer | null = null;
  let browser: Browser | null = null;

  before(async () => {
    if (missing) return;
    server = await startWebServer();
    browser = await launchChromium();
    await seedScenario(server.url, server.tokens.planner);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const viewport of [DESKTOP, PHONE]) {
    for (const { name, path, map } of PAGES) {
      test(`${name} (${viewport.width} px) has no violations`, async (t) => {
        if (missing) return t.skip(missing);
        assert.ok(browser && server);
        const context = await newContext(browser, viewport);
        try {
          const page = await context.newPage();
          await page.goto(`${server.url}${path}`);
          await waitForLoaded(page);
          if (map) await waitForMaps(page);
          await page.getByRole('heading', { level: 1 }).waitFor();
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const report = describeViolations(results.violations);
          assert.deepEqual(report, [], `axe found violations on ${path}:\n${report.join('\n')}`);
          assert.ok(results.passes.length > 0, 'axe ran its checks');
        } finally {
          await context.close();
        }
      });
    }
  }

  for (const viewport of [DESKTOP, PHONE]) {
    test(`the scenario editor with the new unit's municipality checkboxes shown and ticked (${viewport.width} px) has no violations`, async (t) => {
      if (missing) return t.skip(missing);
      assert.ok(browser && server);
      const context = await newContext(browser, viewport);
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}/planlegger/1`);
        await waitForLoaded(page);
        await waitForMaps(page);
        // The checkboxes appear only once a police district is chosen, so the page scan above never sees them.
        const form = page.getByRole('form', { name: 'Ny tjenesteenhet' });
        await form.getByRole('combobox', { name: 'Vis kommunene i politidistrikt' }).selectOption({ index: 1 });
        await form.getByRole('group', { name: /^Kommuner i / }).getByRole('checkbox').first().check();
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const report = describeViolations(results.violations);
        assert.deepEqual(report, [], `axe found violations:\n${report.join('\n')}`);
        const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
        assert.ok(width <= viewport.width, `the page is ${width} px wide`);
      } finally {
        await context.close();
      }
    });
  }

  test('the front page with search suggestions open and a "Finn ditt politi" answer has no violations', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(browser && server);
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/?dato=2018-07-01`);
      await waitForLoaded(page);
      await waitForMaps(page);
      const box = page.getByRole('combobox', { name: /Søk etter/ });
      await box.fill('bod');
      await page.getByRole('option').first().waitFor();
      await box.press('ArrowDown');
      const withSuggestions = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      assert.deepEqual(describeViolations(withSuggestions.violations), [], 'with the suggestion list open');
      await box.press('Escape');
      await page.getByRole('textbox', { name: 'Postnummer, adresse eller stedsnavn' }).fill('9600');
      await page.getByRole('button', { name: 'Finn politiet' }).click();
      await page.getByRole('region', { name: /^Politiet for/ }).waitFor();
      const withAnswer = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      assert.deepEqual(describeViolations(withAnswer.violations), [], 'with the answer shown');
    } finally {
      await context.close();
    }
  });

  test('every page has lang="nb", one h1, headings in order, a skip link to main and the landmarks', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(browser && server);
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      for (const { path } of PAGES) {
        await page.goto(`${server.url}${path}`);
        await waitForLoaded(page);
        assert.equal(await page.getAttribute('html', 'lang'), 'nb', path);
        assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${path}: one h1`);
        // Headings go down one level at a time (h1 → h2 → h3), never skipping one.
        const levels = JSON.parse(String(await page.evaluate(`JSON.stringify([...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])))`))) as number[];
        levels.forEach((level, i) => assert.ok(i === 0 || level <= (levels[i - 1] ?? 1) + 1, `${path}: h${levels[i - 1]} followed by h${level}`));
        for (const role of ['banner', 'main', 'contentinfo'] as const) assert.equal(await page.getByRole(role).count(), 1, `${path}: one ${role}`);
        await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
        // The skip link is the first thing Tab reaches, and it moves focus to <main>.
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate('document.activeElement?.textContent'), 'Hopp til hovedinnholdet', path);
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate('document.activeElement?.id'), 'hovedinnhold', path);
      }
    } finally {
      await context.close();
    }
  });

  test('nothing is wider than a 375 px phone screen (no sideways scrolling of the page)', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(browser && server);
    const context = await newContext(browser, PHONE);
    try {
      const page = await context.newPage();
      for (const { path } of PAGES) {
        await page.goto(`${server.url}${path}`);
        await waitForLoaded(page);
        const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
        assert.ok(width <= PHONE.width, `${path} is ${width} px wide`);
      }
    } finally {
      await context.close();
    }
  });
});
