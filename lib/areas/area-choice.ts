import { isAreaCode } from './codes';

/** An area as the plan form suggests it. */
export interface AreaOption {
  code: string;
  name: string;
}

/** How the plan form writes an area in its box: "Kota Balikpapan (64.71)". */
export function areaOptionLabel({ code, name }: AreaOption): string {
  return `${name} (${code})`;
}

/**
 * The area code the plan form's box means: a code as typed, a suggestion as written ("Kota Balikpapan (64.71)"),
 * or a name that exactly one suggestion carries (any case); null when it names none or several.
 */
export function resolveAreaChoice(text: string, options: readonly AreaOption[]): string | null {
  const typed = text.trim();
  if (isAreaCode(typed)) return typed;
  const labelled = /\(([\d.]+)\)\s*$/.exec(typed)?.[1];
  if (labelled !== undefined && isAreaCode(labelled)) return labelled;
  const named = options.filter((o) => o.name.toLocaleLowerCase('id') === typed.toLocaleLowerCase('id'));
  return named.length === 1 ? named[0]!.code : null;
}
