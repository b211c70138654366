import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { NewChange, RecordedChange } from '../../src/domain/changes.js';
import { StoreError } from '../../src/store/errors.js';
import { CSV_COLUMNS, formatChangesCsv, parseChangesCsv } from '../../src/store/exchange/changes-csv.js';
import { formatChangesJson, parseChangesJson } from '../../src/store/exchange/changes-json.js';
import { SEED_FILE } from '../helpers/seed.js';
import { varietyChanges } from './fixture-changes.js';

const AT = '2024-06-01T12:00:00.000Z';

function log(): RecordedChange[] {
  return varietyChanges().map((c, i) => ({ ...c, seq: i + 1, recordedAt: AT }));
}

function refused(parse: () => unknown, message: RegExp): StoreError {
  let caught: unknown;
  try {
    parse();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof StoreError, `expected a StoreError, got ${String(caught)}`);
  assert.equal(caught.code, 'exchange.invalid-file');
  assert.match(caught.message, message);
  return caught;
}

const TWO: RecordedChange[] = [
  {
    seq: 1,
    id: 'a',
    effective: '2016-01-01',
    datePrecision: 'day',
    recordedAt: AT,
    op: { type: 'establish', entity: 'directorate', id: 'pod', attrs: { name: 'Politidirektoratet', abbreviation: 'POD', seat: 'Oslo, "Hasle"' } },
    decision: { by: 'Stortinget', date: null, reference: '', url: null },
    sources: [],
    certainty: 'sourced',
    note: '',
    supersedes: null,
  },
  {
    seq: 2,
    id: 'b',
    effective: '2020-01-01',
    datePrecision: 'year',
    recordedAt: AT,
    op: { type: 'dissolve', entity: 'directorate', id: 'pod', successorIds: [] },
    decision: null,
    sources: ['x'],
    certainty: 'inferred',
    note: 'to\nlines',
    supersedes: 'a',
  },
];

