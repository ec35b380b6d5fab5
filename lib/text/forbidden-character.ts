import type { Problem } from '../i18n/problem';

/** Why a character may not be stored: each kind has its own wording for the person who typed or saved it. */
export type ForbiddenKind = 'control' | 'lone_surrogate' | 'noncharacter' | 'replacement';

export interface ForbiddenCharacter {
  /** index in UTF-16 code units */
  index: number;
  /** e.g. "U+0000" */
  codePoint: string;
  kind: ForbiddenKind;
}

// Controls (C0, DEL, C1), lone surrogates (in `u` mode a whole pair is one code point and does not match \p{Cs}),
// noncharacters (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF) and U+FFFD, which only ever marks a character already lost to a
// wrong encoding somewhere before us.
const forbidden = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\uFFFD]/u;

/**
 * The first character of `text` that no human text of the app may hold (a NUL or other control, a lone surrogate,
 * a Unicode noncharacter such as U+FFFF, or the replacement character U+FFFD), or null when there is none.
 */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  const match = forbidden.exec(text);
  if (!match) return null;
  const cp = match[0].codePointAt(0)!;
  const kind: ForbiddenKind =
    cp <= 0x9f ? 'control' : cp >= 0xd800 && cp <= 0xdfff ? 'lone_surrogate' : cp === 0xfffd ? 'replacement' : 'noncharacter';
  return { index: match.index, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, kind };
}

/** The character as a problem with its code point and kind, e.g. a control character U+0000 (see `problems.forbidden_character`). */
export function forbiddenCharacterProblem({ codePoint, kind }: ForbiddenCharacter): Problem {
  return { code: 'forbidden_character', values: { kind, codePoint } };
}
