import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsoDate } from '../../src/shared/dates.js';
import { officeServiceIntervals } from '../../src/domain/office-services.js';
import { countStructure } from '../../src/domain/structure-counts.js';
import { NearestScan } from '../../src/geo/nearest-scan.js';
import { seedRegister } from '../helpers/seed.js';

/** The findings of ../shared/data/police/CORRECTIONS.md and the pass- og ID-kontor decision, as the seed holds them. */

const d = (s: string) => s as IsoDate;

test('Sola, Lund and Sirdal lensmannskontor existed in 2018, in Sør-Vest, in their own municipalities', () => {
  const s = seedRegister().snapshot(d('2018-07-01'));
  for (const [id, municipality] of [['sola-lensmannskontor', '1124'], ['lund-lensmannskontor', '1112'], ['sirdal-lensmannskontor', '4228']] as const) {
    const o = s.offices.get(id);
    assert.ok(o, `${id} is in the structure on 2018-07-01`);
    assert.equal(o.districtId, 'sor-vest');
    assert.equal(o.municipalityNumber, municipality);
    assert.ok(o.stationDistrictId, `${id} follows its municipality into a station district`);
  }
});

test('Randaberg stayed open: in the structure on every date, its 2018 refit kept as a dated fact', () => {
  const r = seedRegister();
  for (const at of ['2016-06-01', '2018-03-01', '2018-07-01', '2020-06-01', '2024-06-01']) assert.ok(r.snapshot(d(at)).offices.has('randaberg-lensmannskontor'), at);
  const history = r.history('randaberg-lensmannskontor')!;
  assert.ok(!history.intervals.some((i) => i.change.op.type === 'dissolve'));
  const refit = history.intervals.find((i) => i.change.effective === '2018-03-01' && i.change.op.type === 'confirm');
  assert.ok(refit, 'the temporary closure of 2018-03-01 is in its history');
  assert.match(refit.change.note ?? '', /Temporarily closed/);
});

test('office counts on 2018-07-01 rise by the corrected offices (and Sør-Vest comes to 18 of its published 19)', () => {
  const s = seedRegister().snapshot(d('2018-07-01'));
  const c = countStructure(s);
  // 220 tjenestesteder before the corrections, plus Sola, Lund, Sirdal and Randaberg; Stokke's public service centre is a servicekontor.
  assert.equal(c.offices.total - c.offices.servicekontor, 224);
  assert.equal(c.offices.servicekontor, 1);
  assert.equal((s.officesByDistrict.get('sor-vest') ?? []).length, 18);
  assert.equal(countStructure(seedRegister().snapshot(d('2015-12-31'))).offices.total, 334, '330 plus Vansjø, Sola, Lund, Sirdal');
});

test('Vansjø lensmannskontor lay in Råde and closed under the 2017 decisions', () => {
  const r = seedRegister();
  const vansjo = r.snapshot(d('2016-06-01')).offices.get('vansjo-lensmannskontor');
  assert.ok(vansjo);
  assert.equal(vansjo.municipalityNumber, '3112');
  assert.equal(vansjo.districtId, 'ost');
  assert.equal(r.snapshot(d('2018-07-01')).offices.has('vansjo-lensmannskontor'), false);
});

test('Politiets IKT-tjenester and fellestjenester from 2014-03-01; renamed Politiets IT-enhet in August 2022', () => {
  const r = seedRegister();
  for (const id of ['pit', 'pft']) {
    assert.equal(r.snapshot(d('2014-02-28')).specialAgencies.has(id), false, `${id} before the split`);
    assert.ok(r.snapshot(d('2014-03-01')).specialAgencies.has(id), `${id} from the split`);
  }
  assert.equal(r.snapshot(d('2022-07-01')).specialAgencies.get('pit')!.name, 'Politiets IKT-tjenester');
  assert.equal(r.snapshot(d('2022-09-01')).specialAgencies.get('pit')!.name, 'Politiets IT-enhet');
  const rename = r.history('pit')!.intervals.find((i) => i.change.op.type === 'amend')!;
  assert.deepEqual([rename.change.effective, rename.change.datePrecision], ['2022-08-01', 'month']);
});

