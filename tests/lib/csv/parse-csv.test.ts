import { describe, expect, it } from 'vitest';
import { csvCell, detectDelimiter, toCsv } from '@/lib/csv/parse-csv';
import { readCsvRecords } from '@/lib/csv/read-csv-records';
import { columnValues } from '@/lib/csv/table-record';
import { words } from '../../i18n/words';

describe('readCsvRecords: CSV through papaparse, with the line each record starts on', () => {
  it.each([
    { case: 'plain', text: 'a,b\n1,2\n', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] },
    { case: 'CRLF and no final newline', text: 'a,b\r\n1,2', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] },
    { case: 'blank lines skipped, line numbers kept', text: 'a\n\n\nb\n', records: [{ line: 1, fields: ['a'] }, { line: 4, fields: ['b'] }] },
    { case: 'quoted comma and doubled quote', text: '"x, y","say ""hi"""\n', records: [{ line: 1, fields: ['x, y', 'say "hi"'] }] },
    // a quoted field across lines: the next record starts on line 3
    { case: 'newline inside quotes', text: '"a\nb",c\nd\n', records: [{ line: 1, fields: ['a\nb', 'c'] }, { line: 3, fields: ['d'] }] },
    { case: 'empty fields', text: ',,\n', records: [{ line: 1, fields: ['', '', ''] }] },
    { case: 'byte order mark', text: '\uFEFFa\n', records: [{ line: 1, fields: ['a'] }] },
    { case: 'empty text', text: '', records: [] },
    { case: 'lone CR line ends', text: 'a\rb\r', records: [{ line: 1, fields: ['a'] }, { line: 2, fields: ['b'] }] },
    { case: 'mixed line ends', text: 'a\r\nb\nc\rd', records: ['a', 'b', 'c', 'd'].map((f, i) => ({ line: i + 1, fields: [f] })) },
    { case: 'a quoted empty line, skipped like a blank one', text: 'a\n""\nb\n', records: [{ line: 1, fields: ['a'] }, { line: 3, fields: ['b'] }] },
  ])('$case', ({ text, records }) => {
    expect(readCsvRecords(text)).toEqual(records);
  });

  it.each([
    { case: 'a quote never closed', text: 'a,"b\nc\n', problem: { field: 1, message: 'tanda kutip " tidak ditutup' } },
    { case: 'text after a closing quote', text: '"ab"c,d\n', problem: { field: 0, message: 'sesudah tanda kutip penutup harus ada pemisah kolom atau akhir baris' } },
    { case: 'text after a closing quote, second field', text: 'a,"b"c,d\n', problem: { field: 1, message: 'sesudah tanda kutip penutup harus ada pemisah kolom atau akhir baris' } },
    { case: 'a quote inside an unquoted field', text: 'a,Budi "Ucok"\n', problem: { field: 1, message: 'tanda kutip " di tengah kolom; apit kolom dengan " dan gandakan " di dalamnya' } },
  ])('flags broken quoting instead of guessing silently: $case', ({ text, problem }) => {
    const found = readCsvRecords(text)[0]!.problem;
    expect(found && { field: found.field, message: words({ code: found.code }) }).toEqual(problem);
  });

  it('reads `;` between fields, as Excel saves CSV in an Indonesian locale, detected from the header line', () => {
    expect(readCsvRecords('a;"b;c"\n1,5;2\n').map((r) => r.fields)).toEqual([['a', 'b;c'], ['1,5', '2']]);
    expect(readCsvRecords('\uFEFFa;b\r\n"x ""y""";2\r\n')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x "y"', '2'] }]);
  });

  it('keeps a quoted field holding quotes and both delimiters', () => {
    expect(readCsvRecords('a,b\n"Budi ""Ucok""; S.St, M.Si",2\n')[1]).toEqual({ line: 2, fields: ['Budi "Ucok"; S.St, M.Si', '2'] });
  });
});

describe('detectDelimiter', () => {
  it.each([
    { header: 'name,role,phone,home_village_code\nx;y;z\n', delimiter: ',' },
    { header: 'name;role;phone;home_village_code\r\nSiti, S.St;ppl;;64.71.01.1001', delimiter: ';' },
    { header: '\uFEFF\n\nvillage_code;families\n', delimiter: ';' },
    { header: 'families\n', delimiter: ',' },
    { header: '', delimiter: ',' },
  ])('$delimiter from $header', ({ header, delimiter }) => {
    expect(detectDelimiter(header)).toBe(delimiter);
  });

  it('is what columnValues reads the codes to look up from', () => {
    expect(columnValues(readCsvRecords('name;Home_Village_Code\nSiti;64.71.01.1001 \n'), 'home_village_code')).toEqual(['64.71.01.1001']);
  });
});

describe('toCsv', () => {
  it('quotes only cells that need it and ends lines with CRLF', () => {
    expect(toCsv(['kode', 'nama'], [['64.71', 'Kota "Balikpapan", Kaltim'], ['65', null]])).toBe('kode,nama\r\n64.71,"Kota ""Balikpapan"", Kaltim"\r\n65,\r\n');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it.each([
    { cell: '=HYPERLINK("x")', csv: `"'=HYPERLINK(""x"")"` },
    { cell: "+cmd|' /C calc'!A0", csv: "'+cmd|' /C calc'!A0" },
    { cell: '@SUM(1)', csv: "'@SUM(1)" },
    { cell: '-2+3', csv: "'-2+3" },
    { cell: '\tx', csv: "'\tx" },
    { cell: '\rx', csv: `"'\rx"` },
    { cell: -2, csv: '-2' }, // a real number stays a number
    { cell: -1.5, csv: '-1.5' },
    { cell: 'Siti = Aminah', csv: 'Siti = Aminah' }, // only the first character counts
    { cell: '64.71', csv: '64.71' },
  ])('writes $cell as $csv: a spreadsheet shows text, never runs a formula (OWASP)', ({ cell, csv }) => {
    expect(csvCell(cell)).toBe(csv);
    expect(toCsv(['h'], [[cell]])).toBe(`h\r\n${csv}\r\n`);
  });

  it('round-trips through readCsvRecords', () => {
    const rows = [['a,b', 'c"d', 'e\nf'], ['1', '', '3']];
    expect(readCsvRecords(toCsv(['x', 'y', 'z'], rows)).map((r) => r.fields)).toEqual([['x', 'y', 'z'], ...rows]);
  });
});
