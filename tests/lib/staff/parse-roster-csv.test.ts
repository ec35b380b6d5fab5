import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '@/lib/staff/parse-roster-csv';

const villages = new Set(['64.71.01.1001', '64.71.01.1002']);
const isVillage = (code: string) => villages.has(code);

describe('parseRosterCsv', () => {
  it('reads people, normalising role case and phone spacing', () => {
    const text = 'name,role,phone,home_village_code\nSiti Aminah,PPL,0812-3456 7890,64.71.01.1001\n"Budi, S.St",pml,,64.71.01.1002\n';
    const result = parseRosterCsv({ text, isVillage });
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
    const result = parseRosterCsv({ text, isVillage });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.line}:${e.field}`)).toEqual(['3:name', '3:role', '3:phone', '4:home_village_code', '5:home_village_code']);
  });

  it('rejects a file without the required header or without rows', () => {
    expect(parseRosterCsv({ text: 'nama,peran\nA,ppl\n', isVillage }).ok).toBe(false);
    expect(parseRosterCsv({ text: 'name,role,phone,home_village_code\n', isVillage }).ok).toBe(false);
  });
});
