import { describe, expect, it } from 'vitest';
import { normalizePhone } from '@/lib/staff/normalize-phone';

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '081234567890'],
    ['0812 3456 7890', '081234567890'],
    ['+62 812 3456 7890', '081234567890'],
    ['6281234567890', '081234567890'],
    ['(0542) 123456', '0542123456'],
    ['-', null],
    [null, null],
  ])('%s is %s', (phone, expected) => {
    expect(normalizePhone(phone)).toBe(expected);
  });
});
