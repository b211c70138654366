import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSession, chromiumMissing, waitForLoaded, waitForMaps } from '../helpers/browser.js';
import { startWebServer } from '../helpers/web-server.js';

/**
 * Issue 12, defect 5: the web app under the server's Content-Security-Policy
 * (src/api/security-headers.ts). Chromium reports each blocked script, style, font, image, worker
 * or request both as a console error and as a securitypolicyviolation event; a page passes when
 * it shows its content with neither.
 */

const missing = chromiumMissing();

/** Collects the page's CSP violations (registered before any of its scripts run). */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

describe('the web app under the CSP', () => {
  const session = browserSession(startWebServer);

  for (const [name, path, hasMap] of [
    ['the front page and its map', '/?dato=2018-07-01', true],
    ['a district page and its map', '/politidistrikt/oslo?dato=2018-07-01', true],
    ['the reform maps', '/endringer', true],
    ['the planner', '/planlegger', false],
  ] as const) {
    test(`${name}: no CSP violation`, async (t) => {
      if (missing) return t.skip(missing);
      const page = await session.open('/om'); // any page, to get a context; the checked page loads below
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy|Content-Security-Policy/i.test(m.text())) consoleErrors.push(m.text());
      });
      await page.addInitScript(RECORD_VIOLATIONS);
      const response = await page.goto(`${session.url()}${path}`);
      assert.match(String(response?.headers()['content-security-policy']), /script-src 'self'/, 'the CSP is on');
      await waitForLoaded(page);
      if (hasMap) await waitForMaps(page);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const violations = (await page.evaluate('window.__cspViolations')) as string[];
      assert.deepEqual(violations, [], `${path}: ${violations.join('; ')}`);
      assert.deepEqual(consoleErrors, [], path);
      await page.context().close();
    });
  }
});
