import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** Every message of a dictionary by its dotted key. */
export function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

function walk(elements: readonly MessageFormatElement[], visit: (element: MessageFormatElement) => void) {
  for (const element of elements) {
    visit(element);
    if (element.type === TYPE.select || element.type === TYPE.plural) for (const option of Object.values(element.options)) walk(option.value, visit);
    if (element.type === TYPE.tag) walk(element.children, visit);
  }
}

/** The arguments a message takes, with their kind: `count:number/` (a plural takes a number too), `date:date/day`, `name:argument`. */
export function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  walk(parse(message), (e) => {
    if (e.type === TYPE.argument) found.add(`${e.value}:argument`);
    if (e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) found.add(`${e.value}:${TYPE[e.type]}/${typeof e.style === 'string' ? e.style : ''}`);
    if (e.type === TYPE.plural) found.add(`${e.value}:number/`);
    if (e.type === TYPE.select) found.add(`${e.value}:select`);
  });
  return [...found].sort();
}

/** The words a reader sees in a message: its literal text, without the ICU syntax. */
export function literalTextOf(message: string): string {
  const parts: string[] = [];
  walk(parse(message), (e) => {
    if (e.type === TYPE.literal) parts.push(e.value);
  });
  return parts.join(' ');
}
