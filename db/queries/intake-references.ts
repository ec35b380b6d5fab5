import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { jsonOf, rowsOf } from '../rows';

/** What a batch's records are checked against, read in one statement. */
export interface BatchReferences {
  /** the SLS among those asked that are in the operation's frame (its workloads) */
  knownSls: Set<string>;
  /** the roster role of each staff id asked that the operation has */
  staffRoles: Map<number, string>;
  /** content hashes of the operation's stored records among the ids asked */
  stored: Map<string, string>;
  /**
   * For each SLS asked under a plan in force (the adoption of the nearest area holding it), the staff ids of the
   * people holding the PPL slots that plan gives it: several when a coordinator split the SLS, none when the plan
   * leaves it to nobody or its slot is not yet filled. SLS under no plan in force are absent.
   */
  assigned: Map<string, number[]>;
}

const json = (rows: unknown) => sql`${JSON.stringify(rows)}::json`;

/**
 * The frame, the roster, the stored ids and the plans in force for a batch, as four scalar subqueries of one
 * statement: one round trip where there were four, each answer a JSON array.
 */
export async function findBatchReferences(db: Db, operationId: number, asked: { slsCodes: readonly string[]; staffIds: readonly number[]; ids: readonly string[] }): Promise<BatchReferences> {
  const [row] = rowsOf<{ frame: unknown; roles: unknown; stored: unknown; assigned: unknown }>(await db.execute(sql`
    with sls as (select value as code from json_array_elements_text(${json(asked.slsCodes)}))
    select
      (select coalesce(json_agg(w.sls_code), '[]') from workloads w
        where w.operation_id = ${operationId} and w.sls_code in (select code from sls)) as frame,
      (select coalesce(json_agg(json_build_array(s.id, s.role)), '[]') from staff s
        where s.operation_id = ${operationId} and s.id in (select value::int from json_array_elements_text(${json(asked.staffIds)}))) as roles,
      (select coalesce(json_agg(json_build_array(i.id, i.content_hash)), '[]') from interviews i
        where i.operation_id = ${operationId} and i.id in (select value::uuid from json_array_elements_text(${json(asked.ids)}))) as stored,
      (select coalesce(json_agg(json_build_array(sls.code, ps.staff_id)), '[]')
         from sls
         join lateral (
           select pa.plan_id from plan_adoptions pa
            where pa.operation_id = ${operationId} and (pa.area_code = 'ID' or sls.code like pa.area_code || '.%')
            order by length(pa.area_code) desc limit 1
         ) adopted on true
         left join assignments a on a.plan_id = adopted.plan_id and a.sls_code = sls.code
         left join plan_slots ps on ps.id = a.slot_id) as assigned`));
  const assigned = new Map<string, number[]>();
  for (const [code, staffId] of jsonOf<[string, number | null][]>(row!.assigned)) {
    const holders = assigned.get(code) ?? [];
    if (staffId !== null) holders.push(Number(staffId));
    assigned.set(code, holders);
  }
  return {
    knownSls: new Set(jsonOf<string[]>(row!.frame)),
    staffRoles: new Map(jsonOf<[number, string][]>(row!.roles).map(([id, role]) => [Number(id), role])),
    stored: new Map(jsonOf<[string, string][]>(row!.stored)),
    assigned,
  };
}
