import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { todayInNorway } from '../../src/shared/dates.js';
import { chromiumMissing, launchChromium, newContext, waitForLoaded, waitForMaps, waitForTrue } from '../helpers/browser.js';
import { signInBrowser, startWebServer, type RunningServer } from '../helpers/web-server.js';

/**
 * The planner in a real browser against the real server (a temporary store): a planner signed in
 * makes a scenario, edits it with the keyboard, undoes, compares and sends it on consultation; a
 * decider (another person: four eyes) decides and publishes it into the register; the planner runs
 * the optimiser and saves its answer as a scenario. The offices
 * are chosen from the API's answer on the day, never hard-coded.
 */

const missing = chromiumMissing();

interface OfficeRow {
  id: string;
  name: string;
  stationDistrict: { id: string } | null;
  municipality: { number: string };
  openOnDate: boolean;
}

describe('planner (web)', () => {
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  const today = todayInNorway();
  /** Offices that are not their station district's head office (closing one needs no new head). */
  let plain: OfficeRow[] = [];
  let openCount = 0;
  /** A head office with at least two other offices in its unit (closing it needs a new head). */
  let busyHead: OfficeRow | null = null;

  async function api<T>(path: string): Promise<T> {
    assert.ok(server);
    const response = await fetch(`${server.url}/api/v1${path}`);
    assert.equal(response.status, 200, path);
    return (await response.json()) as T;
  }

  before(async () => {
    if (missing) return;
    server = await startWebServer({ withPasswords: ['planner', 'decider'] });
    browser = await launchChromium();
    context = await newContext(browser);
    await signInBrowser(context, server, 'planner');
    page = await context.newPage();
    const { offices } = await api<{ offices: OfficeRow[] }>(`/offices?at=${today}`);
    const { stationDistricts } = await api<{ stationDistricts: { headOffice: { id: string } | null }[] }>(`/station-districts?at=${today}`);
    const heads = new Set(stationDistricts.map((s) => s.headOffice?.id));
    plain = offices.filter((o) => o.openOnDate && o.stationDistrict && !heads.has(o.id));
    // The evaluation counts offices staffed on the day: a seasonal office out of its season is not.
    openCount = offices.filter((o) => o.openOnDate).length;
    const perUnit = new Map<string, number>();
    for (const o of offices) if (o.stationDistrict) perUnit.set(o.stationDistrict.id, (perUnit.get(o.stationDistrict.id) ?? 0) + 1);
    busyHead = offices.find((o) => heads.has(o.id) && o.stationDistrict && (perUnit.get(o.stationDistrict.id) ?? 0) >= 3) ?? null;
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const summary = (p: Page) => p.getByTestId('evaluation-summary');

  async function waitForSummary(p: Page, text: string | RegExp): Promise<void> {
    await summary(p).filter({ hasText: text }).waitFor({ timeout: 30_000 });
  }

  test('create a scenario, close an office from the table with the keyboard, see the figures change, undo it', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page && server && plain.length >= 3, 'offices to work with');
    await page.goto(`${server.url}/planlegger`);
    await waitForLoaded(page);
    await page.getByRole('textbox', { name: 'Navn' }).fill('Prøvescenario');
    assert.equal(await page.getByLabel('Grunnlagsdato').inputValue(), today, 'the base date is today by default');
    await page.getByRole('button', { name: 'Lag scenario' }).click();
    await page.waitForURL(/\/planlegger\/\d+$/);
    await waitForLoaded(page);
    // A navigation keeps the old page up while the new one's chunk loads, so wait for the new heading.
    await page.getByRole('heading', { level: 1, name: 'Prøvescenario' }).waitFor();
    await waitForSummary(page, `${openCount} tjenestesteder`);

    const office = plain[0]!;
    const close = page.getByRole('button', { name: `Legg ned ${office.name}`, exact: true });
    await close.focus();
    await page.keyboard.press('Enter');
    const change = page.getByRole('list', { name: 'Endringene i rekkefølge' }).getByRole('listitem').filter({ hasText: `Legg ned ${office.name}` });
    await change.waitFor();
    await waitForSummary(page, `${openCount - 1} tjenestesteder`);
    // Focus lands on the sentence saying what was done (the row pressed is gone).
    assert.match(String(await page.evaluate('document.activeElement?.textContent')), /^Lagt til: legg ned/);

    await page.getByRole('button', { name: new RegExp(`^Angre endring 1: Legg ned ${office.name}`) }).press('Enter');
    await page.getByText('Ingen endringer ennå').waitFor();
    await waitForSummary(page, `${openCount} tjenestesteder`);
  });

  test('merge an office into another and see the comparison list it as removed', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page);
    const [, from, into] = plain as [OfficeRow, OfficeRow, OfficeRow];
    await page.getByRole('button', { name: `Slå sammen ${from.name} med …` }).click();
    const choice = page.getByRole('combobox', { name: 'Slås sammen med' });
    assert.equal(await page.evaluate('document.activeElement?.tagName'), 'SELECT', 'focus moves to the choice');
    await choice.selectOption(into.id);
    await page.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await page.getByRole('list', { name: 'Endringene i rekkefølge' }).getByRole('listitem').filter({ hasText: `Slå ${from.name} sammen med ${into.name}` }).waitFor();
    await page.getByRole('list', { name: 'Tjenestesteder fjernet og lagt til' }).getByText(`Fjernet: ${from.name}`).waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Hvert kriterium på grunnlagsdatoen og i scenarioet' }).waitFor();
  });

  test('on the map: an office click offers close and merge, a click elsewhere offers a new office there', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page);
    await waitForMaps(page);
    const map = page.getByRole('region', { name: /^Kart over tjenestestedene i scenarioet/ });
    await map.locator('.leaflet-np-points-pane path.leaflet-interactive').first().click({ force: true });
    const chosen = page.getByRole('heading', { level: 3, name: /^Valgt: / });
    await chosen.waitFor();
    await page.getByRole('group', { name: /^Valgt: / }).getByRole('button', { name: 'Legg ned' }).waitFor();
    const box = await map.boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + 12, box.y + box.height - 12);
    await page.getByRole('heading', { level: 3, name: /^Nytt tjenestested her/ }).waitFor();
    assert.match(String(await page.evaluate('document.activeElement?.textContent')), /^Nytt tjenestested her/);
    await page.getByRole('button', { name: 'Avbryt' }).click();
  });

  test('«what if» previews a new office at a municipality before it is added', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page);
    const form = page.getByRole('form', { name: 'Nytt tjenestested' });
    await form.getByRole('textbox', { name: 'Navn' }).fill('Prøvekontor');
    await form.getByRole('combobox', { name: 'Kommune (valgfritt)' }).selectOption({ index: 1 });
    assert.notEqual(await form.getByRole('textbox', { name: 'Breddegrad' }).inputValue(), '', 'the municipality gives the position');
    await form.getByRole('button', { name: 'Hva om det opprettes her?' }).click();
    await page.getByTestId('what-if').filter({ hasText: 'Anslått, ikke lagret' }).waitFor();
  });

  test('a refused change is shown next to the form with focus on it', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page);
    const form = page.getByRole('form', { name: 'Nytt tjenestested' });
    await form.getByRole('textbox', { name: 'Navn' }).fill('Langt til havs');
    await form.getByRole('textbox', { name: 'Breddegrad' }).fill('0');
    await form.getByRole('textbox', { name: 'Lengdegrad' }).fill('0');
    await form.getByRole('button', { name: 'Opprett tjenestested' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'ligger ikke i noen norsk kommune' });
    await alert.waitFor();
    assert.equal(await page.evaluate('document.activeElement?.className'), 'np-planner-alert');
    // The editor with an alert and a preview shown still passes axe (the clean page is in accessibility.test.ts).
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
  });

  test('closing a head office asks for the new one, and the change goes through with it', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page && busyHead, 'a head office among several offices');
    await page.getByRole('button', { name: `Legg ned ${busyHead.name}`, exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'hovedkontor' }).waitFor();
    await page.getByRole('button', { name: 'Prøv igjen med dette hovedkontoret' }).click();
    const changes = page.getByRole('list', { name: 'Endringene i rekkefølge' }).getByRole('listitem');
    await changes.filter({ hasText: `Legg ned ${busyHead.name} (nytt hovedkontor:` }).waitFor();
    // Undone again, so the publication below holds the merge alone.
    await page.getByRole('button', { name: new RegExp(`^Angre endring 2: Legg ned ${busyHead.name}`) }).click();
    await waitForTrue(page, `document.querySelectorAll('[aria-label="Endringene i rekkefølge"] > li').length === 1`, 30_000);
  });

  test('send it on consultation, decide it, publish it, and find the change in the register', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page && server);
    const from = plain[1]!;
    await page.getByRole('button', { name: 'Send på høring' }).click();
    await page.getByRole('button', { name: 'Marker som vedtatt' }).waitFor();
    // On consultation, the municipality's page lists it under «Åpne høringer».
    const scenarioUrl = page.url();
    await page.goto(`${server.url}/kommune/${from.municipality.number}`);
    await waitForLoaded(page);
    await page.getByRole('region', { name: 'Åpne høringer' }).getByRole('link', { name: 'Prøvescenario' }).waitFor({ timeout: 20_000 });
    // Deciding is someone else's: the decider signs in on the same browser.
    assert.ok(context);
    await signInBrowser(context, server, 'decider');
    await page.goto(scenarioUrl);
    await waitForLoaded(page);
    await page.getByRole('button', { name: 'Marker som vedtatt' }).click();
    await page.getByRole('textbox', { name: 'Vedtatt av' }).fill('Politidirektoratet');
    await page.getByRole('textbox', { name: /^Referanse/ }).fill('E2E 1/2026');
    await page.getByRole('button', { name: 'Publiser i registeret' }).click();
    // The confirmation step says what goes into force, from when, on which decision.
    const confirm = page.getByRole('region', { name: 'Bekreft publiseringen' });
    await confirm.waitFor();
    const said = await confirm.innerText();
    assert.match(said, /Én endring fra scenarioet «Prøvescenario» går inn i det offisielle registeret/);
    assert.match(said, /Politidirektoratet, .*referanse E2E 1\/2026/);
    await confirm.getByRole('button', { name: 'Bekreft og publiser' }).click();
    const link = page.getByRole('link', { name: 'Se endringene i registeret' });
    await link.waitFor({ timeout: 30_000 });
    const history = await api<{ events?: unknown[] } & Record<string, unknown>>(`/history/${from.id}?at=${today}`);
    assert.match(JSON.stringify(history), /E2E 1\/2026/, 'the register holds the change with its decision');
    await link.click();
    await page.waitForURL(/\/endringer\?/);
    await waitForLoaded(page);
    await page.getByRole('table', { name: /^Tjenestesteder nedlagt/ }).getByText(from.name).waitFor({ timeout: 30_000 });
    await signInBrowser(context, server, 'planner');
  });

  test('run the optimiser (heuristic only) and save its answer as a scenario', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page && server);
    await page.goto(`${server.url}/planlegger/optimering`);
    await waitForLoaded(page);
    const keep = openCount - 5;
    await page.getByRole('textbox', { name: 'Antall tjenestesteder (K)' }).fill(String(keep));
    await page.getByRole('checkbox', { name: /^Bare rask heuristikk/ }).check();
    await page.getByRole('button', { name: 'Start optimering' }).click();
    await page.getByRole('heading', { name: 'Resultat' }).waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('optimise-summary').innerText(), new RegExp(`^${keep} tjenestesteder`));
    await page.getByRole('button', { name: 'Lagre som scenario' }).click();
    await page.waitForURL(/\/planlegger\/\d+$/);
    await waitForLoaded(page);
    await page.getByRole('heading', { level: 1, name: /^Optimering: / }).waitFor();
    assert.ok((await page.getByRole('list', { name: 'Endringene i rekkefølge' }).getByRole('listitem').count()) > 0, 'the saved scenario has changes');
  });

  test('a full solve shows its progress and «Avbryt» stops it with the best answer so far', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page && server);
    await page.goto(`${server.url}/planlegger/optimering`);
    await waitForLoaded(page);
    // A p-median solve with the exact phase: it runs for seconds, long enough to be stopped by hand.
    await page.getByRole('textbox', { name: 'Antall tjenestesteder (K)' }).fill(String(openCount - 40));
    await page.getByRole('combobox', { name: 'Mål' }).selectOption('p-median');
    await page.getByRole('textbox', { name: 'Tidsbegrensning (sekunder)' }).fill('60');
    await page.getByRole('button', { name: 'Start optimering' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByText('Optimeringen ble avbrutt').waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Resultat' }).waitFor();
  });

  test('a scenario that does not exist says so, with its heading and a way back', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page && server);
    await page.goto(`${server.url}/planlegger/9999`);
    await waitForLoaded(page);
    await page.getByText('Det finnes ikke noe scenario 9999.').waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Scenario');
    await page.getByRole('link', { name: 'Alle scenarioer' }).waitFor();
  });

  test('signed out, making a scenario says in Norwegian that one must sign in, with a link to do so', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(browser && server);
    const ctx = await newContext(browser);
    try {
      const p = await ctx.newPage();
      await p.goto(`${server.url}/planlegger`);
      await waitForLoaded(p);
      await p.getByRole('textbox', { name: 'Navn' }).fill('Ikke lov');
      await p.getByRole('button', { name: 'Lag scenario' }).click();
      const alert = p.getByRole('alert').filter({ hasText: 'Du er ikke logget inn' });
      await alert.waitFor();
      await alert.getByRole('link', { name: 'Logg inn' }).waitFor();
    } finally {
      await ctx.close();
    }
  });
});
