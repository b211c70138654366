import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromiumMissing, DESKTOP, launchChromium, newContext, PHONE, waitForLoaded, waitForMaps } from '../helpers/browser.js';
import { startWebServer, type RunningServer } from '../helpers/web-server.js';

/**
 * Issue 13, «Finn ditt politi» as a citizen uses it, at desktop width and on a phone: postcode,
 * place name, address without postcode, a click on the map and a click in Sweden; the office
 * marked on the map, the answer in the URL (reload and Back keep it), and axe clean with an answer shown.
 */

const missing = chromiumMissing();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describe('the citizen journey', () => {
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  before(async () => {
    if (missing) return;
    server = await startWebServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
    assert.ok(browser && server);
    const page = await (await newContext(browser, viewport)).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    (page as Page & { errors?: string[] }).errors = errors;
    await page.goto(`${server.url}${path}`);
    await waitForLoaded(page);
    await waitForMaps(page);
    return page;
  }

  const field = (page: Page) => page.getByRole('textbox', { name: 'Postnummer, adresse eller stedsnavn' });
  const answers = (page: Page) => page.getByRole('region', { name: /^(Politiet for|Nærmeste pass- og ID-kontor for) / });

  async function ask(page: Page, text: string, button = 'Finn politiet'): Promise<Locator> {
    await field(page).fill(text);
    await page.getByRole('button', { name: button, exact: true }).click();
    const answer = answers(page);
    await answer.first().waitFor({ timeout: 20_000 });
    await waitForLoaded(page);
    return answer;
  }

  /** The office the map marks, from the map's accessible name ("…, med X markert"). */
  async function markedOffice(page: Page): Promise<string> {
    const map = page.getByRole('region', { name: /markert$/ });
    await map.waitFor({ timeout: 10_000 });
    const name = (await map.getAttribute('aria-label')) ?? '';
    assert.equal(await page.locator('.np-answer-office').count(), 1, 'one office ring on the map');
    return /med (.+) markert$/.exec(name)?.[1] ?? '';
  }

  /** A point on the map whose top element is (or is not) a district shape, found by scanning a grid. */
  async function mapPoint(page: Page, inside: boolean): Promise<{ x: number; y: number }> {
    // elementFromPoint sees only the viewport: bring the map into it first.
    await page.locator('.leaflet-container').first().scrollIntoViewIfNeeded();
    const box = await page.locator('.leaflet-container').first().boundingBox();
    assert.ok(box);
    const found = await page.evaluate(
      `(() => {
        const b = ${JSON.stringify(box)};
        // Inside: any district shape. Outside: the lower right of Norway's map, east of the shapes (Sweden).
        for (let fy = ${inside ? 0.3 : 0.78}; fy < 0.95; fy += 0.03) {
          for (let fx = ${inside ? 0.2 : 0.9}; ${inside ? 'fx < 0.9' : 'fx > 0.55'}; fx += ${inside ? 0.03 : -0.03}) {
            const x = b.x + b.width * fx, y = b.y + b.height * fy;
            const el = document.elementFromPoint(x, y);
            const shape = el && el.tagName === 'path' && el.classList.contains('leaflet-interactive');
            if (${inside ? 'shape' : '!shape && el && el.closest(".leaflet-container")'}) return { x, y };
          }
        }
        return null;
      })()`,
    );
    assert.ok(found, `found a map point ${inside ? 'in Norway' : 'outside Norway'}`);
    return found as { x: number; y: number };
  }

  test('the accessibility statement is linked from the footer of every page', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/tjenestested/lom-lensmannskontor?dato=2018-07-01', DESKTOP);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' }).waitFor();
    await page.getByRole('link', { name: 'uutilsynet.no' }).waitFor();
    await page.context().close();
  });

  test('date quick picks on a district page and Back to the front page throw nothing (_leaflet_pos)', async (t) => {
    if (missing) return t.skip(missing);
    const page = await open('/?dato=2018-07-01', DESKTOP);
    await page.getByRole('table', { name: /Politidistriktene per/ }).getByRole('link', { name: 'Nordland politidistrikt' }).click();
    await waitForLoaded(page);
    for (const name of ['Før reformen (31.12.2015)', 'Reformen starter (1.1.2016)', 'Endelig lokal struktur (1.7.2018)']) {
      // Quick, as a person clicking through: the next pick while the map still settles.
      await page.getByRole('link', { name }).click();
      await page.waitForTimeout(150);
    }
    await waitForLoaded(page);
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await waitForLoaded(page);
    await page.waitForTimeout(500);
    assert.deepEqual((page as Page & { errors?: string[] }).errors, [], 'no uncaught errors');
    await page.context().close();
  });

  for (const viewport of [DESKTOP, PHONE]) {
    const px = `${viewport.width} px`;

    test(`a postcode: the answer in the URL, the office marked, reload and Back keep it (${px})`, async (t) => {
      if (missing) return t.skip(missing);
      const page = await open('/?dato=2018-07-01', viewport);
      if (viewport === PHONE) {
        const form = await field(page).boundingBox();
        const map = await page.getByRole('region', { name: /^Kart over/ }).first().boundingBox();
        assert.ok(form && map && form.y < map.y, 'on a phone the search form comes before the map');
        const main = await page.getByRole('main').boundingBox();
        assert.ok(main && main.y < 260, `the header and date bar take ${main?.y} px of 812 on a phone (were 440)`);
        await page.getByRole('button', { name: 'Meny' }).waitFor();
      }
      // Few Tab presses to the field: the map's district shapes are not tab stops.
      let presses = 0;
      for (; presses < 30; presses++) {
        if (await page.evaluate(`document.activeElement?.getAttribute('autocomplete') === 'postal-code'`)) break;
        await page.keyboard.press('Tab');
      }
      assert.ok(presses < 30, `reached the postcode field in ${presses} Tab presses`);

      // An empty search: a Norwegian error summary and message under the field, never the browser's English bubble.
      await page.getByRole('button', { name: 'Finn politiet', exact: true }).click();
      await page.getByText('For å gå videre må du rette opp dette:').waitFor();
      await page.getByRole('link', { name: /Skriv et postnummer/ }).waitFor();

      const answer = await ask(page, '9990');
      await answer.getByRole('link', { name: /^Båtsfjord/ }).first().waitFor();
      assert.match(await markedOffice(page), /^Båtsfjord/);
      await answer.getByRole('link', { name: '02800' }).waitFor();
      await answer.getByRole('link', { name: '112' }).waitFor();
      assert.match(page.url(), /sted=[\d.]+%2C[\d.]+/);
      assert.match(page.url(), /dato=2018-07-01/);

      await page.reload();
      await waitForLoaded(page);
      await answers(page).first().waitFor({ timeout: 20_000 });
      assert.match(await answers(page).first().innerText(), /Båtsfjord/);

      // An address without postcode finds its town, and the old answer goes.
      const tromso = await ask(page, 'Storgata 1, Tromsø');
      await page.getByRole('heading', { name: /^Politiet for Tromsø/ }).waitFor();
      assert.equal(await tromso.count(), 1, 'one answer on the page');
      assert.match(await markedOffice(page), /Tromsø/);
      await page.goBack();
      await page.getByRole('heading', { name: /^Politiet for 9990/ }).waitFor({ timeout: 20_000 });

      await field(page).fill('Qxzqxzqy');
      await page.getByRole('button', { name: 'Finn politiet', exact: true }).click();
      await page.getByText(/Fant ingen treff/).waitFor({ timeout: 20_000 });
      assert.equal(await answers(page).count(), 0, 'a search without hits leaves no old answer behind');
      assert.deepEqual((page as Page & { errors?: string[] }).errors, []);
      await page.context().close();
    });

    test(`a place name measures from the place itself; the nearest pass- og ID-kontor (${px})`, async (t) => {
      if (missing) return t.skip(missing);
      const page = await open('/?dato=2018-07-01', viewport);
      const lom = await ask(page, 'Lom');
      const first = (await lom.getByRole('list', { name: 'Tjenestested som betjener kommunen' }).getByRole('listitem').first().innerText()).replace(/\s+/g, ' ');
      assert.match(first, /^Lom/);
      const km = Number(/([\d,]+) km/.exec(first)?.[1]?.replace(',', '.'));
      assert.ok(km < 3, `Lom measured from the village, not the municipality's middle: ${first}`);

      const pass = await ask(page, 'Lom', 'Finn nærmeste pass- og ID-kontor');
      await page.getByRole('heading', { name: /^Nærmeste pass- og ID-kontor for Lom/ }).waitFor();
      assert.match(await pass.getByRole('list', { name: 'Nærmeste pass- og ID-kontor' }).getByRole('listitem').first().innerText(), /^Lom lensmannskontor/);
      assert.match(page.url(), /tjeneste=pass-id/);

      await page.goto(page.url().replace('dato=2018-07-01', 'dato=2020-06-01'));
      await waitForLoaded(page);
      const later = answers(page).first();
      await later.waitFor({ timeout: 20_000 });
      await waitForLoaded(page);
      assert.doesNotMatch(await later.getByRole('list', { name: 'Nærmeste pass- og ID-kontor' }).getByRole('listitem').first().innerText(), /^Lom lensmannskontor/, 'Lom issued no passports in 2020');

      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const report = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
      assert.deepEqual(report, [], `axe with an answer shown:\n${report.join('\n')}`);
      await page.context().close();
    });

    test(`a click on the map answers for the point, a click in Sweden says it is outside Norway (${px})`, async (t) => {
      if (missing) return t.skip(missing);
      const page = await open('/?dato=2018-07-01', viewport);
      const inside = await mapPoint(page, true);
      await page.mouse.click(inside.x, inside.y);
      await page.getByRole('heading', { name: 'Politiet for punktet du klikket på' }).waitFor({ timeout: 20_000 });
      await waitForLoaded(page);
      await markedOffice(page);
      assert.match(page.url(), /kilde=map/);

      await page.goto(`${server!.url}/?dato=2018-07-01`);
      await waitForLoaded(page);
      await waitForMaps(page);
      const outside = await mapPoint(page, false);
      await page.mouse.click(outside.x, outside.y);
      await page.getByRole('heading', { name: 'Stedet ligger utenfor Norge' }).waitFor({ timeout: 20_000 });
      assert.equal(await page.getByText('Noe gikk galt').count(), 0);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      assert.deepEqual(results.violations.map((v) => v.id), []);
      await page.context().close();
    });
  }
});
