import { count, eq } from 'drizzle-orm';
import { defaultOperationParams } from '@/lib/operations/params';
import { insertInBatches, type ProgressFn } from '@/db/bulk-insert';
import { insertWorkloads } from '@/db/insert-workloads';
import { refreshAreaTargets } from '@/db/refresh-area-targets';
import type { Db } from '@/db/client';
import { areas, meta, operations, type NewArea } from '@/db/schema';
import { readAreaFrame, type AreaFrame } from './area-frame';
import { seedDemoAccounts } from './demo-accounts';
import { buildDemoWorkloads } from './demo-regions';
import { seedDemoFieldwork } from './demo-fieldwork';
import { phaseLabel } from './simulation-report';
import type { SimulationPhase } from '@/db/use-cases/simulate-fieldwork';

export { insertWorkloads };

export const frameVersion = 'idn-area-data@4.0.1';
export const demoOperationName = 'Regsosek 2022';
/** The demo operation's "today": the middle of fieldwork, so every page has something to show. */
export const demoClockDate = '2022-10-28';

export interface SeedOptions {
  /** production: the frame only, never the demo operation or its accounts */
  production?: boolean;
  log?: (line: string) => void;
  /** progress of a long step, named */
  onProgress?: (step: string, done: number, total: number) => void;
  frame?: AreaFrame;
  /** also the demo's fieldwork (plans in force, rosters, simulated interviews up to the clock): npm start and npm run seed */
  fieldwork?: boolean;
}

/** Loads the whole Kemendagri frame in bulk, in one transaction: all of it or nothing. */
export async function loadAreaFrame(db: Db, frame: AreaFrame, onProgress?: ProgressFn, batchSize = 5000): Promise<number> {
  const rows: NewArea[] = [...frame.provinces, ...frame.regencies, ...frame.districts, ...frame.villages].map(
    ({ code, parentCode, name, level }) => ({ code, parentCode, name, level }),
  );
  await db.transaction(async (tx) => {
    await insertInBatches(tx, areas, rows, { batchSize, onProgress });
    await tx.insert(meta).values({ key: 'area_frame', value: frameVersion });
  });
  return rows.length;
}

/** Creates the demo operation "Regsosek 2022" with the demo regions' generated workload. */
export async function seedDemoOperation(db: Db, frame: AreaFrame, onProgress?: ProgressFn): Promise<number> {
  const rows = buildDemoWorkloads(frame);
  await db.transaction(async (tx) => {
    const [op] = await tx
      .insert(operations)
      .values({
        name: demoOperationName,
        areaCode: 'ID',
        windowStart: defaultOperationParams.windowStart,
        windowEnd: defaultOperationParams.windowEnd,
        params: defaultOperationParams,
        publicProgress: true,
        clockDate: demoClockDate,
      })
      .returning({ id: operations.id });
    await insertWorkloads(tx, op!.id, rows, onProgress);
    await refreshAreaTargets(tx, op!.id);
    await tx.insert(meta).values({ key: 'demo_seed', value: demoOperationName });
  });
  return rows.length;
}

async function hasMeta(db: Db, key: string): Promise<boolean> {
  const rows = await db.select({ key: meta.key }).from(meta).where(eq(meta.key, key));
  return rows.length > 0;
}

/** Brings an empty database to a usable state: the area frame, then the demo operation when none exists. */
export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<{ frame: boolean; demo: boolean; fieldwork: boolean }> {
  const log = options.log ?? (() => {});
  const result = { frame: false, demo: false, fieldwork: false };
  let frame = options.frame;
  if (!(await hasMeta(db, 'area_frame'))) {
    frame ??= readAreaFrame();
    log(`Memuat kerangka wilayah Kemendagri (${frameVersion}) ...`);
    await loadAreaFrame(db, frame, (d, t) => options.onProgress?.('kerangka wilayah', d, t));
    result.frame = true;
  }
  const [ops] = await db.select({ n: count() }).from(operations);
  if ((ops?.n ?? 0) === 0 && !options.production) {
    frame ??= readAreaFrame();
    log(`Membuat operasi demo "${demoOperationName}" dengan wilayah demo ...`);
    await seedDemoOperation(db, frame, (d, t) => options.onProgress?.('SLS demo', d, t));
    result.demo = true;
  }
  // Databases seeded before accounts existed get the demo accounts too.
  if (!options.production && (await hasMeta(db, 'demo_seed'))) {
    const [demo] = await db.select({ id: operations.id, clockDate: operations.clockDate }).from(operations).where(eq(operations.name, demoOperationName));
    if (demo && (await seedDemoAccounts(db, demo.id)) > 0) log('Akun demo dibuat (kata sandi di README dan di halaman masuk).');
    // ... and, when seeded before intake existed, the demo's clock and its targets.
    if (demo && demo.clockDate === null) {
      await db.update(operations).set({ clockDate: demoClockDate }).where(eq(operations.id, demo.id));
      await refreshAreaTargets(db, demo.id);
    }
    if (demo && options.fieldwork) {
      const onProgress = (phase: SimulationPhase, done: number, total: number) => options.onProgress?.(phaseLabel(phase), done, total);
      result.fieldwork = await seedDemoFieldwork(db, { operationId: demo.id, log, onProgress });
    }
  }
  return result;
}
