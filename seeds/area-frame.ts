import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readCsvRecords } from '@/db/files/read-csv-records';

/** One area of the Kemendagri frame as idn-area-data ships it. */
export interface FrameArea {
  code: string;
  parentCode: string | null;
  name: string;
  level: 'provinsi' | 'kabupaten' | 'kecamatan' | 'desa';
  /** line in the source file, for error messages */
  line: number;
}

export interface AreaFrame {
  provinces: FrameArea[];
  regencies: FrameArea[];
  districts: FrameArea[];
  villages: FrameArea[];
}

export class FrameFileError extends Error {
  constructor(file: string, line: number, field: string, problem: string) {
    super(`${file}, baris ${line}, kolom ${field}: ${problem}`);
    this.name = 'FrameFileError';
  }
}

function dataDir(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
}

function readLevel(dir: string, file: string, level: FrameArea['level'], codeShape: RegExp): FrameArea[] {
  const full = path.join(dir, file);
  const [header, ...records] = readCsvRecords(readFileSync(full, 'utf8'));
  if (!header || header.fields[0] !== 'code') throw new FrameFileError(full, 1, 'code', 'header tidak dikenal');
  const hasParent = header.fields.length === 3;
  return records.map(({ line, fields }) => {
    const code = fields[0] ?? '';
    const name = (hasParent ? fields[2] : fields[1])?.trim() ?? '';
    if (!codeShape.test(code)) throw new FrameFileError(full, line, 'code', `kode "${code}" tidak sesuai format`);
    if (!name) throw new FrameFileError(full, line, 'name', 'nama kosong');
    return { code, name, level, parentCode: hasParent ? (fields[1] ?? null) : null, line };
  });
}

/**
 * Reads Indonesia's whole administrative frame (38 provinces ... ~83,762 villages) from the idn-area-data package,
 * or from `dir` holding files of the same shape. Every village must name an existing district, and so on up.
 */
export function readAreaFrame(dir: string = dataDir()): AreaFrame {
  const frame = {
    provinces: readLevel(dir, 'provinces.csv', 'provinsi', /^\d{2}$/),
    regencies: readLevel(dir, 'regencies.csv', 'kabupaten', /^\d{2}\.\d{2}$/),
    districts: readLevel(dir, 'districts.csv', 'kecamatan', /^\d{2}\.\d{2}\.\d{2}$/),
    villages: readLevel(dir, 'villages.csv', 'desa', /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
  };
  checkParents(dir, frame);
  return frame;
}

function checkParents(dir: string, frame: AreaFrame) {
  const levels: [string, FrameArea[], FrameArea[]][] = [
    ['regencies.csv', frame.regencies, frame.provinces],
    ['districts.csv', frame.districts, frame.regencies],
    ['villages.csv', frame.villages, frame.districts],
  ];
  for (const [file, children, parents] of levels) {
    const known = new Set(parents.map((p) => p.code));
    const seen = new Set<string>();
    children.forEach((child) => {
      const line = child.line;
      if (!known.has(child.parentCode ?? '')) throw new FrameFileError(path.join(dir, file), line, 'parent', `induk "${child.parentCode}" tidak dikenal`);
      if (!child.code.startsWith(`${child.parentCode}.`)) throw new FrameFileError(path.join(dir, file), line, 'code', `kode "${child.code}" tidak berada di bawah "${child.parentCode}"`);
      if (seen.has(child.code)) throw new FrameFileError(path.join(dir, file), line, 'code', `kode "${child.code}" ganda`);
      seen.add(child.code);
    });
  }
}
