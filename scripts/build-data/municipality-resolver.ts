import type { RefMunicipality, RefPostcode } from './reference.js';

/** Old county names that appear in parentheses in the reference ("Våler (Hedmark)") → 2024 county. */
const COUNTY_ALIASES: Record<string, string> = {
  Hedmark: 'Innlandet',
  Oppland: 'Innlandet',
  Hordaland: 'Vestland',
  'Sogn og Fjordane': 'Vestland',
  'Aust-Agder': 'Agder',
  'Vest-Agder': 'Agder',
};

/**
 * Finds the 2024 municipality an office lies in. The reference names the municipality as it was
 * (often a 2017 name since merged away), so: the 2024 name first (any of its official language
 * forms, with a county in parentheses to tell namesakes apart), then the postcode whose point the
 * office's position was taken from.
 */
export class MunicipalityResolver {
  private readonly byName = new Map<string, RefMunicipality[]>();
  private readonly byPoint = new Map<string, Set<string>>();

  constructor(municipalities: RefMunicipality[], postcodes: RefPostcode[]) {
    for (const m of municipalities) {
      for (const form of new Set([m.name, ...m.name.split(' - ')])) {
        const list = this.byName.get(form) ?? [];
        list.push(m);
        this.byName.set(form, list);
      }
    }
    for (const p of postcodes) {
      if (p.lat === null || p.lon === null) continue;
      const key = `${p.lat},${p.lon}`;
      const set = this.byPoint.get(key) ?? new Set();
      set.add(p.municipalityNumber);
      this.byPoint.set(key, set);
    }
  }

  resolve(name: string, lat: number | null, lon: number | null): { number: string; how: string } | null {
    const m = /^(.*?)\s*\((.+)\)$/.exec(name);
    const bare = m ? m[1]! : name;
    const county = m ? (COUNTY_ALIASES[m[2]!] ?? m[2]!) : null;
    const candidates = (this.byName.get(bare) ?? []).filter((c) => county === null || c.countyName.startsWith(county));
    if (candidates.length === 1) return { number: candidates[0]!.number, how: 'name' };
    if (lat !== null && lon !== null) {
      const found = this.byPoint.get(`${lat},${lon}`);
      if (found && found.size === 1) return { number: [...found][0]!, how: 'postcode point' };
    }
    return null;
  }
}
