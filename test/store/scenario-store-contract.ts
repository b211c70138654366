import assert from 'node:assert/strict';
import { afterEach, describe, it, type TestContext } from 'node:test';
import type { NewChange } from '../../src/domain/changes.js';
import type { Proposal } from '../../src/domain/scenario/proposals.js';
import { StoreError } from '../../src/store/errors.js';
import type { ScenarioAudit } from '../../src/store/scenario-store.js';
import type { StoreHarness } from './harness.js';

const T1 = '2024-01-02T03:04:05.678Z';
const T2 = '2024-02-03T04:05:06.789Z';
const T3 = '2024-03-04T05:06:07.891Z';

const audit = (action: string, detail: unknown = null): ScenarioAudit => ({ actor: 'kari', action, detail });
const draft = { name: 'Færre kontor i Finnmark', description: 'Første utkast', baseDate: '2024-06-01', createdBy: 'kari' };

const PROPOSALS: Proposal[] = [
  { type: 'merge-office', officeId: 'kautokeino', intoOfficeId: 'alta' },
  // Key order and a long decimal must come back as given.
  { type: 'open-office', name: 'Ny – Kárášjohka', lon: 25.20981234567891, lat: 69.47, kind: 'politikontor', municipalityNumber: '5610', address: null },
  { type: 'close-office', officeId: 'loppa' },
];

function directorate(id: string): NewChange {
  return {
    id,
    effective: '2020-01-01',
    datePrecision: 'day',
    op: { type: 'establish', entity: 'directorate', id, attrs: { name: id, abbreviation: '', seat: 'Oslo' } },
    decision: null,
    sources: [],
    certainty: 'sourced',
    note: null,
    supersedes: null,
  };
}

