import { count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { createUser } from '@/db/queries/users';
import { staff, users } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';
import { demoRegionCodes } from './demo-regions';

/** The password of every demo account: shown on the sign-in page while the demo runs, refused in production. */
export const demoPassword = 'regsosek2022';

/** Kecamatan Balikpapan Timur and one of its kelurahan: where the demo's KOSEKA, PML and PPL work. */
const demoKecamatan = '64.71.01';
const demoKelurahan = '64.71.01.1001';

export interface DemoAccount {
  username: string;
  name: string;
  role: Role;
  areaCodes: string[];
  /** a roster person behind the account (PML and PPL see their team or assignment through it) */
  rosterRole?: 'pml' | 'ppl';
}

/** One account per role (README lists them). */
export const demoAccounts: DemoAccount[] = [
  { username: 'kepala', name: 'Kepala BPS (wilayah demo)', role: 'office_head', areaCodes: [...demoRegionCodes] },
  { username: 'koseka', name: 'KOSEKA Balikpapan Timur', role: 'koseka', areaCodes: [demoKecamatan] },
  { username: 'pml', name: 'Rina Wulandari (PML)', role: 'pml', areaCodes: [demoKecamatan], rosterRole: 'pml' },
  { username: 'ppl', name: 'Agus Setiawan (PPL)', role: 'ppl', areaCodes: [demoKecamatan], rosterRole: 'ppl' },
  { username: 'pemantau', name: 'Pemantau Pemkot Balikpapan', role: 'stakeholder', areaCodes: ['64.71'] },
  { username: 'entri', name: 'Sistem entri BPS Balikpapan', role: 'entry_system', areaCodes: ['64.71'] },
];

/** Creates the demo accounts (and the roster people behind the PML and PPL) when no account exists yet. */
export async function seedDemoAccounts(db: Db, operationId: number): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return 0;
  for (const account of demoAccounts) {
    let staffId: number | null = null;
    if (account.rosterRole) {
      const [person] = await db
        .insert(staff)
        .values({ operationId, name: account.name.replace(/ \(.*\)$/, ''), role: account.rosterRole, homeAreaCode: demoKelurahan, phone: null })
        .returning({ id: staff.id });
      staffId = person!.id;
    }
    const userId = await createUser(db, { ...account, password: demoPassword, staffId });
    if (staffId !== null) await db.update(staff).set({ userId }).where(eq(staff.id, staffId));
  }
  return demoAccounts.length;
}
