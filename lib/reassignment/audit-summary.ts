import { z } from 'zod';
import { dropoutReasons, type DropoutReason } from './types';

/** One log entry as the log page words it: a code with its numbers and names, never a sentence. */
export type AuditSummary =
  | { code: 'move'; overridden: boolean; families: number; fromLabel: string; toLabel: string; newFamiliesPerDay: number; note: string | null }
  | { code: 'dropout'; from: string; reason: DropoutReason; moves: number; note: string | null }
  | { code: 'adopt'; planId: number; previousPlanId: number | null }
  | { code: 'other'; note: string | null };

const note = z.string().nullish().transform((n) => n ?? null);
const moveAfter = z.object({ fromSlotId: z.number(), toSlotId: z.number(), families: z.number(), newFamiliesPerDay: z.number(), note });
const dropoutAfter = z.object({ from: z.string(), reason: z.enum(dropoutReasons), moves: z.array(z.unknown()), note });
const adoption = z.object({ before: z.object({ planId: z.number().nullable() }), after: z.object({ planId: z.number() }) });

/**
 * What an audit entry says, from its stored before/after (typed here, where it is read). `slotIds` and `slotLabels`
 * are the entry's PPL in the same order; a move names the giver and receiver by their labels. An entry of an unknown
 * shape is `other`, never an error: the log must show every row.
 */
export function summarizeAuditEntry({ action, before, after, slotIds, slotLabels }: { action: string; before: unknown; after: unknown; slotIds: readonly number[]; slotLabels: readonly string[] }): AuditSummary {
  const labelOf = (slotId: number) => slotLabels[slotIds.indexOf(slotId)] ?? `#${slotId}`;
  if (action === 'assignment.move' || action === 'assignment.override') {
    const m = moveAfter.safeParse(after);
    if (m.success) return { code: 'move', overridden: action === 'assignment.override', families: m.data.families, fromLabel: labelOf(m.data.fromSlotId), toLabel: labelOf(m.data.toSlotId), newFamiliesPerDay: m.data.newFamiliesPerDay, note: m.data.note };
  }
  if (action === 'ppl.dropout') {
    const d = dropoutAfter.safeParse(after);
    if (d.success) return { code: 'dropout', from: d.data.from, reason: d.data.reason, moves: d.data.moves.length, note: d.data.note };
  }
  if (action === 'plan.adopt') {
    const a = adoption.safeParse({ before, after });
    if (a.success) return { code: 'adopt', planId: a.data.after.planId, previousPlanId: a.data.before.planId };
  }
  const loose = z.object({ note: z.string() }).safeParse(after);
  return { code: 'other', note: loose.success ? loose.data.note : null };
}
