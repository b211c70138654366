import { err, ok, type Result } from '../shared/result.js';
import { cell, forEachCsvRecord } from '../shared/csv/read-csv.js';
import { parseDecimal } from '../shared/csv/decimal.js';
import type { PostcodePoint } from './demand-model.js';
import { IssueList, type InputIssue } from '../shared/csv/file-issues.js';

const CATEGORIES = new Set(['G', 'B', 'P', 'S']);

/**
 * Reads the postal register as the project ships it (`postcode,place,municipality_number,category,
 * lat,lon`; extra columns are ignored). lat/lon may both be empty (a postcode without a known point);
 * one without the other is an error.
 */
export function parsePostcodePoints(text: string, fileName: string): Result<PostcodePoint[], InputIssue[]> {
  const issues = new IssueList(fileName);
  const out: PostcodePoint[] = [];
  const seen = new Map<string, number>();
  forEachCsvRecord(text, issues, { required: ['postcode', 'municipality_number', 'category', 'lat', 'lon'] }, (values, row, header) => {
    const before = issues.count;
    const postcode = cell(values, header, 'postcode');
    if (!/^\d{4}$/.test(postcode)) issues.add('invalid-value', { row, field: 'postcode' }, `«${postcode}» er ikke et firesifret postnummer`);
    else if (seen.has(postcode)) issues.add('duplicate-id', { row, field: 'postcode' }, `postnummeret ${postcode} står allerede i rad ${seen.get(postcode)}`);
    else seen.set(postcode, row);
    const municipalityNumber = cell(values, header, 'municipality_number');
    if (!/^\d{4}$/.test(municipalityNumber)) {
      issues.add('invalid-value', { row, field: 'municipality_number' }, `«${municipalityNumber}» er ikke et firesifret kommunenummer`);
    }
    const category = cell(values, header, 'category');
    if (!CATEGORIES.has(category)) issues.add('invalid-value', { row, field: 'category' }, `«${category}» er ikke en av G, B, P, S`);
    const latText = cell(values, header, 'lat');
    const lonText = cell(values, header, 'lon');
    let lat: number | null = null;
    let lon: number | null = null;
    if (latText === '' && lonText === '') {
      // A postcode without a point: kept, and left out of the demand model with a count.
    } else if (latText === '' || lonText === '') {
      const field = latText === '' ? 'lat' : 'lon';
      issues.add('missing-value', { row, field }, `${field} mangler mens ${field === 'lat' ? 'lon' : 'lat'} er gitt`);
    } else {
      for (const [field, textValue, limit] of [['lat', latText, 90], ['lon', lonText, 180]] as const) {
        const parsed = parseDecimal(textValue);
        if (!parsed.ok) issues.add('not-a-number', { row, field }, parsed.reason);
        else if (Math.abs(parsed.value) > limit) issues.add('out-of-range', { row, field }, `${parsed.value} er utenfor ±${limit}`);
        else if (field === 'lat') lat = parsed.value;
        else lon = parsed.value;
      }
    }
    if (issues.count === before) out.push({ postcode, municipalityNumber, category, lat, lon });
  });
  if (issues.count === 0 && out.length === 0) issues.add('empty', {}, 'filen har ingen postnumre');
  return issues.count > 0 ? err(issues.result()) : ok(out);
}
