import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/** One file of a ZIP archive, as its central directory describes it; `end` is where the next one's bytes start. */
export interface ZipEntry {
  name: string;
  method: number;
  localOffset: number;
  end: number;
}

export interface ZipArchive {
  entries: ZipEntry[];
  /** where the central directory starts */
  directoryOffset: number;
}

/** The local file header's signature: every ZIP (and so every XLSX) starts with these bytes. */
export const zipMagic = [0x50, 0x4b, 0x03, 0x04] as const;

export const startsLikeZip = (bytes: Uint8Array) => zipMagic.every((b, i) => bytes[i] === b);

/** The entries of a ZIP archive from its central directory; null when there is none that reads (not a ZIP, cut short, ZIP64). */
export function readZipArchive(bytes: Uint8Array): ZipArchive | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endAt = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]), Math.max(0, view.length - 22));
  if (endAt < 0 || endAt < view.length - 22 - 0xffff) return null;
  const count = view.readUInt16LE(endAt + 10);
  const directoryOffset = view.readUInt32LE(endAt + 16);
  // 0xFFFF and 0xFFFFFFFF mean ZIP64, which no spreadsheet within an upload's limits needs.
  if (count === 0xffff || directoryOffset === 0xffffffff || directoryOffset > endAt) return null;
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > endAt || view.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = view.readUInt16LE(at + 28);
    const localOffset = view.readUInt32LE(at + 42);
    if (localOffset >= directoryOffset) return null;
    entries.push({ name: view.toString('utf8', at + 46, at + 46 + nameLength), method: view.readUInt16LE(at + 10), localOffset, end: directoryOffset });
    at += 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  byOffset.forEach((entry, i) => (entry.end = byOffset[i + 1]?.localOffset ?? directoryOffset));
  return { entries: byOffset, directoryOffset };
}

/**
 * How many bytes the archive's files unpack to, counted by inflating them (a ZIP's declared sizes can lie), or
 * 'too_large' as soon as the count passes `limit`, or 'broken'. Memory stays at one chunk whatever the archive holds.
 */
export async function unpackedBytes(bytes: Uint8Array, archive: ZipArchive, limit: number): Promise<number | 'too_large' | 'broken'> {
  let total = 0;
  for (const entry of archive.entries) {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset + entry.localOffset, entry.end - entry.localOffset);
    if (view.length < 30 || view.readUInt32LE(0) !== 0x04034b50) return 'broken';
    const data = view.subarray(30 + view.readUInt16LE(26) + view.readUInt16LE(28));
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) {
      const size = await inflatedSize(data, limit - total);
      if (typeof size !== 'number') return size;
      total += size;
    } else return 'broken';
    if (total > limit) return 'too_large';
  }
  return total;
}

function inflatedSize(data: Buffer, limit: number): Promise<number | 'too_large' | 'broken'> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        resolve('too_large');
      }
    });
    inflate.on('end', () => resolve(size));
    // A data descriptor or padding after the deflate stream is not an error; a broken stream is.
    inflate.on('error', () => resolve('broken'));
    inflate.end(data);
  });
}

/**
 * The archive as a stream with the workbook's parts before its worksheets: a streaming reader (exceljs's) then knows
 * the styles (which numbers are dates) and shared strings when it reads a sheet, whatever order the writer chose.
 */
export function worksheetsLast(bytes: Uint8Array, archive: ZipArchive): Readable {
  const isSheet = (e: ZipEntry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name);
  const sheetNumber = (e: ZipEntry) => Number(/\d+/.exec(e.name.slice('xl/worksheets/'.length))![0]);
  const ordered = [...archive.entries.filter((e) => !isSheet(e)), ...archive.entries.filter(isSheet).sort((a, b) => sheetNumber(a) - sheetNumber(b))];
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Readable.from([...ordered.map((e) => view.subarray(e.localOffset, e.end)), view.subarray(archive.directoryOffset)]);
}
