import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IssueList, type InputIssue } from '../../src/shared/csv/file-issues.js';
import { cell, forEachCsvRecord, readCsvRows, type CsvColumns } from '../../src/shared/csv/read-csv.js';
import { parseDecimal } from '../../src/shared/csv/decimal.js';
import { forEachMatrixPair, matrixCsvFormat } from '../../src/shared/csv/travel-matrix-csv.js';

/** Reads `text` as f.csv and returns the records (as name → value) and the issues. */
function read(text: string, columns: CsvColumns = { required: ['id', 'value'] }) {
  const issues = new IssueList('f.csv');
  const csv = readCsvRows(text, issues, columns);
  const records = csv === null ? null : csv.rows.map(({ row, values }) => ({ row, id: cell(values, csv.header, 'id'), value: cell(values, csv.header, 'value') }));
  return { records, issues: issues.result() };
}

const only = (issues: readonly InputIssue[]): InputIssue => {
  assert.equal(issues.length, 1, issues.map((i) => i.message).join('\n'));
  return issues[0];
};

describe('the shared CSV reader', () => {
  it('reads a header and rows, numbering rows as a spreadsheet does and skipping empty lines', () => {
    const r = read('id,value\na,1\n\nb,2\n');
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.records, [
      { row: 2, id: 'a', value: '1' },
      { row: 4, id: 'b', value: '2' },
    ]);
  });

  it('drops a byte-order mark, trims cells, matches column names in any case, and takes mixed line ends', () => {
    const r = read('\uFEFF ID , Value\r\na , 1\nb,2\rc," 3 "\r\n');
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.records?.map((x) => [x.row, x.id, x.value]), [
      [2, 'a', '1'],
      [3, 'b', '2'],
      [4, 'c', '3'],
    ]);
  });

  it('reads semicolon files as Excel in a Norwegian locale saves them, with quoted commas kept', () => {
    const r = read('id;value\n"a,b";"1,5"\n');
    assert.deepEqual(r.records, [{ row: 2, id: 'a,b', value: '1,5' }]);
  });

  it('names the file for an empty file', () => {
    for (const text of ['', '\uFEFF', '\n\n']) {
      const issue = only(read(text).issues);
      assert.equal(issue.code, 'empty');
      assert.equal(issue.message, 'f.csv: filen er tom (ingen overskriftsrad)');
    }
  });

  it('names each missing column with the header row and what the header holds', () => {
    const issues = read('name,amount\na,1\n').issues;
    assert.deepEqual(issues.map((i) => [i.code, i.row, i.field]), [
      ['missing-column', 1, 'id'],
      ['missing-column', 1, 'value'],
    ]);
    assert.equal(issues[0].message, 'f.csv, rad 1, felt «id»: overskriftsraden mangler kolonnen «id» (fant: name, amount)');
    assert.equal(read('name,amount\na,1\n').records, null);
  });

  it('names row and field for bad quoting, in Norwegian', () => {
    const cases: [string, number, string, RegExp][] = [
      ['id,value\na,1\nb,"2\nc,3\n', 4, 'value', /et anførselstegn åpner et felt som aldri lukkes/],
      ['id,value\na,"1"x\n', 2, 'value', /tegn etter et avsluttende anførselstegn; et " inne i et sitert felt skrives ""/],
      ['id,value\na"b,1\n', 2, 'id', /anførselstegn midt i et felt som ikke er sitert/],
    ];
    for (const [text, row, field, reason] of cases) {
      const issue = only(read(text).issues);
      assert.equal(issue.code, 'unreadable');
      assert.equal(issue.row, row, issue.message);
      assert.equal(issue.field, field, issue.message);
      assert.ok(issue.message.startsWith(`f.csv, rad ${row}, felt «${field}»: `), issue.message);
      assert.match(issue.message, reason);
    }
  });

  it('refuses rows with the wrong number of cells when asked to be strict, and reads them as empty cells otherwise', () => {
    const strict = read('id,value\na,1\nb\nc,3,x\n', { required: ['id', 'value'], cellCount: 'strict' });
    assert.deepEqual(strict.issues.map((i) => [i.code, i.row]), [
      ['column-count', 3],
      ['column-count', 4],
    ]);
    assert.equal(strict.issues[0].message, 'f.csv, rad 3: raden har 1 felt, men overskriftsraden har 2');
    const relaxed = read('id,value\nb\n');
    assert.deepEqual(relaxed.records, [{ row: 2, id: 'b', value: '' }]);
  });

  it('streams records without collecting them, and stops at a missing column', () => {
    const issues = new IssueList('f.csv');
    const seen: number[] = [];
    assert.notEqual(forEachCsvRecord('id\nx\ny\n', issues, { required: ['id'] }, (_v, row) => seen.push(row)), null);
    assert.deepEqual(seen, [2, 3]);
    assert.equal(forEachCsvRecord('name\nx\n', issues, { required: ['id'] }, () => assert.fail('no records after a bad header')), null);
  });
});

