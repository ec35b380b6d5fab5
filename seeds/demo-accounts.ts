import { count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { createUser } from '@/db/queries/users';
import { staff, users } from '@/db/schema';
import { demoAccounts, demoKelurahan, demoPassword } from '@/lib/auth/demo-accounts';

export { demoAccounts, demoPassword };

/** Creates the demo accounts (and the roster people behind the PML and PPL) when no account exists yet. */
export async function seedDemoAccounts(db: Db, operationId: number): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return 0;
  for (const account of demoAccounts) {
    let staffId: number | null = null;
    if (account.roster) {
      const [person] = await db
        .insert(staff)
        .values({ operationId, name: account.roster.name, role: account.roster.role, homeAreaCode: demoKelurahan, phone: null })
        .returning({ id: staff.id });
      staffId = person!.id;
    }
    const userId = await createUser(db, { ...account, password: demoPassword, staffId });
    if (staffId !== null) await db.update(staff).set({ userId }).where(eq(staff.id, staffId));
  }
  return demoAccounts.length;
}
