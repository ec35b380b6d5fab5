import { describe, expect, it } from 'vitest';
import { defaultOperationParams } from '@/lib/operations/params';
import { commonAreaCode, paramsFromSettings, runPlanCommand } from '@/seeds/plan-report';
import { village } from './workloads';

// The CLI's pure part (seeds/plan-report.ts): settings, area, and what `npm run plan` prints.
const workloads = [...village('64.71.01.1001', Array(10).fill(50)), ...village('65.02.04.2003', [115, 115], { mode: 'plane', travel: 1 })];

describe('paramsFromSettings', () => {
  it('reads numbers, dates and comma lists over the defaults', () => {
    const result = paramsFromSettings({ base: defaultOperationParams, settings: ['reserveDays=4', 'restWeekdays=0,6', 'holidays=2022-10-17,2022-10-18', 'windowEnd=2022-11-20', 'highlandProvinceCodes='] });
    expect(result.ok && result.params).toMatchObject({ reserveDays: 4, restWeekdays: [0, 6], holidays: ['2022-10-17', '2022-10-18'], windowEnd: '2022-11-20', highlandProvinceCodes: [], minDailyFamilies: 10 });
  });

  it('reads yes/no and an empty rupiah: --set charterPooling=false keeps the old rule', () => {
    const result = paramsFromSettings({ base: defaultOperationParams, settings: ['charterPooling=false', 'extraStopRupiah=none', 'maxStopsPerTrip=2'] });
    expect(result.ok && result.params).toMatchObject({ charterPooling: false, extraStopRupiah: null, maxStopsPerTrip: 2 });
    const again = paramsFromSettings({ base: { ...defaultOperationParams, charterPooling: false }, settings: ['charterPooling=ya', 'extraStopRupiah=2500000'] });
    expect(again.ok && again.params).toMatchObject({ charterPooling: true, extraStopRupiah: 2_500_000 });
  });

  it.each([
    { settings: ['charterPooling=mungkin'], error: /--set charterPooling/ },
    { settings: ['reserve=4'], error: /--set reserve: parameter tidak dikenal/ },
    { settings: ['reserveDays'], error: /tulis nama=nilai/ },
    { settings: ['reserveDays=x'], error: /--set reserveDays/ },
    { settings: ['minDailyFamilies=20'], error: /--set maxDailyFamilies: minimum keluarga\/hari tidak boleh melebihi maksimum keluarga\/hari/ },
    { settings: ['holidays=17-10-2022'], error: /--set holidays\.0/ },
  ])('refuses $settings', ({ settings, error }) => {
    const result = paramsFromSettings({ base: defaultOperationParams, settings });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join('\n')).toMatch(error);
  });
});

describe('runPlanCommand', () => {
  it('prints one JSON object with the headline figures, charters and budget (the unpooled rule)', () => {
    const { exitCode, stdout } = runPlanCommand({ workloads, params: { ...defaultOperationParams, charterPooling: false }, json: true, areaLabel: 'uji' });
    expect(exitCode).toBe(0);
    const plan = JSON.parse(stdout);
    // road: 500 families = 2 PPL at 10/day; plane, 1 day each way: 230 families over 23 days = 1 PPL at 10/day
    expect(plan).toMatchObject({ area: { code: 'ID', label: 'uji' }, families: 730, ppl: 3, pml: 2, koseka: 2, staff: 7, floorPpl: 3, belowNormTerritories: [], warnings: [] });
    expect(plan.workingDays).toMatchObject({ count: 25, first: '2022-10-15', last: '2022-11-08' });
    expect(plan.idealPpl).toBeCloseTo(3, 10);
    // 1 sortie in (15 Oct), 1 out (8 Nov), PML visits 23 Oct, 30 Oct, 6 Nov (there and back): 8 x Rp 15 million
    expect(plan.charters).toEqual([expect.objectContaining({ villageCode: '65.02.04.2003', mode: 'plane', costRupiah: 120_000_000, dates: ['2022-10-15', '2022-10-23', '2022-10-30', '2022-11-06', '2022-11-08'] })]);
    expect(plan.budgetRupiah).toBe(3 * 3_700_000 + 2 * 4_100_000 + 2 * 4_500_000 + 120_000_000);
  });

  it('prints the pooled trips and the saving against the unpooled plan in JSON', () => {
    const plan = JSON.parse(runPlanCommand({ workloads, params: defaultOperationParams, json: true, areaLabel: 'uji' }).stdout);
    // the PML stays with the plane village's PPL: one sortie in (15 Oct), one out after the reserve days (14 Nov)
    expect(plan.trips.map((t: { kind: string; departDate: string; seatsUsed: number; costRupiah: number }) => `${t.kind} ${t.departDate} ${t.seatsUsed} ${t.costRupiah}`)).toEqual([
      'inbound 2022-10-15 2 15000000',
      'outbound 2022-11-14 2 15000000',
    ]);
    expect(plan.pooling).toMatchObject({ pooled: { chartersRupiah: 30_000_000, charterLegs: 2, pml: 2 }, unpooled: { chartersRupiah: 120_000_000, charterLegs: 8, pml: 2 }, residentPml: 1 });
    expect(plan.budgetRupiah).toBe(3 * 3_700_000 + 2 * 4_100_000 + 2 * 4_500_000 + 30_000_000);
  });

  it('prints a readable Indonesian report', () => {
    const { stdout } = runPlanCommand({ workloads, params: { ...defaultOperationParams, charterPooling: false }, json: false, areaLabel: 'Uji' });
    expect(stdout).toContain('Rencana kebutuhan petugas: Uji (strategi standar)');
    expect(stdout).toMatch(/PPL\s+3\n/);
    expect(stdout).toContain('65.02.04.2003 pesawat, 1 PPL: berangkat 10-15 (1x); pulang 11-08 (1x); supervisi 10-23, 10-30, 11-06 (6x); Rp 120.000.000');
  });

  it('fails with exit code 2 and a message when the plan cannot be made', () => {
    const result = runPlanCommand({ workloads, params: { ...defaultOperationParams, reserveDays: 31 }, json: true, areaLabel: 'uji' });
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toMatch(/^Tidak ada hari kerja/);
  });
});

describe('commonAreaCode', () => {
  it.each([
    { codes: ['64.71.01', '64.71.02'], area: '64.71' },
    { codes: ['64.71.01.1001', '64.71.01.1002'], area: '64.71.01' },
    { codes: ['64.71.01', '65.02.04'], area: 'ID' },
    { codes: [], area: 'ID' },
  ])('$codes: $area', ({ codes, area }) => {
    expect(commonAreaCode(codes)).toBe(area);
  });
});
