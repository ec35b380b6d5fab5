import type { SimulatedDropout } from './types';

/** One PPL slot's share of an SLS in the plan in force (assignments). */
export interface SlotShare {
  slotId: number;
  slsCode: string;
  families: number;
}

/**
 * Each PPL's territory as planned, and what each dropout's colleagues took over, from the shares of the plan in
 * force: an SLS belongs whole to the dropout who held it (`slsCodes`, what the dropout's audit entry recorded; a
 * share moved away whole is gone from `shares`) or who still holds a share of it, and the others' shares of it are
 * what they took over; any other SLS belongs to the slot with the largest share (a coordinator's split is simulated
 * as the owner's work). SLS stay in code order, the visiting order.
 */
export function territoriesFromShares({ shares, dropouts }: {
  shares: readonly SlotShare[];
  dropouts: readonly { slotId: number; fromDate: string; slsCodes?: readonly string[] }[];
}): { territories: Map<number, { slsCode: string; families: number }[]>; dropouts: SimulatedDropout[] } {
  const dropped = new Set(dropouts.map((d) => d.slotId));
  const heldBy = new Map(dropouts.flatMap((d) => (d.slsCodes ?? []).map((code) => [code, d.slotId] as const)));
  const bySls = new Map<string, SlotShare[]>();
  for (const s of shares) {
    const list = bySls.get(s.slsCode) ?? [];
    list.push(s);
    bySls.set(s.slsCode, list);
  }
  const territories = new Map<number, { slsCode: string; families: number }[]>();
  const takeovers = new Map<number, SimulatedDropout['takeovers'][number][]>();
  for (const slsCode of [...bySls.keys()].sort()) {
    const holders = [...bySls.get(slsCode)!].sort((a, b) => a.slotId - b.slotId);
    const dropout = heldBy.get(slsCode) ?? holders.find((h) => dropped.has(h.slotId))?.slotId;
    const owner = dropout !== undefined ? { slotId: dropout } : holders.reduce((best, h) => (h.families > best.families ? h : best));
    const list = territories.get(owner.slotId) ?? [];
    list.push({ slsCode, families: holders.reduce((sum, h) => sum + h.families, 0) });
    territories.set(owner.slotId, list);
    if (!dropped.has(owner.slotId)) continue;
    const handed = takeovers.get(owner.slotId) ?? [];
    for (const h of holders) if (h.slotId !== owner.slotId && h.families > 0) handed.push({ slsCode, toSlotId: h.slotId, families: h.families });
    takeovers.set(owner.slotId, handed);
  }
  return { territories, dropouts: dropouts.map(({ slotId, fromDate }) => ({ slotId, fromDate, takeovers: takeovers.get(slotId) ?? [] })) };
}
