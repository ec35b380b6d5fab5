import { describe, expect, it } from 'vitest';
import { defaultOperationParams, type OperationParams } from '@/lib/operations/params';
import { AreaMismatchError, InvalidWorkloadError } from '@/lib/planning/errors';
import { listTerritorySls } from '@/lib/planning/list-territory-sls';
import { planStaffing } from '@/lib/planning/plan-staffing';
import type { SlsWorkload } from '@/lib/workload/types';
import { sls, village } from './workloads';

const params = defaultOperationParams; // 25 working days from 15 Oct, min 10, max 14 families/day
const plan = (workloads: SlsWorkload[], over: Partial<OperationParams> = {}, strategy: 'standard' | 'lean' = 'standard') =>
  planStaffing({ workloads, params: { ...params, ...over }, areaCode: 'ID', strategy });

describe('planStaffing: territory sizes at the bounds (25 on-site days: 250..350 families)', () => {
  it.each([
    { case: 'exactly 10/day', families: [125, 125], ppl: 1, perDay: [10], flagged: 0 },
    { case: 'one family short of 10/day', families: [125, 124], ppl: 1, perDay: [9.96], flagged: 1 },
    { case: 'exactly 14/day', families: [175, 175], ppl: 1, perDay: [14], flagged: 0 },
    // one more family would be 14.04/day: two territories of 175 and 176 (7.0 and 7.04/day), both under 10
    { case: 'one family over 14/day', families: [175, 176], ppl: 2, perDay: [7, 7.04], flagged: 2 },
    // 500 families = 2 x 250: both exactly at the minimum
    { case: 'two at the minimum', families: [100, 150, 150, 100], ppl: 2, perDay: [10, 10], flagged: 0 },
  ])('$case: $ppl PPL', ({ families, ppl, perDay, flagged }) => {
    const result = plan(village('64.71.01.1001', families));
    expect(result.territories).toHaveLength(ppl);
    expect(result.territories.map((t) => t.familiesPerDay).sort((a, b) => a - b)).toEqual(perDay);
    expect(result.quality.flaggedTerritories).toBe(flagged);
  });

  it('flags with the reason and the rate rounded away from the bound', () => {
    const [territory] = plan(village('64.71.01.1001', [125, 124])).territories;
    expect(territory!.flag).toEqual({ code: 'below_minimum', familiesPerDay: 9.9, minDailyFamilies: 10 });
  });

  it('plans 52 SLS of 50 families (2,600) as 10 PPL between 10 and 14 a day: floor(2600 / 250) = 10', () => {
    const result = plan(village('64.71.01.1001', Array(52).fill(50)));
    expect(result.territories).toHaveLength(10);
    expect(result.territories.every((t) => t.flag === null && t.familiesPerDay >= 10 && t.familiesPerDay <= 14)).toBe(true);
    expect(result.territories.reduce((s, t) => s + t.families, 0)).toBe(2600);
  });

  it('lean sizes near the maximum: 1,400 families as 4 PPL at 14/day where standard plans 5 at 11.2/day', () => {
    const families = Array(20).fill(70); // 1,400
    expect(plan(village('64.71.01.1001', families), {}, 'standard').territories).toHaveLength(5); // 280 each, 11.2/day
    const lean = plan(village('64.71.01.1001', families), {}, 'lean');
    expect(lean.territories).toHaveLength(4); // ceil(1400 / 350) = 4, 350 each
    expect(lean.territories.map((t) => t.familiesPerDay)).toEqual([14, 14, 14, 14]);
  });

  it('gives an SLS larger than 14 x 25 = 350 families its own flagged territory', () => {
    const result = plan([...village('64.71.01.1001', [400]), ...village('64.71.01.1002', [125, 125])]);
    const big = result.territories.find((t) => t.families === 400)!;
    expect(big.slsCount).toBe(1);
    expect(big.flag).toEqual({ code: 'oversized_sls', familiesPerDay: 16, maxDailyFamilies: 14 });
    expect(result.territories).toHaveLength(2);
  });
});

