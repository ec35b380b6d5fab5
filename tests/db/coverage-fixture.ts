import { coverageDaily, type CoverageDaily } from '@/db/schema';
import type { Db } from '@/db/client';
import { areaChainOf } from '@/lib/interviews/apply-interview-batch';

type Counts = Partial<Pick<CoverageDaily, 'completed' | 'refused' | 'notHome' | 'moved' | 'notFound'>>;

/**
 * Writes coverage_daily as the intake keeps it: each SLS's families per day and outcome, summed into its village,
 * kecamatan, kabupaten, province and the country ('ID'). `rows` maps "slsCode visitDate" to the counts.
 */
export async function writeCoverageRollups(db: Db, operationId: number, rows: Record<string, Counts>): Promise<void> {
  const sums = new Map<string, CoverageDaily>();
  for (const [key, counts] of Object.entries(rows)) {
    const [slsCode, visitDate] = key.split(' ') as [string, string];
    for (const areaCode of areaChainOf(slsCode)) {
      const id = `${areaCode} ${visitDate}`;
      const row = sums.get(id) ?? { operationId, areaCode, visitDate, completed: 0, refused: 0, notHome: 0, moved: 0, notFound: 0 };
      for (const field of ['completed', 'refused', 'notHome', 'moved', 'notFound'] as const) row[field] += counts[field] ?? 0;
      sums.set(id, row);
    }
  }
  await db.insert(coverageDaily).values([...sums.values()]);
}
