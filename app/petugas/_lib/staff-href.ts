/** What the Petugas page's URL carries: the roster search and page, the plan shown and its kecamatan. */
export interface StaffView {
  q?: string;
  peran?: string;
  halaman?: number;
  rencana?: number;
  kecamatan?: string;
}

/** The Petugas page's URL for a view, leaving out what is empty or the default (page 1). */
export function staffHref(view: StaffView): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(view)) {
    if (value === undefined || value === '' || (key === 'halaman' && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/petugas?${query}` : '/petugas';
}
