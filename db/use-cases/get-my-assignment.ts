import 'server-only';
import type { ViewerScope } from '@/lib/auth/scope';
import { summarizePplProgress, type PplProgress } from '@/lib/coverage/ppl-progress';
import { finalFamiliesOf } from '@/lib/coverage/summarize-coverage';
import { villageLegs } from '@/lib/charters/pooling/village-legs';
import type { CharterKind } from '@/lib/planning/types';
import { familiesLeftOf } from '@/lib/reassignment/capacity';
import { remainingFamiliesOf } from '@/lib/reassignment/ppl-state';
import { pplAgenda, type PplAgenda } from '@/lib/scheduling/ppl-agenda';
import { isRemoteMode } from '@/lib/workload/remote';
import type { AccessMode } from '@/lib/workload/types';
import type { Db } from '../client';
import { listAreaNames } from '../queries/areas';
import { listDistrictTrips } from '../queries/charter-trips';
import { getSlotSupervisor, getPlanInForceOver, listOwnPplSlots, listVillageAccess, listVillageCharters, type OwnPplSlot } from '../queries/own-assignment';
import { listPplDays, listPplStates } from '../queries/ppl-states';
import { reassignmentContext, workingDaysLeftOf } from './reassignment-context';

type PlanRef = { id: number; name: string; version: number };

/** Tugas saya: a PPL's own assignment as of the operation's today, or why there is none to show. */
export type MyAssignment =
  /** the account is not linked to a roster person */
  | { state: 'no_person' }
  /** no saved plan places them; `planInForce` when one is in force over their area all the same */
  | { state: 'not_placed'; planInForce: PlanRef | null }
  | PlacedAssignment;

export interface PlacedAssignment {
  state: 'placed';
  /** the plan in force over their kecamatan, or (none adopted) the newest saved plan placing them */
  source: 'in_force' | 'newest_saved';
  plan: PlanRef;
  today: string;
  slot: { label: string; personName: string | null; districtCode: string; districtName: string; active: boolean };
  pml: { label: string; name: string | null; phone: string | null } | null;
  /** their SLS in visiting order; `today`: worked today by their plan */
  sls: { slsCode: string; villageName: string; families: number; doneFamilies: number; leftFamilies: number; today: boolean }[];
  agenda: PplAgenda;
  progress: Omit<PplProgress, 'daily'> & { plannedToDate: number; doneToDate: number };
  minDailyFamilies: number;
  /** villages reached by boat, plane or days of travel, with the plan's dated legs to them; null when none */
  remote: { villages: { villageCode: string; villageName: string; accessMode: AccessMode; travelDaysOneWay: number; localStaff: boolean }[]; charters: { tripDate: string; villageName: string; mode: AccessMode; kind: CharterKind | 'move' }[] } | null;
}

/**
 * The plan to show a PPL: their slot in the plan in force over its kecamatan; when a plan is in force over their
 * area but does not place them, none; when none is adopted, the newest saved plan placing them.
 */
async function choosePlan(db: Db, scope: ViewerScope, operationId: number): Promise<{ slot: OwnPplSlot; source: PlacedAssignment['source'] } | { planInForce: PlanRef | null }> {
  const slots = await listOwnPplSlots(db, scope, operationId);
  const inForce = slots.find((s) => s.inForcePlanId === s.plan.id);
  if (inForce) return { slot: inForce, source: 'in_force' };
  const areaCode = slots.find((s) => s.inForcePlanId !== null)?.districtCode ?? scope.areaCodes[0];
  const planInForce = areaCode === undefined ? null : await getPlanInForceOver(db, { operationId, areaCode });
  if (planInForce || slots.length === 0) return { planInForce };
  return { slot: slots[0]!, source: 'newest_saved' };
}

