import { xlsxContentType } from '@/db/files/read-table-file';
import { workbookOf } from '../db/files/workbook-of';

type Value = string | number | Date | null;

export interface FileVariant {
  label: string;
  type: string;
  body: Uint8Array<ArrayBuffer>;
}

const text = (value: Value) => (value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/**
 * One table three ways, as offices send it: a plain CSV; the CSV Excel saves in an Indonesian locale (a UTF-8 byte
 * order mark, `;` between fields, CRLF, a field holding `;` quoted); and an XLSX workbook with typed cells (numbers,
 * dates shown as `dd/mm/yyyy`) on its first sheet, a second sheet behind it.
 */
export async function fileVariants(rows: readonly (readonly Value[])[]): Promise<FileVariant[]> {
  const line = (row: readonly Value[], delimiter: string) => row.map((v) => (text(v).includes(delimiter) ? `"${text(v)}"` : text(v))).join(delimiter);
  const plain = rows.map((row) => line(row, ',')).join('\n') + '\n';
  const excel = '\uFEFF' + rows.map((row) => line(row, ';')).join('\r\n') + '\r\n';
  return [
    { label: 'plain CSV', type: 'text/csv', body: new TextEncoder().encode(plain) },
    { label: 'Excel CSV (BOM, `;`, CRLF)', type: 'text/csv', body: new TextEncoder().encode(excel) },
    { label: 'XLSX', type: xlsxContentType, body: await workbookOf({ Data: rows, Catatan: [['dibuat di Excel']] }) },
  ];
}
