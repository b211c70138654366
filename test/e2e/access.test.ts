import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { browserSession, chromiumMissing, waitForLoaded, waitForMaps } from '../helpers/browser.js';
import { startWebServer } from '../helpers/web-server.js';

/**
 * «Tilgjengelighet» in a real browser against the real server: the figures are read off the page
 * the way a visitor reads them (roles, accessible names, visible text) and checked against each other,
 * never against numbers written into the test.
 */

const missing = chromiumMissing();

/** A Norwegian figure as shown ("5 550 203", "99,0 %", "9,3 min", "−0,4 p.p.") as a number. */
function figure(text: string): number {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.').replace(/(%|min|p\.p\.)$/, '');
  const value = Number(cleaned);
  assert.ok(Number.isFinite(value), `«${text}» is a number`);
  return value;
}

describe('the accessibility page (Tilgjengelighet)', () => {
  const session = browserSession(startWebServer);
  const open = session.open;

  /** The value of a national headline fact, by its label ("Innbyggere", "Andel innen 45 min"). */
  async function headline(page: Page, label: string | RegExp): Promise<number> {
    const facts = page.locator('dl[aria-label="Hele landet"]');
    const name = typeof label === 'string' ? new RegExp(`^${label}$`) : label;
    return figure(await facts.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]').innerText());
  }

  /** The body rows of the table in the scroll region with this name. */
  function bodyRows(page: Page, name: RegExp): Locator {
    return page.getByRole('region', { name }).locator('tbody tr');
  }

  test('a 2018 date shows the national share within 45 minutes and a table of the 12 districts', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/tilgjengelighet?dato=2018-07-01');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Tilgjengelighet: hvor langt er det til politiet?');
    const share = await headline(page, 'Andel innen 45 min');
    assert.ok(share > 0 && share <= 100, `a share in percent, got ${share}`);
    const population = await headline(page, 'Innbyggere');
    const within = await headline(page, 'Innbyggere innen 45 min');
    assert.ok(Math.abs((within / population) * 100 - share) < 0.06, 'the share is the people within over the population, to the shown decimal');
    // The travel model is driving time on the road network, credited to OpenStreetMap where the figures are.
    await page.getByRole('heading', { name: 'Reisetidene er kjøretid på vegnettet' }).waitFor();
    assert.ok((await page.getByText(/© OpenStreetMap contributors, ODbL/).count()) >= 2, 'credited beside the headline and the districts');
    await page.getByText(/har ingen vegforbindelse i vegnettet/).waitFor();
    const districts = bodyRows(page, /^Reisetid til nærmeste tjenestested per politidistrikt/);
    assert.equal(await districts.count(), 12);
    // The districts' populations add up to the national figure in the table's footer and the headline.
    const populations = await districts.locator('td:nth-of-type(1)').allInnerTexts();
    assert.equal(populations.map(figure).reduce((a, b) => a + b, 0), population);
    await waitForMaps(page);
    await page.getByRole('region', { name: /^Kart over beregnet reisetid/ }).waitFor();
    await page.context().close();
  });

  test('choosing another threshold changes the address and the figures', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/tilgjengelighet?dato=2018-07-01');
    const share45 = await headline(page, 'Andel innen 45 min');
    await page.getByLabel('Terskel (minutter til nærmeste tjenestested)').selectOption('15');
    await page.getByRole('button', { name: 'Vis tallene' }).click();
    await page.waitForURL(/terskel=15/);
    assert.match(page.url(), /dato=2018-07-01/, 'the date stays');
    await page.locator('dl[aria-label="Hele landet"] dt', { hasText: /^Andel innen 15 min$/ }).waitFor();
    await waitForLoaded(page);
    const share15 = await headline(page, 'Andel innen 15 min');
    assert.ok(share15 < share45, `fewer live within 15 than within 45 minutes (${share15} < ${share45})`);
    await page.getByRole('columnheader', { name: 'Andel innen 15 min' }).first().waitFor();
    await page.context().close();
  });

  test('the service choice shows the share within reach of the nearest pass and ID office, and which districts meet the target', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/tilgjengelighet?dato=2020-06-01');
    const allOffices = await headline(page, 'Andel innen 45 min');
    await page.getByLabel('Nærmeste tjenestested som tilbyr').selectOption('pass-id');
    await page.getByRole('button', { name: 'Vis tallene' }).click();
    await page.waitForURL(/tjeneste=pass-id/);
    const districts = bodyRows(page, /^Reisetid til nærmeste pass- og ID-kontor per politidistrikt/);
    await districts.first().waitFor();
    await waitForLoaded(page);
    assert.equal(await districts.count(), 12);
    const passId = await headline(page, 'Andel innen 45 min');
    assert.ok(passId < allOffices, `fewer within 45 minutes of a pass office than of any office (${passId} < ${allOffices})`);
    await page.getByText(/politidistrikt når ikke målet om 90\s%\sinnen 45 minutter til nærmeste pass- og ID-kontor/).waitFor();
    await page.getByText(/^Når målet: /).waitFor();
    await page.getByText(/© OpenStreetMap contributors/).first().waitFor();
    await page.context().close();
  });

  test('the distribution table adds up to the national population', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/tilgjengelighet?dato=2018-07-01');
    const population = await headline(page, 'Innbyggere');
    const rows = bodyRows(page, /^Innbyggere etter reisetid/);
    assert.ok((await rows.count()) > 1, 'several bins');
    const counts = await rows.locator('td:nth-of-type(1)').allInnerTexts();
    assert.equal(counts.map(figure).reduce((a, b) => a + b, 0), population);
    // The cumulative share ends at 100 %.
    const cumulative = await rows.locator('td:nth-of-type(3)').allInnerTexts();
    assert.equal(figure(cumulative.at(-1) ?? ''), 100);
    await page.getByRole('img', { name: /^Stolpediagram/ }).waitFor();
    await page.context().close();
  });

  test('the reform comparison shows the country and the districts before, after and today', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/tilgjengelighet?dato=2018-07-01');
    await page.getByRole('heading', { name: 'Før og etter reformen' }).waitFor();
    const national = page.getByRole('region', { name: /^Tilgjengelighet i hele landet før reformen/ });
    await national.getByRole('columnheader', { name: /^Før reformen/ }).waitFor();
    const offices = national.getByRole('row', { name: /^Åpne tjenestesteder/ });
    const cells = (await offices.locator('td').allInnerTexts()).map(figure);
    assert.equal(cells.length, 5, 'three dates and two changes');
    const [before = 0, afterReform = 0, today = 0, change = 0, changeToday = 0] = cells;
    assert.equal(change, afterReform - before);
    assert.equal(changeToday, today - before);
    assert.ok((await bodyRows(page, /^Politidistriktene før/).count()) > 0, 'a row per district');
    await page.context().close();
  });

  test('the municipality table puts the worst served first and sorts by a chosen column', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/tilgjengelighet?dato=2018-07-01');
    const region = page.getByRole('region', { name: /^Reisetid til nærmeste tjenestested per kommune/ });
    const rows = region.locator('tbody tr');
    const means = (await rows.locator('td:nth-of-type(4)').allInnerTexts()).map(figure);
    assert.ok(means.length > 1);
    assert.deepEqual(means, [...means].sort((a, b) => b - a), 'longest mean first');
    await page.getByRole('button', { name: /^Vis alle \d+ kommunene$/ }).click();
    await region.getByRole('button', { name: 'Innbyggere', exact: true }).click();
    const populations = (await rows.locator('td:nth-of-type(2)').allInnerTexts()).map(figure);
    assert.ok(populations.length > means.length, 'every municipality shown');
    assert.deepEqual(populations, [...populations].sort((a, b) => b - a), 'most inhabitants first');
    assert.equal(await region.getByRole('columnheader', { name: /^Innbyggere/ }).getAttribute('aria-sort'), 'descending');
    await page.context().close();
  });

  test('comparing two dates says who got farther, nationally and per district, and the two agree', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/tilgjengelighet?dato=2018-07-01');
    const form = page.getByRole('form', { name: 'Sammenlign to datoer' });
    await form.getByLabel('Fra').fill('2015-12-31');
    await form.getByRole('button', { name: 'Sammenlign' }).click();
    await page.waitForURL(/fra=2015-12-31/);
    await waitForLoaded(page);
    const facts = page.locator('dl[aria-label^="Hele landet mellom"]');
    const farther = figure(await facts.locator('dt', { hasText: /^Innbyggere som fikk lenger vei$/ }).locator('xpath=following-sibling::dd[1]').innerText());
    const rows = bodyRows(page, /^Politidistriktene mellom/);
    assert.equal(await rows.count(), await bodyRows(page, /^Reisetid til nærmeste tjenestested per politidistrikt/).count(), 'one row per district on the later date');
    const perDistrict = (await rows.locator('td:nth-of-type(8)').allInnerTexts()).map(figure);
    assert.equal(perDistrict.reduce((a, b) => a + b, 0), farther, 'the districts add up to the national figure');
    assert.ok(farther > 0, 'someone got farther when offices closed');
    await page.getByRole('heading', { name: /^Kommuner der noen fikk lenger vei/ }).waitFor();
    await page.context().close();
  });

  test('a date the analysis cannot evaluate says so, with no button to try again', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/tilgjengelighet?dato=2001-06-01');
    await page.getByRole('heading', { level: 2, name: 'Tilgjengeligheten kan ikke beregnes per 1. juni 2001' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Prøv igjen' }).count(), 0);
    // The reform comparison does not depend on the page's date and is still there.
    await page.getByRole('region', { name: /^Tilgjengelighet i hele landet før reformen/ }).waitFor();
    await page.context().close();
  });
});
