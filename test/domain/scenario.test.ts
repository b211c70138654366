import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IsoDate } from '../../src/shared/dates.js';
import { Register } from '../../src/domain/register.js';
import { applyScenario, type Proposal } from '../../src/domain/scenario/index.js';
import { BASE, plannerLog } from '../helpers/planner-geography.js';
import { slugOf } from '../../src/shared/fold-text.js';

const register = Register.of(plannerLog().recorded());
const base = BASE as IsoDate;
const run = (...proposals: Proposal[]) => applyScenario(register, base, proposals);

function clean(...proposals: Proposal[]) {
  const r = run(...proposals);
  assert.deepEqual(
    r.issues.map((i) => i.message),
    [],
  );
  return r;
}

describe('scenario proposals expand into change ops on the base structure', () => {
  it('close-office of an office that is not the head office dissolves it and nothing else', () => {
    const r = clean({ type: 'close-office', officeId: 'g' });
    assert.deepEqual(r.steps[0]!.ops, [{ type: 'dissolve', entity: 'office', id: 'g', successorIds: [] }]);
    assert.equal(r.snapshot.offices.has('g'), false);
    assert.equal(r.snapshot.offices.size, 3);
  });

  it("close-office of a head office hands the head to the unit's only other office", () => {
    const r = clean({ type: 'close-office', officeId: 'a' });
    assert.deepEqual(r.steps[0]!.ops, [
      { type: 'amend', entity: 'stationDistrict', id: 'a-sd', attrs: { headOfficeId: 'g' } },
      { type: 'dissolve', entity: 'office', id: 'a', successorIds: [] },
    ]);
    assert.equal(r.snapshot.stationDistricts.get('a-sd')!.headOfficeId, 'g');
  });

  it('closing the only office of a unit is refused: the unit would have no office', () => {
    const r = run({ type: 'close-office', officeId: 'b' });
    assert.deepEqual(
      r.issues.map((i) => [i.position, i.code, i.subject]),
      [[1, 'planning.station-district-without-office', 'b-sd']],
    );
    assert.equal(r.issues[0]!.message, 'Change 1 (close office Beta lensmannskontor): afterwards station district B lensmannsdistrikt (b-sd) has no office');
    assert.equal(r.issues[0]!.details['subjectName'], 'B lensmannsdistrikt');
  });

  it('closing a head office with several others left needs the new head named; naming one works', () => {
    const open: Proposal = { type: 'open-office', officeId: 'n', name: 'Ny politistasjon', kind: 'politistasjon', lat: 60.1, lon: 10.1, municipalityNumber: '0001' };
    const r = run(open, { type: 'close-office', officeId: 'a' });
    assert.deepEqual(
      r.issues.map((i) => [i.position, i.code]),
      [[2, 'scenario.head-office-needed']],
    );
    assert.match(r.issues[0]!.message, /^Change 2 \(close office Alfa politistasjon\): Alfa politistasjon \(a\) is the head office of A politistasjonsdistrikt \(a-sd\); name the new head office, one of: g, n$/);
    assert.deepEqual(r.issues[0]!.details['candidates'], ['g', 'n']);
    assert.deepEqual(r.steps[1]!.ops, []);
    const named = clean(open, { type: 'close-office', officeId: 'a', newHeadOfficeId: 'n' });
    assert.equal(named.snapshot.stationDistricts.get('a-sd')!.headOfficeId, 'n');
    const wrong = run({ type: 'close-office', officeId: 'a', newHeadOfficeId: 'b' });
    assert.equal(wrong.issues[0]!.code, 'scenario.head-office-invalid');
    assert.match(wrong.issues[0]!.reason, /^b is not another office of A politistasjonsdistrikt \(a-sd\); choose one of: g$/);
  });

  it("merge-office of a unit's only office dissolves the unit into the receiving office's unit", () => {
    const r = clean({ type: 'merge-office', officeId: 'b', intoOfficeId: 'a' });
    assert.deepEqual(r.steps[0]!.ops, [
      { type: 'amend', entity: 'municipality', id: '0002', attrs: { stationDistrictIds: ['a-sd'] } },
      { type: 'dissolve', entity: 'stationDistrict', id: 'b-sd', successorIds: ['a-sd'] },
      { type: 'dissolve', entity: 'office', id: 'b', successorIds: ['a'] },
    ]);
    const s = r.snapshot;
    assert.equal(s.stationDistricts.has('b-sd'), false);
    assert.deepEqual(
      s.municipalitiesByStationDistrict.get('a-sd')!.map((m) => m.id),
      ['0001', '0002', '0003'],
    );
  });

  it('merge-office inside one unit only closes the office; a merged head office passes to the receiving one', () => {
    assert.deepEqual(clean({ type: 'merge-office', officeId: 'g', intoOfficeId: 'a' }).steps[0]!.ops, [{ type: 'dissolve', entity: 'office', id: 'g', successorIds: ['a'] }]);
    assert.deepEqual(clean({ type: 'merge-office', officeId: 'a', intoOfficeId: 'g' }).steps[0]!.ops, [
      { type: 'amend', entity: 'stationDistrict', id: 'a-sd', attrs: { headOfficeId: 'g' } },
      { type: 'dissolve', entity: 'office', id: 'a', successorIds: ['g'] },
    ]);
  });

  it('merge-office across police districts moves the municipalities into the receiving district', () => {
    const r = clean({ type: 'merge-office', officeId: 'c', intoOfficeId: 'b' });
    assert.deepEqual(r.steps[0]!.ops, [
      { type: 'amend', entity: 'municipality', id: '0004', attrs: { stationDistrictIds: ['b-sd'], districtId: 'nord' } },
      { type: 'dissolve', entity: 'stationDistrict', id: 'c-sd', successorIds: ['b-sd'] },
      { type: 'dissolve', entity: 'office', id: 'c', successorIds: ['b'] },
    ]);
    assert.equal(r.snapshot.municipalities.get('0004')!.districtId, 'nord');
    assert.equal(r.snapshot.municipalitiesByDistrict.get('sor'), undefined);
  });

  it('merge-office refuses itself and a receiving office outside every unit', () => {
    assert.equal(run({ type: 'merge-office', officeId: 'a', intoOfficeId: 'a' }).issues[0]!.code, 'scenario.merge-into-itself');
    const open: Proposal = { type: 'open-office', officeId: 'n', name: 'Ny', kind: 'politikontor', lat: 60, lon: 10, municipalityNumber: '0001', stationDistrictId: null };
    const r = run(open, { type: 'merge-office', officeId: 'b', intoOfficeId: 'n' });
    assert.deepEqual(
      r.issues.map((i) => [i.position, i.code]),
      [[2, 'scenario.no-receiving-station-district']],
    );
  });

  it("open-office establishes an office in the municipality's district and only unit, precision from what is given", () => {
    const r = clean({ type: 'open-office', name: 'Ny politistasjon', kind: 'politistasjon', lat: 60.1, lon: 10.1, municipalityNumber: '0001', postcode: '1234' });
    assert.deepEqual(r.steps[0]!.ops, [
      {
        type: 'establish',
        entity: 'office',
        id: 'ny-politistasjon',
        attrs: {
          name: 'Ny politistasjon',
          kind: 'politistasjon',
          districtId: 'nord',
          stationDistrictId: 'a-sd',
          municipalityNumber: '0001',
          formerMunicipality: null,
          address: null,
          postcode: '1234',
          position: { lat: 60.1, lon: 10.1, precision: 'postcode' },
          season: null,
        },
      },
    ]);
  });

  it('open-office with the id of a closed office re-opens it; an id in use is refused', () => {
    const r = clean({ type: 'close-office', officeId: 'g' }, { type: 'open-office', officeId: 'g', name: 'Gamma politistasjon', kind: 'politistasjon', lat: 60.2, lon: 10, municipalityNumber: '0003' });
    assert.equal(r.steps[1]!.ops[0]!.type, 'reestablish');
    assert.equal(r.snapshot.offices.get('g')!.name, 'Gamma politistasjon');
    const taken = run({ type: 'open-office', officeId: 'a-sd', name: 'X', kind: 'politistasjon', lat: 60, lon: 10, municipalityNumber: '0001' });
    assert.equal(taken.issues[0]!.code, 'scenario.id-in-use');
    assert.match(taken.issues[0]!.reason, /the id "a-sd" is already used by the stationDistrict A politistasjonsdistrikt \(a-sd\)/);
  });

  it('open-office in a unit of another police district is refused', () => {
    const r = run({ type: 'open-office', name: 'X', kind: 'politistasjon', lat: 60, lon: 10, municipalityNumber: '0001', stationDistrictId: 'c-sd' });
    assert.equal(r.issues[0]!.code, 'scenario.station-district-not-in-district');
  });

  it('set-office-kind amends kind and name; the same kind again has no effect', () => {
    const r = clean({ type: 'set-office-kind', officeId: 'b', kind: 'politistasjon', name: 'Beta politistasjon' });
    assert.deepEqual(r.steps[0]!.ops, [{ type: 'amend', entity: 'office', id: 'b', attrs: { kind: 'politistasjon', name: 'Beta politistasjon' } }]);
    assert.equal(r.steps[0]!.names['b'], 'Beta lensmannskontor', 'the office is named as it was when proposed');
    const same = run({ type: 'set-office-kind', officeId: 'a', kind: 'politistasjon' });
    assert.equal(same.issues[0]!.code, 'scenario.no-effect');
  });

  it('move-municipality to another unit takes the offices lying in it that belonged to the unit it leaves', () => {
    const r = clean({ type: 'move-municipality', municipalityNumber: '0003', toStationDistrictId: 'b-sd' });
    assert.deepEqual(r.steps[0]!.ops, [
      { type: 'amend', entity: 'municipality', id: '0003', attrs: { stationDistrictIds: ['b-sd'] } },
      { type: 'amend', entity: 'office', id: 'g', attrs: { stationDistrictId: 'b-sd' } },
    ]);
  });

  it('move-municipality into another police district is judged by the structure it leaves', () => {
    const r = run({ type: 'move-municipality', municipalityNumber: '0002', toStationDistrictId: 'c-sd' });
    assert.deepEqual(r.steps[0]!.ops, [
      { type: 'amend', entity: 'municipality', id: '0002', attrs: { districtId: 'sor', stationDistrictIds: ['c-sd'] } },
      { type: 'amend', entity: 'office', id: 'b', attrs: { stationDistrictId: 'c-sd', districtId: 'sor' } },
    ]);
    // B keeps neither municipality nor office, and its head office now lies in C.
    assert.deepEqual(r.issues.map((i) => i.code).sort(), ['planning.station-district-without-office', 'register.station-district-head-office', 'register.station-district-serves']);
    const alone = run({ type: 'move-municipality', municipalityNumber: '0003', toDistrictId: 'sor' });
    assert.ok(alone.issues.some((i) => i.code === 'register.municipality-in-one-station-district' && i.subject === '0003'));
    const mismatch = run({ type: 'move-municipality', municipalityNumber: '0003', toDistrictId: 'sor', toStationDistrictId: 'b-sd' });
    assert.equal(mismatch.issues[0]!.code, 'scenario.station-district-not-in-district');
  });

  it('create-station-district moves its municipalities and their offices in, with head office and operating unit derived', () => {
    const r = clean({ type: 'create-station-district', name: 'Gamma politistasjonsdistrikt', municipalityNumbers: ['0003'] });
    assert.deepEqual(r.steps[0]!.ops, [
      {
        type: 'establish',
        entity: 'stationDistrict',
        id: 'gamma-politistasjonsdistrikt',
        attrs: { name: 'Gamma politistasjonsdistrikt', kind: 'politistasjonsdistrikt', districtId: 'nord', operatingUnitId: 'nord-gde', headOfficeId: 'g' },
      },
      { type: 'amend', entity: 'municipality', id: '0003', attrs: { stationDistrictIds: ['gamma-politistasjonsdistrikt'] } },
      { type: 'amend', entity: 'office', id: 'g', attrs: { stationDistrictId: 'gamma-politistasjonsdistrikt' } },
    ]);
  });

  it('create-station-district is judged by the units it leaves; across districts it needs the district named', () => {
    const r = run({ type: 'create-station-district', stationDistrictId: 'ny', name: 'Ny', municipalityNumbers: ['0002'], officeIds: [] });
    // Beta's office b comes along, so the new unit has one; B is left without municipality and office.
    assert.ok(r.issues.some((i) => i.code === 'register.station-district-serves' && i.subject === 'b-sd'));
    const across = run({ type: 'create-station-district', name: 'Ny', municipalityNumbers: ['0002', '0004'] });
    assert.equal(across.issues[0]!.code, 'scenario.district-ambiguous');
  });

  it('dissolve-station-district moves its municipalities and offices to the receiving unit', () => {
    const r = clean({ type: 'dissolve-station-district', stationDistrictId: 'b-sd', intoStationDistrictId: 'a-sd' });
    assert.deepEqual(r.steps[0]!.ops, [
      { type: 'amend', entity: 'municipality', id: '0002', attrs: { stationDistrictIds: ['a-sd'] } },
      { type: 'amend', entity: 'office', id: 'b', attrs: { stationDistrictId: 'a-sd' } },
      { type: 'dissolve', entity: 'stationDistrict', id: 'b-sd', successorIds: ['a-sd'] },
    ]);
    assert.deepEqual(
      r.snapshot.officesByStationDistrict.get('a-sd')!.map((o) => o.id).sort(),
      ['a', 'b', 'g'],
    );
  });

  it('a proposal about something not in force names it and the date; the rest still apply', () => {
    const r = run({ type: 'close-office', officeId: 'x' }, { type: 'close-office', officeId: 'g' }, { type: 'close-office', officeId: 'g' });
    assert.deepEqual(
      r.issues.map((i) => [i.position, i.code, i.reason]),
      [
        [1, 'scenario.unknown-office', 'there is no office "x" in the structure on 2024-01-01'],
        [3, 'scenario.office-not-open', 'office Gamma politikontor (g) is not in force on 2024-01-01 (it ended on 2024-01-01)'],
      ],
    );
    assert.equal(r.snapshot.offices.has('g'), false);
  });

  it('what already breaks on the base date is reported apart and not charged to a proposal', () => {
    const log = plannerLog().dissolve('office', 'b', '2020-01-01');
    const broken = Register.of(log.recorded());
    const r = applyScenario(broken, base, [{ type: 'close-office', officeId: 'g' }]);
    assert.deepEqual(r.issues, []);
    assert.deepEqual(
      r.baseViolations.map((v) => [v.rule, v.subject]).sort(),
      [
        ['station-district-head-office', 'b-sd'],
        ['station-district-without-office', 'b-sd'],
      ],
    );
  });

  it('a dissolve on the day the thing began is refused with the register rule', () => {
    const log = plannerLog().establish('office', 'late', BASE, officeAttrs());
    const r = applyScenario(Register.of(log.recorded()), base, [{ type: 'close-office', officeId: 'late' }]);
    assert.equal(r.issues[0]!.code, 'register.interval-ends-before-start');
    assert.equal(r.issues[0]!.reason, 'office "late" would end on 2024-01-01, not after it began on 2024-01-01');
  });

  it('evaluating leaves the register as it was', () => {
    const before = register.snapshot(base);
    run({ type: 'merge-office', officeId: 'b', intoOfficeId: 'a' }, { type: 'close-office', officeId: 'c' });
    assert.equal(register.snapshot(base), before);
    assert.equal(Register.of(plannerLog().recorded()).foldState(base).get('b')!.active, true);
    assert.equal(register.foldState(base).get('b-sd')!.active, true);
  });
});

function officeAttrs() {
  return {
    name: 'Sein politikontor',
    kind: 'politikontor' as const,
    districtId: 'nord',
    stationDistrictId: 'a-sd',
    municipalityNumber: '0001',
    formerMunicipality: null,
    address: null,
    postcode: null,
    position: { lat: 60, lon: 10, precision: 'town' as const },
    season: null,
  };
}

describe('slugOf', () => {
  it('folds Norwegian letters and accents and joins words with one hyphen', () => {
    assert.equal(slugOf('Sørumsand politistasjon'), 'sorumsand-politistasjon');
    assert.equal(slugOf('Bærum – Åsane  (ny)'), 'baerum-asane-ny');
    assert.equal(slugOf('Kárášjohka'), 'karasjohka');
    assert.equal(slugOf('!!!'), null);
  });
});
