import { describe, expect, it } from 'vitest';
import { newAccountInput, tokenRequestInput } from '@/lib/auth/inputs';
import { planRequestInput } from '@/lib/operations/plan-request';
import { singleLineText } from '@/lib/text/single-line-text';
import { words } from '../../i18n/words';

const name = singleLineText({ label: 'name', max: 20 });
const messageOf = (text: string) => {
  const result = name.safeParse(text);
  return result.success ? result.data : result.error.issues.map((i) => words(i)).join(' | ');
};

describe('singleLineText: a name or label is one clean line', () => {
  it.each([
    { case: 'NUL', text: 'Siti\u0000Aminah', message: 'Nama memuat karakter kendali U+0000 yang tidak diizinkan' },
    { case: 'tab inside', text: 'Siti\tAminah', message: 'Nama memuat karakter kendali U+0009 yang tidak diizinkan' },
    { case: 'newline inside', text: 'Siti\nAminah', message: 'Nama memuat karakter kendali U+000A yang tidak diizinkan' },
    { case: 'escape', text: 'Siti\u001b[31m', message: 'Nama memuat karakter kendali U+001B yang tidak diizinkan' },
    { case: 'DEL', text: 'Siti\u007f', message: 'Nama memuat karakter kendali U+007F yang tidak diizinkan' },
    { case: 'C1 control', text: 'Siti\u0085', message: 'Nama memuat karakter kendali U+0085 yang tidak diizinkan' },
    { case: 'lone high surrogate', text: 'Siti\ud800', message: 'Nama memuat karakter Unicode terpotong U+D800 (surrogate tunggal) yang tidak diizinkan' },
    { case: 'lone low surrogate', text: '\udc00Siti', message: 'Nama memuat karakter Unicode terpotong U+DC00 (surrogate tunggal) yang tidak diizinkan' },
    { case: 'U+FFFE', text: 'Siti\ufffe', message: 'Nama memuat U+FFFE, yang bukan karakter dan tidak diizinkan' },
    { case: 'U+FFFF', text: 'Siti\uffff', message: 'Nama memuat U+FFFF, yang bukan karakter dan tidak diizinkan' },
    { case: 'U+FDD0', text: 'Siti\ufdd0', message: 'Nama memuat U+FDD0, yang bukan karakter dan tidak diizinkan' },
    { case: 'U+10FFFF', text: 'Siti\u{10ffff}', message: 'Nama memuat U+10FFFF, yang bukan karakter dan tidak diizinkan' },
    { case: 'U+FFFD from a wrong decoding', text: 'Jos\ufffd', message: 'Nama memuat karakter pengganti U+FFFD, tanda teks rusak karena salah pengodean; simpan ulang sebagai UTF-8' },
    { case: 'empty after trimming', text: '   ', message: 'Nama wajib diisi' },
    { case: 'too long', text: 'x'.repeat(21), message: 'Nama maks. 20 karakter' },
    { case: 'trimmed', text: '  Siti Aminah \n', message: 'Siti Aminah' },
    { case: 'accents and an emoji (a surrogate pair)', text: 'Ñoño Ratulangi 😀', message: 'Ñoño Ratulangi 😀' },
    { case: 'a formula-looking name is text, neutralised on export', text: '=HYPERLINK("x")', message: '=HYPERLINK("x")' },
  ])('$case', ({ text, message }) => {
    expect(messageOf(text)).toBe(message);
  });
});

// The roster name goes through it too: see tests/lib/staff/parse-roster-csv.test.ts.
describe('every name a user can send goes through it', () => {
  const nul = 'Uji\u0000';
  it.each([
    { input: 'plan name', parse: () => planRequestInput.safeParse({ areaCode: '64.71', name: nul }), message: 'Nama skenario memuat karakter kendali U+0000 yang tidak diizinkan' },
    { input: 'token name', parse: () => tokenRequestInput.safeParse({ username: 'kepala', name: nul }), message: 'Nama token memuat karakter kendali U+0000 yang tidak diizinkan' },
    {
      input: 'account name',
      parse: () => newAccountInput.safeParse({ username: 'kepala', name: 'Uji\uffff', role: 'ppl', areaCodes: ['64.71'], password: 'kata-sandi-uji' }),
      message: 'Nama memuat U+FFFF, yang bukan karakter dan tidak diizinkan',
    },
  ])('$input', ({ parse, message }) => {
    const result = parse();
    expect(result.success ? [] : result.error.issues.map((i) => words(i))).toEqual([message]);
  });
});
