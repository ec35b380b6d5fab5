import { z } from 'zod';
import { findForbiddenCharacter } from './forbidden-character';

export interface SingleLineTextRule {
  /** what the text is, as a field code the messages name it by (i18n/messages `fields`): 'scenario_name' */
  label: string;
  /** at most this many characters (UTF-16 code units) after trimming */
  max: number;
  /** at least this many characters after trimming; default 1 */
  min?: number;
}

/**
 * A single line of human text (a name, a label) of `min`-`max` characters, trimmed. Refuses every character that
 * must not reach the database or an export: controls (NUL, tab, newline…), lone surrogates, noncharacters such as
 * U+FFFF, and U+FFFD. Issues carry problem codes (text_required, text_too_short, text_too_long,
 * text_forbidden_character) with the field and the character.
 */
export function singleLineText({ label, max, min = 1 }: SingleLineTextRule) {
  return z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      const add = (message: string, params: Record<string, string | number>) => ctx.addIssue({ code: 'custom', message, params: { field: label, ...params } });
      if (text.length < min) add(min === 1 ? 'text_required' : 'text_too_short', { min });
      else if (text.length > max) add('text_too_long', { max });
      const found = findForbiddenCharacter(text);
      if (found) add('text_forbidden_character', { kind: found.kind, codePoint: found.codePoint });
    });
}
