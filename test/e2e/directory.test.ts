import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSession, chromiumMissing, waitForLoaded, waitForTrue } from '../helpers/browser.js';
import { startWebServer } from '../helpers/web-server.js';

/**
 * The public directory in a real browser against the real server: what a visitor does, found the
 * way they find it (roles and accessible names, never CSS classes).
 */

const missing = chromiumMissing();

describe('public web directory', () => {
  const session = browserSession(startWebServer);
  const open = session.open;

  /** The number shown for a fact ("Politidistrikt" → 12) in the front page's "Politiet i tall". */
  async function fact(page: Page, label: string): Promise<number> {
    const facts = page.getByRole('region', { name: 'Politiet i tall' });
    const value = facts.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
    return Number((await value.innerText()).replace(/\s/g, ''));
  }

  test('search a municipality with the keyboard and land on its page', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/?dato=2018-07-01');
    const box = page.getByRole('combobox', { name: /Søk etter kommune/ });
    await box.fill('Bodø');
    const option = page.getByRole('option', { name: /^Bodø\s*Kommune/ });
    await option.waitFor();
    // Arrow down until the municipality is the active option, then Enter.
    for (let i = 0; i < 8 && (await option.getAttribute('aria-selected')) !== 'true'; i++) await box.press('ArrowDown');
    assert.equal(await option.getAttribute('aria-selected'), 'true');
    await box.press('Enter');
    await page.waitForURL(/\/kommune\/1804\?dato=2018-07-01$/);
    await waitForLoaded(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Bodø kommune');
    // Focus follows to the new page's heading, where a screen reader starts reading.
    await waitForTrue(page, `document.activeElement?.tagName === 'H1'`, 5000);
    await page.getByRole('link', { name: 'Nordland politidistrikt' }).first().waitFor();
    await page.context().close();
  });

  test('find the police for a postcode', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/?dato=2018-07-01');
    await page.getByRole('textbox', { name: 'Postnummer, adresse eller stedsnavn' }).fill('Storgata 1, 9600 Hammerfest');
    await page.getByRole('button', { name: 'Finn politiet' }).click();
    const answer = page.getByRole('region', { name: /^Politiet for 9600/ });
    await answer.waitFor({ timeout: 20_000 });
    await answer.getByRole('link', { name: 'Finnmark politidistrikt', exact: true }).waitFor();
    await answer.getByRole('link', { name: /^Hammerfest/ }).first().waitFor();
    assert.ok((await answer.getByRole('listitem').count()) >= 1, 'the answer lists the nearest offices');
    // Focus moved to the answer for keyboard and screen-reader users.
    assert.match(await page.evaluate('document.activeElement?.textContent ?? ""'), /Politiet for 9600/);
    await page.context().close();
  });

  test('open a district from the list, then one of its offices', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/?dato=2018-07-01');
    await page.getByRole('table', { name: /Politidistriktene per 1\. juli 2018/ }).getByRole('link', { name: 'Nordland politidistrikt' }).click();
    await page.waitForURL(/\/politidistrikt\/nordland\?dato=2018-07-01$/);
    await waitForLoaded(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Nordland politidistrikt');
    const offices = page.getByRole('table', { name: /Tjenestesteder i Nordland politidistrikt/ });
    await offices.getByRole('link', { name: 'Bodø politistasjon', exact: true }).click();
    await page.waitForURL(/\/tjenestested\/bodo-politistasjon\?dato=2018-07-01$/);
    await waitForLoaded(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Bodø politistasjon');
    await page.getByText('Posisjonen er angitt etter').waitFor();
    await page.getByRole('heading', { name: 'Nærmeste andre tjenestesteder' }).waitFor();
    const history = page.getByRole('table', { name: /Historikken til Bodø politistasjon/ });
    await history.waitFor();
    // The office list starts on 2015-01-01; that is not when Bodø's station opened (issue 13.3).
    assert.equal(await history.locator('tbody tr').first().locator('td').first().innerText(), 'Ukjent (senest 1. januar 2015, der registeret starter)');
    await page.context().close();
  });

  test('change the date and see the counts change between 2015-12-31 and 2018-07-01', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/');
    const field = page.getByRole('textbox', { name: 'Struktur per dato' });
    await field.fill('2015-12-31');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/\?dato=2015-12-31$/);
    await waitForLoaded(page);
    const before = { districts: await fact(page, 'Politidistrikt'), offices: await fact(page, 'Tjenestesteder') };

    await page.getByRole('link', { name: /Endelig lokal struktur/ }).click();
    await page.waitForURL(/\?dato=2018-07-01$/);
    await waitForLoaded(page);
    const afterReform = { districts: await fact(page, 'Politidistrikt'), offices: await fact(page, 'Tjenestesteder') };

    assert.equal(before.districts, 27, 'before the reform: 27 districts');
    assert.equal(afterReform.districts, 12, 'after the reform: 12 districts');
    assert.ok(afterReform.offices < before.offices, `fewer offices after (${afterReform.offices}) than before (${before.offices})`);
    // The district table follows the date too.
    assert.equal(await page.getByRole('table', { name: /Politidistriktene per 1\. juli 2018/ }).getByRole('row').count(), 12 + 2);
    await page.context().close();
  });

  test('an office on a date after it closed says so and links to the days it existed', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/tjenestested/balestrand-lensmannskontor?dato=2019-01-01');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Tjenestestedet fantes ikke på denne datoen');
    await page.getByText(/Balestrand lensmannskontor .* var ikke i kraft 2019-01-01/).waitFor();
    await page.getByRole('link', { name: /siste dag, 27\. desember 2017/ }).click();
    await page.waitForURL(/\/tjenestested\/balestrand-lensmannskontor\?dato=2017-12-27$/);
    await waitForLoaded(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Balestrand lensmannskontor');
    await page.context().close();
  });

  test('a search with no hits says "Fant ingen treff", and an unknown address says the page does not exist', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/sok?q=xqzzy');
    await page.getByText('Fant ingen treff').waitFor();
    await page.goto(`${session.url()}/politidistrikt/finnes-ikke`);
    await waitForLoaded(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Fant ikke politidistriktet');
    await page.goto(`${session.url()}/ingen/slik/side`);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Fant ikke siden');
    await page.context().close();
  });
});
