import 'server-only';
import type { ViewerScope } from '@/lib/auth/scope';
import { compareUrgency, summarizeGroupProgress, summarizePplProgress, type PplProgress, type PplProgressInput } from '@/lib/coverage/ppl-progress';
import { familiesLeftOf } from '@/lib/reassignment/capacity';
import { remainingFamiliesOf, type PplShare, type PplSlotState } from '@/lib/reassignment/ppl-state';
import type { Db } from '../client';
import { listPlanSlots } from '../queries/plans';
import { countOutsideRecords, listPplDays, listPplStates } from '../queries/ppl-states';
import { workingDaysLeftOf, type ReassignmentContext } from './reassignment-context';

/** One PPL in Pemantauan. */
export type PplMonitoring = Omit<PplProgress, 'daily'> & {
  slotId: number;
  label: string;
  staffId: number | null;
  staffName: string | null;
  districtCode: string;
  pmlSlotId: number | null;
  workingDaysLeft: number;
  /** records credited to them in an SLS the plan in force gives someone else */
  outsideAssignmentRecords: number;
  /** cumulative planned and done families per date, for the chart */
  daily: PplProgress['daily'];
  /** their shares in visiting order, with the version a move names and what is left of each */
  shares: (PplShare & { familiesLeft: number })[];
};

export type GroupMonitoring = Omit<PplMonitoring, 'slotId' | 'label' | 'staffId' | 'staffName' | 'districtCode' | 'pmlSlotId' | 'workingDaysLeft' | 'assignedSls' | 'shares'> & {
  assignedSls: number;
  pplCount: number;
  statusCounts: Record<PplMonitoring['status'], number>;
};

export interface Monitoring {
  asOf: string;
  minDailyFamilies: number;
  maxDailyFamilies: number;
  /** most urgent first */
  ppl: PplMonitoring[];
  /** per PML team (the team's PML slot, its label and person; null for PPL without one) */
  teams: (GroupMonitoring & { pmlSlotId: number | null; pmlLabel: string | null; pmlName: string | null; districtCode: string })[];
  kecamatan: (GroupMonitoring & { districtCode: string })[];
}

/**
 * Pemantauan: every PPL of the plan where it is in force that the viewer may see (office head: their areas, KOSEKA:
 * their kecamatan, PML: their team), optionally of one kecamatan, as of the operation's today: shares, done, left,
 * pace, daily target, forecast, status (lib/coverage with minDailyFamilies as a PPL's minimum), outside-assignment
 * records and the planned-vs-done series; totals per team and kecamatan. Reads roll-ups and the plan, never scans
 * interviews beyond one PPL's outside records.
 */
export async function getMonitoring(db: Db, scope: ViewerScope, ctx: ReassignmentContext, { districtCode }: { districtCode?: string }): Promise<Monitoring> {
  const states = await listPplStates(db, scope, { planId: ctx.plan.id, operationId: ctx.plan.operationId, districtCode });
  const staffIds = states.flatMap((s) => (s.staffId === null ? [] : [s.staffId]));
  const [days, outside] = [await listPplDays(db, { operationId: ctx.plan.operationId, staffIds, asOf: ctx.today }), await countOutsideRecords(db, { operationId: ctx.plan.operationId, staffIds })];
  const inputs = states.map((s): PplProgressInput & { state: PplSlotState; workingDaysLeft: number } => ({
    state: s,
    sls: s.shares.map((x) => ({ slsCode: x.slsCode, families: x.families })),
    onSiteDays: s.onSiteDays,
    remainingFamilies: remainingFamiliesOf(s),
    workingDaysLeft: workingDaysLeftOf(ctx, s),
    days: s.staffId === null ? [] : (days.get(s.staffId) ?? []),
    active: s.active,
  }));
  const summarize = (ppl: PplProgressInput) => summarizePplProgress({ calendar: ctx.calendar, asOf: ctx.today, ppl, minDailyFamilies: ctx.params.minDailyFamilies });
  const ppl = inputs.map((input): PplMonitoring => ({
    slotId: input.state.slotId,
    label: input.state.label,
    staffId: input.state.staffId,
    staffName: input.state.staffName,
    districtCode: input.state.districtCode,
    pmlSlotId: input.state.pmlSlotId,
    workingDaysLeft: input.workingDaysLeft,
    outsideAssignmentRecords: input.state.staffId === null ? 0 : (outside.get(input.state.staffId) ?? 0),
    ...summarize(input),
    shares: input.state.shares.map((s) => ({ ...s, familiesLeft: familiesLeftOf(s) })),
  }));
  const group = (members: number[]): GroupMonitoring => ({
    ...summarizeGroupProgress({ calendar: ctx.calendar, asOf: ctx.today, members: members.map((i) => inputs[i]!), progress: members.map((i) => ppl[i]!) }),
    outsideAssignmentRecords: members.reduce((sum, i) => sum + ppl[i]!.outsideAssignmentRecords, 0),
  });
  const indexesBy = (key: (p: PplMonitoring) => string) => {
    const groups = new Map<string, number[]>();
    ppl.forEach((p, i) => groups.set(key(p), [...(groups.get(key(p)) ?? []), i]));
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  const leads = new Map((await listPlanSlots(db, scope, ctx.plan.id, districtCode)).filter((s) => s.role === 'pml').map((s) => [s.id, s]));
  const teams = indexesBy((p) => `${p.districtCode} ${String(p.pmlSlotId ?? '').padStart(12, '0')}`).map(([, members]) => {
    const { pmlSlotId, districtCode: teamDistrict } = ppl[members[0]!]!;
    const lead = pmlSlotId === null ? undefined : leads.get(pmlSlotId);
    return { ...group(members), pmlSlotId, pmlLabel: lead?.label ?? null, pmlName: lead?.staffName ?? null, districtCode: teamDistrict };
  });
  const kecamatan = indexesBy((p) => p.districtCode).map(([districtCode, members]) => ({ ...group(members), districtCode }));
  return { asOf: ctx.today, minDailyFamilies: ctx.params.minDailyFamilies, maxDailyFamilies: ctx.params.maxDailyFamilies, ppl: [...ppl].sort(compareUrgency), teams, kecamatan };
}
