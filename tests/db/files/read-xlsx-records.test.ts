import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxRecords } from '@/db/files/read-xlsx-records';
import { day, withFilesInOrder, workbookOf } from './workbook-of';

const read = (bytes: Uint8Array, limits: { maxUnpackedBytes?: number; maxChars?: number } = {}) => readXlsxRecords({ bytes, maxUnpackedBytes: 10_000_000, maxChars: 10_000_000, ...limits });
const fieldsOf = async (bytes: Uint8Array) => {
  const result = await read(bytes);
  return result.ok ? result.records.map((r) => [r.line, ...r.fields]) : result.problem;
};

describe('readXlsxRecords: the first sheet of a workbook as the records a CSV of it would give', () => {
  it('reads typed cells as a CSV holds them, with row numbers as lines', async () => {
    const book = await workbookOf({
      Data: [
        ['text', 'whole', 'fraction', 'date', 'when', 'yes', 'formula', 'error', 'rich'],
        ['Siti', 1234567, 0.1 + 0.2, day('2022-10-20'), new Date('2022-10-20T13:30:00Z'), true, { formula: 'B2*2', result: 2469134 }, { error: '#N/A' }, { richText: [{ text: 'Siti ' }, { text: 'Aminah', font: { bold: true } }] }],
        ['Budi', -7, 12.5, day('2022-11-14'), new Date('2022-11-14T08:00:05Z'), false, { formula: 'TODAY()', result: 'x' }, 'ok', 'Budi'],
        ['KK', 3271234567890123, 1e-7, '2022-10-20', 'teks', 'TRUE', '=B2', '#N/A', ''],
      ],
    }, { dateFormat: 'dd/mm/yyyy hh:mm' });
    expect(await fieldsOf(book)).toEqual([
      [1, 'text', 'whole', 'fraction', 'date', 'when', 'yes', 'formula', 'error', 'rich'],
      [2, 'Siti', '1234567', '0.3', '2022-10-20', '2022-10-20 13:30', 'TRUE', '2469134', '#N/A', 'Siti Aminah'],
      [3, 'Budi', '-7', '12.5', '2022-11-14', '2022-11-14 08:00:05', 'FALSE', 'x', 'ok', 'Budi'],
      [4, 'KK', '3271234567890123', '1e-7', '2022-10-20', 'teks', 'TRUE', '=B2', '#N/A', ''],
    ]);
  });

  it('reads a formula that shows a date (=DATE(2022;10;20)) as that date', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['visited_on']);
    sheet.addRow([{ formula: 'DATE(2022,10,20)', result: 44854 }]).getCell(1).numFmt = '[$-421]d mmm yyyy';
    expect(await fieldsOf(Buffer.from(await workbook.xlsx.writeBuffer()))).toEqual([[1, 'visited_on'], [2, '2022-10-20']]);
  });

  it('skips empty rows (counting them), pads missing trailing cells to the header, keeps extra ones for the table to refuse', async () => {
    const book = await workbookOf({ Data: [['a', 'b', null], [], ['x'], ['y', 'z', null, ''], ['p', 'q', 'r']] });
    expect(await fieldsOf(book)).toEqual([[1, 'a', 'b'], [3, 'x', ''], [4, 'y', 'z'], [5, 'p', 'q', 'r']]);
  });

  it('marks a formula without a stored value, naming its field, rather than reading it as empty', async () => {
    const result = await read(await workbookOf({ Data: [['a', 'b'], ['x', { formula: 'A2&"y"' } as ExcelJS.CellFormulaValue]] }));
    expect(result.ok && result.records[1]).toEqual({ line: 2, fields: ['x', ''], problem: { field: 1, code: 'xlsx_formula_without_value' } });
  });

  it('reads the first tab, whichever sheet file holds it', async () => {
    const workbook = new ExcelJS.Workbook();
    const [later, first] = [workbook.addWorksheet('Lain'), workbook.addWorksheet('Petugas')];
    later.addRow(['bukan ini']);
    first.addRow(['name']);
    // exceljs's tab order, which its types leave out
    Object.assign(later, { orderNo: 2 });
    Object.assign(first, { orderNo: 1 });
    expect(await fieldsOf(Buffer.from(await workbook.xlsx.writeBuffer()))).toEqual([[1, 'name']]);
  });

  it('knows dates whatever order the writer stored its parts in (shared strings before the sheet, styles after)', async () => {
    const book = await workbookOf({ Data: [['visited_on', 'id'], [day('2022-10-20'), 'a']] });
    const reordered = withFilesInOrder(book, ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml']);
    expect(await fieldsOf(reordered)).toEqual([[1, 'visited_on', 'id'], [2, '2022-10-20', 'a']]);
  });

  it.each([
    { case: 'bytes that are no ZIP', bytes: () => Buffer.from('name,role\n'), problem: { code: 'xlsx_unreadable' } },
    { case: 'a ZIP cut short', bytes: async () => (await workbookOf({ Data: [['a']] })).subarray(0, 300), problem: { code: 'xlsx_unreadable' } },
    { case: 'a workbook past the unpacked limit', bytes: () => workbookOf({ Data: Array.from({ length: 2000 }, (_, i) => [`baris ${i}`, i]) }), limits: { maxUnpackedBytes: 50_000 }, problem: { code: 'xlsx_too_large', values: { megabytes: 0.05 } } },
    // one shared string of 1,000 characters in 100 cells: small XML, 100,000 characters of cells
    { case: 'cells past the text limit', bytes: () => workbookOf({ Data: Array.from({ length: 100 }, () => ['x'.repeat(1000)]) }), limits: { maxChars: 50_000 }, problem: { code: 'xlsx_too_large', values: { megabytes: 0.05 } } },
  ])('refuses $case', async ({ bytes, limits, problem }) => {
    expect(await read(await bytes(), limits)).toEqual({ ok: false, problem });
  });
});
