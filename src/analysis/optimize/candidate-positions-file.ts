import { err, ok, type Result } from '../../shared/result.js';
import { cell, forEachCsvRecord } from '../../shared/csv/read-csv.js';
import { parseDecimal } from '../../shared/csv/decimal.js';
import { IssueList, type InputIssue } from '../../shared/csv/file-issues.js';

/** A site a planner proposes as a new office: a position, optionally a name and the police district. */
export interface CandidatePosition {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  readonly name: string | null;
  /** The police district it would belong to; null when not given (it then counts towards no district minimum). */
  readonly districtId: string | null;
}

/**
 * Reads proposed candidate sites from CSV `id,lat,lon[,name,district_id]` (WGS84 degrees, '.' decimals,
 * header row; extra columns ignored). Every problem is returned, each naming file, row, field and why;
 * nothing is returned half. Pure: the caller reads the file.
 */
export function parseCandidatePositions(text: string, fileName: string): Result<CandidatePosition[], InputIssue[]> {
  const issues = new IssueList(fileName);
  const out: CandidatePosition[] = [];
  const seen = new Map<string, number>();
  forEachCsvRecord(text, issues, { required: ['id', 'lat', 'lon'], optional: ['name', 'district_id'] }, (values, row, header) => {
    const before = issues.count;
    const id = cell(values, header, 'id');
    if (id === '') issues.add('missing-value', { row, field: 'id' }, 'id-en mangler');
    else if (seen.has(id)) issues.add('duplicate-id', { row, field: 'id' }, `id-en «${id}» er allerede brukt i rad ${seen.get(id)}`);
    else seen.set(id, row);
    const coordinate = (field: 'lat' | 'lon', limit: number): number => {
      const text = cell(values, header, field);
      const parsed = parseDecimal(text);
      if (!parsed.ok) issues.add(text === '' ? 'missing-value' : 'not-a-number', { row, field }, parsed.reason);
      else if (!(Math.abs(parsed.value) <= limit)) issues.add('out-of-range', { row, field }, `${parsed.value} er utenfor −${limit}…${limit}`);
      return parsed.ok ? parsed.value : NaN;
    };
    const lat = coordinate('lat', 90);
    const lon = coordinate('lon', 180);
    const name = cell(values, header, 'name');
    const districtId = cell(values, header, 'district_id');
    if (issues.count === before) out.push({ id, lat, lon, name: name === '' ? null : name, districtId: districtId === '' ? null : districtId });
  });
  if (issues.count === 0 && out.length === 0) issues.add('empty', {}, 'filen har ingen kandidatsteder');
  return issues.count > 0 ? err(issues.result()) : ok(out);
}