async function rejects(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof StoreError, `expected a StoreError (${code}), got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.match(error.message, message);
    return true;
  });
}

/** The behaviour every ScenarioStore adapter must have, run once per adapter (skipped with the harness's reason). */
export function scenarioStoreContract(harness: StoreHarness): void {
  describe(`ScenarioStore contract: ${harness.name}`, () => {
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

    test('a new scenario is a draft at revision 1 with the next id, and its creation is audited', async () => {
      const { scenarios } = await harness.fresh();
      const first = await scenarios.createScenario(draft, { at: T1, audit: audit('scenario.create', { name: draft.name }) });
      assert.deepEqual(first, {
        id: 1,
        name: 'Færre kontor i Finnmark',
        description: 'Første utkast',
        baseDate: '2024-06-01',
        status: 'draft',
        createdAt: T1,
        createdBy: 'kari',
        updatedAt: T1,
        revision: 1,
        changes: [],
        publication: null,
      });
      const second = await scenarios.createScenario({ ...draft, name: 'B' }, { at: T2, audit: audit('scenario.create') });
      assert.equal(second.id, 2);
      assert.deepEqual(await scenarios.getScenario(1), first);
      const none = { userId: null, clientAddress: null, beforeRevision: null, afterRevision: 1 };
      assert.deepEqual(await scenarios.listAudit(), [
        { id: 2, at: T2, actor: 'kari', action: 'scenario.create', subject: 'scenario:2', detail: null, ...none },
        { id: 1, at: T1, actor: 'kari', action: 'scenario.create', subject: 'scenario:1', detail: { name: draft.name }, ...none },
      ]);
    });

    test('an edit records the user, the client address and the revision it went from and to; older entries page by id', async () => {
      const { scenarios } = await harness.fresh();
      const s = await scenarios.createScenario(draft, { at: T1, audit: { ...audit('scenario.create'), userId: 4, clientAddress: '192.0.2.7' } });
      await scenarios.updateScenario(s.id, 1, { name: 'Nytt navn' }, { at: T2, audit: { ...audit('scenario.update'), userId: 4, clientAddress: '2001:db8::1' } });
      const [edit, create] = await scenarios.listAudit();
      assert.deepEqual(
        [edit, create].map((e) => [e!.userId, e!.clientAddress, e!.beforeRevision, e!.afterRevision]),
        [
          [4, '2001:db8::1', 1, 2],
          [4, '192.0.2.7', null, 1],
        ],
      );
      assert.deepEqual((await scenarios.listAudit({ before: edit!.id })).map((e) => e.id), [create!.id]);
      assert.deepEqual(await scenarios.listAudit({ before: create!.id }), []);
      await rejects(scenarios.listAudit({ before: 0 }), 'store.invalid-option', /before must be a whole number/);
    });

    test('proposals are kept in order and come back exactly as given (key order, digits)', async () => {
      const { scenarios } = await harness.fresh();
      const s = await scenarios.createScenario(draft, { at: T1, audit: audit('scenario.create') });
      const updated = await scenarios.updateScenario(s.id, 1, { changes: PROPOSALS }, { at: T2, audit: audit('scenario.add-change', { position: 3 }) });
      assert.equal(updated.revision, 2);
      assert.equal(updated.updatedAt, T2);
      assert.equal(updated.createdAt, T1);
      const read = await scenarios.getScenario(s.id);
      assert.deepEqual(read, updated);
      assert.equal(JSON.stringify(read!.changes), JSON.stringify(PROPOSALS));
    });

    test('a new list replaces the old one (remove, reorder), and status and publication are kept', async () => {
      const { scenarios } = await harness.fresh();
      const s = await scenarios.createScenario(draft, { at: T1, audit: audit('scenario.create') });
      await scenarios.updateScenario(s.id, 1, { changes: PROPOSALS }, { at: T2, audit: audit('scenario.add-change') });
      const reordered = [PROPOSALS[2]!, PROPOSALS[0]!];
      await scenarios.updateScenario(s.id, 2, { changes: reordered, status: 'in-consultation' }, { at: T3, audit: audit('scenario.move-change') });
      const read = (await scenarios.getScenario(s.id))!;
      assert.deepEqual(read.changes, reordered);
      assert.equal(read.status, 'in-consultation');
      const publication = { decision: { by: 'Politidirektoratet', date: '2024-05-01', reference: 'POD 2024/1', url: null }, effective: '2024-06-01', publishedAt: T3, publishedBy: 'kari', changeIds: ['scenario-1-1-1'] };
      const published = await scenarios.updateScenario(s.id, 3, { status: 'published', publication }, { at: T3, audit: audit('scenario.publish') });
      assert.deepEqual((await scenarios.getScenario(s.id))!, published);
      assert.deepEqual(published.publication, publication);
      assert.deepEqual(published.changes, reordered);
    });

    test('a write made on an old revision is refused and changes nothing', async () => {
      const { scenarios } = await harness.fresh();
      const s = await scenarios.createScenario(draft, { at: T1, audit: audit('scenario.create') });
      const mine = await scenarios.updateScenario(s.id, 1, { changes: PROPOSALS.slice(0, 1) }, { at: T2, audit: audit('scenario.add-change') });
      await rejects(
        scenarios.updateScenario(s.id, 1, { changes: PROPOSALS }, { at: T3, audit: audit('scenario.add-change') }),
        'store.scenario-conflict',
        /^Scenario 1 was changed by someone else \(it is at revision 2, this edit was made on revision 1\)/,
      );
      assert.deepEqual(await scenarios.getScenario(s.id), mine);
      assert.equal((await scenarios.listAudit()).length, 2);
    });

    test('unknown scenarios read as null and cannot be written', async () => {
      const { scenarios } = await harness.fresh();
      assert.equal(await scenarios.getScenario(7), null);
      assert.equal(await scenarios.getScenario(Number.NaN), null);
      await rejects(scenarios.updateScenario(7, 1, { name: 'x' }, { at: T1, audit: audit('scenario.update') }), 'store.scenario-not-found', /^There is no scenario 7$/);
    });

    test('an invalid scenario is refused naming the field, and nothing is written', async () => {
      const { scenarios } = await harness.fresh();
      await rejects(scenarios.createScenario({ ...draft, name: '' }, { at: T1, audit: audit('scenario.create') }), 'store.invalid-scenario', /^scenario 1: \/name must not be empty/);
      await rejects(scenarios.createScenario({ ...draft, baseDate: '2024-02-30' }, { at: T1, audit: audit('scenario.create') }), 'store.invalid-scenario', /\/baseDate must be a real calendar date/);
      await rejects(scenarios.createScenario({ ...draft, name: 'a\u0000b' }, { at: T1, audit: audit('scenario.create') }), 'store.invalid-scenario', /\/name must not contain the NUL character/);
      assert.deepEqual(await scenarios.listScenarios(), []);
      const s = await scenarios.createScenario(draft, { at: T1, audit: audit('scenario.create') });
      const bad = [{ type: 'close-everything', officeId: 'x' }] as unknown as Proposal[]; // deliberately not a proposal
      await rejects(scenarios.updateScenario(s.id, 1, { changes: bad }, { at: T2, audit: audit('scenario.add-change') }), 'store.invalid-scenario', /^scenario 1: \/changes\/0\/type must be one of "close-office", "merge-office"/);
      await rejects(scenarios.updateScenario(s.id, 1, { name: 'x' }, { at: '2024-01-01', audit: audit('scenario.update') }), 'store.invalid-option', /option at must be an ISO 8601 UTC timestamp/);
      await rejects(scenarios.updateScenario(s.id, 1, { name: 'x' }, { at: T2, audit: { actor: '', action: 'scenario.update', detail: null } }), 'store.invalid-audit', /actor must be a non-empty string/);
      assert.deepEqual(await scenarios.getScenario(s.id), { ...s });
      assert.equal((await scenarios.listAudit()).length, 1);
    });

    test('the list is newest first with the number of proposals', async () => {
      const { scenarios } = await harness.fresh();
      const a = await scenarios.createScenario({ ...draft, name: 'A' }, { at: T1, audit: audit('scenario.create') });
      await scenarios.createScenario({ ...draft, name: 'B' }, { at: T2, audit: audit('scenario.create') });
      await scenarios.updateScenario(a.id, 1, { changes: PROPOSALS }, { at: T3, audit: audit('scenario.add-change') });
      assert.deepEqual(
        (await scenarios.listScenarios()).map((s) => [s.id, s.name, s.changeCount, s.revision, s.updatedAt]),
        [
          [2, 'B', 0, 1, T2],
          [1, 'A', 3, 2, T3],
        ],
      );
    });

    test('the audit log filters by subject and limits, newest first; other actions can be recorded', async () => {
      const { scenarios } = await harness.fresh();
      const a = await scenarios.createScenario(draft, { at: T1, audit: audit('scenario.create') });
      await scenarios.createScenario(draft, { at: T1, audit: audit('scenario.create') });
      await scenarios.updateScenario(a.id, 1, { status: 'in-consultation' }, { at: T2, audit: audit('scenario.status', { from: 'draft', to: 'in-consultation' }) });
      await scenarios.recordAudit({ actor: 'system', action: 'register.seed', subject: 'register', detail: { changes: 3 } }, T3);
      assert.deepEqual(
        (await scenarios.listAudit({ subject: 'scenario:1' })).map((e) => [e.id, e.action, e.detail]),
        [
          [3, 'scenario.status', { from: 'draft', to: 'in-consultation' }],
          [1, 'scenario.create', null],
        ],
      );
      assert.deepEqual(
        (await scenarios.listAudit({ limit: 1 })).map((e) => [e.id, e.subject]),
        [[4, 'register']],
      );
      await rejects(scenarios.listAudit({ limit: 0 }), 'store.invalid-option', /limit must be a whole number/);
    });

    test('an append can carry scenario writes: both are written, or neither', async () => {
      const store = await harness.fresh();
      const { scenarios } = store;
      const s = await scenarios.createScenario(draft, { at: T1, audit: audit('scenario.create') });
      await rejects(
        store.appendChanges([directorate('d1')], {
          recordedAt: T2,
          also: async (writes) => {
            await writes.updateScenario(s.id, 99, { status: 'published' }, { at: T2, audit: audit('scenario.publish') });
          },
        }),
        'store.scenario-conflict',
        /revision 1, this edit was made on revision 99/,
      );
      assert.equal(await store.countChanges(), 0);
      assert.deepEqual(await scenarios.getScenario(s.id), s);

      let called = false;
      await assert.rejects(
        store.appendChanges([directorate('d1')], {
          check: () => {
            throw new Error('refused');
          },
          also: async () => {
            called = true;
          },
        }),
        /refused/,
      );
      assert.equal(called, false, 'also runs only after the check passed');

      const recorded = await store.appendChanges([directorate('d1')], {
        recordedAt: T2,
        also: async (writes) => {
          await writes.updateScenario(s.id, 1, { status: 'published' }, { at: T2, audit: audit('scenario.publish', { changes: 1 }) });
        },
      });
      assert.equal(recorded.length, 1);
      assert.equal((await scenarios.getScenario(s.id))!.status, 'published');
      assert.deepEqual((await scenarios.listAudit({ limit: 1 }))[0]!.detail, { changes: 1 });
    });

    test('scenarios and audit survive reopening', async () => {
      const store = await harness.fresh();
      const s = await store.scenarios.createScenario(draft, { at: T1, audit: audit('scenario.create') });
      const updated = await store.scenarios.updateScenario(s.id, 1, { changes: PROPOSALS }, { at: T2, audit: audit('scenario.add-change') });
      await store.close();
      await rejects(store.scenarios.getScenario(1), 'store.closed', /is closed/);
      const again = await harness.reopen();
      assert.deepEqual(await again.scenarios.getScenario(s.id), updated);
      assert.equal((await again.scenarios.listAudit()).length, 2);
    });
  });
}
