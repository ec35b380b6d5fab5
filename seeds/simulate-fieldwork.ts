import { parseArgs } from 'node:util';
import { openDatabase, type DbConfig } from '@/db/client';
import { simulateFieldworkInto, type SimulateFieldworkResult, type SimulationPhase } from '@/db/use-cases/simulate-fieldwork';
import { describeProblem } from '@/i18n/describe';
import { issueProblem } from '@/lib/i18n/problem';
import { simulateRequestInput, type SimulateRequestInput } from '@/lib/simulation/simulate-request';
import type { AppLock } from './app-lock';
import { readJsonLines } from './json-lines';

export const simulateUsage = `Pemakaian: npm run simulate -- [--until YYYY-MM-DD] [--region <kode provinsi/kabupaten>]

  Menyimulasikan pendataan lapangan rencana berlaku sampai --until (bawaan: tanggal operasi, demo 2022-10-28) di
  --region (bawaan: semua) dan mengirim rekamannya lewat jalur masukan yang sama dengan POST /api/interviews.
  Deterministik: menjalankan ulang mengirim rekaman yang sama (dihitung duplikat), --until yang lebih akhir menambah
  hari-hari sesudahnya. Bekerja baik saat aplikasi berjalan (lewat aplikasi itu sendiri) maupun tidak.`;

/** The command line as a request, or the words of what is wrong with it. */
export function readSimulateArgs(argv: readonly string[]): { ok: true; input: SimulateRequestInput } | { ok: false; help: boolean; message: string } {
  let values: { until?: string; region?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { until: { type: 'string' }, region: { type: 'string' }, help: { type: 'boolean', default: false } } }));
  } catch (error) {
    return { ok: false, help: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { ok: false, help: true, message: simulateUsage };
  const parsed = simulateRequestInput.safeParse({ until: values.until, region: values.region });
  if (!parsed.success) return { ok: false, help: false, message: parsed.error.issues.map((i) => `--${i.path.join('.')}: ${describeProblem(issueProblem(i), 'id')}`).join('\n') };
  return { ok: true, input: parsed.data };
}

type Progress = (phase: SimulationPhase, done: number, total: number) => void;

/** Opens the database itself (no app holds it) and simulates. */
export async function simulateDirect(config: DbConfig, input: SimulateRequestInput, onProgress: Progress): Promise<SimulateFieldworkResult> {
  const handle = await openDatabase(config);
  try {
    return await simulateFieldworkInto(handle.db, { until: input.until, areaCode: input.region, now: new Date(), onProgress });
  } finally {
    await handle.close();
  }
}

/** Asks the running app that holds the embedded database (POST /api/internal/simulate) and follows its progress lines. */
export async function simulateViaApp(lock: AppLock, input: SimulateRequestInput, onProgress: Progress): Promise<SimulateFieldworkResult> {
  const response = await fetch(`http://127.0.0.1:${lock.port}/api/internal/simulate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sigap-cli-key': lock.cliKey! },
    body: JSON.stringify(input),
  });
  if (!response.ok || !response.body) throw new Error(`Aplikasi menolak: ${((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.status}`);
  for await (const message of readJsonLines<{ progress?: [SimulationPhase, number, number]; result?: SimulateFieldworkResult; error?: string }>(response.body)) {
    if (message.progress) onProgress(...message.progress);
    if (message.error) throw new Error(`Aplikasi gagal menyimulasikan: ${message.error}`);
    if (message.result) return message.result;
  }
  throw new Error('Aplikasi berhenti sebelum simulasi selesai; hari-hari yang sudah terkirim tetap tersimpan, jalankan lagi');
}
