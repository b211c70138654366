import assert from 'node:assert/strict';

const SCENARIO_DATE = '2018-07-01';

/** A scenario with one change, so the scenario page has a change list, figures and a comparison. */
export async function seedScenario(url: string, token: string): Promise<number> {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify(body) });
  const created = await post('/scenarios', { name: 'Tilgjengelighetsprøve', baseDate: SCENARIO_DATE });
  assert.equal(created.status, 201);
  const { id } = (await created.json()) as { id: number };
  const offices = ((await (await fetch(`${url}/api/v1/offices?at=${SCENARIO_DATE}`)).json()) as { offices: { id: string }[] }).offices;
  const units = ((await (await fetch(`${url}/api/v1/station-districts?at=${SCENARIO_DATE}`)).json()) as { stationDistricts: { headOffice: { id: string } | null }[] })
    .stationDistricts;
  const heads = new Set(units.map((u) => u.headOffice?.id));
  const office = offices.find((o) => !heads.has(o.id));
  assert.ok(office, 'an office that is not a head office');
  const added = await post(`/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId: office.id } }, { 'if-match': '"1"' });
  assert.equal(added.status, 200);
  return id;
}

