import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { listAdoptedPlans } from '@/db/queries/coverage';
import { getUserId } from '@/db/queries/users';
import { adoptPlanInForce } from '@/db/use-cases/adopt-plan';
import { planArea } from '@/db/use-cases/plan-area';
import { startPlanSave } from '@/db/use-cases/save-plan';
import { simulateFieldworkInto, type SimulateFieldworkInput } from '@/db/use-cases/simulate-fieldwork';
import { meta } from '@/db/schema';
import { describeRefusal } from '@/i18n/describe';
import { demoRegionCodes } from '@/lib/areas/demo-regions';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { operationParamsSchema } from '@/lib/operations/params';
import { staffDemoPlan } from './demo-roster';
import { describeSimulation } from './simulation-report';

export const demoFieldworkKey = 'demo_fieldwork';

/** The plan in force of a demo region, planned, saved, staffed and adopted by the demo's office head when missing. */
async function planInForce(db: Db, { operationId, areaCode, userId, log }: { operationId: number; areaCode: string; userId: string; log: (line: string) => void }): Promise<void> {
  const adopted = (await listAdoptedPlans(db, { operationId, areaCode })).find((a) => a.areaCode === areaCode);
  if (adopted) return;
  const planned = await planArea(db, { areaCode });
  if (!planned.ok) throw new Error(`Rencana demo ${areaCode}: ${describeRefusal(planned.refusal, 'id')}`);
  const { plan, summary, writeRows } = await startPlanSave(db, { planned, name: `Rencana demo ${planned.areaName}`, createdBy: userId });
  if ((await writeRows()) !== 'saved') throw new Error(`Rencana demo ${areaCode} tidak tersimpan`);
  const people = await staffDemoPlan(db, { operationId, planId: plan.id, userId });
  const calendar = workingCalendar({ params: operationParamsSchema.parse(plan.params) });
  await adoptPlanInForce(db, { operationId, areaCode, planId: plan.id, userId, calendar });
  log(`  ${planned.areaLabel}: ${summary.ppl} PPL, ${summary.pml} PML, ${summary.koseka} KOSEKA; ${people} orang di roster; rencana berlaku`);
}

/**
 * The demo in the middle of fieldwork, once per database: each demo region planned, its slots filled with made-up
 * people (the demo's PML and PPL accounts in one team of Balikpapan Timur) and the plan adopted, then the fieldwork
 * simulated up to the operation's clock (28 October 2022) through intake. Each step skips what an interrupted
 * earlier run already did. False when it was done before.
 */
export async function seedDemoFieldwork(db: Db, { operationId, log, onProgress, now = new Date() }: { operationId: number; log: (line: string) => void; onProgress?: SimulateFieldworkInput['onProgress']; now?: Date }): Promise<boolean> {
  if ((await db.select().from(meta).where(eq(meta.key, demoFieldworkKey))).length > 0) return false;
  const userId = await getUserId(db, 'kepala');
  if (!userId) return false;
  const started = performance.now();
  log('Menyusun rencana berlaku dan petugas wilayah demo ...');
  for (const areaCode of demoRegionCodes) await planInForce(db, { operationId, areaCode, userId, log });
  log('Menyimulasikan pendataan lapangan sampai tanggal operasi ...');
  const simulated = await simulateFieldworkInto(db, { now, onProgress });
  log(describeSimulation(simulated));
  log(`Data lapangan demo siap (${((performance.now() - started) / 1000).toFixed(1)} detik).`);
  await db.insert(meta).values({ key: demoFieldworkKey, value: simulated.ok ? simulated.until : 'none' });
  return true;
}
