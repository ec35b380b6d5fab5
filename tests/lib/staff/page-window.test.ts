import { describe, expect, it } from 'vitest';
import { pageWindow } from '@/lib/staff/page-window';
import { clampPage, staffSearchInput } from '@/lib/staff/staff-search-input';

describe('pageWindow', () => {
  it.each([
    [{ page: 1, pages: 1 }, [1]],
    [{ page: 1, pages: 37 }, [1, 2, 3, 'gap', 37]],
    [{ page: 5, pages: 37 }, [1, 2, 3, 4, 5, 6, 7, 'gap', 37]], // 2 stands for a gap of one page
    [{ page: 20, pages: 37 }, [1, 'gap', 18, 19, 20, 21, 22, 'gap', 37]],
    [{ page: 37, pages: 37 }, [1, 'gap', 35, 36, 37]],
    [{ page: 3, pages: 4 }, [1, 2, 3, 4]],
  ])('%o links %o', (input, expected) => {
    expect(pageWindow(input)).toEqual(expected);
  });
});

describe('the Petugas query', () => {
  it.each([
    ['nothing asked', {}, { q: '', peran: undefined, halaman: 1 }],
    ['a search, a role and a page', { q: ' Manggar ', peran: 'pml', halaman: '3' }, { q: 'Manggar', peran: 'pml', halaman: 3 }],
    ['repeated parameters: the first', { q: ['a', 'b'], halaman: ['2', '9'] }, { q: 'a', peran: undefined, halaman: 2 }],
    ['an unknown role lists all, a page that is no whole number from 1 the first', { peran: 'camat', halaman: '1e3' }, { q: '', peran: undefined, halaman: 1000 }],
    ['page 0: the first', { halaman: '0' }, { q: '', peran: undefined, halaman: 1 }],
    ['a negative page', { halaman: '-2' }, { q: '', peran: undefined, halaman: 1 }],
    ['a fractional page', { halaman: '2.5' }, { q: '', peran: undefined, halaman: 1 }],
    ['a word for a page', { halaman: 'abc' }, { q: '', peran: undefined, halaman: 1 }],
  ])('%s', (_what, raw, expected) => {
    expect(staffSearchInput.parse(raw)).toEqual(expected);
  });

  it.each([
    ['too long', 'x'.repeat(81), 'search_too_long'],
    ['a NUL byte', 'a\u0000', 'search_control_character'],
  ])('refuses a search %s with its code', (_what, q, code) => {
    const parsed = staffSearchInput.safeParse({ q });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(code);
  });

  it.each([
    [{ page: 5, total: 3612, pageSize: 100 }, 5],
    [{ page: 99, total: 3612, pageSize: 100 }, 37],
    [{ page: 3, total: 0, pageSize: 100 }, 1],
  ])('reads page %o as %i', (input, expected) => {
    expect(clampPage(input)).toBe(expected);
  });
});
