// The register's points the road data is measured and calibrated on: every office that was ever in
// the register (at its last known position) and the seed's postcode demand points. Shared by
// scripts/build-roads.ts and the road benchmarks.
import { readFileSync } from 'node:fs';
import { demandFromPostcodes, municipalityDemandInputs } from '../../src/analysis/demand-model.js';
import type { DemandPoints } from '../../src/analysis/demand-points.js';
import { parsePostcodePoints } from '../../src/analysis/postcodes-file.js';
import type { ServiceSites } from '../../src/analysis/sites.js';
import type { RecordedChange } from '../../src/domain/changes.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { Register } from '../../src/domain/register.js';
import type { Office } from '../../src/domain/entities.js';

/**
 * An office as it last was while open (its name, district and position then), from the register's
 * history — read here rather than through the services, so the data build depends on the domain only.
 */
function lastOpenState(register: Register, id: string): Pick<Office, 'id' | 'name' | 'districtId' | 'position'> | null {
  const history = register.history(id);
  if (!history || history.type !== 'office') return null;
  const last = history.intervals.findLast((i) => i.active);
  if (!last) return null;
  // The fold validated an office's attrs against OfficeAttrs when each change was recorded.
  const attrs = last.attrs as unknown as Pick<Office, 'name' | 'districtId' | 'position'>;
  return { id, name: attrs.name, districtId: attrs.districtId, position: attrs.position };
}

/** Every office in the register's history, sorted by id, at its last open position, as sites. */
export function everyRegisterOffice(register: Register): ServiceSites {
  const ids = [...new Set(register.changes.filter((c) => c.op.entity === 'office').map((c) => c.op.id))].sort();
  const offices = ids.map((id) => lastOpenState(register, id)).filter((o) => o !== null);
  return {
    ids: offices.map((o) => o.id),
    names: offices.map((o) => o.name),
    districtIds: offices.map((o) => o.districtId),
    lat: Float64Array.from(offices, (o) => o.position.lat),
    lon: Float64Array.from(offices, (o) => o.position.lon),
  };
}

/**
 * The seed's postcode demand points with the municipalities of a fixed date (not today's), so a
 * build gives the same bytes whenever it runs.
 */
export function seedDemandPoints(register: Register, postcodesFile: string): DemandPoints {
  const postcodes = parsePostcodePoints(readFileSync(postcodesFile, 'utf8'), postcodesFile);
  if (!postcodes.ok) throw new Error(postcodes.error.map((i) => i.message).join('\n'));
  return demandFromPostcodes(municipalityDemandInputs(register.snapshot(DEMAND_MUNICIPALITIES_AT)), postcodes.value);
}

/** The demand model's municipalities are those of 2024 (SSB population 2024-01-01). */
const DEMAND_MUNICIPALITIES_AT = '2024-01-01' as IsoDate;

/** The register folded from a changes.json file. */
export function registerFromSeed(changesFile: string): Register {
  const doc = JSON.parse(readFileSync(changesFile, 'utf8')) as { changes: RecordedChange[] }; // the committed seed, checked by its own test
  return Register.of(doc.changes);
}
