import type { Problem } from '../i18n/problem';

export type DecodeCsvResult = { ok: true; text: string } | { ok: false; line: number; problem: Problem };

/**
 * Decodes an uploaded CSV file: UTF-8 with or without a byte order mark, or UTF-16 LE/BE with one (what Excel's
 * "Unicode text" writes). Anything else, e.g. latin-1 from an old Excel, is refused naming the line of the first
 * byte that is not UTF-8, never stored as U+FFFD.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodeCsvResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, line: lineOfByte(bytes, bad), problem: { code: 'csv_not_utf8', values: { byte: `0x${hex}` } } };
  }
  // The decoder drops a leading byte order mark.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeCsvResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    // A lone surrogate or an odd last byte: the lenient decoding marks it with U+FFFD, which locates the line.
    const text = new TextDecoder(encoding).decode(bytes);
    const line = text.slice(0, text.indexOf('\ufffd')).split(/\r\n|\r|\n/).length;
    return { ok: false, line, problem: { code: 'csv_utf16_broken', values: { encoding: encoding.toUpperCase() } } };
  }
}

/** The index of the first byte that does not belong to well-formed UTF-8 (RFC 3629), or -1. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const tail = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (tail === 0) return i;
    // The second byte's range rules out overlong forms, surrogates and code points above U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k <= tail; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += tail + 1;
  }
  return -1;
}

/** The 1-based line of a byte offset: LF, CRLF and a lone CR each end a line, as the CSV reader counts them. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
