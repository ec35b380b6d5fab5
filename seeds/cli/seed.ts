import '../server-only-outside-next'; // first: the seed loads db/queries (demo accounts)
import { openDatabase, readDbConfig } from '@/db/client';
import { heldByApp } from '../app-lock';
import { seedDatabase } from '../seed-database';
import { progressPrinter } from '../progress';

/** `npm run seed`: migrates and seeds the configured database (the app must not be running on the same PGlite folder). */
async function main() {
  const config = readDbConfig();
  const held = heldByApp(config);
  if (held) throw new Error(held);
  const handle = await openDatabase(config);
  console.log(`Basis data: ${handle.driver} (${handle.location})`);
  const started = performance.now();
  const done = await seedDatabase(handle.db, { log: console.log, onProgress: progressPrinter(), fieldwork: true });
  await handle.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(done.frame || done.demo || done.fieldwork ? `Selesai dalam ${seconds} detik.` : 'Basis data sudah terisi; tidak ada yang diubah.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
