import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toXlsx, zip } from '@/app/_lib/xlsx';

/** Reads a ZIP back through its central directory, checking each entry's CRC. */
function unzip(archive: Buffer): Map<string, string> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const crc = archive.readUInt32LE(at + 16);
    const packedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const localAt = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26);
    const data = inflateRawSync(archive.subarray(dataAt, dataAt + packedSize));
    expect(crc32(data), name).toBe(crc);
    files.set(name, data.toString('utf8'));
    at += 46 + nameLength;
  }
  return files;
}

describe('xlsx export', () => {
  it('zips files that read back intact', () => {
    const files = unzip(zip([['a.txt', Buffer.from('halo')], ['dir/b.txt', Buffer.from('x'.repeat(10_000))]]));
    expect(files.get('a.txt')).toBe('halo');
    expect(files.get('dir/b.txt')).toHaveLength(10_000);
  });

  it('writes one worksheet per sheet, numbers as numbers and text escaped', () => {
    const files = unzip(toXlsx([{ name: 'Rencana/PPL', rows: [['kode', 'keluarga'], ['64.71 <Balikpapan> & co', 240000], [null, 1.5]] }]));
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(files.get('xl/workbook.xml')).toContain('name="Rencana PPL"'); // '/' is not allowed in sheet names
    expect(sheet).toContain('<c r="B2"><v>240000</v></c>');
    expect(sheet).toContain('64.71 &lt;Balikpapan&gt; &amp; co');
    expect(sheet).toContain('<c r="B3"><v>1.5</v></c>');
    expect(sheet).not.toContain('r="A3"'); // empty cells are left out
    expect(files.get('[Content_Types].xml')).toContain('/xl/worksheets/sheet1.xml');
  });

  it('never writes a character XML 1.0 forbids, so one bad name cannot make the workbook invalid', () => {
    const names = ['Siti\uffffAminah', 'Budi\ufffe\u0000\u001b', 'Ani\ud800', '\udc00Eko', 'Tab\tand 😀'];
    const files = unzip(toXlsx([{ name: 'Petugas\uffff', rows: [['nama'], ...names.map((n) => [n])] }]));
    for (const [part, xml] of files) expect(firstNonXmlChar(xml), part).toBeNull();
    expect(cellTexts(files.get('xl/worksheets/sheet1.xml')!)).toEqual(['nama', 'SitiAminah', 'Budi', 'Ani', 'Eko', 'Tab\tand 😀']);
    expect(files.get('xl/workbook.xml')).toContain('name="Petugas"');
  });
});

/** XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function firstNonXmlChar(xml: string): string | null {
  const bad = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.exec(xml);
  return bad ? `U+${bad[0].codePointAt(0)!.toString(16)} at ${bad.index}` : null;
}

/** The text of every inline-string cell, in order, with the five XML entities read back. */
function cellTexts(sheetXml: string): string[] {
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return [...sheetXml.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1]!.replace(/&(\w+);/g, (_, e: string) => entities[e]!));
}
