import { describe, expect, it } from 'vitest';
import { estimateTerrain, isKelurahan } from '@/lib/planning/terrain/estimate-terrain';
import { classNormShare, desaNormShare, scaleNorm } from '@/lib/planning/terrain/norms';
import { regionOf } from '@/lib/planning/terrain/regions';

const norm = { minDailyFamilies: 10, maxDailyFamilies: 14 }; // the defaults
const workingDayCount = 25; // one PPL's month at 9 a day: 225 families; at 8: 200

describe('estimateTerrain: the frame decides the norm of a village without access data', () => {
  it.each([
    // village code, families -> families a day (min-max), own territories, basis
    { what: 'kelurahan in Java', code: '35.76.01.1001', families: 2000, min: 10, max: 14, own: false, basis: { code: 'kelurahan', region: 'java_bali' } },
    { what: 'desa in Java', code: '33.16.01.2001', families: 900, min: 10, max: 14, own: false, basis: { code: 'desa', region: 'java_bali' } },
    { what: 'desa in Sumatra', code: '18.01.01.2001', families: 900, min: 10, max: 14, own: false, basis: { code: 'desa', region: 'sumatra' } },
    { what: 'desa in Kalimantan (Kubu Raya)', code: '61.12.01.2001', families: 1500, min: 9, max: 12.6, own: false, basis: { code: 'desa', region: 'kalimantan' } },
    { what: 'desa in Sulawesi', code: '72.03.01.2001', families: 450, min: 9, max: 12.6, own: false, basis: { code: 'desa', region: 'sulawesi' } },
    { what: 'desa in Maluku, not an island regency', code: '81.01.01.2001', families: 100, min: 9, max: 12.6, own: false, basis: { code: 'desa', region: 'maluku' } },
    { what: 'small desa of an island regency (Tanimbar): 224 < 9 x 25', code: '81.03.01.2001', families: 224, min: 9, max: 12.6, own: true, basis: { code: 'small_island_desa', region: 'maluku' } },
    { what: 'a desa there that fills a PPL month: 225', code: '81.03.01.2001', families: 225, min: 9, max: 12.6, own: false, basis: { code: 'desa', region: 'maluku' } },
    { what: 'desa in Nusa Tenggara Barat', code: '52.01.01.2001', families: 1300, min: 8, max: 11.2, own: false, basis: { code: 'desa', region: 'nusa_tenggara' } },
    { what: 'kampung in Papua Pegunungan', code: '95.01.01.2001', families: 150, min: 8, max: 11.2, own: false, basis: { code: 'desa', region: 'papua' } },
    { what: 'kelurahan in Papua (Kota Jayapura)', code: '91.71.01.1001', families: 3000, min: 10, max: 14, own: false, basis: { code: 'kelurahan', region: 'papua' } },
    { what: 'a small kelurahan of an island regency keeps the plain rules', code: '91.71.01.1001', families: 50, min: 10, max: 14, own: false, basis: { code: 'kelurahan', region: 'papua' } },
  ])('$what: $min-$max a day', ({ code, families, min, max, own, basis }) => {
    expect(estimateTerrain({ villageCode: code, families, norm, workingDayCount })).toEqual({ norm: { minDailyFamilies: min, maxDailyFamilies: max }, ownTerritories: own, basis });
  });

  it('scales with the operation: a minimum of 12 makes a Maluku desa 10.8 a day', () => {
    expect(estimateTerrain({ villageCode: '81.01.01.2001', families: 500, norm: { minDailyFamilies: 12, maxDailyFamilies: 16 }, workingDayCount }).norm).toEqual({ minDailyFamilies: 10.8, maxDailyFamilies: 14.4 });
  });
});

describe('the frame facts it reads', () => {
  it.each([
    ['64.71.01.1001', true],
    ['64.71.01.2001', false],
    ['65.02.04.3001', false], // 14 villages of the frame start with 3: transmigration units, rural
  ])('isKelurahan(%s) = %s', (code, kelurahan) => expect(isKelurahan(code)).toBe(kelurahan));

  it.each([
    ['11', 'sumatra'], ['19.06', 'sumatra'], ['21.71.01', 'sumatra'], ['31.71', 'java_bali'], ['36.03', 'java_bali'], ['51.71.01.1001', 'java_bali'],
    ['52.01', 'nusa_tenggara'], ['53.71', 'nusa_tenggara'], ['61.12', 'kalimantan'], ['65.02', 'kalimantan'], ['71.71', 'sulawesi'], ['76.02', 'sulawesi'],
    ['81.03', 'maluku'], ['82.04', 'maluku'], ['91.71', 'papua'], ['95.01', 'papua'], ['96.71', 'papua'], ['99.01', 'java_bali'],
  ])('regionOf(%s) = %s', (code, region) => expect(regionOf(code)).toBe(region));

  it.each([
    // share -> families a day at the defaults (10 to 14)
    { share: classNormShare.flat, min: 10, max: 14 },
    { share: classNormShare.hilly, min: 9, max: 12.6 },
    { share: classNormShare.remote, min: 8, max: 11.2 },
  ])('scaleNorm at $share: $min to $max a day', ({ share, min, max }) => {
    expect(scaleNorm(norm, share)).toEqual({ minDailyFamilies: min, maxDailyFamilies: max });
  });

  it('uses the three class norms for desa and no other: few parameters, each with its reason', () => {
    expect(new Set(Object.values(desaNormShare))).toEqual(new Set(Object.values(classNormShare)));
  });
});
