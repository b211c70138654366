// npm run screenshots: starts the real server (temporary seeded SQLite store, the built web app),
// opens the main pages in headless Chromium at desktop (1280×800) and phone (375×812) widths and
// writes full-page PNGs to screenshots/ (git-ignored), for looking at with your own eyes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumMissing, DESKTOP, launchChromium, newContext, PHONE, waitForLoaded, waitForMaps } from '../test/helpers/browser.js';
import { seedScenario } from '../test/helpers/planner-seed.js';
import { startWebServer } from '../test/helpers/web-server.js';

const OUT = fileURLToPath(new URL('../screenshots', import.meta.url));

interface Shot {
  name: string;
  path: string;
  map?: boolean;
  /** Something to do before the picture (open the search, ask for a postcode). */
  act?: (page: Page) => Promise<void>;
}

const SHOTS: readonly Shot[] = [
  { name: 'forside', path: '/?dato=2018-07-01', map: true },
  { name: 'forside-for-reformen', path: '/?dato=2015-12-31', map: true },
  {
    name: 'forside-finn-politi',
    path: '/?dato=2018-07-01',
    map: true,
    act: async (page) => {
      await page.getByRole('textbox', { name: 'Postnummer, adresse eller stedsnavn' }).fill('9600');
      await page.getByRole('button', { name: 'Finn politiet' }).click();
      await page.getByRole('region', { name: /^Politiet for/ }).waitFor();
    },
  },
  {
    name: 'forside-sok',
    path: '/?dato=2018-07-01',
    act: async (page) => {
      await page.getByRole('combobox', { name: /Søk etter/ }).fill('bod');
      await page.getByRole('option').first().waitFor();
      await page.getByRole('combobox', { name: /Søk etter/ }).press('ArrowDown');
    },
  },
  { name: 'politidistrikt', path: '/politidistrikt/nordland?dato=2018-07-01', map: true },
  { name: 'tjenestested', path: '/tjenestested/bodo-politistasjon?dato=2018-07-01', map: true },
  { name: 'kommune', path: '/kommune/1804?dato=2018-07-01', map: true },
  { name: 'tjenesteenhet', path: '/tjenesteenhet/bodo-politistasjonsdistrikt?dato=2018-07-01' },
  { name: 'saerorgan', path: '/saerorgan?dato=2018-07-01' },
  { name: 'saerorgan-kripos', path: '/saerorgan/kripos?dato=2018-07-01' },
  { name: 'organisering', path: '/organisering?dato=2018-07-01' },
  { name: 'for-og-etter', path: '/endringer?fra=2015-12-31&dato=2018-07-01', map: true },
  { name: 'tilgjengelighet', path: '/tilgjengelighet?dato=2018-07-01', map: true },
  { name: 'om', path: '/om' },
  { name: 'planlegger', path: '/planlegger' },
  // seedScenario() makes scenario 1 on the fresh store before the pictures are taken.
  { name: 'scenario', path: '/planlegger/1', map: true },
  { name: 'kostnader', path: '/planlegger/kostnader?dato=2018-07-01' },
  {
    name: 'optimering',
    path: '/planlegger/optimering',
    act: async (page) => {
      await page.getByRole('checkbox', { name: /^Bare rask heuristikk/ }).check();
      await page.getByRole('button', { name: 'Start optimering' }).click();
      await page.getByRole('heading', { name: 'Resultat' }).waitFor({ timeout: 60_000 });
    },
  },
];

async function main(): Promise<number> {
  const missing = chromiumMissing();
  if (missing) {
    console.error(missing);
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  const server = await startWebServer();
  await seedScenario(server.url, server.tokens.planner);
  const browser = await launchChromium();
  try {
    for (const [label, viewport] of [['desktop', DESKTOP], ['mobil', PHONE]] as const) {
      const context = await newContext(browser, viewport);
      for (const shot of SHOTS) {
        const page = await context.newPage();
        await page.goto(`${server.url}${shot.path}`);
        await waitForLoaded(page);
        if (shot.map) await waitForMaps(page);
        if (shot.act) {
          await shot.act(page);
          await waitForLoaded(page);
        }
        const file = join(OUT, `${shot.name}-${label}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${file}  (${viewport.width}×${viewport.height}, ${shot.path})`);
        await page.close();
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

process.exitCode = await main();
