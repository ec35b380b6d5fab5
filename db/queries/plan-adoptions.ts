import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, planAdoptions, plans } from '../schema';

/** Ids of the plans in force in an operation (one per area that has adopted one). */
export async function listAdoptedPlanIds(db: Db, operationId: number): Promise<Set<number>> {
  const rows = await db.select({ planId: planAdoptions.planId }).from(planAdoptions).where(eq(planAdoptions.operationId, operationId));
  return new Set(rows.map((r) => r.planId));
}

/**
 * Makes a plan the one in force for its area, replacing the area's previous one, audited with both ids. Two
 * adoptions of one area at once end with one row: the primary key (operation, area) makes the second insert wait
 * for the first, and the second then replaces the first under a row lock, naming it as the one it replaced.
 */
export async function adoptPlan(db: Db, { operationId, areaCode, planId, userId }: { operationId: number; areaCode: string; planId: number; userId: string }): Promise<{ previousPlanId: number | null }> {
  return db.transaction(async (tx) => {
    const where = and(eq(planAdoptions.operationId, operationId), eq(planAdoptions.areaCode, areaCode));
    const created = await tx.insert(planAdoptions).values({ operationId, areaCode, planId, adoptedBy: userId }).onConflictDoNothing().returning({ planId: planAdoptions.planId });
    let previousPlanId: number | null = null;
    if (created.length === 0) {
      const [current] = await tx.select({ planId: planAdoptions.planId }).from(planAdoptions).where(where).for('update');
      previousPlanId = current!.planId;
      if (previousPlanId === planId) return { previousPlanId };
      await tx.update(planAdoptions).set({ planId, adoptedBy: userId, adoptedAt: new Date() }).where(where);
    }
    await tx.insert(auditLog).values({ userId, action: 'plan.adopt', entity: 'area', entityId: `${operationId}:${areaCode}`, before: { planId: previousPlanId }, after: { planId }, areaCode, planId });
    return { previousPlanId };
  });
}

/** The plan in force of exactly this area (its adoption), with its name and version; null when the area has none. */
export async function getAreaPlanInForce(db: Db, { operationId, areaCode }: { operationId: number; areaCode: string }): Promise<{ planId: number; name: string; version: number } | null> {
  const [row] = await db
    .select({ planId: planAdoptions.planId, name: plans.name, version: plans.version })
    .from(planAdoptions)
    .innerJoin(plans, eq(plans.id, planAdoptions.planId))
    .where(and(eq(planAdoptions.operationId, operationId), eq(planAdoptions.areaCode, areaCode)));
  return row ?? null;
}
