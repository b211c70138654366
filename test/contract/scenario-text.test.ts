import assert from 'node:assert/strict';
import { test } from 'node:test';
import { issueNb, type IssueLike } from '../../src/contract/wording/scenario-text.js';

const closeAlta: IssueLike['proposal'] = { type: 'close-office', officeId: 'alta-politistasjon' };
const names = { 'alta-politistasjon': 'Alta politistasjon', 'alta-sd': 'Alta politistasjonsdistrikt' };

function issue(code: string, reason: string): IssueLike {
  return { position: 2, code, subject: 'alta-sd', reason, details: {}, proposal: closeAlta, names };
}

test('refusals are told in Norwegian with names, never with the English reason or a raw rule key', () => {
  const withoutOffice = issueNb(issue('planning.station-district-without-office', 'station district Alta politistasjonsdistrikt (alta-sd) has no office'));
  assert.equal(withoutOffice, 'Endring 2 (legg ned Alta politistasjon): Alta politistasjonsdistrikt ville stått uten tjenestested');

  const rule = issueNb(issue('register.station-district-unit', 'station district alta-sd belongs to operating unit "x", which is not in force on 2026-01-01'));
  assert.equal(rule, 'Endring 2 (legg ned Alta politistasjon): Alta politistasjonsdistrikt ville brutt regelen at en tjenesteenhet hører til en driftsenhet i samme politidistrikt');

  for (const code of ['register.municipality-in-one-station-district', 'register.station-district-head-office', 'scenario.unknown-office', 'scenario.head-office-invalid']) {
    const text = issueNb(issue(code, 'an English reason'));
    assert.doesNotMatch(text, /English|reason|[a-z]+-[a-z]+-[a-z]+/, `${code}: ${text}`);
  }
});
