import Papa from 'papaparse';
import { detectDelimiter } from '@/lib/csv/parse-csv';
import type { RecordProblem, TableRecord } from '@/lib/csv/table-record';

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes; CRLF, LF or lone CR line ends, mixed too) into records
 * with the line each starts on, through papaparse, once. `,` or `;` between fields, detected from the header line
 * (Indonesian Excel saves `;`). Blank lines are skipped but counted. A record whose quoting is broken carries a
 * `problem` naming the field; its fields are papaparse's best guess.
 */
export function readCsvRecords(text: string): TableRecord[] {
  // One line end for papaparse, which guesses a single one; a line break inside a field is refused later anyway.
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(src);
  const records: TableRecord[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(src, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    step: ({ data: fields, errors, meta }) => {
      const end = meta.cursor;
      const recordLine = line;
      for (let at = src.indexOf('\n', start); at !== -1 && at < end; at = src.indexOf('\n', at + 1)) line++;
      const raw = src.slice(start, end);
      start = end;
      const problem = quoteProblem({ fields, errors, raw, rawStart: end - raw.length, delimiter });
      if (!problem && fields.length === 1 && fields[0] === '') return;
      records.push({ line: recordLine, fields, ...(problem ? { problem } : {}) });
    },
  });
  return records;
}

interface QuoteCheck {
  fields: string[];
  errors: Papa.ParseError[];
  raw: string;
  rawStart: number;
  delimiter: string;
}

/** What papaparse reports about a record's quotes, and the stray quote inside an unquoted field that it lets pass. */
function quoteProblem({ fields, errors, raw, rawStart, delimiter }: QuoteCheck): TableRecord['problem'] {
  const error = errors.find((e) => e.type === 'Quotes');
  if (error?.code === 'InvalidQuotes') return { field: fieldAt(raw, (error.index ?? rawStart) - rawStart, delimiter), code: 'csv_text_after_quote' };
  if (error) return { field: fields.length - 1, code: 'csv_quote_unclosed' };
  // A quoted field reads back from its quoted form; a field holding a quote that was never quoted is a stray quote.
  const stray = fields.findIndex((f) => f.includes('"') && !raw.includes(`"${f.replace(/"/g, '""')}"`));
  return stray >= 0 ? { field: stray, code: 'csv_quote_inside_field' satisfies RecordProblem } : undefined;
}

/** The 0-based field a position of a raw record falls in: delimiters outside quotes before it. */
function fieldAt(raw: string, position: number, delimiter: string): number {
  let field = 0;
  let quoted = false;
  for (let i = 0; i < position && i < raw.length; i++) {
    if (raw[i] === '"') quoted = !quoted;
    else if (raw[i] === delimiter && !quoted) field++;
  }
  return field;
}
