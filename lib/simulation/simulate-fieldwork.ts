import { paceProfile } from './pace-profile';
import { simulatedFamilyRef, simulatedRecordId } from './record-id';
import { simulatePpl, type ExtraWork } from './simulate-ppl';
import type { PendingFamily, SimulatedDropout, SimulatedPpl, SimulatedVisit } from './types';

/** The simulation's fixed seed (the demo's): the same fieldwork on every machine. */
export const simulationSeed = 20221015;

/** A simulated visit as an entry system sends it (POST /api/interviews). */
export interface SimulatedRecord {
  id: string;
  slsCode: string;
  pplId: number;
  visitedOn: string;
  outcome: SimulatedVisit['outcome'];
  familySize?: number;
  familyRef: string;
}

/** A visit as an intake record: its id and family reference made from the family and the visit. */
export function toInterviewRecord(operationId: number, v: SimulatedVisit): SimulatedRecord {
  return {
    id: simulatedRecordId({ operationId, slsCode: v.slsCode, family: v.family, visit: v.visit }),
    slsCode: v.slsCode,
    pplId: v.pplId,
    visitedOn: v.visitedOn,
    outcome: v.outcome,
    ...(v.familySize !== undefined ? { familySize: v.familySize } : {}),
    familyRef: simulatedFamilyRef(v),
  };
}

/** Hands each takeover the next unfinished families of its SLS, in family order: what each receiver gets. */
function handOver(dropout: SimulatedDropout, unfinished: readonly PendingFamily[]): Map<number, ExtraWork> {
  const bySls = new Map<string, PendingFamily[]>();
  for (const f of unfinished) {
    const list = bySls.get(f.slsCode) ?? [];
    list.push(f);
    bySls.set(f.slsCode, list);
  }
  const extra = new Map<number, ExtraWork>();
  for (const t of dropout.takeovers) {
    const families = (bySls.get(t.slsCode) ?? []).splice(0, t.families);
    const work = extra.get(t.toSlotId) ?? { fromDate: dropout.fromDate, families: [] };
    extra.set(t.toSlotId, { ...work, families: [...work.families, ...families] });
  }
  return extra;
}

/**
 * The fieldwork of a plan's PPL day by day up to `until` (pure and seeded: the same input gives the same records):
 * each PPL at their own pace and their kecamatan's (paceProfile), charter territories from their first day on site,
 * dropouts stopping on their date with their unfinished families worked by whoever took them over. Records come in
 * visit-date order (within a day, PPL by PPL in their order of visits), ready for intake.
 */
export function simulateFieldwork({ ppl, seed, until, operationId, dropouts = [] }: {
  ppl: readonly SimulatedPpl[];
  seed: number;
  until: string;
  operationId: number;
  dropouts?: readonly SimulatedDropout[];
}): { records: SimulatedRecord[] } {
  const profileOf = (p: SimulatedPpl) => paceProfile({ seed, key: p.key, districtCode: p.districtCode });
  const stopped = new Map(dropouts.map((d) => [d.slotId, d]));
  // Records by visit date as each PPL's visits come: no sort, and each PPL's visits are garbage at once.
  const byDate = new Map<string, SimulatedRecord[]>();
  const keep = (visits: readonly SimulatedVisit[]) => {
    for (const v of visits) {
      const day = byDate.get(v.visitedOn) ?? [];
      day.push(toInterviewRecord(operationId, v));
      byDate.set(v.visitedOn, day);
    }
  };
  const extra = new Map<number, ExtraWork>();
  for (const p of ppl.filter((x) => stopped.has(x.slotId))) {
    const dropout = stopped.get(p.slotId)!;
    const run = simulatePpl({ ppl: p, pace: profileOf(p), seed, until, stopFrom: dropout.fromDate });
    keep(run.visits);
    if (dropout.fromDate <= until) for (const [slotId, work] of handOver(dropout, run.unfinished)) extra.set(slotId, work);
  }
  for (const p of ppl.filter((x) => !stopped.has(x.slotId))) keep(simulatePpl({ ppl: p, pace: profileOf(p), seed, until, extra: extra.get(p.slotId) }).visits);
  return { records: [...byDate.keys()].sort().flatMap((date) => byDate.get(date)!) };
}
