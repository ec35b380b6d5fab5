/** Rows a worksheet holds in Excel (and LibreOffice, Sheets): the header takes one of them. */
export const excelMaxRows = 1_048_576;

/** A kabupaten's run of rows on a sheet, its subtotal row included when the sheet has them. */
export interface RowBlock {
  provinceCode: string;
  regencyCode: string;
  rows: number;
}

/** One sheet of a split table: its blocks in order, and which piece of one province's sheets it is when a province fills several. */
export interface SheetPart {
  blocks: RowBlock[];
  rows: number;
  provinceCodes: string[];
  piece?: { index: number; of: number };
}

export type SheetSplit = { ok: true; sheets: SheetPart[] } | { ok: false; regencyCode: string; rows: number };

/**
 * Splits a table of kabupaten blocks (in province order) into sheets of at most `maxRows` rows each: whole provinces
 * packed in order while they fit, a province larger than a sheet alone on sheets of its own cut between kabupaten.
 * A kabupaten larger than a sheet cannot be split this way and is named instead (none comes near: the largest has
 * ~60,000 SLS). `maxRows` is what a sheet holds below its header; tests pass small ones.
 */
export function splitIntoSheets({ blocks, maxRows }: { blocks: readonly RowBlock[]; maxRows: number }): SheetSplit {
  const tooBig = blocks.find((b) => b.rows > maxRows);
  if (tooBig) return { ok: false, regencyCode: tooBig.regencyCode, rows: tooBig.rows };
  const sheets: SheetPart[] = [];
  let current: SheetPart | null = null;
  for (const province of groupByProvince(blocks)) {
    const rows = sum(province);
    if (rows > maxRows) {
      const pieces = packInOrder(province, maxRows);
      pieces.forEach((piece, i) => sheets.push({ ...piece, piece: { index: i + 1, of: pieces.length } }));
      current = null;
      continue;
    }
    if (!current || current.rows + rows > maxRows) sheets.push((current = { blocks: [], rows: 0, provinceCodes: [] }));
    current.blocks.push(...province);
    current.rows += rows;
    current.provinceCodes.push(province[0]!.provinceCode);
  }
  return { ok: true, sheets: sheets.length > 0 ? sheets : [{ blocks: [], rows: 0, provinceCodes: [] }] };
}

function groupByProvince(blocks: readonly RowBlock[]): RowBlock[][] {
  const groups: RowBlock[][] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (last && last[0]!.provinceCode === block.provinceCode) last.push(block);
    else groups.push([block]);
  }
  return groups;
}

function packInOrder(blocks: readonly RowBlock[], maxRows: number): Omit<SheetPart, 'piece'>[] {
  const parts: Omit<SheetPart, 'piece'>[] = [];
  for (const block of blocks) {
    const last = parts.at(-1);
    if (last && last.rows + block.rows <= maxRows) {
      last.blocks.push(block);
      last.rows += block.rows;
    } else parts.push({ blocks: [block], rows: block.rows, provinceCodes: [block.provinceCode] });
  }
  return parts;
}

const sum = (blocks: readonly RowBlock[]) => blocks.reduce((s, b) => s + b.rows, 0);
