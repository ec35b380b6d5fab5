/** A page number to link, or a gap ("…") between two of them. */
export type PageLink = number | 'gap';

/**
 * The page numbers a pager links: the first, the last, and `around` pages either side of the current one, with a gap
 * where numbers are left out (a gap of one page is that page). Pages are 1-based; `pages` is at least 1.
 */
export function pageWindow({ page, pages, around = 2 }: { page: number; pages: number; around?: number }): PageLink[] {
  const shown = new Set([1, pages]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  sorted.forEach((p, i) => {
    const before = sorted[i - 1];
    if (before !== undefined && p - before === 2) links.push(p - 1);
    else if (before !== undefined && p - before > 2) links.push('gap');
    links.push(p);
  });
  return links;
}
