import ExcelJS from 'exceljs';

type Cell = ExcelJS.CellValue;

/**
 * An XLSX workbook as an office makes one, for tests: each sheet's rows as typed cells (numbers, `Date`s shown with
 * `dateFormat`, formulas with their results), in tab order.
 */
export async function workbookOf(sheets: Record<string, readonly (readonly Cell[])[]>, { dateFormat = 'dd/mm/yyyy' } = {}): Promise<Buffer<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) {
      const added = sheet.addRow([...row]);
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = dateFormat;
      });
    }
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A calendar day as the UTC midnight a spreadsheet stores it as. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The same ZIP with its files stored in another order (central directory patched to match), as other writers than
 * exceljs order them: LibreOffice puts shared strings before the sheets and styles after. Files not named keep their order, after.
 */
export function withFilesInOrder(zip: Buffer, first: readonly string[]): Buffer<ArrayBuffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const directoryAt = zip.readUInt32LE(end + 16);
  const files: { name: string; central: Buffer; local: number }[] = [];
  for (let at = directoryAt, i = 0; i < count; i++) {
    const size = 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    files.push({ name: zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28)), central: Buffer.from(zip.subarray(at, at + size)), local: zip.readUInt32LE(at + 42) });
    at += size;
  }
  const starts = files.map((f) => f.local).sort((a, b) => a - b);
  const bytesOf = (f: (typeof files)[number]) => zip.subarray(f.local, starts.find((s) => s > f.local) ?? directoryAt);
  const rank = (f: (typeof files)[number]) => (first.includes(f.name) ? first.indexOf(f.name) : first.length);
  const ordered = [...files].sort((a, b) => rank(a) - rank(b));
  const locals: Buffer[] = [];
  let offset = 0;
  for (const f of ordered) {
    f.central.writeUInt32LE(offset, 42);
    locals.push(bytesOf(f));
    offset += bytesOf(f).length;
  }
  const tail = Buffer.from(zip.subarray(end));
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...ordered.map((f) => f.central), tail]);
}
