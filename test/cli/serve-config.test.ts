import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePublicOrigin } from '../../src/cli/auth-config.js';
import { resolveLogLevel } from '../../src/config.js';

test('PUBLIC_ORIGIN is a bare origin or refused, naming the variable', () => {
  assert.equal(resolvePublicOrigin({}), null);
  assert.equal(resolvePublicOrigin({ PUBLIC_ORIGIN: ' https://naerpoliti.example.no ' }), 'https://naerpoliti.example.no');
  assert.equal(resolvePublicOrigin({ PUBLIC_ORIGIN: 'http://localhost:8080/' }), 'http://localhost:8080');
  assert.throws(() => resolvePublicOrigin({ PUBLIC_ORIGIN: 'naerpoliti.example.no' }), /PUBLIC_ORIGIN «naerpoliti.example.no» er ikke en adresse/);
  assert.throws(() => resolvePublicOrigin({ PUBLIC_ORIGIN: 'https://x.example/app' }), /skal bare ha protokoll/);
  assert.throws(() => resolvePublicOrigin({ PUBLIC_ORIGIN: 'ftp://x.example' }), /skal bare ha protokoll/);
});


test('LOG_LEVEL names a level (default info) or is refused in Norwegian, naming the variable', () => {
  assert.equal(resolveLogLevel({}), 'info');
  assert.equal(resolveLogLevel({ LOG_LEVEL: ' WARN ' }), 'warn');
  assert.equal(resolveLogLevel({ LOG_LEVEL: 'silent' }), 'silent');
  assert.throws(() => resolveLogLevel({ LOG_LEVEL: 'loud' }), /LOG_LEVEL «loud» må være en av trace, debug, info, warn, error, fatal, silent$/);
});
