import { describe, expect, it } from 'vitest';
import { csvCell, detectDelimiter, toCsv } from '@/lib/csv/parse-csv';
import { readCsvRecords } from '@/db/files/read-csv-records';
import { columnValues } from '@/lib/csv/table-record';

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
