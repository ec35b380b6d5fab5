import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { defaultOperationParams } from '@/lib/operations/params';
import { chooseDropout, dropoutDateOf } from '@/lib/simulation/choose-dropout';
import { simulateFieldwork } from '@/lib/simulation/simulate-fieldwork';
import type { SimulatedPpl } from '@/lib/simulation/types';

const workingDays = workingCalendar({ params: defaultOperationParams });
const seed = 20221015;

/** Two teams of four road PPL in one kecamatan and one plane territory in another: 250 families each. */
const ppl: SimulatedPpl[] = Array.from({ length: 9 }, (_, i) => {
  const remote = i === 8;
  const district = remote ? '65.02.05' : '64.71.01';
  const village = `${district}.${remote ? 2001 : 1001 + Math.floor(i / 2)}`;
  return {
    key: `PPL ${district}-${String(i + 1).padStart(3, '0')}`,
    slotId: 10 + i,
    pplId: 100 + i,
    teamSlotId: remote ? 3 : i < 4 ? 1 : 2,
    districtCode: district,
    onSiteDays: remote ? 21 : 25,
    remote,
    workingDays,
    sls: [{ slsCode: `${village}.${String(1 + (i % 2) * 2).padStart(4, '0')}`, families: 120 }, { slsCode: `${village}.${String(2 + (i % 2) * 2).padStart(4, '0')}`, families: 130 }],
  };
});

describe('simulateFieldwork', () => {
  const run = simulateFieldwork({ ppl, seed, until: '2022-10-28', operationId: 1 });

  it('is deterministic: the same input gives the same records', () => {
    expect(simulateFieldwork({ ppl, seed, until: '2022-10-28', operationId: 1 }).records).toEqual(run.records);
    expect(simulateFieldwork({ ppl, seed: seed + 1, until: '2022-10-28', operationId: 1 }).records).not.toEqual(run.records);
  });

  it('sends valid, distinct records in visit-date order, none after the as-of date', () => {
    expect(new Set(run.records.map((r) => r.id)).size).toBe(run.records.length);
    expect(run.records.every((r) => z.uuid().safeParse(r.id).success && r.visitedOn <= '2022-10-28' && r.familyRef.startsWith('SIM-'))).toBe(true);
    expect(run.records.map((r) => r.visitedOn)).toEqual(run.records.map((r) => r.visitedOn).sort());
  });

  it('reproduces an earlier as-of date exactly: a later run only adds days', () => {
    const earlier = simulateFieldwork({ ppl, seed, until: '2022-10-20', operationId: 1 }).records;
    expect(run.records.filter((r) => r.visitedOn <= '2022-10-20')).toEqual(earlier);
  });

  it('starts the plane territory late', () => {
    const first = (pplId: number) => run.records.find((r) => r.pplId === pplId)!.visitedOn;
    expect(first(100)).toBe('2022-10-15');
    expect(first(108) > '2022-10-16').toBe(true);
  });

  it('stops a dropout on their date and has the receivers work their unfinished families', () => {
    const from = dropoutDateOf(workingDays)!; // 25 Oct
    const alone = simulateFieldwork({ ppl, seed, until: '2022-10-28', operationId: 1, dropouts: [{ slotId: 10, fromDate: from, takeovers: [] }] });
    expect(alone.records.filter((r) => r.pplId === 100).every((r) => r.visitedOn < from)).toBe(true);
    const handed = simulateFieldwork({
      ppl,
      seed,
      until: '2022-10-28',
      operationId: 1,
      dropouts: [{ slotId: 10, fromDate: from, takeovers: [{ slsCode: '64.71.01.1001.0001', toSlotId: 11, families: 200 }, { slsCode: '64.71.01.1001.0002', toSlotId: 12, families: 200 }] }],
    });
    const taken = handed.records.filter((r) => r.slsCode.startsWith('64.71.01.1001.000') && r.pplId !== 100 && ['64.71.01.1001.0001', '64.71.01.1001.0002'].includes(r.slsCode));
    expect(taken.length).toBeGreaterThan(10);
    expect(taken.every((r) => r.visitedOn >= from)).toBe(true);
    expect(new Set(taken.map((r) => r.pplId))).toEqual(new Set([101, 102]));
    // nobody visits a family twice on one day, and the dropout's days before are unchanged
    expect(handed.records.filter((r) => r.visitedOn < from)).toEqual(alone.records.filter((r) => r.visitedOn < from));
  });
});

describe('chooseDropout', () => {
  it.each([
    // prefer team  avoid     picked from
    [1, [], [10, 11, 12, 13]],
    [1, [10, 11, 12], [13]], // the demo PPL of the team is spared
    [2, [], [14, 15, 16, 17]],
    [3, [], [10, 11, 12, 13, 14, 15, 16, 17]], // the plane team's PPL never: any road PPL instead
    [null, [], [10, 11, 12, 13, 14, 15, 16, 17]],
  ] as const)('prefers team %s, avoids %j: one of %j, from 25 Oct', (preferTeamSlotId, avoidSlotIds, among) => {
    const chosen = chooseDropout({ ppl, seed, preferTeamSlotId, avoidSlotIds });
    expect(among).toContain(chosen?.slotId);
    expect(chosen?.fromDate).toBe('2022-10-25');
  });

  it('is nobody when no PPL works on the road', () => {
    expect(chooseDropout({ ppl: ppl.filter((p) => p.remote), seed })).toBeNull();
  });
});