describe('planStaffing: kecamatan, villages and SLS', () => {
  it('never crosses a kecamatan: two small kecamatan get one (flagged) PPL each rather than sharing one', () => {
    const result = plan([...village('64.71.01.1001', [60, 60]), ...village('64.71.02.1001', [60, 60])]);
    expect(result.territories.map((t) => t.districtCode)).toEqual(['64.71.01', '64.71.02']);
    expect(result.territories.map((t) => t.flag)).toEqual([{ code: 'below_minimum', familiesPerDay: 4.8, minDailyFamilies: 10 }, { code: 'below_minimum', familiesPerDay: 4.8, minDailyFamilies: 10 }]);
  });

  it('labels PPL in SLS order within each kecamatan, and numbers PML teams', () => {
    const result = plan(village('64.71.01.1001', Array(40).fill(50))); // 2,000 families: 8 PPL of 250
    expect(result.territories.map((t) => t.label)).toEqual(Array.from({ length: 8 }, (_, i) => `PPL 64.71.01-00${i + 1}`));
    expect(result.teams.map((t) => t.label)).toEqual(['PML 64.71.01-01', 'PML 64.71.01-02']);
    expect(result.koseka.map((k) => k.label)).toEqual(['KOSEKA 64.71.01-1']);
  });

  it('assigns whole SLS, each to exactly one territory, whatever the input order', () => {
    const workloads = [...village('64.71.01.1002', [80, 75, 90, 66, 45]), ...village('64.71.01.1001', [70, 110, 30, 95, 60, 85])].reverse();
    const result = plan(workloads);
    const seen = result.territories.flatMap((t) => listTerritorySls({ plan: result, workloads, territory: t }).map((s) => s.slsCode));
    expect(seen.sort()).toEqual(workloads.map((w) => w.slsCode).sort());
    for (const t of result.territories) expect(listTerritorySls({ plan: result, workloads, territory: t }).reduce((s, w) => s + w.families, 0)).toBe(t.families);
  });

  it('plans no staff for an empty area, and warns about SLS left without families', () => {
    expect(plan([]).territories).toEqual([]);
    expect(plan([]).budget.totalRupiah).toBe(0);
    // a boat village of two empty SLS has nothing to plan; the road village gets its PPL
    const result = plan([...village('64.71.01.1001', [125, 125]), ...village('64.71.01.1002', [0, 0], { mode: 'boat' })]);
    expect(result.territories).toHaveLength(1);
    expect(result.charters).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'unassigned_sls', sls: 2 }]);
  });

  it('refuses broken workloads with named errors', () => {
    expect(() => plan([sls('64.71.01.1001.0001', 10), sls('64.71.01.1001.0001', 20)])).toThrow(InvalidWorkloadError);
    expect(() => plan([{ ...sls('64.71.01.1001.0001', 10), districtCode: '64.71.02' }])).toThrow(InvalidWorkloadError);
    expect(() => plan([{ ...sls('64.71.01.1001.0001', 10), slsCode: '64.71.01.1002.0001' }])).toThrow(InvalidWorkloadError);
    expect(() => plan([sls('64.71.01.1001.0001', -1)])).toThrow(InvalidWorkloadError);
    expect(() => plan([sls('64.71.01.1001.0001', 2.5)])).toThrow(InvalidWorkloadError);
    expect(() => planStaffing({ workloads: [sls('64.71.01.1001.0001', 10)], params, areaCode: '65' })).toThrow(AreaMismatchError);
  });
});

