import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '@/db/files/read-csv-records';
import { isInIslandRegency, islandRegencyCodes, islandsPerVillage } from '@/lib/planning/terrain/island-regencies';

const dataDir = path.join(path.dirname(createRequire(path.resolve('package.json')).resolve('idn-area-data/package.json')), 'data');
const rows = (file: string) => {
  const [header, ...records] = readCsvRecords(readFileSync(path.join(dataDir, file), 'utf8'));
  return records.map((r) => Object.fromEntries(header!.fields.map((name, i) => [name, r.fields[i] ?? ''])));
};

describe('island regencies', () => {
  it('are the regencies of idn-area-data with a populated island for every ten villages', () => {
    const populated = new Map<string, number>();
    for (const island of rows('islands.csv')) if (island.is_populated === '1') populated.set(island.regency_code!, (populated.get(island.regency_code!) ?? 0) + 1);
    const villages = new Map<string, number>();
    for (const village of rows('villages.csv')) villages.set(village.code!.slice(0, 5), (villages.get(village.code!.slice(0, 5)) ?? 0) + 1);
    const derived = [...populated].filter(([code, islands]) => (villages.get(code) ?? 0) > 0 && islands >= islandsPerVillage * villages.get(code)!).map(([code]) => code);
    expect([...islandRegencyCodes].sort()).toEqual(derived.sort());
  });

  it.each([
    ['81.03.01.2001', true], // Kepulauan Tanimbar
    ['35.29.01', true], // Sumenep
    ['61.12', true], // Kubu Raya: the Kapuas delta
    ['81.01.01.2001', false], // Maluku Tengah: one populated island per eleven villages
    ['14.10', false], // Kepulauan Meranti: few, large islands
    ['32.01.01.2001', false],
  ])('isInIslandRegency(%s) = %s', (code, island) => expect(isInIslandRegency(code)).toBe(island));
});