describe('changes.json', () => {
  it('has a fixed layout: format, version, changes; fixed key order; 2-space indent; final newline', () => {
    assert.equal(formatChangesJson([]), '{\n  "format": "naerpoliti-changes",\n  "version": 1,\n  "changes": []\n}\n');
    const text = formatChangesJson([TWO[1]!]);
    assert.equal(
      text,
      [
        '{',
        '  "format": "naerpoliti-changes",',
        '  "version": 1,',
        '  "changes": [',
        '    {',
        '      "seq": 2,',
        '      "recordedAt": "2024-06-01T12:00:00.000Z",',
        '      "id": "b",',
        '      "effective": "2020-01-01",',
        '      "datePrecision": "year",',
        '      "op": {',
        '        "type": "dissolve",',
        '        "entity": "directorate",',
        '        "id": "pod",',
        '        "successorIds": []',
        '      },',
        '      "decision": null,',
        '      "sources": [',
        '        "x"',
        '      ],',
        '      "certainty": "inferred",',
        '      "note": "to\\nlines",',
        '      "supersedes": "a"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes changes in seq order and in one key order whatever order they came in', () => {
    const shuffled = [TWO[1]!, { ...TWO[0]!, decision: { url: null, reference: '', date: null, by: 'Stortinget' } }];
    assert.equal(formatChangesJson(shuffled), formatChangesJson(TWO));
  });

  it('parses back what it wrote, keeping attrs key order, and writes the same bytes again', () => {
    const text = formatChangesJson(log());
    const parsed = parseChangesJson(text);
    assert.deepEqual(parsed, log());
    for (let i = 0; i < parsed.length; i++) assert.equal(JSON.stringify(parsed[i]!.op), JSON.stringify(log()[i]!.op));
    assert.equal(formatChangesJson(parsed), text);
  });

  it('tolerates a byte-order mark', () => {
    assert.deepEqual(parseChangesJson(`\uFEFF${formatChangesJson(TWO)}`), TWO);
  });

  it('refuses text that is not JSON, naming line and column', () => {
    refused(() => parseChangesJson('{\n  "format": "naerpoliti-changes",\n  "changes": [}\n'), /^changes\.json, line 3, column 15: not valid JSON: Unexpected token '}'$/);
    refused(() => parseChangesJson(''), /^changes\.json, line 1, column 1: not valid JSON: Unexpected end of JSON input$/);
  });

  it('refuses another format, another version, unknown fields and a non-array', () => {
    refused(() => parseChangesJson('[]', 'x/changes.json'), /^x\/changes\.json: must hold a JSON object with "format", "version" and "changes" \(got \[\]\)$/);
    refused(() => parseChangesJson('{"format":"geojson","version":1,"changes":[]}'), /^changes\.json, \/format: must be "naerpoliti-changes" \(got "geojson"\)$/);
    refused(() => parseChangesJson('{"format":"naerpoliti-changes","version":2,"changes":[]}'), /^changes\.json, \/version: version 2 is not supported; this program reads version 1$/);
    refused(() => parseChangesJson('{"format":"naerpoliti-changes","version":1,"changes":[],"extra":1}'), /^changes\.json, \/extra: is not a known field/);
    refused(() => parseChangesJson('{"format":"naerpoliti-changes","version":1,"changes":{}}'), /^changes\.json, \/changes: must be an array \(got \{\}\)$/);
  });

  it('names the change, its id and the JSON pointer of a bad field', () => {
    const changes = log();
    const bad = JSON.parse(formatChangesJson(changes)) as { changes: Record<string, unknown>[] }; // Safe: our own output.
    bad.changes[6]!['effective'] = '2017-06-31';
    const error = refused(
      () => parseChangesJson(JSON.stringify(bad)),
      /^changes\.json, change 7 \(id "c007-indre-finnmark"\) at \/changes\/6\/effective: must be a real calendar date \(got "2017-06-31"\)$/,
    );
    assert.deepEqual(error.details, { file: 'changes.json', row: 7, field: '/changes/6/effective' });
  });

  it('refuses changes out of seq order and a change id used twice', () => {
    const [a, b] = TWO as [RecordedChange, RecordedChange];
    refused(() => parseChangesJson(formatChangesJson([a, b]).replace('"seq": 2', '"seq": 1')), /change 2 \(id "b"\) at \/changes\/1\/seq: must be greater than the previous change's seq 1/);
    refused(() => parseChangesJson(formatChangesJson([a, { ...b, id: 'a' }])), /change 2 \(id "a"\) at \/changes\/1\/id: is also the id of the change with seq 1/);
  });
});

describe('changes.csv', () => {
  it('has the header row, CRLF records, JSON cells, and null apart from ""', () => {
    const header = CSV_COLUMNS.join(',');
    assert.equal(header, 'seq,id,effective,date_precision,recorded_at,entity,op,entity_id,attrs,successor_ids,decision_by,decision_date,decision_reference,decision_url,sources,certainty,note,supersedes');
    assert.equal(
      formatChangesCsv(TWO),
      [
        header,
        '1,a,2016-01-01,day,2024-06-01T12:00:00.000Z,directorate,establish,pod,"{""name"":""Politidirektoratet"",""abbreviation"":""POD"",""seat"":""Oslo, \\""Hasle\\""""}",,Stortinget,,"",,[],sourced,"",',
        '2,b,2020-01-01,year,2024-06-01T12:00:00.000Z,directorate,dissolve,pod,,[],,,,,"[""x""]",inferred,"to\nlines",a',
        '',
      ].join('\r\n'),
    );
  });

  it('parses back what it wrote and writes the same bytes again', () => {
    const text = formatChangesCsv(log());
    const parsed = parseChangesCsv(text);
    assert.deepEqual(parsed, log());
    for (let i = 0; i < parsed.length; i++) assert.equal(JSON.stringify(parsed[i]!.op), JSON.stringify(log()[i]!.op));
    assert.equal(formatChangesCsv(parsed), text);
    assert.deepEqual(parseChangesCsv(formatChangesCsv(TWO)), TWO);
  });

  it('reads LF line ends, a byte-order mark and columns in another order', () => {
    const lf = formatChangesCsv(TWO).replaceAll('\r\n', '\n');
    assert.deepEqual(parseChangesCsv(`\uFEFF${lf}`), TWO);
    const swapped = 'id,seq' + lf.slice('seq,id'.length).replace('\n1,a,', '\na,1,').replace('\n2,b,', '\nb,2,');
    assert.deepEqual(parseChangesCsv(swapped), TWO);
  });

  it('refuses an empty file and a header that is missing, repeats or invents a column', () => {
    refused(() => parseChangesCsv(''), /^changes\.csv: is empty; expected a header row/);
    const text = formatChangesCsv(TWO);
    refused(() => parseChangesCsv(text.replace(',certainty,', ',')), /^changes\.csv, row 1 \(header\): missing column "certainty"/);
    refused(() => parseChangesCsv(text.replace(',certainty,', ',certainty,certainty,')), /^changes\.csv, row 1 \(header\): column "certainty" appears twice$/);
    refused(() => parseChangesCsv(text.replace(',certainty,', ',certainty,colour,')), /^changes\.csv, row 1 \(header\): cell 17 is "colour", which is not a column of this format/);
  });

  it('names row 7 (and its line, when earlier notes span lines) and the column of a bad date', () => {
    const changes = log().map((c, i) => (i === 5 ? { ...c, effective: '2017-02-30' } : c));
    const error = refused(() => parseChangesCsv(formatChangesCsv(changes)), /^changes\.csv, row 7 \(line 8\), column effective: must be a real calendar date \(got "2017-02-30"\)$/);
    assert.deepEqual(error.details, { file: 'changes.csv', row: 7, field: 'effective' });
    const plain = TWO.map((c) => ({ ...c, note: null }));
    refused(() => parseChangesCsv(formatChangesCsv(plain).replace('2020-01-01', '2020-1-1')), /^changes\.csv, row 3, column effective: must match pattern/);
  });

  it('names an unknown entity and a bad attribute inside the attrs cell', () => {
    const text = formatChangesCsv(TWO);
    refused(() => parseChangesCsv(text.replace(',directorate,establish,', ',policeCar,establish,')), /^changes\.csv, row 2, column entity: must be one of "directorate", .* \(got "policeCar"\)$/);
    refused(() => parseChangesCsv(text.replace('""seat""', '""sete""')), /^changes\.csv, row 2, column attrs at \/sete: is not a known field/);
  });

  it('refuses cells that do not fit together or cannot be read', () => {
    const text = formatChangesCsv(TWO);
    refused(() => parseChangesCsv(text.replace('\r\n2,b,', '\r\nx,b,')), /^changes\.csv, row 3, column seq: must be a whole number \(got "x"\)$/);
    refused(() => parseChangesCsv(text.replace(',inferred,', ',,')), /^changes\.csv, row 3, column certainty: must not be empty$/);
    refused(() => parseChangesCsv(text.replace('"[""x""]"', '"[""x"""')), /^changes\.csv, row 3, column sources: must be JSON text \(.* at character 5\)/);
    refused(() => parseChangesCsv(text.replace(',dissolve,pod,,[],', ',dissolve,pod,{},[],')), /^changes\.csv, row 3, column attrs: must be empty when op is dissolve$/);
    refused(() => parseChangesCsv(text.replace(',dissolve,pod,,[],', ',confirm,pod,,[],')), /^changes\.csv, row 3, column successor_ids: must be empty when op is confirm$/);
    refused(() => parseChangesCsv(text.replace(',dissolve,pod,,[],', ',dissolve,pod,,,')), /^changes\.csv, row 3, column successor_ids: must not be empty when op is dissolve \(use \[\] for none\)$/);
    refused(() => parseChangesCsv(text.replace('[],,,,,"[""x""]"', '[],,2020-01-01,,,"[""x""]"')), /^changes\.csv, row 3, column decision_date: must be empty when decision_by is empty \(no decision\)$/);
    refused(() => parseChangesCsv(text.replace(',a\r\n', ',a,extra\r\n')), /^changes\.csv, row 3: has 19 cells, but the header has 18$/);
    refused(() => parseChangesCsv(`${text}3,"open`), /^changes\.csv, row 4: not valid CSV: Quote Not Closed/);
  });

  it('accepts a confirm change with neither attrs nor successor_ids', () => {
    const confirm: RecordedChange = { ...TWO[1]!, op: { type: 'confirm', entity: 'directorate', id: 'pod' } };
    const text = formatChangesCsv([TWO[0]!, confirm]);
    assert.match(text, /\r\n2,b,2020-01-01,year,[^,]+,directorate,confirm,pod,,,/);
    assert.deepEqual(parseChangesCsv(text), [TWO[0], confirm]);
  });

  it('refuses rows out of seq order and a change id used twice', () => {
    const [a, b] = TWO as [RecordedChange, RecordedChange];
    refused(() => parseChangesCsv(formatChangesCsv([a, { ...b, id: 'a', note: null }])), /^changes\.csv, row 3, column id: is also the id of the change with seq 1/);
    const lines = formatChangesCsv([a, { ...b, note: null }]).split('\r\n');
    refused(() => parseChangesCsv([lines[0], lines[2], lines[1], ''].join('\r\n')), /^changes\.csv, row 3, column seq: must be greater than the previous change's seq 2/);
  });
});

describe('the committed seed', () => {
  it('is a changes.json this parser reads and writes back byte for byte, and survives CSV', (t) => {
    if (!existsSync(SEED_FILE)) {
      t.skip(`no seed at ${SEED_FILE}`);
      return;
    }
    const text = readFileSync(SEED_FILE, 'utf8');
    const changes = parseChangesJson(text, SEED_FILE);
    assert.ok(changes.length > 1000, `only ${changes.length} changes in the seed`);
    assert.equal(formatChangesJson(changes), text);
    const csv = formatChangesCsv(changes);
    assert.deepEqual(parseChangesCsv(csv), changes);
  });
});

describe('fixture', () => {
  it('covers every entity type and every op type', () => {
    const seen = (key: (c: NewChange) => string) => new Set(varietyChanges().map(key));
    assert.deepEqual([...seen((c) => c.op.entity)].sort(), ['directorate', 'district', 'municipality', 'office', 'operatingUnit', 'specialAgency', 'stationDistrict']);
    assert.deepEqual([...seen((c) => c.op.type)].sort(), ['amend', 'confirm', 'dissolve', 'establish', 'reestablish']);
  });
});
