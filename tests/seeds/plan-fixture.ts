import type { Db } from '@/db/client';
import { operations } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { generateSlsWorkloads } from '@/lib/workload/generate';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from '../db/small-frame';

/** The operation's own rules differ from the defaults, so a test can tell which ones were used. */
export const fixtureReserveDays = 4;
/** road families in Balikpapan Timur (64.71.01); Balikpapan Barat (64.71.02) has none */
export const fixtureRoadFamilies = 12_000;
/** Long Sule (65.02.04.2003): by plane, one day each way */
export const fixturePlaneFamilies = 230;

/** The small frame, one operation and its workload: what `npm run plan -- --area` reads. */
export async function seedPlanFixture(db: Db): Promise<void> {
  const frame = smallFrame();
  await loadAreaFrame(db, frame);
  const params = { ...defaultOperationParams, reserveDays: fixtureReserveDays };
  const [op] = await db.insert(operations).values({ name: 'Uji CLI', areaCode: 'ID', windowStart: params.windowStart, windowEnd: params.windowEnd, params }).returning();
  const villagesOf = (prefix: string) => frame.villages.filter((v) => v.code.startsWith(prefix)).map((v) => ({ code: v.code, districtCode: v.parentCode! }));
  await insertWorkloads(db, op!.id, [
    ...generateSlsWorkloads({ villages: villagesOf('64.71.01'), seed: 3, totalFamilies: fixtureRoadFamilies }),
    ...generateSlsWorkloads({ villages: villagesOf('65.02.04'), seed: 3, totalFamilies: fixturePlaneFamilies, accessOf: () => ({ accessMode: 'plane', travelDaysOneWay: 1 }) }),
  ]);
}
