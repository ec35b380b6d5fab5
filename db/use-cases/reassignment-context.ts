import 'server-only';
import { workingCalendar, type WorkingCalendar } from '@/lib/coverage/working-calendar';
import { operationParamsSchema, type OperationParams } from '@/lib/operations/params';
import { dailyTargetFamilies } from '@/lib/reassignment/capacity';
import { remainingFamiliesOf, sharesLeftOf, type PplSlotState } from '@/lib/reassignment/ppl-state';
import { onSiteDates, scheduleRemaining } from '@/lib/scheduling/schedule-remaining';
import type { ScheduleDay } from '@/lib/scheduling/schedule-ppl';
import type { Plan } from '../schema';

/** What every reassignment use case works with: the plan, its rules and calendar, the operation's today, who acts. */
export interface ReassignmentContext {
  plan: Pick<Plan, 'id' | 'operationId' | 'areaCode'>;
  params: OperationParams;
  calendar: WorkingCalendar;
  /** the operation's today (lib/operations/operation-today.ts): moves, targets and schedules count from it */
  today: string;
  userId: string;
}

/** The context of a plan; throws NoWorkingDaysError when its rules leave no working day. */
export function reassignmentContext({ plan, today, userId }: { plan: Pick<Plan, 'id' | 'operationId' | 'areaCode' | 'params'>; today: string; userId: string }): ReassignmentContext {
  const params = operationParamsSchema.parse(plan.params);
  return { plan: { id: plan.id, operationId: plan.operationId, areaCode: plan.areaCode }, params, calendar: workingCalendar({ params }), today, userId };
}

/** A PPL's on-site working days from today to their planned end. */
export function workingDaysLeftOf(ctx: ReassignmentContext, state: Pick<PplSlotState, 'onSiteDays'>): number {
  return onSiteDates({ onSiteDays: state.onSiteDays, workingDays: ctx.calendar }).filter((d) => d >= ctx.today).length;
}

/** A PPL as a move or dropout leaves them: what they have left, their daily target and their plan from today. */
export interface PplOutlook {
  slotId: number;
  label: string;
  staffName: string | null;
  remainingFamilies: number;
  workingDaysLeft: number;
  /** families a day for the rest of the window, to one decimal */
  dailyTargetFamilies: number;
  /** from today to the window's end (lib/scheduling/schedule-remaining.ts) */
  schedule: ScheduleDay[];
  unscheduledFamilies: number;
}

export function outlookOf(ctx: ReassignmentContext, state: PplSlotState): PplOutlook {
  const remainingFamilies = remainingFamiliesOf(state);
  const plan = scheduleRemaining({ sls: sharesLeftOf(state), onSiteDays: state.onSiteDays, workingDays: ctx.calendar, fromDate: ctx.today });
  return {
    slotId: state.slotId,
    label: state.label,
    staffName: state.staffName,
    remainingFamilies,
    workingDaysLeft: plan.workingDaysLeft,
    dailyTargetFamilies: Math.round(dailyTargetFamilies({ remainingFamilies, workingDaysLeft: plan.workingDaysLeft }) * 10) / 10,
    schedule: plan.days,
    unscheduledFamilies: plan.unscheduledFamilies,
  };
}
