/**
 * A phone number in the one form a roster person is recognised by (db/queries/staff.ts `createStaff`): digits only,
 * Indonesia's 62 country code written as the leading 0 it stands for, so '+62 812-3456-7890' and '0812 3456 7890'
 * are one phone. Null when no digit is left.
 */
export function normalizePhone(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, '').replace(/^62/, '0');
  return digits === '' ? null : digits;
}
