import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { chromiumMissing, launchChromium, newContext, waitForLoaded } from '../helpers/browser.js';
import { TEST_USERS, testPassword } from '../helpers/test-users.js';
import { startWebServer, type RunningServer } from '../helpers/web-server.js';

/** Signing in and out through the page, as a planner would, against the real server. */

const missing = chromiumMissing();

describe('sign-in (web)', () => {
  let server: RunningServer | null = null;
  let browser: Browser | null = null;

  before(async () => {
    if (missing) return;
    server = await startWebServer({ withPasswords: ['planner'] });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a wrong password is refused in Norwegian; the right one leads back, shows who is signed in, and «Logg ut» signs out', async (t) => {
    if (missing) return t.skip(missing);
    assert.ok(browser && server);
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/planlegger`);
      await waitForLoaded(page);
      await page.getByRole('banner').getByRole('link', { name: 'Logg inn' }).click();
      await page.waitForURL(/\/logg-inn\?tilbake=%2Fplanlegger/);
      await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();

      await page.getByRole('textbox', { name: 'Brukernavn' }).fill(TEST_USERS.planner.name);
      await page.getByLabel('Passord').fill('ikke-passordet');
      await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
      await page.getByRole('alert').filter({ hasText: 'Feil brukernavn eller passord.' }).waitFor();

      await page.getByLabel('Passord').fill(testPassword('planner'));
      await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
      await page.waitForURL(/\/planlegger$/);
      const banner = page.getByRole('banner');
      await banner.getByText(`Logget inn som ${TEST_USERS.planner.name}`).waitFor();
      const cookies = await context.cookies();
      const session = cookies.find((c) => c.name === 'naerpoliti_session');
      assert.ok(session, 'the session cookie is set');
      assert.deepEqual([session.httpOnly, session.sameSite], [true, 'Strict']);

      // Signed in, the planner's write goes through with the cookie alone.
      await page.getByRole('textbox', { name: 'Navn' }).fill('Laget etter innlogging');
      await page.getByRole('button', { name: 'Lag scenario' }).click();
      await page.waitForURL(/\/planlegger\/\d+$/);

      await banner.getByRole('button', { name: 'Logg ut' }).click();
      await banner.getByRole('link', { name: 'Logg inn' }).waitFor();
      const who = (await (await fetch(`${server.url}/api/v1/session`, { headers: { cookie: `naerpoliti_session=${session.value}` } })).json()) as { user: unknown };
      assert.equal(who.user, null, 'the session is ended on the server, not only forgotten by the browser');
    } finally {
      await context.close();
    }
  });
});
