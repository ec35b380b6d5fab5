import '../server-only-outside-next'; // first: this CLI loads db/queries
import { parseArgs } from 'node:util';
import { openDatabase, readDbConfig } from '@/db/client';
import { readEnv } from '@/db/env';
import { createUser, getUserId, setPassword } from '@/db/queries/users';
import { describeProblem } from '@/i18n/describe';
import { newAccountInput, passwordInput } from '@/lib/auth/inputs';
import { issueProblem } from '@/lib/i18n/problem';
import { heldByApp } from '../app-lock';

const usage = `Pemakaian:
  npm run user -- add --username <nama> --name "<nama tampilan>" --role <peran> --area <kode> [--area <kode> ...]
  npm run user -- password --username <nama>

  Kata sandi dibaca dari variabel lingkungan SIGAP_PASSWORD (tidak pernah dari argumen, agar tak tercatat di riwayat).
  Peran: office_head, koseka, pml, ppl, stakeholder, entry_system. Wilayah: kode Kemendagri atau ID (seluruh negeri).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** `npm run user`: creates accounts and sets passwords (the first office head of a production start comes from here). */
async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, area: { type: 'string', multiple: true, default: [] }, help: { type: 'boolean', default: false } },
  });
  const command = positionals[0];
  if (values.help || (command !== 'add' && command !== 'password')) fail(usage);
  const password = readEnv().SIGAP_PASSWORD ?? '';
  const config = readDbConfig();
  const held = heldByApp(config);
  if (held) fail(held);
  if (command === 'add') {
    const input = newAccountInput.safeParse({ username: values.username, name: values.name, role: values.role, areaCodes: values.area, password });
    if (!input.success) fail(input.error.issues.map((i) => `${i.path.join('.') || 'masukan'}: ${describeProblem(issueProblem(i), 'id')}`).join('\n'));
    const handle = await openDatabase(config);
    try {
      if (await getUserId(handle.db, input.data.username)) fail(`Pengguna ${input.data.username} sudah ada`);
      await createUser(handle.db, input.data);
    } finally {
      await handle.close();
    }
    return console.log(`Akun ${input.data.username} (${input.data.role}, ${input.data.areaCodes.join(', ')}) dibuat.`);
  }
  const parsed = passwordInput.safeParse(password);
  if (!values.username) fail('--username wajib diisi');
  if (!parsed.success) fail(`SIGAP_PASSWORD: ${parsed.error.issues.map((i) => describeProblem(issueProblem(i), 'id')).join('; ')}`);
  const handle = await openDatabase(config);
  try {
    if (!(await setPassword(handle.db, values.username, parsed.data))) fail(`Pengguna ${values.username} tidak ada`);
  } finally {
    await handle.close();
  }
  console.log(`Kata sandi ${values.username} diganti; sesi lamanya diakhiri.`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
