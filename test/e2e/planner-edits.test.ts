import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { todayInNorway } from '../../src/shared/dates.js';
import { chromiumMissing, launchChromium, newContext, waitForLoaded, waitForTrue } from '../helpers/browser.js';
import { signInBrowser, startWebServer, type RunningServer } from '../helpers/web-server.js';

/**
 * The scenario editor's edits beyond close / merge / open / move, in a real browser against the real
 * server: «Endre type» (refused when it changes nothing, then accepted), «Ny tjenesteenhet» with the
 * municipality checkboxes driven by the keyboard, «Slå sammen tjenesteenheter», and «Flytt opp» /
 * «Flytt ned» with the order checked through the API. The offices and units are chosen from the
 * API's answer on the day, never hard-coded.
 */

const missing = chromiumMissing();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface OfficeRow {
  id: string;
  name: string;
  kind: string;
  stationDistrict: { id: string } | null;
  municipality: { number: string; name: string };
}
interface UnitRow {
  id: string;
  name: string;
  district: { id: string };
  headOffice: { id: string } | null;
  municipalities: { number: string; shared: boolean }[];
  offices: { id: string }[];
}
interface ViewBody {
  scenario: { revision: number };
  steps: { position: number; proposal: { type: string } }[];
}

describe('planner edits (web)', () => {
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  let scenarioId = 0;
  const today = todayInNorway();
  /** An office of another kind than politistasjon, to be made one (and refused when given its own kind). */
  let toRename: OfficeRow | null = null;
  /** A non-head office whose municipality goes alone into a new unit, leaving its old unit an office. */
  let moved: OfficeRow | null = null;
  /** Two units of one police district, neither touched by the new unit: the first goes into the second. */
  let dissolve: [UnitRow, UnitRow] | null = null;

  async function api<T>(path: string, init?: RequestInit): Promise<T> {
    assert.ok(server);
    const response = await fetch(`${server.url}/api/v1${path}`, init);
    assert.ok(response.ok, `${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  before(async () => {
    if (missing) return;
    server = await startWebServer({ withPasswords: ['planner'] });
    browser = await launchChromium();
    context = await newContext(browser);
    await signInBrowser(context, server, 'planner');
    page = await context.newPage();
    const { offices } = await api<{ offices: OfficeRow[] }>(`/offices?at=${today}`);
    const { stationDistricts: units } = await api<{ stationDistricts: UnitRow[] }>(`/station-districts?at=${today}`);
    const unitOf = new Map(units.map((u) => [u.id, u]));
    const heads = new Set(units.map((u) => u.headOffice?.id));
    const officesIn = (number: string) => offices.filter((o) => o.municipality.number === number);
    moved =
      offices.find((o) => {
        const unit = o.stationDistrict ? unitOf.get(o.stationDistrict.id) : undefined;
        if (!unit || heads.has(o.id) || unit.municipalities.length < 2) return false;
        const home = unit.municipalities.find((m) => m.number === o.municipality.number);
        const headHome = offices.find((x) => x.id === unit.headOffice?.id)?.municipality.number;
        // Alone in its municipality, which is wholly the unit's, with the head office elsewhere.
        return home !== undefined && !home.shared && headHome !== undefined && headHome !== o.municipality.number && officesIn(o.municipality.number).length === 1;
      }) ?? null;
    const touched = new Set([moved?.stationDistrict?.id]);
    toRename = offices.find((o) => o.kind !== 'politistasjon' && o.municipality.number !== moved?.municipality.number && !touched.has(o.stationDistrict?.id)) ?? null;
    touched.add(toRename?.stationDistrict?.id);
    for (const a of units) {
      const b = units.find((u) => u.id !== a.id && u.district.id === a.district.id && !touched.has(u.id) && u.offices.length > 0);
      if (!touched.has(a.id) && b) {
        dissolve = [a, b];
        break;
      }
    }
    const created = await api<{ id: number }>('/scenarios', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server!.tokens.planner}` },
      body: JSON.stringify({ name: 'Endringsprøve', baseDate: today }),
    });
    scenarioId = created.id;
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const changes = (p: Page) => p.getByRole('list', { name: 'Endringene i rekkefølge' }).getByRole('listitem');
  const activeText = (p: Page) => p.evaluate('document.activeElement?.textContent').then(String);

  test('«Endre type» with the current kind is refused in Norwegian with focus on it; with a new kind and name it is added', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page && server && toRename, 'an office that is not a politistasjon');
    await page.goto(`${server.url}/planlegger/${scenarioId}`);
    await waitForLoaded(page);
    await page.getByRole('heading', { level: 1, name: 'Endringsprøve' }).waitFor();
    const form = page.getByRole('form', { name: 'Endre type' });
    // The office table's «Endre type…» fills in the office and moves focus to the new kind.
    await page.getByRole('button', { name: `Endre type på ${toRename.name} …` }).press('Enter');
    assert.equal(await form.getByRole('combobox', { name: 'Tjenestested' }).inputValue(), toRename.id);
    const kindId = await form.getByRole('combobox', { name: 'Ny type' }).getAttribute('id');
    await waitForTrue(page, `document.activeElement?.id === ${JSON.stringify(kindId)}`, 30_000);
    await form.getByRole('combobox', { name: 'Ny type' }).selectOption(toRename.kind);
    await form.getByRole('button', { name: 'Endre type' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'endringen ville ikke endret noe' });
    await alert.waitFor();
    assert.equal(await page.evaluate('document.activeElement?.className'), 'np-planner-alert', 'focus moves to the refusal');
    // The editor with the refusal shown still passes axe.
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);

    await form.getByRole('combobox', { name: 'Ny type' }).selectOption('politistasjon');
    await form.getByRole('textbox', { name: 'Nytt navn (valgfritt)' }).fill('Prøvested politistasjon');
    await form.getByRole('button', { name: 'Endre type' }).press('Enter');
    await changes(page).filter({ hasText: `Gjør ${toRename.name} til politistasjon med navnet Prøvested politistasjon` }).waitFor();
    assert.match(await activeText(page), /^Lagt til: gjør .* til politistasjon med navnet Prøvested politistasjon/);
    // The office table shows the scenario's office under its new name and kind.
    await page.getByRole('table', { name: /^Tjenestestedene i scenarioet/ }).getByRole('rowheader', { name: 'Prøvested politistasjon' }).waitFor();
  });

  test('«Ny tjenesteenhet»: a police district, a municipality ticked with the keyboard, its office as head office', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page && server && moved, 'a municipality that can form a unit of its own');
    const form = page.getByRole('form', { name: 'Ny tjenesteenhet' });
    await form.getByRole('textbox', { name: 'Navn' }).fill('Prøveenhet politistasjonsdistrikt');
    assert.equal(await form.getByRole('combobox', { name: 'Type' }).inputValue(), 'politistasjonsdistrikt', 'politistasjonsdistrikt by default');
    const { municipalities } = await api<{ municipalities: { number: string; district: { id: string } }[] }>(`/municipalities?at=${today}`);
    const districtId = municipalities.find((m) => m.number === moved!.municipality.number)?.district.id;
    assert.ok(districtId);

    // Submitting with nothing ticked says what is missing, before anything is sent.
    await form.getByRole('button', { name: 'Opprett tjenesteenheten' }).click();
    await form.getByRole('alert').filter({ hasText: 'Velg minst én kommune' }).waitFor();

    await form.getByRole('combobox', { name: 'Vis kommunene i politidistrikt' }).selectOption(districtId);
    const fieldset = form.getByRole('group', { name: /^Kommuner i / });
    const box = fieldset.getByRole('checkbox', { name: moved.municipality.name, exact: true });
    await box.focus();
    await page.keyboard.press('Space');
    assert.equal(await box.isChecked(), true, 'Space ticks it');
    await form.getByText(`Valgt 1 kommune: ${moved.municipality.name}.`).waitFor();
    await form.getByRole('combobox', { name: 'Hovedkontor (valgfritt)' }).selectOption(moved.id);
    await form.getByRole('button', { name: 'Opprett tjenesteenheten' }).click();
    await changes(page).filter({ hasText: `Opprett Prøveenhet politistasjonsdistrikt med ${moved.municipality.name}` }).waitFor();
    assert.match(await activeText(page), /^Lagt til: opprett Prøveenhet politistasjonsdistrikt med 1 kommune/);
  });

  test('«Slå sammen tjenesteenheter»: one unit into another of its police district', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page && dissolve, 'two units in one police district');
    const [from, into] = dissolve;
    const form = page.getByRole('form', { name: 'Slå sammen tjenesteenheter' });
    await form.getByRole('combobox', { name: 'Tjenesteenhet som legges ned' }).selectOption(from.id);
    const target = form.getByRole('combobox', { name: 'Går inn i' });
    assert.equal(await target.locator(`option[value="${from.id}"]`).count(), 0, 'a unit is not offered to go into itself');
    await target.selectOption(into.id);
    await form.getByRole('button', { name: 'Slå sammen enhetene' }).click();
    await changes(page).filter({ hasText: `Legg ned ${from.name} og flytt kommuner og tjenestesteder til ${into.name}` }).waitFor();
    assert.equal(await changes(page).count(), 3);
  });

  test('«Flytt ned» and «Flytt opp» reorder the changes (disabled at the ends), as the API confirms', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(page);
    const types = async () => (await api<ViewBody>(`/scenarios/${scenarioId}`)).steps.map((s) => s.proposal.type);
    assert.deepEqual(await types(), ['set-office-kind', 'create-station-district', 'dissolve-station-district']);
    assert.equal(await page.getByRole('button', { name: /^Flytt endring 1 opp:/ }).isDisabled(), true, 'the first cannot go up');
    assert.equal(await page.getByRole('button', { name: /^Flytt endring 3 ned:/ }).isDisabled(), true, 'the last cannot go down');

    await page.getByRole('button', { name: /^Flytt endring 1 ned: Gjør / }).press('Enter');
    await page.getByRole('button', { name: /^Flytt endring 2 opp: Gjør / }).waitFor();
    assert.match(await activeText(page), /^Flyttet endring 1 ned; den er nå nummer 2\./);
    assert.deepEqual(await types(), ['create-station-district', 'set-office-kind', 'dissolve-station-district']);

    await page.getByRole('button', { name: /^Flytt endring 3 opp: Legg ned / }).click();
    await page.getByRole('button', { name: /^Flytt endring 2 ned: Legg ned / }).waitFor();
    assert.deepEqual(await types(), ['create-station-district', 'dissolve-station-district', 'set-office-kind']);
    assert.match(await changes(page).first().innerText(), /^Opprett Prøveenhet/);
  });
});
