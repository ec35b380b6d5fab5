import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOperationParams } from '@/lib/operations/params';
import { planFromDatabase } from '@/seeds/plan-area';
import { openTestDb } from '../db/test-db';
import { fixturePlaneFamilies, fixtureReserveDays, fixtureRoadFamilies, seedPlanFixture } from './plan-fixture';

// `npm run plan -- --area`: what seeds/cli/plan.ts prints, read from a database without spawning it.
const handle = await openTestDb();
afterAll(() => handle.close());

const plan = (areaCode: string, settings: string[] = []) => planFromDatabase({ db: handle.db, areaCode, json: true, settings });
const planned = async (areaCode: string, settings: string[] = []) => {
  const result = await plan(areaCode, settings);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout);
};

const { windowStart, honorPplRupiah, honorPmlRupiah, honorKosekaRupiah } = defaultOperationParams;
// 31 days in the window, no rest days, the operation's reserve kept free
const workingDays = 31 - fixtureReserveDays;

describe(`planFromDatabase (${handle.label})`, () => {
  it('asks for a seed when the database holds no operation', async () => {
    const result = await plan('64.71');
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toContain('jalankan npm run seed atau npm start dulu');
  });

  describe('with a frame, an operation and its workload', () => {
    beforeAll(() => seedPlanFixture(handle.db));

    it('plans a regency with the operation rules and reports every headline figure', async () => {
      const json = await planned('64.71');
      expect(json).toMatchObject({ area: { code: '64.71', label: '64.71 Kota Balikpapan' }, families: fixtureRoadFamilies, charters: [], warnings: [] });
      expect(json.workingDays).toMatchObject({ count: workingDays, first: windowStart });
      // 12,000 families / (10 a day x 27 days) = 44.4 PPL ideal; floor ceil(12,000 / (14 x 27)) = 32
      expect(json.idealPpl).toBeCloseTo(fixtureRoadFamilies / (10 * workingDays), 6);
      expect(json.floorPpl).toBe(32);
      expect(json.ppl).toBeGreaterThanOrEqual(json.floorPpl);
      expect(json.ppl).toBeLessThanOrEqual(Math.ceil(json.idealPpl));
      // one kecamatan: teams of up to 4 PPL; more than 30 PPL, so two KOSEKA (kosekaSplitPpl, from reported counts)
      expect(json.pml).toBe(Math.ceil(json.ppl / 4));
      expect(json.ppl).toBeGreaterThan(30);
      expect(json.koseka).toBe(2);
      expect(json.staff).toBe(json.ppl + json.pml + json.koseka);
      expect(json.budgetRupiah).toBe(json.ppl * honorPplRupiah + json.pml * honorPmlRupiah + 2 * honorKosekaRupiah);
      expect(Array.isArray(json.belowNormTerritories)).toBe(true);
    });

    it("plans the whole country for 'ID', remote village and charters included", async () => {
      const json = await planned('ID');
      expect(json.area).toEqual({ code: 'ID', label: 'Indonesia' });
      expect(json.families).toBe(fixtureRoadFamilies + fixturePlaneFamilies);
      expect(json.koseka).toBe(3); // two in Balikpapan Timur, one in Long Sule's kecamatan
      expect(json.charters).toEqual([expect.objectContaining({ villageCode: '65.02.04.2003', mode: 'plane', trips: expect.any(Array), costRupiah: expect.any(Number), dates: expect.any(Array) })]);
      expect(json.charters[0].costRupiah).toBeGreaterThan(0);
      const [charter] = json.charters;
      expect(json.budgetRupiah).toBe(json.ppl * honorPplRupiah + json.pml * honorPmlRupiah + 3 * honorKosekaRupiah + charter.costRupiah);
    });

    it('applies --set over the operation rules, not over the defaults', async () => {
      expect((await planned('64.71.01', ['reserveDays=8'])).workingDays.count).toBe(31 - 8);
      expect((await planned('64.71.01')).workingDays.count).toBe(workingDays);
    });

    it('prints the readable report with the area name', async () => {
      const result = await planFromDatabase({ db: handle.db, areaCode: '65', json: false });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('Rencana kebutuhan petugas: 65 Kalimantan Utara (strategi standar)');
    });

    it.each([
      { what: 'a malformed code', areaCode: '64-71', error: 'Kode wilayah tidak valid: "64-71"' },
      { what: 'a code outside the frame', areaCode: '64.72', error: 'Wilayah 64.72 tidak ada di kerangka wilayah' },
      { what: 'a village, below a kecamatan', areaCode: '64.71.01.1001', error: 'Wilayah 64.71.01.1001 adalah desa/kelurahan: rencana dibuat untuk provinsi, kabupaten/kota atau kecamatan' },
      { what: 'an area with no families', areaCode: '64.71.02', error: 'Wilayah 64.71.02 Balikpapan Barat tidak punya target keluarga pada operasi "Uji CLI"' },
      { what: 'an unknown --set', areaCode: '64.71', settings: ['reserve=4'], error: '--set reserve: parameter tidak dikenal' },
      { what: 'rules that leave no working day', areaCode: '64.71', settings: ['reserveDays=31'], error: 'Tidak ada hari kerja' },
    ])('refuses $what with exit code 2', async ({ areaCode, settings, error }) => {
      const result = await plan(areaCode, settings);
      expect(result).toMatchObject({ exitCode: 2, stdout: '' });
      expect(result.stderr).toContain(error);
    });
  });
});
