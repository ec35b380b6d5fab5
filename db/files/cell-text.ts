import type { CellValue } from 'exceljs';

export type CellText = { ok: true; text: string } | { ok: false; code: 'xlsx_formula_without_value' };

/**
 * A spreadsheet cell as the text the CSV path would read for it: text as it is; numbers in full without thousands
 * separators (integers exactly, fractions to Excel's 15 significant digits); dates (UTC, as a reader gives them) as
 * `YYYY-MM-DD`, with ` HH:MM[:SS]` only when they hold a time; booleans `TRUE`/`FALSE`; error values as Excel shows
 * them (`#N/A`); a formula by its stored value, refused when it has none. `dateFormat` says whether the cell's number
 * format shows a date, for a formula's numeric result.
 */
export function cellText(value: CellValue, dateFormat = false): CellText {
  const ok = (text: string): CellText => ({ ok: true, text });
  if (value === null || value === undefined) return ok('');
  if (typeof value === 'string') return ok(value);
  if (typeof value === 'number') return ok(dateFormat ? dateText(serialDate(value)) : numberText(value));
  if (typeof value === 'boolean') return ok(value ? 'TRUE' : 'FALSE');
  if (value instanceof Date) return ok(dateText(value));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return { ok: false, code: 'xlsx_formula_without_value' };
    return typeof result === 'object' && !(result instanceof Date) ? ok(result.error) : cellText(result, dateFormat);
  }
  if ('richText' in value) return ok(value.richText.map((run) => run.text).join(''));
  if ('error' in value) return ok(value.error);
  if ('text' in value) return ok(value.text);
  return ok('');
}

/** A number as a CSV writes it: no grouping, no exponent for whole numbers, floating-point noise rounded away. */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  return String(Number(value.toPrecision(15)));
}

/** Excel's serial day number (1900 system) as a UTC date. */
const serialDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));

function dateText(date: Date): string {
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  if (time === '00:00:00') return iso.slice(0, 10);
  return `${iso.slice(0, 10)} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

/** Whether an Excel number format shows a date or time (`dd/mm/yyyy`, `[$-421]d mmm yyyy`, `h:mm`), not a number (`#,##0.0`). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}
