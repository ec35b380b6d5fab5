import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '@/lib/csv/decode-csv-bytes';
import { words } from '../../i18n/words';

const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
};
const roster = 'name,role\nJosé Ratulangi 😀,ppl\n';

describe('decodeCsvBytes: what an uploaded file may be', () => {
  it.each([
    { encoding: 'UTF-8', bytes: Buffer.from(roster, 'utf8') },
    { encoding: 'UTF-8 with a byte order mark', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(roster, 'utf8')]) },
    { encoding: 'UTF-16 LE with a byte order mark', bytes: utf16(roster, 'le') },
    { encoding: 'UTF-16 BE with a byte order mark', bytes: utf16(roster, 'be') },
  ])('$encoding reads as the same text', ({ bytes }) => {
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text: roster });
  });

  it.each([
    // "José" saved by an old Excel as latin-1: é is the lone byte 0xE9
    { case: 'latin-1 é on line 3', bytes: Buffer.from('name,role\nSiti,ppl\nJos\xe9,ppl\n', 'latin1'), line: 3, message: 'berkas bukan UTF-8 (byte 0xE9); simpan ulang sebagai "CSV UTF-8"' },
    { case: 'CRLF lines, bad byte on line 2', bytes: Buffer.from('a\r\nb\x80\r\n', 'latin1'), line: 2, message: 'berkas bukan UTF-8 (byte 0x80); simpan ulang sebagai "CSV UTF-8"' },
    { case: 'an overlong form of "/"', bytes: Buffer.from([0x61, 0x0a, 0xc0, 0xaf]), line: 2, message: 'berkas bukan UTF-8 (byte 0xC0); simpan ulang sebagai "CSV UTF-8"' },
    { case: 'an encoded surrogate', bytes: Buffer.from([0xed, 0xa0, 0x80]), line: 1, message: 'berkas bukan UTF-8 (byte 0xED); simpan ulang sebagai "CSV UTF-8"' },
    { case: 'above U+10FFFF', bytes: Buffer.from([0xf4, 0x90, 0x80, 0x80]), line: 1, message: 'berkas bukan UTF-8 (byte 0xF4); simpan ulang sebagai "CSV UTF-8"' },
    { case: 'a sequence cut at the end', bytes: Buffer.from([0x61, 0x0a, 0x0a, 0xe2, 0x82]), line: 3, message: 'berkas bukan UTF-8 (byte 0xE2); simpan ulang sebagai "CSV UTF-8"' },
    { case: 'UTF-16 LE with a lone surrogate on line 2', bytes: Buffer.concat([utf16('a\n', 'le'), Buffer.from([0x00, 0xd8])]), line: 2, message: 'berkas UTF-16LE rusak; simpan ulang sebagai "CSV UTF-8"' },
    { case: 'UTF-16 BE cut mid-character', bytes: Buffer.concat([utf16('a', 'be'), Buffer.from([0x00])]), line: 1, message: 'berkas UTF-16BE rusak; simpan ulang sebagai "CSV UTF-8"' },
  ])('refuses $case, naming the line', ({ bytes, line, message }) => {
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.ok ? decoded : { ok: false, line: decoded.line, message: words(decoded.problem) }).toEqual({ ok: false, line, message });
  });
});
