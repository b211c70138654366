import { err, ok, type Result } from '../shared/result.js';
import { cell, forEachCsvRecord, parseDecimal } from './csv-records.js';
import type { PostcodePoint } from './demand-model.js';
import { IssueList, type InputIssue } from './input-issues.js';

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
    if (!/^\d{4}$/.test(postcode)) issues.add('invalid-value', { row, field: 'postcode' }, `"${postcode}" is not a four-digit postcode`);
    else if (seen.has(postcode)) issues.add('duplicate-id', { row, field: 'postcode' }, `postcode ${postcode} is already in row ${seen.get(postcode)}`);
    else seen.set(postcode, row);
    const municipalityNumber = cell(values, header, 'municipality_number');
    if (!/^\d{4}$/.test(municipalityNumber)) {
      issues.add('invalid-value', { row, field: 'municipality_number' }, `"${municipalityNumber}" is not a four-digit municipality number`);
    }
    const category = cell(values, header, 'category');
    if (!CATEGORIES.has(category)) issues.add('invalid-value', { row, field: 'category' }, `"${category}" is not one of G, B, P, S`);
    const latText = cell(values, header, 'lat');
    const lonText = cell(values, header, 'lon');
    let lat: number | null = null;
    let lon: number | null = null;
    if (latText === '' && lonText === '') {
      // A postcode without a point: kept, and left out of the demand model with a count.
    } else if (latText === '' || lonText === '') {
      const field = latText === '' ? 'lat' : 'lon';
      issues.add('missing-value', { row, field }, `${field} is empty while ${field === 'lat' ? 'lon' : 'lat'} is given`);
    } else {
      for (const [field, textValue, limit] of [['lat', latText, 90], ['lon', lonText, 180]] as const) {
        const parsed = parseDecimal(textValue);
        if (!parsed.ok) issues.add('not-a-number', { row, field }, parsed.reason);
        else if (Math.abs(parsed.value) > limit) issues.add('out-of-range', { row, field }, `${parsed.value} is outside ±${limit}`);
        else if (field === 'lat') lat = parsed.value;
        else lon = parsed.value;
      }
    }
    if (issues.count === before) out.push({ postcode, municipalityNumber, category, lat, lon });
  });
  if (issues.count === 0 && out.length === 0) issues.add('empty', {}, 'the file has no postcodes');
  return issues.count > 0 ? err(issues.result()) : ok(out);
}
