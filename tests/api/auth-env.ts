import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import type { Db } from '@/db/client';
import type { Role } from '@/lib/auth/permissions';

export const testPassword = 'kata-sandi-uji-1';

/** Areas of the test accounts: Kota Balikpapan, or its kecamatan Balikpapan Timur for the field roles. */
export const testAreas: Record<Role, string> = {
  office_head: '64.71',
  koseka: '64.71.01',
  pml: '64.71.01',
  ppl: '64.71.01',
  stakeholder: '64.71',
  entry_system: '64.71',
};

/** One account per role with a bearer token each; usernames are `t-<role>`. */
export async function createRoleAccounts(db: Db, staffIds: Partial<Record<Role, number>> = {}): Promise<Record<Role, { userId: string; token: string }>> {
  const accounts = {} as Record<Role, { userId: string; token: string }>;
  for (const role of Object.keys(testAreas) as Role[]) {
    const userId = await createUser(db, { username: `t-${role.replace('_', '-')}`, name: `Uji ${role}`, role, areaCodes: [testAreas[role]], password: testPassword, staffId: staffIds[role] ?? null });
    const { token } = await createToken(db, { userId, name: 'uji', createdBy: null });
    accounts[role] = { userId, token };
  }
  return accounts;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A request to a route handler with headers (a session cookie or a bearer token). */
export function authedRequest(url: string, headers: Record<string, string>, init: { method?: string; body?: string; contentType?: string } = {}): Request {
  return new Request(`http://localhost${url}`, {
    method: init.method ?? 'GET',
    headers: { ...headers, ...(init.body !== undefined ? { 'content-type': init.contentType ?? 'application/json' } : {}) },
    body: init.body,
  });
}
