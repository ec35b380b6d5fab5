/** One PPL's share of an SLS in the plan in force. */
export interface SlsShare {
  slotId: number;
  families: number;
  /** bumped on every change: a move names the version of the giver's share it saw */
  version: number;
}

export interface ShareChange {
  slotId: number;
  before: SlsShare | null;
  after: SlsShare | null;
}

export type PlannedMove =
  | { ok: true; shares: SlsShare[]; changes: ShareChange[] }
  | { ok: false; code: 'stale_version'; currentVersion: number | null };

/**
 * The shares of an SLS after `families` of it go from one PPL to another (the move already checked by checkMove).
 * The giver's share must still carry `version` (else stale: someone moved it meanwhile); a share left with no
 * families goes. Every share touched takes the SLS's highest version + 1, so the versions of an SLS only grow: a
 * share that goes and comes back never repeats a version a stale client may hold.
 */
export function planMove({ shares, fromSlotId, toSlotId, families, version }: {
  shares: readonly SlsShare[];
  fromSlotId: number;
  toSlotId: number;
  families: number;
  version: number;
}): PlannedMove {
  const from = shares.find((s) => s.slotId === fromSlotId);
  if (!from || from.version !== version) return { ok: false, code: 'stale_version', currentVersion: from?.version ?? null };
  const next = Math.max(...shares.map((s) => s.version)) + 1;
  const to = shares.find((s) => s.slotId === toSlotId) ?? null;
  const giverAfter = from.families - families > 0 ? { slotId: fromSlotId, families: from.families - families, version: next } : null;
  const receiverAfter = { slotId: toSlotId, families: (to?.families ?? 0) + families, version: next };
  const changes: ShareChange[] = [
    { slotId: fromSlotId, before: from, after: giverAfter },
    { slotId: toSlotId, before: to, after: receiverAfter },
  ];
  const untouched = shares.filter((s) => s.slotId !== fromSlotId && s.slotId !== toSlotId);
  const after = [...untouched, ...(giverAfter ? [giverAfter] : []), receiverAfter].sort((a, b) => a.slotId - b.slotId);
  return { ok: true, shares: after, changes };
}
