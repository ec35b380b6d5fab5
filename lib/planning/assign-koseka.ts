import type { KosekaPost } from './types';

/** KOSEKA posts: one per kecamatan with any PPL, two when it has more than `kosekaSplitPpl` PPL. */
export function assignKoseka({ districts, kosekaSplitPpl }: { districts: readonly { districtCode: string; ppl: number }[]; kosekaSplitPpl: number }): KosekaPost[] {
  const posts: KosekaPost[] = [];
  for (const { districtCode, ppl } of districts) {
    const count = ppl === 0 ? 0 : ppl > kosekaSplitPpl ? 2 : 1;
    for (let k = 1; k <= count; k++) posts.push({ label: `KOSEKA ${districtCode}-${k}`, districtCode });
  }
  return posts;
}
