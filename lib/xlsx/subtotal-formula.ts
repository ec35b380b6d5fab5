export type TotalKind = 'sum' | 'min' | 'max';

/** SUBTOTAL's function numbers: it skips rows an autofilter hides and other SUBTOTAL cells in its range. */
const functionNumber: Record<TotalKind, number> = { sum: 9, min: 5, max: 4 };

/** The letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * The formula of a subtotal or total row over rows `firstRow`..`lastRow` (1-based) of a column, e.g.
 * `SUBTOTAL(9,C2:C40)`: a total over a range holding subtotal rows counts each row once.
 */
export function subtotalFormula(kind: TotalKind, column: string, firstRow: number, lastRow: number): string {
  return `SUBTOTAL(${functionNumber[kind]},${column}${firstRow}:${column}${lastRow})`;
}