test('the Harstad area went to Troms with the new district on 2017-05-31', () => {
  const r = seedRegister();
  for (const n of ['5503', '5510', '5514', '5518', '5520']) {
    assert.equal(r.snapshot(d('2017-05-30')).municipalities.get(n)!.districtId, 'nordland', n);
    assert.equal(r.snapshot(d('2017-05-31')).municipalities.get(n)!.districtId, 'troms', n);
  }
  assert.equal(r.snapshot(d('2017-05-31')).districts.get('troms')!.localStructureFrom, '2017-05-31');
});

test('Lom lensmannskontor issued passports on 2018-07-01, from a start the register does not know, until 2019-01-01', () => {
  const r = seedRegister();
  assert.deepEqual(r.snapshot(d('2018-07-01')).servicesOf('lom-lensmannskontor').map((s) => s.kind), ['pass-id']);
  assert.deepEqual(r.snapshot(d('2020-06-01')).servicesOf('lom-lensmannskontor'), []);
  const [lom] = officeServiceIntervals(r, 'lom-lensmannskontor');
  assert.ok(lom);
  assert.equal(lom.startUnknown, true);
  assert.deepEqual([lom.from, lom.datePrecision, lom.to, lom.toPrecision], ['2015-01-01', 'on-or-before', '2019-01-01', 'day']);
  assert.ok(lom.sources.some((s) => s.includes('vigga.no')), lom.sources.join(' '));
});

test('77 pass- og ID-kontorer on the mainland once the decision was carried out, each a known office in force', () => {
  const s = seedRegister().snapshot(d('2020-06-01'));
  const offering = s.officesOffering('pass-id');
  assert.equal(offering.length, 77);
  assert.equal(countStructure(s).services['pass-id'], 77);
  for (const o of offering) assert.ok(s.offices.has(o.id));
  // New passport offices of the decision, and Sola airport from its 2020 trial on.
  for (const id of ['sarpsborg-politistasjon', 'setermoen-lensmannskontor', 'stavanger-lufthavn-sola-politistasjon', 'stokke-publikumssenter']) {
    assert.ok(offering.some((o) => o.id === id), id);
  }
  assert.equal(seedRegister().snapshot(d('2020-04-26')).servicesOf('stavanger-lufthavn-sola-politistasjon').length, 0, 'emergency passports only before 2020-04-27');
});

test('seasonal offices are open only in their season: Geiranger is not the nearest police for Skjåk in December', () => {
  const r = seedRegister();
  const open = (at: string) => r.snapshot(d(at)).openOffices().map((o) => o.id);
  assert.equal(open('2024-12-15').includes('geiranger-politikontor'), false);
  assert.ok(open('2024-07-15').includes('geiranger-politikontor'));
  assert.ok(r.snapshot(d('2024-12-15')).offices.has('geiranger-politikontor'), 'still part of the structure out of season');
  assert.ok(open('2024-12-15').includes('hemsedal-politistasjon'), 'a winter office in winter');
  assert.equal(open('2024-07-15').includes('hemsedal-politistasjon'), false);
  // Grotli, in the west of Skjåk: Geiranger is the nearest office only while it is open.
  const nearest = (at: string) => {
    const scan = NearestScan.build(r.snapshot(d(at)).openOffices().map((o) => ({ id: o.id, lat: o.position.lat, lon: o.position.lon })));
    return scan.nearest(62.018, 7.66, 1)[0]!.id;
  };
  assert.equal(nearest('2024-07-15'), 'geiranger-politikontor');
  assert.notEqual(nearest('2024-12-15'), 'geiranger-politikontor');
  const hvaler = r.snapshot(d('2024-07-15')).offices.get('hvaler-politistasjon')!;
  assert.deepEqual(hvaler.season, { label: 'summer', from: '05-01', to: '09-30' });
});
