/** `db.execute` returns an array on postgres.js and `{ rows }` on PGlite: one shape for both. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** A json column as a value: postgres.js hands it over parsed, PGlite may hand it over as text. */
export function jsonOf<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