describe('decimal numbers', () => {
  it('takes point decimals and exponents, and says in Norwegian why anything else is not a number', () => {
    assert.deepEqual(parseDecimal('12.5'), { ok: true, value: 12.5 });
    assert.deepEqual(parseDecimal('-1e3'), { ok: true, value: -1000 });
    assert.deepEqual(parseDecimal(''), { ok: false, reason: 'verdien mangler' });
    assert.deepEqual(parseDecimal('12,5'), { ok: false, reason: '«12,5» har desimalkomma; bruk desimalpunktum (12.5)' });
    for (const text of ['abc', '0x10', 'Infinity', 'NaN', '1 000', '1.2.3']) assert.deepEqual(parseDecimal(text), { ok: false, reason: `«${text}» er ikke et tall` });
    assert.equal(parseDecimal('1e999').ok, false);
  });
});

describe('the travel-time matrix file', () => {
  it('tells the current columns from the deprecated ones', () => {
    assert.equal(matrixCsvFormat('origin_id,destination_id,minutes'), 'current');
    assert.equal(matrixCsvFormat('\uFEFF"Origin"; Destination ;VALUE'), 'deprecated');
    assert.equal(matrixCsvFormat('from,to,minutes'), 'current', 'an unknown header is judged as the current format, whose columns it then lacks');
  });

  it('names row and field for wrong number types and empty ids, in the column names the file uses', () => {
    for (const [header, fields] of [
      ['origin_id,destination_id,minutes', ['origin_id', 'destination_id', 'minutes']],
      ['origin,destination,value', ['origin', 'destination', 'value']],
    ] as const) {
      const issues = new IssueList('m.csv');
      const pairs: [string, string, number | null][] = [];
      const format = forEachMatrixPair(`${header}\na,x,1.5\na,y,tolv\n,x,3\nb,y,-1\nb,x,2,5\n`, issues, (o, d, m) => pairs.push([o, d, m]));
      assert.equal(format, header.startsWith('origin_id') ? 'current' : 'deprecated');
      assert.deepEqual(issues.result().map((i) => [i.code, i.row, i.field]), [
        ['not-a-number', 3, fields[2]],
        ['missing-value', 4, fields[0]],
        ['out-of-range', 5, fields[2]],
      ]);
      assert.equal(issues.result()[0].message, `m.csv, rad 3, felt «${fields[2]}»: «tolv» er ikke et tall`);
      // Extra cells are ignored: "2,5" unquoted is the value 2 and a fourth cell.
      assert.deepEqual(pairs, [
        ['a', 'x', 1.5],
        ['a', 'y', null],
        ['', 'x', 3],
        ['b', 'y', null],
        ['b', 'x', 2],
      ]);
    }
  });
});

describe('the issue list', () => {
  it('caps the list at 50 and counts the rest in one closing issue', () => {
    const issues = new IssueList('f.csv');
    for (let row = 2; row < 82; row++) issues.add('not-a-number', { row, field: 'value' }, '«x» er ikke et tall');
    const list = issues.result();
    assert.equal(issues.count, 80);
    assert.equal(list.length, 51);
    assert.equal(list[50].code, 'too-many-issues');
    assert.equal(list[50].message, 'f.csv: 30 problem(er) til er ikke vist (viser de 50 første)');
  });
});
