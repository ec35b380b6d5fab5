import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { countryCode } from '@/lib/areas/codes';
import type { ViewerScope } from '@/lib/auth/scope';
import { planSlots, userAreas } from '../schema';

// The viewer's scope as SQL conditions: lib/auth/permissions.ts (inScope, overlapsScope), lib/auth/visible-slots.ts
// and lib/auth/manages-user.ts say the same in TypeScript, and tests/db/scope.test.ts holds each pair together.
// No areas means nothing: an empty `or` must never turn into "no condition".

/** `code` is one of the scope's areas or lies inside one. */
export function insideScope(scope: ViewerScope, code: SQLWrapper): SQL {
  if (scope.areaCodes.includes(countryCode)) return sql`true`;
  if (scope.areaCodes.length === 0) return sql`false`;
  const terms = scope.areaCodes.map((area) => sql`${code} = ${area} or ${code} like ${`${escapeLike(area)}.%`}`);
  return sql`(${sql.join(terms, sql` or `)})`;
}

/** `code` overlaps the scope: inside one of its areas, or holding one (the way down to it; 'ID' holds everything). */
export function overlappingScope(scope: ViewerScope, code: SQLWrapper): SQL {
  if (scope.areaCodes.includes(countryCode)) return sql`true`;
  if (scope.areaCodes.length === 0) return sql`false`;
  const holds = scope.areaCodes.map((area) => sql`starts_with(${area}, ${code} || '.')`);
  return sql`(${insideScope(scope, code)} or ${code} = ${countryCode} or ${sql.join(holds, sql` or `)})`;
}

/**
 * A row of plan_slots the viewer may see: office heads and KOSEKA the slots of kecamatan inside their areas, a PML
 * their own slot and the PPL reporting to it, a PPL only their own; other roles none.
 */
export function visibleSlot(scope: ViewerScope): SQL {
  if (scope.role === 'office_head' || scope.role === 'koseka') return insideScope(scope, planSlots.districtCode);
  if ((scope.role !== 'pml' && scope.role !== 'ppl') || scope.staffId === null) return sql`false`;
  const own = sql`(${planSlots.staffId} = ${scope.staffId} and ${insideScope(scope, planSlots.districtCode)})`;
  if (scope.role === 'ppl') return own;
  const team = sql`select lead.id from ${planSlots} lead
    where lead.staff_id = ${scope.staffId} and lead.role = 'pml' and ${insideScope(scope, sql`lead.district_code`)}`;
  return sql`(${own} or ${planSlots.supervisorSlotId} in (${team}))`;
}

/** The user `userId` has areas and every one lies inside the scope: an office head manages their region's users. */
export function managedUser(scope: ViewerScope, userId: SQLWrapper): SQL {
  return sql`(exists (select 1 from ${userAreas} ua where ua.user_id = ${userId})
    and not exists (select 1 from ${userAreas} ua where ua.user_id = ${userId} and not ${insideScope(scope, sql`ua.area_code`)}))`;
}

/** `text` as a literal LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
