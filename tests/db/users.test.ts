import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { getViewer, listUsersWithPassword } from '@/db/queries/users';
import { accounts, operations, staff, users } from '@/db/schema';
import { demoAccounts, demoPassword } from '@/lib/auth/demo-accounts';
import { defaultOperationParams } from '@/lib/operations/params';
import { seedDemoAccounts } from '@/seeds/demo-accounts';
import { openTestDb } from './test-db';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

describe(`demo accounts (${handle.label})`, () => {
  it('seeds one account per role with hashed passwords, the PML and PPL tied to roster people', async () => {
    const [op] = await db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    expect(await seedDemoAccounts(db, op!.id)).toBe(demoAccounts.length);
    expect(await seedDemoAccounts(db, op!.id)).toBe(0); // never twice
    const rows = await db.select().from(users);
    expect(new Set(rows.map((u) => u.role)).size).toBe(6);
    const hashes = await db.select({ password: accounts.password }).from(accounts);
    expect(hashes.every((h) => h.password && !h.password.includes(demoPassword))).toBe(true);
    const ppl = rows.find((u) => u.username === 'ppl')!;
    const [person] = await db.select().from(staff).where(eq(staff.id, ppl.staffId!));
    expect(person).toMatchObject({ role: 'ppl', userId: ppl.id });
    expect(await getViewer(db, ppl.id)).toMatchObject({ role: 'ppl', areaCodes: ['64.71.01'], staffId: person!.id });
  });

  it('finds the accounts still on the demo password, which a production start refuses', async () => {
    const names = demoAccounts.map((a) => a.username);
    expect((await listUsersWithPassword(db, names, demoPassword)).sort()).toEqual([...names].sort());
    expect(await listUsersWithPassword(db, names, 'kata-sandi-lain')).toEqual([]);
  });

  it('treats a disabled account as signed out', async () => {
    const [kepala] = await db.select().from(users).where(eq(users.username, 'kepala'));
    await db.update(users).set({ disabled: true }).where(eq(users.id, kepala!.id));
    expect(await getViewer(db, kepala!.id)).toBeNull();
  });
});
