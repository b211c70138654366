import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { AccountService } from '../../src/services/auth/account-service.js';

/*
 * The account commands end to end with the real CLI over a temporary data directory, in the order an
 * administrator would use them; what they wrote is then checked through the store itself.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, DATABASE_URL: undefined, NAERPOLITI_DATA_DIR: join(dir, 'db'), NAERPOLITI_ACTOR: 'drift' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const ok = (args: string[], input?: string) => {
  const run = cli(args, input);
  assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
};
const fails = (args: string[], stderr: RegExp) => {
  const run = cli(args);
  assert.equal(run.status, 1, `${args.join(' ')} should fail: ${run.stdout}`);
  assert.match(run.stderr, stderr);
  assert.equal(run.stderr.trim().split('\n').length, 1, `one line, no stack: ${run.stderr}`);
  assert.doesNotMatch(run.stderr, /\bat .*\.ts:\d+/);
};

async function withStore<T>(body: (accounts: AccountService) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(join(dir, 'db'));
  try {
    return await body(new AccountService(store.users, store.scenarios));
  } finally {
    await store.close();
  }
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'naerpoliti-user-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('user add prints a one-time password once, which signs in; list shows the user with its roles', async () => {
  const out = ok(['user', 'add', 'kari', '--role', 'planner', '--district', 'finnmark']);
  const password = /Engangspassord \(vises bare nå\): (\S+)/.exec(out)?.[1];
  assert.ok(password && password.length === 20, out);
  assert.equal(ok(['user', 'list']).trim(), 'kari – planlegger – distrikt finnmark');
  const listed = JSON.parse(ok(['user', 'list', '--json'])) as { users: { name: string; roles: string[]; districtId: string | null }[] };
  assert.deepEqual(listed.users.map((u) => [u.name, u.roles, u.districtId]), [['kari', ['planner'], 'finnmark']]);
  await withStore(async (accounts) => {
    assert.equal((await accounts.signIn('kari', password, null))?.user.name, 'kari');
    assert.equal(await accounts.signIn('kari', `${password}x`, null), null);
  });
});

test('user add --password-stdin takes the password from standard input and prints none', async () => {
  const out = ok(['user', 'add', 'ola', '--role', 'decider', '--role', 'administrator', '--password-stdin'], 'et langt nok passord\n');
  assert.doesNotMatch(out, /passord/i);
  await withStore(async (accounts) => {
    assert.deepEqual((await accounts.signIn('ola', 'et langt nok passord', null))?.user.roles, ['decider', 'administrator']);
  });
  fails(['user', 'add', 'kort', '--role', 'planner', '--password-stdin'], /^naerpoliti: passordet må ha 12–1024 tegn$/m);
});

test('token create --json prints the token once; it finds its owner until the owner is disabled', async () => {
  const { token } = JSON.parse(ok(['token', 'create', 'kari', '--expires', '2099-12-31', '--json'])) as { token: string };
  assert.match(token, /^np_[A-Za-z0-9_-]{43}$/);
  await withStore(async (accounts) => assert.equal((await accounts.userForToken(token))?.name, 'kari'));
  assert.equal(ok(['user', 'disable', 'kari']).trim(), 'Deaktiverte kari');
  await withStore(async (accounts) => assert.equal(await accounts.userForToken(token), null));
});

test('errors are one Norwegian line', () => {
  fails(['user', 'add', 'ola', '--role', 'planner'], /^naerpoliti: det finnes allerede en bruker som heter «ola»$/m);
  fails(['user', 'add', 'per', '--role', 'sjef'], /ukjent rolle «sjef»/);
  fails(['user', 'add', 'per', '--role', 'municipality'], /en kommunes representant må ha nøyaktig ett kommunenummer/);
  fails(['user', 'disable', 'ingen'], /det finnes ingen bruker som heter «ingen»/);
  fails(['token', 'create', 'ingen', '--json'], /det finnes ingen bruker som heter «ingen»/);
  fails(['token', 'create', 'ola', '--expires', '2020-01-01', '--json'], /allerede passert/);
  fails(['token', 'create', 'ola', '--expires', 'snart', '--json'], /ugyldig utløpsdato «snart»/);
});

test('audit lists every account write, newest first, as text, JSON and CSV, and never a secret', () => {
  const { entries } = JSON.parse(ok(['audit', '--json'])) as { entries: { action: string; subject: string; actor: string; userId: number | null }[] };
  assert.deepEqual(
    entries.map((e) => [e.action, e.subject]),
    [
      ['user.disable', 'user:kari'],
      ['token.create', 'user:kari'],
      ['session.create', 'user:ola'],
      ['user.add', 'user:ola'],
      ['session.failed', 'user:kari'],
      ['session.create', 'user:kari'],
      ['user.add', 'user:kari'],
    ],
  );
  assert.ok(entries.filter((e) => e.action.startsWith('user.') || e.action === 'token.create').every((e) => e.actor === 'drift' && e.userId === null));
  const csv = ok(['audit', '--csv']);
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'id,at,actor,user_id,action,subject,before_revision,after_revision,client_address,detail');
  assert.equal(lines.filter((l) => l !== '').length, entries.length + 1);
  assert.doesNotMatch(csv + JSON.stringify(entries), /scrypt|np_/);
  assert.match(ok(['audit', '--limit', '1']), /drift {2}user\.disable {2}user:kari/);
});
