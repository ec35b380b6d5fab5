import { PassThrough, Writable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeWorkbook, type Sheet } from '@/app/_lib/xlsx';
import { readZipArchive } from '@/db/files/zip-entries';

async function workbookBytes(sheets: Sheet[], dateFormat = 'dd/mm/yyyy'): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => output.on('end', resolve));
  await writeWorkbook(sheets, output, { dateFormat });
  await ended;
  return Buffer.concat(chunks);
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every file of the archive as text (the workbook's XML parts). */
function parts(bytes: Buffer): Map<string, string> {
  const archive = readZipArchive(bytes)!;
  return new Map(
    archive.entries.map((e) => {
      const local = bytes.subarray(e.localOffset, e.end);
      const data = local.subarray(30 + local.readUInt16LE(26) + local.readUInt16LE(28));
      return [e.name, (local.readUInt16LE(8) === 8 ? inflateRawSync(data) : data).toString('utf8')];
    }),
  );
}

const people: Sheet = {
  name: 'Petugas',
  columns: [
    { header: 'nama', width: 28, kind: 'text' },
    { header: 'keluarga', width: 10, kind: 'integer', total: 'sum' },
    { header: 'keluarga_per_hari', width: 12, kind: 'decimal', total: 'max' },
    { header: 'mulai', width: 12, kind: 'date' },
  ],
  rows: [
    { group: '65.01', cells: ['Siti', 250, 10.4, '2022-10-15'] },
    { group: '65.01', cells: ['=HYPERLINK("http://evil.example","klik")', 240, 12.1, '2022-10-17'] },
    { group: '65.02', cells: ['+cmd|\' /C calc\'!A0', 7, 3.5, null] },
  ],
  subtotal: (group) => [`Jumlah ${group}`],
  total: ['Jumlah'],
};

describe('writeWorkbook: a streamed XLSX that offices read as a table', () => {
  it('types numbers and days, freezes and filters the header, sizes the columns', async () => {
    const sheet = (await load(await workbookBytes([people]))).getWorksheet('Petugas')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'nama', 'keluarga', 'keluarga_per_hari', 'mulai']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:D6');
    expect(sheet.columns.map((c) => c.width)).toEqual([28, 10, 12, 12]);
    const siti = sheet.getRow(2);
    expect([siti.getCell(2).type, siti.getCell(3).type, siti.getCell(4).type]).toEqual([ExcelJS.ValueType.Number, ExcelJS.ValueType.Number, ExcelJS.ValueType.Date]);
    expect(siti.getCell(4).value).toEqual(new Date('2022-10-15T00:00:00Z'));
    expect([siti.getCell(2).numFmt, siti.getCell(3).numFmt, siti.getCell(4).numFmt]).toEqual(['#,##0', '#,##0.0', 'dd/mm/yyyy']);
  });

  it('closes each group with a SUBTOTAL row and the sheet with a total, with their values', async () => {
    const sheet = (await load(await workbookBytes([people]))).getWorksheet('Petugas')!;
    const row = (n: number) => sheet.getRow(n).values as unknown[];
    expect(row(4)).toEqual([undefined, 'Jumlah 65.01', { formula: 'SUBTOTAL(9,B2:B3)', result: 490 }, { formula: 'SUBTOTAL(4,C2:C3)', result: 12.1 }]);
    expect(row(6)).toEqual([undefined, 'Jumlah 65.02', { formula: 'SUBTOTAL(9,B5:B5)', result: 7 }, { formula: 'SUBTOTAL(4,C5:C5)', result: 3.5 }]);
    // the total's range holds the subtotal rows, which SUBTOTAL skips: every family counts once
    expect(row(7)).toEqual([undefined, 'Jumlah', { formula: 'SUBTOTAL(9,B2:B6)', result: 497 }, { formula: 'SUBTOTAL(4,C2:C6)', result: 12.1 }]);
    expect(sheet.getRow(7).getCell(1).font?.bold).toBe(true);
  });

  it('keeps text that looks like a formula as text: a name never runs', async () => {
    const bytes = await workbookBytes([people]);
    const sheet = (await load(bytes)).getWorksheet('Petugas')!;
    for (const n of [3, 5]) expect(sheet.getRow(n).getCell(1).type, `row ${n}`).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(3).getCell(1).value).toBe('=HYPERLINK("http://evil.example","klik")');
    const xml = parts(bytes).get('xl/worksheets/sheet1.xml')!;
    expect([...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1])).toEqual(['SUBTOTAL(9,B2:B3)', 'SUBTOTAL(4,C2:C3)', 'SUBTOTAL(9,B5:B5)', 'SUBTOTAL(4,C5:C5)', 'SUBTOTAL(9,B2:B6)', 'SUBTOTAL(4,C2:C6)']);
  });

  it('never writes a character XML 1.0 forbids, so one bad name cannot make the workbook invalid', async () => {
    const names = ['Siti\uffffAminah', 'Budi\ufffe\u0000\u001b', 'Ani\ud800', '\udc00Eko', 'Tab\tand 😀'];
    const bytes = await workbookBytes([{ name: 'Rencana/PPL\uffff', columns: [{ header: 'nama', width: 20, kind: 'text' }], rows: names.map((n) => ({ cells: [n] })) }]);
    for (const [part, xml] of parts(bytes)) expect(firstNonXmlChar(xml), part).toBeNull();
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Rencana PPL']); // '/' is not allowed in sheet names
    expect(workbook.worksheets[0]!.getColumn(1).values.slice(1)).toEqual(['nama', 'SitiAminah', 'Budi', 'Ani', 'Eko', 'Tab\tand 😀']);
  });

  it('waits for a slow reader, and stops when the reader goes away', async () => {
    let taken = 0;
    const rows = (function* () {
      for (let i = 0; ; i++) {
        taken++;
        yield { cells: [`SLS ${i}`, i] };
      }
    })();
    const stalled = new Writable({ highWaterMark: 1024, write: () => {} }); // accepts a first chunk, then never asks for more
    const writing = writeWorkbook([{ name: 'Penugasan', columns: [{ header: 'sls', width: 20, kind: 'text' }, { header: 'keluarga', width: 10, kind: 'integer' }], rows }], stalled, { dateFormat: 'dd/mm/yyyy' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(taken).toBeLessThanOrEqual(3000); // an endless sheet, held back by the reader
    stalled.destroy();
    await expect(writing).rejects.toThrow('export cancelled');
  });
});

/** XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function firstNonXmlChar(xml: string): string | null {
  const bad = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.exec(xml);
  return bad ? `U+${bad[0].codePointAt(0)!.toString(16)} at ${bad.index}` : null;
}
