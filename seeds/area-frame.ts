import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseCsv } from '@/lib/csv/parse-csv';

/** One area of the Kemendagri frame as idn-area-data ships it. */
export interface FrameArea {
  code: string;
  parentCode: string | null;
  name: string;
  level: 'provinsi' | 'kabupaten' | 'kecamatan' | 'desa';
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

function readLevel(file: string, level: FrameArea['level'], codeShape: RegExp): FrameArea[] {
  const full = path.join(dataDir(), file);
  const [header, ...records] = parseCsv(readFileSync(full, 'utf8'));
  if (!header || header.fields[0] !== 'code') throw new FrameFileError(full, 1, 'code', 'header tidak dikenal');
  const hasParent = header.fields.length === 3;
  return records.map(({ line, fields }) => {
    const code = fields[0] ?? '';
    const name = (hasParent ? fields[2] : fields[1])?.trim() ?? '';
    if (!codeShape.test(code)) throw new FrameFileError(full, line, 'code', `kode "${code}" tidak sesuai format`);
    if (!name) throw new FrameFileError(full, line, 'name', 'nama kosong');
    return { code, name, level, parentCode: hasParent ? (fields[1] ?? null) : null };
  });
}

/** Reads Indonesia's whole administrative frame (38 provinces ... ~83,762 villages) from the idn-area-data package. */
export function readAreaFrame(): AreaFrame {
  return {
    provinces: readLevel('provinces.csv', 'provinsi', /^\d{2}$/),
    regencies: readLevel('regencies.csv', 'kabupaten', /^\d{2}\.\d{2}$/),
    districts: readLevel('districts.csv', 'kecamatan', /^\d{2}\.\d{2}\.\d{2}$/),
    villages: readLevel('villages.csv', 'desa', /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
  };
}
