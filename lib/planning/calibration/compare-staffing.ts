import type { StaffCounts } from '../staff-counts';
import type { ReportedArea } from './reported-staffing';

export const staffRoles = ['ppl', 'pml', 'koseka', 'staff'] as const satisfies readonly (keyof StaffCounts)[];
export type StaffRole = (typeof staffRoles)[number];

/** One role of an area: planned against reported, deviation in percent (null where not reported). */
export interface RoleFit {
  role: StaffRole;
  planned: number;
  reported: number | null;
  deviationPct: number | null;
}

/** An area's fit: every role, and the one it is judged on (PPL where reported, else all staff). */
export interface AreaFit {
  roles: RoleFit[];
  judged: RoleFit;
}

const reportedOf = (area: ReportedArea, role: StaffRole) => (role === 'staff' ? area.totalStaff : area[role]);

/** Planned staff of an area against what its office reported, per role, with the deviation (planned − reported) / reported in percent. */
export function compareStaffing({ area, planned }: { area: ReportedArea; planned: StaffCounts }): AreaFit {
  const roles = staffRoles.map((role): RoleFit => {
    const reported = reportedOf(area, role);
    return { role, planned: planned[role], reported, deviationPct: reported === null || reported === 0 ? null : ((planned[role] - reported) / reported) * 100 };
  });
  const judged = roles.find((r) => r.role === (area.ppl !== null ? 'ppl' : 'staff'))!;
  return { roles, judged };
}
