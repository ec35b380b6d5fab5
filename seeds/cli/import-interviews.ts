import '../server-only-outside-next'; // first: this CLI loads db/queries
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase, readDbConfig, type DbConfig } from '@/db/client';
import { importInterviewCsv, type CsvImportOutcome } from '@/db/use-cases/import-interview-csv';
import { intakeContextFor } from '@/db/use-cases/intake-context';
import { readTableFile, xlsxContentType } from '@/db/files/read-table-file';
import { startsLikeZip } from '@/db/files/zip-entries';
import { describeProblem } from '@/i18n/describe';
import { readAppLock, type AppLock } from '../app-lock';
import { progressPrinter } from '../progress';
import { readJsonLines } from '../json-lines';

const usage = `Pemakaian: npm run import-interviews -- <berkas.csv|berkas.xlsx>

  Mengimpor rekaman wawancara (CSV atau lembar pertama XLSX dengan kolom
  id,sls_code,ppl_id,visited_on,outcome[,family_size][,family_ref]) ke operasi
  aktif dengan aturan yang sama dengan POST /api/interviews, semua atau tidak sama sekali: satu baris salah dan tidak
  ada yang disimpan (setiap baris salah disebut). Rekaman yang sudah tersimpan dengan isi sama dihitung duplikat.
  Bekerja baik saat aplikasi berjalan (lewat aplikasi itu sendiri) maupun tidak (langsung ke basis data).`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readFile(): { name: string; bytes: Buffer } {
  let positionals: string[];
  try {
    const parsed = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', default: false } } });
    if (parsed.values.help) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    positionals = parsed.positionals;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
  if (positionals.length !== 1) fail(`Sebutkan tepat satu berkas CSV atau XLSX\n\n${usage}`);
  const name = positionals[0]!;
  if (!existsSync(name)) fail(`Berkas ${name} tidak ada`);
  return { name, bytes: readFileSync(name) };
}

/** The running app's limit for this CLI's files (POST /api/internal/interviews), kept when it opens the database itself. */
const maxFileBytes = 500_000_000;

const progress = progressPrinter((line) => process.stdout.write(`${line}\n`));

/** While the app holds the embedded database, send the file to it and follow its progress lines. */
async function viaRunningApp(bytes: Buffer, lock: AppLock): Promise<CsvImportOutcome> {
  const response = await fetch(`http://127.0.0.1:${lock.port}/api/internal/interviews`, {
    method: 'POST',
    headers: { 'content-type': startsLikeZip(bytes) ? xlsxContentType : 'text/csv', 'x-sigap-cli-key': lock.cliKey! },
    body: new Uint8Array(bytes),
  });
  if (!response.ok || !response.body) fail(`Aplikasi menolak: ${((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.status}`);
  for await (const message of readJsonLines<{ progress?: [number, number]; result?: CsvImportOutcome; error?: string }>(response.body)) {
    if (message.progress) progress('rekaman', ...message.progress);
    if (message.error) fail(`Aplikasi gagal mengimpor: ${message.error}`);
    if (message.result) return message.result;
  }
  return fail('Aplikasi berhenti sebelum selesai mengimpor; tidak ada yang disimpan');
}

async function direct(bytes: Buffer, config: DbConfig): Promise<CsvImportOutcome> {
  const file = await readTableFile(bytes, { maxBytes: maxFileBytes });
  if (!file.ok) return fail(file.line === undefined ? describeProblem(file.problem, 'id') : `baris ${file.line}: ${describeProblem(file.problem, 'id')}`);
  const handle = await openDatabase(config);
  try {
    // The machine's operator imports for the whole country, as the running app's CLI door does.
    const context = await intakeContextFor(handle.db, { areaCodes: ['ID'], submittedBy: null, now: new Date() });
    if (!context) return fail('Belum ada operasi di basis data ini (jalankan npm run seed)');
    return await importInterviewCsv(handle.db, { ...context, records: file.records, lang: 'id', onProgress: (done, total) => progress('rekaman', done, total) });
  } finally {
    await handle.close();
  }
}

/** `npm run import-interviews -- <file.csv|file.xlsx>`: imports interview records into the active operation, all or nothing. */
async function main() {
  const { name, bytes } = readFile();
  const config = readDbConfig();
  const lock = config.url ? null : readAppLock(config.pgliteDir!);
  if (lock && !lock.cliKey) fail('Aplikasi yang berjalan terlalu lama untuk perintah ini: mulai ulang dengan npm start.');
  process.stdout.write(`Mengimpor ${name} ${lock ? `lewat aplikasi yang berjalan (port ${lock.port})` : 'langsung ke basis data'} ...\n`);
  const outcome = lock ? await viaRunningApp(bytes, lock) : await direct(bytes, config);
  if (!outcome.ok) {
    process.stderr.write(outcome.errors.map((e) => `baris ${e.line}, kolom ${e.field}: ${e.message}`).join('\n') + '\n');
    fail(`${outcome.errors.length} baris salah; tidak ada yang disimpan.`, 1);
  }
  process.stdout.write(`${outcome.records} rekaman: ${outcome.accepted} diterima, ${outcome.duplicates} duplikat (sudah tersimpan).\n`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
