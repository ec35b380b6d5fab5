import 'server-only';
import type { ViewerScope } from '@/lib/auth/scope';
import { NoWorkingDaysError } from '@/lib/planning/errors';
import type { Db } from '../client';
import { listMonitoredDistricts, type MonitoredDistrict } from '../queries/monitored-districts';
import { getPlan } from '../queries/plans';
import { getMonitoring, type Monitoring } from './get-monitoring';
import { reassignmentContext } from './reassignment-context';

export type MonitoringView =
  | { ok: true; districts: MonitoredDistrict[]; district: MonitoredDistrict; monitoring: Monitoring; windowStart: string }
  /** `no_plan_in_force`: no kecamatan of the viewer's has one; `unknown_district`: the one asked for is not offered */
  | { ok: false; reason: 'no_plan_in_force' | 'unknown_district' | 'no_working_days'; districts: MonitoredDistrict[] };

/**
 * What the Pemantauan page opens with: the kecamatan the viewer may monitor (each with its plan in force), the one
 * asked for (default the first) and its monitoring as of the operation's today, read as GET /api/plans/:id/monitoring
 * reads it.
 */
export async function openMonitoring(db: Db, scope: ViewerScope, { operationId, districtCode, today, userId }: { operationId: number; districtCode?: string; today: string; userId: string }): Promise<MonitoringView> {
  const districts = await listMonitoredDistricts(db, scope, operationId);
  if (districts.length === 0) return { ok: false, reason: 'no_plan_in_force', districts };
  const district = districtCode === undefined ? districts[0]! : districts.find((d) => d.districtCode === districtCode);
  if (!district) return { ok: false, reason: 'unknown_district', districts };
  const plan = await getPlan(db, scope, district.planId);
  if (!plan) return { ok: false, reason: 'unknown_district', districts };
  try {
    const ctx = reassignmentContext({ plan, today, userId });
    const monitoring = await getMonitoring(db, scope, ctx, { districtCode: district.districtCode });
    return { ok: true, districts, district, monitoring, windowStart: ctx.calendar.windowStart };
  } catch (error) {
    if (error instanceof NoWorkingDaysError) return { ok: false, reason: 'no_working_days', districts };
    throw error;
  }
}