describe('planStaffing: remote villages', () => {
  it.each([
    // boat, 2 days each way, outside staff: 25 - 4 = 21 on-site days, 210 families = 10/day
    // they stay on site through the 6 reserve days and leave on 13 Nov, back on the window's last day
    { case: 'boat, 2 travel days, outside staff', access: { mode: 'boat', travel: 2, local: false }, onSite: 21, travel: 2, start: '2022-10-17', end: '2022-11-06', flag: null, out: '2022-11-14' },
    // the same village with local staff travels 0 days: 210 / 25 = 8.4/day, too few
    { case: 'boat, local staff', access: { mode: 'boat', travel: 2, local: true }, onSite: 25, travel: 0, start: '2022-10-15', end: '2022-11-08', flag: { code: 'remote_small_village', familiesPerDay: 8.4 }, out: '2022-11-08' },
    // on foot, 1 day each way, outside staff: 23 on-site days, 210 / 23 = 9.13/day
    { case: 'foot, 1 travel day, outside staff', access: { mode: 'foot', travel: 1, local: false }, onSite: 23, travel: 1, start: '2022-10-16', end: '2022-11-07', flag: { code: 'remote_small_village', familiesPerDay: 9.1 }, out: '2022-11-08' },
  ] as const)('$case: $onSite days on site', ({ access, onSite, travel, start, end, flag, out }) => {
    const result = plan([...village('65.02.04.2003', [70, 70, 70], access), ...village('65.02.04.2001', Array(5).fill(50))]);
    const remote = result.territories.find((t) => t.villageCodes[0] === '65.02.04.2003')!;
    expect(remote).toMatchObject({ remote: true, onSiteDays: onSite, travelDaysOneWay: travel, onSiteStartDate: start, onSiteEndDate: end, flag, families: 210 });
    expect(remote.villageCodes).toEqual(['65.02.04.2003']); // never shares a PPL with the road village
    expect(remote.startDate).toBe('2022-10-15');
    expect(remote.endDate).toBe(out);
  });

  it('keeps a foot village with local staff, or without travel days, in the road pool', () => {
    const result = plan([...village('64.71.01.1001', [70, 55], { mode: 'foot', travel: 2, local: true }), ...village('64.71.01.1002', [125])]);
    expect(result.territories).toHaveLength(1);
    expect(result.territories[0]).toMatchObject({ remote: false, families: 250, villageCodes: ['64.71.01.1001', '64.71.01.1002'] });
  });

  it('cuts travel that would leave no day on site, and flags it', () => {
    const result = plan(village('65.02.04.2003', [100], { mode: 'plane', travel: 13 }));
    // 25 working days: at most 12 days each way leaves 1 on site
    expect(result.territories[0]).toMatchObject({ travelDaysOneWay: 12, onSiteDays: 1, onSiteStartDate: '2022-10-27', onSiteEndDate: '2022-10-27' });
    expect(result.territories[0]!.flag).toMatchObject({ code: 'travel_cut' });
  });
});

describe('planStaffing: teams, KOSEKA, quality and budget', () => {
  it('reports quality against the ideal and the floor (one kecamatan, 2,600 families)', () => {
    const result = plan(village('64.71.01.1001', Array(52).fill(50)));
    // ideal 2600 / (10 x 25) = 10.4; floor ceil(2600 / (14 x 25)) = ceil(7.43) = 8; deviation (10 - 10.4) / 10.4
    expect(result.quality).toMatchObject({ pplCount: 10, idealPplRounded: 10, floorPpl: 8, roadPpl: 10, flaggedTerritories: 0 });
    expect(result.quality.idealPpl).toBeCloseTo(10.4, 10);
    expect(result.quality.deviationPct).toBeCloseTo(-3.846, 3);
    expect(result.districts).toEqual([
      expect.objectContaining({ districtCode: '64.71.01', families: 2600, sls: 52, ppl: 10, pml: 3, koseka: 1, floorPpl: 8, flaggedTerritories: 0 }),
    ]);
  });

  it('counts remote villages in the ideal with their own on-site days but not in the road deviation', () => {
    // road: 500 families (ideal 2); plane 1 day each way: 460 families over 23 days (ideal 460 / 230 = 2)
    const result = plan([...village('65.02.04.2001', [100, 150, 150, 100]), ...village('65.02.04.2003', [115, 115, 115, 115], { mode: 'plane', travel: 1 })]);
    expect(result.quality.idealPpl).toBeCloseTo(4, 10);
    expect(result.quality.roadIdealPpl).toBeCloseTo(2, 10);
    expect(result.quality.pplCount).toBe(4);
    expect(result.quality.deviationPct).toBeCloseTo(0, 10);
  });

  it('adds up the budget: honors x counts + charters', () => {
    const result = plan(village('64.71.01.1001', Array(52).fill(50))); // 10 PPL, 3 PML, 1 KOSEKA, no charters
    // 10 x 3,700,000 + 3 x 4,100,000 + 1 x 4,500,000 = 37,000,000 + 12,300,000 + 4,500,000
    expect(result.budget).toEqual({ ppl: 10, pml: 3, koseka: 1, pplRupiah: 37_000_000, pmlRupiah: 12_300_000, kosekaRupiah: 4_500_000, chartersRupiah: 0, totalRupiah: 53_800_000 });
  });

  it('puts a second KOSEKA in a kecamatan with more than kosekaSplitPpl PPL', () => {
    const workloads = village('64.71.01.1001', Array(52).fill(50)); // 10 PPL
    expect(plan(workloads, { kosekaSplitPpl: 10 }).koseka).toHaveLength(1);
    expect(plan(workloads, { kosekaSplitPpl: 9 }).koseka.map((k) => k.label)).toEqual(['KOSEKA 64.71.01-1', 'KOSEKA 64.71.01-2']);
  });
});
