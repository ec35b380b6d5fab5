import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/safe-next-path';

describe('safeNextPath', () => {
  it.each([
    // ?lanjut= value → where the sign-in page sends the user
    ['/perencanaan/3', '/perencanaan/3'],
    ['/wilayah?q=Manggar', '/wilayah?q=Manggar'],
    ['/', '/'],
    ['/\\evil.example', '/'],
    ['/\\/evil.example', '/'],
    ['//evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['https://evil.example', '/'],
    ['evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['', '/'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
    [`/${'a'.repeat(3000)}`, '/'],
  ])('%j → %s', (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });
});
