import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterEach, describe, it, type TestContext } from 'node:test';
import { StoreError } from '../../src/store/errors.js';
import type { StoreHarness } from './harness.js';

const T1 = '2024-01-02T03:04:05.678Z';
const T2 = '2024-02-03T04:05:06.789Z';
const T3 = '2024-03-04T05:06:07.891Z';
const admin = { actor: 'system' };
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function rejects(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof StoreError, `expected a StoreError (${code}), got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.match(error.message, message);
    return true;
  });
}

/** The behaviour every UserStore adapter must have, run once per adapter (skipped with the harness's reason). */
export function userStoreContract(harness: StoreHarness): void {
  describe(`UserStore contract: ${harness.name}`, () => {
    afterEach(() => harness.closeAll());

    const test = (name: string, body: (t: TestContext) => Promise<void>): void => {
      it(name, async (t) => {
        const reason = await harness.unavailable();
        if (reason) {
          t.skip(reason);
          return;
        }
        await body(t);
      });
    };

    test('a user is kept with roles and binding, listed by name, and its creation audited without the hash', async () => {
      const { users, scenarios } = await harness.fresh();
      const kari = await users.createUser({ name: 'kari', roles: ['planner'], districtId: 'finnmark', passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA' }, { at: T1, audit: admin });
      assert.deepEqual(kari, { id: 1, name: 'kari', roles: ['planner'], districtId: 'finnmark', municipalityNumber: null, disabled: false, createdAt: T1 });
      const alta = await users.createUser({ name: 'Åse.Alta', roles: ['municipality'], municipalityNumber: '5601', passwordHash: null }, { at: T2, audit: { actor: 'kari', userId: 1, clientAddress: '127.0.0.1' } });
      assert.equal(alta.id, 2);
      assert.deepEqual((await users.listUsers()).map((u) => u.name), ['kari', 'Åse.Alta']);
      assert.deepEqual(await users.getUser(1), kari);
      assert.deepEqual(await users.getUserByName('Åse.Alta'), alta);
      assert.equal(await users.getUserByName('nobody'), null);
      assert.deepEqual(await users.credentialsOf('kari'), { user: kari, passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA' });
      const audit = await scenarios.listAudit();
      assert.deepEqual(
        audit.map((e) => [e.action, e.subject, e.actor, e.userId, e.clientAddress]),
        [
          ['user.add', 'user:Åse.Alta', 'kari', 1, '127.0.0.1'],
          ['user.add', 'user:kari', 'system', null, null],
        ],
      );
      assert.ok(!JSON.stringify(audit).includes('scrypt'), 'the audit log never holds a password hash');
    });

    test('names are unique, roles known, and a municipality representative is bound to exactly one municipality', async () => {
      const { users, scenarios } = await harness.fresh();
      await users.createUser({ name: 'kari', roles: ['planner'], passwordHash: null }, { at: T1, audit: admin });
      await rejects(users.createUser({ name: 'kari', roles: ['decider'], passwordHash: null }, { at: T2, audit: admin }), 'store.duplicate-user', /already a user named "kari"/);
      await rejects(users.createUser({ name: 'ola', roles: [], passwordHash: null }, { at: T2, audit: admin }), 'store.invalid-user', /roles must be one or more/);
      // The role list arrives from outside as strings; the store refuses names it does not know.
      const unknownRole = ['superuser'] as unknown as ['planner'];
      await rejects(users.createUser({ name: 'ola', roles: unknownRole, passwordHash: null }, { at: T2, audit: admin }), 'store.invalid-user', /roles must be/);
      await rejects(users.createUser({ name: 'ola', roles: ['municipality'], passwordHash: null }, { at: T2, audit: admin }), 'store.invalid-user', /needs a municipality number/);
      await rejects(users.createUser({ name: 'ola', roles: ['planner'], municipalityNumber: '5601', passwordHash: null }, { at: T2, audit: admin }), 'store.invalid-user', /only a representative/);
      await rejects(users.createUser({ name: ' ola', roles: ['planner'], passwordHash: null }, { at: T2, audit: admin }), 'store.invalid-user', /user name must be/);
      await rejects(users.createUser({ name: 'ola', roles: ['planner'], districtId: 'Vest Distrikt', passwordHash: null }, { at: T2, audit: admin }), 'store.invalid-user', /districtId/);
      assert.equal((await users.listUsers()).length, 1);
      assert.equal((await scenarios.listAudit()).length, 1, 'a refused user leaves no audit entry');
    });

    test('a token is found by its hash until it expires, and not once its owner is disabled', async () => {
      const { users, scenarios } = await harness.fresh();
      const kari = await users.createUser({ name: 'kari', roles: ['planner'], passwordHash: null }, { at: T1, audit: admin });
      const info = await users.createToken({ userId: kari.id, tokenHash: sha('secret-1'), expiresAt: T3 }, { at: T1, audit: admin });
      assert.deepEqual(info, { id: 1, userId: kari.id, createdAt: T1, expiresAt: T3 });
      await users.createToken({ userId: kari.id, tokenHash: sha('secret-2'), expiresAt: null }, { at: T1, audit: admin });
      assert.equal((await users.userForToken(sha('secret-1'), T2))?.name, 'kari');
      assert.equal(await users.userForToken(sha('secret-1'), T3), null, 'expired at its expiry time');
      assert.equal((await users.userForToken(sha('secret-2'), T3))?.name, 'kari');
      assert.equal(await users.userForToken(sha('other'), T2), null);
      assert.equal(await users.userForToken('not-a-hash', T2), null);
      const [latest] = await scenarios.listAudit();
      assert.equal(latest!.action, 'token.create');
      assert.ok(!JSON.stringify(await scenarios.listAudit()).includes(sha('secret-2')), 'the audit log never holds a token hash');

      const disabled = await users.updateUser('kari', { disabled: true }, { at: T2, audit: admin, action: 'user.disable' });
      assert.equal(disabled.disabled, true);
      assert.equal(await users.userForToken(sha('secret-2'), T2), null);
      assert.equal(await users.credentialsOf('kari'), null);
      await rejects(users.createToken({ userId: 99, tokenHash: sha('x'), expiresAt: null }, { at: T1, audit: admin }), 'store.user-not-found', /no user 99/);
      await rejects(users.createToken({ userId: kari.id, tokenHash: 'plain', expiresAt: null }, { at: T1, audit: admin }), 'store.invalid-option', /SHA-256/);
    });

    test('a session is found until it expires or is deleted, and disabling a user ends its sessions', async () => {
      const { users } = await harness.fresh();
      const kari = await users.createUser({ name: 'kari', roles: ['planner'], passwordHash: null }, { at: T1, audit: admin });
      const ola = await users.createUser({ name: 'ola', roles: ['decider'], passwordHash: null }, { at: T1, audit: admin });
      await users.createSession({ idHash: sha('s1'), userId: kari.id, expiresAt: T3 }, T1);
      await users.createSession({ idHash: sha('s2'), userId: kari.id, expiresAt: T3 }, T1);
      await users.createSession({ idHash: sha('s3'), userId: ola.id, expiresAt: T3 }, T1);
      assert.equal((await users.userForSession(sha('s1'), T2))?.name, 'kari');
      assert.equal(await users.userForSession(sha('s1'), T3), null);
      await users.deleteSession(sha('s1'), T1);
      assert.equal(await users.userForSession(sha('s1'), T2), null);
      assert.equal((await users.userForSession(sha('s2'), T2))?.name, 'kari');
      await users.updateUser('kari', { disabled: true }, { at: T2, audit: admin, action: 'user.disable' });
      await users.updateUser('kari', { disabled: false }, { at: T2, audit: admin, action: 'user.enable' });
      assert.equal(await users.userForSession(sha('s2'), T2), null, 'disabling signed kari out everywhere');
      assert.equal((await users.userForSession(sha('s3'), T2))?.name, 'ola');
    });

    test('a change of roles is audited with before and after, and an unknown user cannot be changed', async () => {
      const { users, scenarios } = await harness.fresh();
      await users.createUser({ name: 'kari', roles: ['planner'], passwordHash: null }, { at: T1, audit: admin });
      const changed = await users.updateUser('kari', { roles: ['planner', 'decider'] }, { at: T2, audit: { actor: 'admin', userId: 9 }, action: 'user.roles' });
      assert.deepEqual(changed.roles, ['planner', 'decider']);
      const [entry] = await scenarios.listAudit();
      assert.deepEqual([entry!.action, entry!.userId, entry!.detail], [
        'user.roles',
        9,
        {
          before: { roles: ['planner'], districtId: null, municipalityNumber: null, disabled: false },
          after: { roles: ['planner', 'decider'], districtId: null, municipalityNumber: null, disabled: false },
          passwordChanged: false,
        },
      ]);
      await rejects(users.updateUser('nobody', { disabled: true }, { at: T2, audit: admin, action: 'user.disable' }), 'store.user-not-found', /no user named "nobody"/);
      await rejects(users.updateUser('kari', { roles: [] }, { at: T2, audit: admin, action: 'user.roles' }), 'store.invalid-user', /roles/);
    });

    test('users survive reopening the database', async () => {
      const { users } = await harness.fresh();
      await users.createUser({ name: 'kari', roles: ['administrator'], passwordHash: 'h' }, { at: T1, audit: admin });
      const again = await harness.reopen();
      assert.equal((await again.users.getUserByName('kari'))?.roles[0], 'administrator');
    });
  });
}
