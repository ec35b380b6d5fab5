import { describe, expect, it } from 'vitest';
import { excelMaxRows, splitIntoSheets, type RowBlock } from '@/lib/xlsx/split-into-sheets';

/** Blocks written "64.71:5" (kabupaten 64.71, 5 rows). */
const blocks = (...specs: string[]): RowBlock[] =>
  specs.map((s) => {
    const [regencyCode, rows] = s.split(':') as [string, string];
    return { provinceCode: regencyCode.slice(0, 2), regencyCode, rows: Number(rows) };
  });
/** Each sheet as "provinces | kabupaten… = rows [piece]". */
const sheetsOf = (split: ReturnType<typeof splitIntoSheets>) =>
  split.ok ? split.sheets.map((s) => `${s.provinceCodes.join(',')} | ${s.blocks.map((b) => b.regencyCode).join(' ')} = ${s.rows}${s.piece ? ` [${s.piece.index}/${s.piece.of}]` : ''}`) : split;

describe('splitIntoSheets: no sheet past its row limit, split by province', () => {
  it.each([
    { case: 'one province that fits: one sheet', specs: ['65.01:4', '65.02:3'], maxRows: 10, sheets: ['65 | 65.01 65.02 = 7'] },
    { case: 'exactly full', specs: ['65.01:4', '65.02:6'], maxRows: 10, sheets: ['65 | 65.01 65.02 = 10'] },
    { case: 'provinces packed whole, in order', specs: ['11.01:3', '12.01:4', '13.01:2', '13.02:2', '14.01:5'], maxRows: 10, sheets: ['11,12 | 11.01 12.01 = 7', '13,14 | 13.01 13.02 14.01 = 9'] },
    { case: 'a province that does not fit beside the others starts a sheet', specs: ['11.01:6', '12.01:5', '13.01:4'], maxRows: 10, sheets: ['11 | 11.01 = 6', '12,13 | 12.01 13.01 = 9'] },
    {
      case: 'a province larger than a sheet alone on sheets of its own, cut between kabupaten',
      specs: ['11.01:2', '32.01:6', '32.02:5', '32.03:4', '33.01:3'],
      maxRows: 10,
      sheets: ['11 | 11.01 = 2', '32 | 32.01 = 6 [1/2]', '32 | 32.02 32.03 = 9 [2/2]', '33 | 33.01 = 3'],
    },
    { case: 'nothing at all: one empty sheet', specs: [], maxRows: 10, sheets: [' |  = 0'] },
  ])('$case', ({ specs, maxRows, sheets }) => {
    expect(sheetsOf(splitIntoSheets({ blocks: blocks(...specs), maxRows }))).toEqual(sheets);
  });

  it('names a kabupaten that alone is larger than a sheet', () => {
    expect(splitIntoSheets({ blocks: blocks('32.01:3', '32.04:11'), maxRows: 10 })).toEqual({ ok: false, regencyCode: '32.04', rows: 11 });
  });

  it('keeps every row and never passes the limit, for any block sizes', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = (n: number) => ((seed * 7919 + n * 104729) % 97) % 9;
      const specs = Array.from({ length: 30 }, (_, i) => `${String(11 + Math.floor(i / 4)).padStart(2, '0')}.${String(i % 4 + 1).padStart(2, '0')}:${1 + random(i)}`);
      const split = splitIntoSheets({ blocks: blocks(...specs), maxRows: 12 });
      expect(split.ok).toBe(true);
      if (!split.ok) continue;
      expect(split.sheets.flatMap((s) => s.blocks.map((b) => `${b.regencyCode}:${b.rows}`))).toEqual(specs);
      for (const sheet of split.sheets) expect(sheet.rows).toBeLessThanOrEqual(12);
    }
  });

  it('puts a national assignment sheet of ~1.2 million SLS on two sheets of whole provinces', () => {
    // 38 provinces of ~31,600 SLS each in 13 kabupaten; one data sheet holds 1,048,575 rows below its header
    const national = Array.from({ length: 38 }, (_, p) => Array.from({ length: 13 }, (_, k) => ({ provinceCode: String(11 + p), regencyCode: `${11 + p}.${String(k + 1).padStart(2, '0')}`, rows: 2_431 }))).flat();
    const split = splitIntoSheets({ blocks: national, maxRows: excelMaxRows - 1 });
    expect(split.ok && split.sheets.map((s) => [s.provinceCodes.length, s.rows])).toEqual([[33, 1_042_899], [5, 158_015]]);
  });
});