/** A PPL's assignment, schedule and standing against plan as of `today`; see MyAssignment. */
export async function getMyAssignment(db: Db, scope: ViewerScope, { operationId, today }: { operationId: number; today: string }): Promise<MyAssignment> {
  if (scope.role !== 'ppl' || scope.staffId === null) return { state: 'no_person' };
  const chosen = await choosePlan(db, scope, operationId);
  if (!('slot' in chosen)) return { state: 'not_placed', planInForce: chosen.planInForce };
  const { slot, source } = chosen;
  const ctx = reassignmentContext({ plan: { ...slot.plan, operationId }, today, userId: '' });
  const [state] = await listPplStates(db, scope, { planId: slot.plan.id, operationId, slotIds: [slot.slotId], anyPlanInForce: true });
  if (!state) return { state: 'not_placed', planInForce: null };
  const days = (await listPplDays(db, { operationId, staffIds: [scope.staffId], asOf: today })).get(scope.staffId) ?? [];
  const doneByDate = new Map(days.map((d) => [d.visitDate, finalFamiliesOf(d)]));
  const agenda = pplAgenda({ shares: state.shares, onSiteDays: state.onSiteDays, workingDays: ctx.calendar, today, doneByDate });
  const { daily, ...progress } = summarizePplProgress({
    calendar: ctx.calendar,
    asOf: today,
    minDailyFamilies: ctx.params.minDailyFamilies,
    ppl: { sls: state.shares, onSiteDays: state.onSiteDays, remainingFamilies: remainingFamiliesOf(state), workingDaysLeft: workingDaysLeftOf(ctx, state), days, active: state.active },
  });
  const toDate = daily.filter((d) => d.date <= today).at(-1);
  const villageCodes = [...new Set(state.shares.map((s) => s.villageCode))];
  const [names, access, pml] = await Promise.all([listAreaNames(db, [...villageCodes, slot.districtCode]), listVillageAccess(db, { operationId, villageCodes }), getSlotSupervisor(db, scope, slot.slotId)]);
  const name = (code: string) => names.get(code) ?? code;
  const todaySls = new Set(agenda.today?.slsCodes ?? []);
  return {
    state: 'placed',
    source,
    plan: { id: slot.plan.id, name: slot.plan.name, version: slot.plan.version },
    today,
    slot: { label: state.label, personName: state.staffName, districtCode: slot.districtCode, districtName: name(slot.districtCode), active: state.active },
    pml,
    sls: state.shares.map((s) => ({ slsCode: s.slsCode, villageName: name(s.villageCode), families: s.families, doneFamilies: s.doneFamilies, leftFamilies: familiesLeftOf(s), today: todaySls.has(s.slsCode) })),
    agenda,
    progress: { ...progress, plannedToDate: toDate?.planned ?? 0, doneToDate: toDate?.actual ?? progress.doneFamilies },
    minDailyFamilies: ctx.params.minDailyFamilies,
    remote: await remoteOf(db, scope, { planId: slot.plan.id, districtCode: slot.districtCode }, access.map((a) => ({ ...a, villageName: name(a.villageCode) }))),
  };
}

/**
 * The villages of a PPL reached by boat, plane or days of travel, and the plan's legs to them: each village's share
 * of the kecamatan's charter trips, or the per-village legs a plan saved before trips has; null when none.
 */
async function remoteOf(db: Db, scope: ViewerScope, { planId, districtCode }: { planId: number; districtCode: string }, villages: NonNullable<PlacedAssignment['remote']>['villages']): Promise<PlacedAssignment['remote']> {
  const remote = villages.filter((v) => isRemoteMode(v.accessMode) || v.travelDaysOneWay > 0);
  if (remote.length === 0) return null;
  const villageCodes = remote.map((v) => v.villageCode);
  const trips = await listDistrictTrips(db, scope, { planId, districtCode });
  const wanted = new Set(villageCodes);
  const legs =
    trips.length > 0
      ? villageLegs(trips)
          .filter((leg) => wanted.has(leg.villageCode))
          .sort((a, b) => a.tripDate.localeCompare(b.tripDate) || a.villageCode.localeCompare(b.villageCode))
      : await listVillageCharters(db, scope, { planId, villageCodes });
  const nameOf = new Map(remote.map((v) => [v.villageCode, v.villageName]));
  return { villages: remote, charters: legs.map((c) => ({ tripDate: c.tripDate, villageName: nameOf.get(c.villageCode) ?? c.villageCode, mode: c.mode, kind: c.kind })) };
}
