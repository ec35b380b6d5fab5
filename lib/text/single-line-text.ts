import { z } from 'zod';
import { describeForbiddenCharacter, findForbiddenCharacter } from './forbidden-character';

export interface SingleLineTextRule {
  /** what the text is, for the messages: "Nama skenario" */
  label: string;
  /** at most this many characters (UTF-16 code units) after trimming */
  max: number;
  /** at least this many characters after trimming; default 1 */
  min?: number;
  /** the message when it is shorter than `min`; default "<label> wajib diisi" or "<label> minimal <min> karakter" */
  tooShort?: string;
}

/**
 * A single line of human text (a name, a label) of `min`-`max` characters, trimmed. Refuses every character that
 * must not reach the database or an export: controls (NUL, tab, newline…), lone surrogates, noncharacters such as
 * U+FFFF, and U+FFFD; the message names the character.
 */
export function singleLineText({ label, max, min = 1, tooShort }: SingleLineTextRule) {
  return z
    .string()
    .trim()
    .min(min, tooShort ?? (min === 1 ? `${label} wajib diisi` : `${label} minimal ${min} karakter`))
    .max(max, `${label} maks. ${max} karakter`)
    .superRefine((text, ctx) => {
      const found = findForbiddenCharacter(text);
      if (found) ctx.addIssue({ code: 'custom', message: `${label} ${describeForbiddenCharacter(found)}` });
    });
}
