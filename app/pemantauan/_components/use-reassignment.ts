'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { previewMove } from '@/lib/reassignment/preview-move';
import { applyDropout, monitoringKey, postMove, type ApiError, type ApplyDropoutRequest, type DropoutApplied, type Monitoring, type MoveAnswer, type MoveRequest, type PplMonitoring } from './api';

type Snapshot = { previous?: Monitoring };

/** The families a move takes: what it names, else all the giver has left of the SLS. */
function familiesOf(ppl: readonly PplMonitoring[], move: MoveRequest): number {
  if (move.families !== undefined) return move.families;
  return ppl.find((p) => p.slotId === move.fromSlotId)?.shares.find((s) => s.slsCode === move.slsCode)?.familiesLeft ?? 0;
}

/** The server's answer on top of the optimistic view: the two PPL's loads and the SLS's shares with their new versions. */
function withAnswer(m: Monitoring, answer: MoveAnswer, slsCode: string): Monitoring {
  const outlooks = new Map([answer.from, answer.to].map((o) => [o.slotId, o]));
  return {
    ...m,
    ppl: m.ppl.map((p) => {
      const outlook = outlooks.get(p.slotId);
      if (!outlook) return p;
      const row = answer.rows.find((r) => r.slotId === p.slotId);
      const kept = p.shares.filter((s) => s.slsCode !== slsCode);
      const share = p.shares.find((s) => s.slsCode === slsCode);
      const shares = row ? [...kept, { slsCode, villageCode: share?.villageCode ?? slsCode.slice(0, 13), families: row.families, version: row.version, doneFamilies: row.doneFamilies, familiesLeft: Math.max(0, row.families - row.doneFamilies) }] : kept;
      return { ...p, remainingFamilies: outlook.remainingFamilies, dailyTargetFamilies: p.status === 'inactive' ? 0 : outlook.dailyTargetFamilies, shares: shares.sort((a, b) => a.slsCode.localeCompare(b.slsCode)) };
    }),
  };
}

/**
 * A move as a react-query mutation: the page shows it at once (lib previewMove), puts the view back exactly as it
 * was when the server refuses (409 stale, 422 over the maximum, ...), and reads the kecamatan again either way.
 */
export function useMoveWork(planId: number, districtCode: string) {
  const client = useQueryClient();
  const key = monitoringKey(planId, districtCode);
  return useMutation<MoveAnswer, ApiError, MoveRequest, Snapshot>({
    mutationFn: (move) => postMove(planId, move),
    onMutate: async (move) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<Monitoring>(key);
      if (previous) client.setQueryData<Monitoring>(key, { ...previous, ppl: previewMove(previous.ppl, { ...move, families: familiesOf(previous.ppl, move) }) });
      return { previous };
    },
    onError: (_error, _move, snapshot) => {
      if (snapshot?.previous) client.setQueryData(key, snapshot.previous);
    },
    onSuccess: (answer, move) => {
      client.setQueryData<Monitoring>(key, (m) => (m ? withAnswer(m, answer, move.slsCode) : m));
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}

/** A dropout's apply: the PPL shown inactive with their work spread at once, put back on a refusal, then read again. */
export function useApplyDropout(planId: number, districtCode: string) {
  const client = useQueryClient();
  const key = monitoringKey(planId, districtCode);
  return useMutation<DropoutApplied, ApiError, ApplyDropoutRequest, Snapshot>({
    mutationFn: (dropout) => applyDropout(planId, dropout),
    onMutate: async (dropout) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<Monitoring>(key);
      if (previous) {
        const inactive = previous.ppl.map((p) => (p.slotId === dropout.slotId ? { ...p, status: 'inactive' as const } : p));
        const moved = dropout.moves.reduce((ppl, m) => previewMove(ppl, { ...m, fromSlotId: dropout.slotId }), inactive);
        client.setQueryData<Monitoring>(key, { ...previous, ppl: moved });
      }
      return { previous };
    },
    onError: (_error, _dropout, snapshot) => {
      if (snapshot?.previous) client.setQueryData(key, snapshot.previous);
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
