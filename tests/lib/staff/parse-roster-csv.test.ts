import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '@/lib/staff/parse-roster-csv';
import { readCsvRecords } from '@/db/files/read-csv-records';
import { words } from '../../i18n/words';

const villages = new Set(['64.71.01.1001', '64.71.01.1002']);
const isVillage = (code: string) => villages.has(code);

describe('parseRosterCsv', () => {
  it('reads people, normalising role case and phone spacing', () => {
    const text = 'name,role,phone,home_village_code\nSiti Aminah,PPL,0812-3456 7890,64.71.01.1001\n"Budi, S.St",pml,,64.71.01.1002\n';
    const result = parseRosterCsv({ records: readCsvRecords(text), isVillage });
    expect(result).toEqual({
      ok: true,
      people: [
        { line: 2, name: 'Siti Aminah', role: 'ppl', phone: '081234567890', homeVillageCode: '64.71.01.1001' },
        { line: 3, name: 'Budi, S.St', role: 'pml', phone: null, homeVillageCode: '64.71.01.1002' },
      ],
    });
  });

  it('collects every bad field with its line and returns no people', () => {
    const text = [
      'name,role,phone,home_village_code',
      'Siti,ppl,0812345678,64.71.01.1001',
      'X,enumerator,abc,64.71.01.1001', // line 3: name, role, phone
      'Ani,ppl,,64.71.09.9999', // line 4: unknown village
      'Eko,ppl,,6471011001', // line 5: malformed code
    ].join('\n');
    const result = parseRosterCsv({ records: readCsvRecords(text), isVillage });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.line}:${e.field}`)).toEqual(['3:name', '3:role', '3:phone', '4:home_village_code', '5:home_village_code']);
  });

  it('rejects a file without the required header or without rows', () => {
    expect(parseRosterCsv({ records: readCsvRecords('nama,peran\nA,ppl\n'), isVillage }).ok).toBe(false);
    expect(parseRosterCsv({ records: readCsvRecords('name,role,phone,home_village_code\n'), isVillage }).ok).toBe(false);
  });

  it('reads a file saved with `;` between fields (Excel in an Indonesian locale)', () => {
    const result = parseRosterCsv({ records: readCsvRecords('name;role;phone;home_village_code\r\nBudi, S.St;pml;;64.71.01.1002\r\n'), isVillage });
    expect(result.ok && result.people.map((p) => p.name)).toEqual(['Budi, S.St']);
  });

  // Each of these was accepted before, or refused with the wrong message; now they follow the workload CSV's rules.
  it.each([
    { case: 'a duplicated header (last column won)', text: 'name,role,phone,home_village_code,name\nSiti,ppl,,64.71.01.1001,Ani\n', errors: ['1:name: kolom muncul dua kali'] },
    {
      case: 'a duplicated home_village_code header',
      text: 'name,role,phone,home_village_code,home_village_code\nSiti,ppl,,64.71.01.1001,64.71.01.1001\n',
      errors: ['1:home_village_code: kolom muncul dua kali'],
    },
    { case: 'an unknown column', text: 'name,role,phone,home_village_code,umur\nSiti,ppl,,64.71.01.1001,30\n', errors: ['1:umur: kolom tidak dikenal; yang dikenal: name, role, phone, home_village_code'] },
    { case: 'an extra field (ignored)', text: 'name,role,phone,home_village_code\nSiti,ppl,,64.71.01.1001,x\n', errors: ['2:home_village_code: baris berisi 5 kolom, header 4'] },
    { case: 'a missing field', text: 'name,role,phone,home_village_code\nSiti,ppl,64.71.01.1001\n', errors: ['2:phone: baris berisi 3 kolom, header 4'] },
    { case: 'a NUL in a name', text: 'name,role,phone,home_village_code\n"Siti\u0000",ppl,,64.71.01.1001\n', errors: ['2:name: memuat karakter kendali U+0000 yang tidak diizinkan'] },
    { case: 'a U+FFFF in a name', text: 'name,role,phone,home_village_code\nSiti\uffff,ppl,,64.71.01.1001\n', errors: ['2:name: memuat U+FFFF, yang bukan karakter dan tidak diizinkan'] },
    {
      case: 'latin-1 read as UTF-8 (stored as U+FFFD)',
      text: 'name,role,phone,home_village_code\nSiti,ppl,,64.71.01.1001\nJos\ufffd,ppl,,64.71.01.1002\n',
      errors: ['3:name: memuat karakter pengganti U+FFFD, tanda teks rusak karena salah pengodean; simpan ulang sebagai UTF-8'],
    },
  ])('refuses $case, naming line and column', ({ text, errors }) => {
    const result = parseRosterCsv({ records: readCsvRecords(text), isVillage });
    expect(result.ok ? [] : result.errors.map((e) => `${e.line}:${e.field}: ${words(e)}`)).toEqual(errors);
  });

  // 5 MB of bad rows took 11 s and a gigabyte to list 2.5 million bad fields; the file is refused at the first one.
  it('stops checking after the first 1,000 bad fields', () => {
    const result = parseRosterCsv({ records: readCsvRecords(`name,role,phone,home_village_code\n${'x,y,z,w\n'.repeat(20_000)}`), isVillage });
    const errors = result.ok ? [] : result.errors;
    expect(errors.length).toBeGreaterThanOrEqual(1000);
    expect(errors.length).toBeLessThan(1004);
    expect(errors[0]).toMatchObject({ line: 2, field: 'name' });
  });
});
