import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '@/lib/csv/parse-csv-table';
import { readCsvRecords } from '@/db/files/read-csv-records';
import { words } from '../../i18n/words';

const columns = ['name', 'role', 'note'] as const;
const read = (text: string) => parseCsvTable({ records: readCsvRecords(text), columns, required: ['name', 'role'] });
const errorsOf = (text: string) => read(text).errors.map((e) => `${e.line}:${e.field}: ${words(e)}`);
const linesOf = (text: string) => {
  const table = read(text);
  return table.ok ? table.rows.map((r) => r.line) : [];
};

describe('parseCsvTable: the one strict reading of every CSV import', () => {
  it('reads rows by column name, trimmed, in any column order, with `,` or `;`; a known column left out reads empty', () => {
    const expected = { ok: true, errors: [], rows: [{ line: 2, values: { name: 'Siti, S.St', role: 'ppl', note: '' } }] };
    expect(read('ROLE , Name\n ppl ,"Siti, S.St"\n')).toEqual(expected);
    expect(read('\uFEFFname;role\r\nSiti, S.St;ppl\r\n')).toEqual(expected);
  });

  it.each([
    { case: 'a missing column', text: 'name\nSiti\n', errors: ['1:role: kolom role wajib ada (header: name,role,note)'] },
    { case: 'an unknown column', text: 'name,role,umur\nSiti,ppl,30\n', errors: ['1:umur: kolom tidak dikenal; yang dikenal: name, role, note'] },
    { case: 'an empty column name', text: 'name,role,\nSiti,ppl,\n', errors: ['1:#3: kolom tidak dikenal; yang dikenal: name, role, note'] },
    { case: 'a duplicated column', text: 'name,role,Role\nSiti,ppl,pml\n', errors: ['1:role: kolom muncul dua kali'] },
    { case: 'broken quoting in the header', text: '"name,role\n', errors: ['1:header: tanda kutip " tidak ditutup'] },
    { case: 'no header at all', text: '', errors: ['1:name: kolom name wajib ada (header: name,role,note)', '1:role: kolom role wajib ada (header: name,role,note)'] },
  ])('refuses a header with $case, naming the column, and reads no row', ({ text, errors }) => {
    expect(errorsOf(text)).toEqual(errors);
    expect(read(text).ok).toBe(false);
  });

  it.each([
    { case: 'a field too many', row: 'Siti,ppl,x', errors: ['2:role: baris berisi 3 kolom, header 2'] },
    { case: 'a field too few', row: 'Siti', errors: ['2:name: baris berisi 1 kolom, header 2'] },
    { case: 'an unclosed quote (it runs to the end of the file)', row: 'Siti,"ppl', errors: ['2:role: tanda kutip " tidak ditutup'], goodLines: [] },
    { case: 'a stray quote', row: 'Si"ti,ppl', errors: ['2:name: tanda kutip " di tengah kolom; apit kolom dengan " dan gandakan " di dalamnya'] },
    { case: 'a NUL', row: 'Si\u0000ti,ppl', errors: ['2:name: memuat karakter kendali U+0000 yang tidak diizinkan'] },
    { case: 'a line break inside a quoted field', row: '"Siti\nAminah",ppl', errors: ['2:name: memuat karakter kendali U+000A yang tidak diizinkan'], goodLines: [4] },
    { case: 'a U+FFFF', row: 'Siti,ppl\uffff', errors: ['2:role: memuat U+FFFF, yang bukan karakter dan tidak diizinkan'] },
    { case: 'latin-1 read as UTF-8 (U+FFFD)', row: 'Jos\ufffd,ppl', errors: ['2:name: memuat karakter pengganti U+FFFD, tanda teks rusak karena salah pengodean; simpan ulang sebagai UTF-8'] },
  ])('refuses a row with $case, naming line and column', ({ row, errors, goodLines = [3] }) => {
    const text = `name,role\n${row}\nBudi,pml\n`;
    expect(errorsOf(text)).toEqual(errors);
    // the good row after it is still read, so its own errors are reported in the same answer
    expect(linesOf(text)).toEqual(goodLines);
  });

  it('skips blank lines but keeps counting them', () => {
    expect(linesOf('name,role\n\n\nSiti,ppl\n')).toEqual([4]);
  });
});
