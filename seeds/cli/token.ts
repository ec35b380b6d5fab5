import '../server-only-outside-next'; // first: this CLI loads db/queries
import { parseArgs } from 'node:util';
import { openDatabase, readDbConfig } from '@/db/client';
import { createTokenFor } from '@/db/queries/tokens';
import { describeProblem } from '@/i18n/describe';
import { tokenRequestInput, type TokenRequestInput } from '@/lib/auth/inputs';
import { issueProblem } from '@/lib/i18n/problem';
import { readAppLock } from '../app-lock';

const usage = `Pemakaian: npm run token -- --user <nama-pengguna> [--name <label>] [--days <1-400>]

  Membuat token bearer untuk klien mesin (mis. sistem entri CAPI) yang bertindak sebagai pengguna itu.
  Token dicetak sekali; yang disimpan hanya hash-nya. Cabut lewat DELETE /api/tokens/<id>.
  Bekerja baik saat aplikasi berjalan (lewat aplikasi itu sendiri) maupun tidak (langsung ke basis data).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readInput(): TokenRequestInput {
  const { values } = parseArgs({ options: { user: { type: 'string' }, name: { type: 'string', default: 'token CLI' }, days: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  if (!values.user) fail(`--user wajib diisi\n\n${usage}`);
  const parsed = tokenRequestInput.safeParse({ username: values.user, name: values.name, days: values.days === undefined ? undefined : Number(values.days) });
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${describeProblem(issueProblem(i), 'id')}`).join('\n'));
  return parsed.data;
}

/** While the app holds the embedded database, ask it (PGlite allows one process per folder). */
async function viaRunningApp(input: TokenRequestInput, port: string, cliKey: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/internal/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sigap-cli-key': cliKey },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) fail(`Aplikasi menolak: ${body.error ?? response.status}`);
  return body.token;
}

async function direct(input: TokenRequestInput, config: ReturnType<typeof readDbConfig>): Promise<string> {
  const handle = await openDatabase(config);
  try {
    const created = await createTokenFor(handle.db, { request: input, createdBy: null, now: new Date() });
    return created ? created.token : fail(`Pengguna ${input.username} tidak ada`);
  } finally {
    await handle.close();
  }
}

/** `npm run token -- --user <username>`: prints a new bearer token for that user. */
async function main() {
  const input = readInput();
  const config = readDbConfig();
  const lock = config.url ? null : readAppLock(config.pgliteDir!);
  if (lock && !lock.cliKey) fail('Aplikasi yang berjalan terlalu lama untuk perintah ini: mulai ulang dengan npm start.');
  const token = lock ? await viaRunningApp(input, lock.port, lock.cliKey!) : await direct(input, config);
  process.stdout.write(`${token}\n`);
  process.stderr.write(`Token untuk ${input.username} dibuat; simpan sekarang, token ini tidak ditampilkan lagi.\n`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
