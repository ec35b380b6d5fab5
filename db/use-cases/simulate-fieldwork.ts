import 'server-only';
import { format, parseISO, subDays } from 'date-fns';
import { countryCode } from '@/lib/areas/codes';
import { operationToday } from '@/lib/operations/operation-today';
import { simulateFieldwork, simulationSeed, type SimulatedRecord } from '@/lib/simulation/simulate-fieldwork';
import type { Db } from '../client';
import { getActiveOperation } from '../queries/operations';
import { hasDropoutInForce, listSimulationPlans } from '../queries/simulation';
import { intakeContextFor } from './intake-context';
import { plannedDropout, recordSimulatedDropout, simulationInput } from './simulated-dropout';
import { submitInterviews, type IntakeContext } from './submit-interviews';

/** Which records a batch belongs to: all of them, or those before and from the day a PPL drops out. */
export type SimulationPhase = 'all' | 'before_dropout' | 'from_dropout';

export interface SimulateFieldworkInput {
  /** the last day to simulate (default and at most: the operation's today, within the window) */
  until?: string;
  /** a province or kabupaten code; the whole country when absent */
  areaCode?: string;
  /** records per intake batch */
  batchSize?: number;
  now: Date;
  onProgress?: (phase: SimulationPhase, done: number, total: number) => void;
}

export interface SimulationTotals {
  records: number;
  accepted: number;
  duplicates: number;
  /** records intake did not take (conflicts and rejections: a bug when not 0), with the first one's code */
  refused: number;
  firstRefusal: string | null;
}

export type SimulateFieldworkResult =
  | { ok: false; code: 'no_operation' | 'before_window' | 'no_plan_in_force' }
  | ({ ok: true; until: string; ppl: number; dropout: { label: string; fromDate: string; recorded: 'now' | 'before' | 'later' | 'failed' } | null } & SimulationTotals);

const dayBefore = (date: string) => format(subDays(parseISO(date), 1), 'yyyy-MM-dd');

/** Sends records through intake in batches, adding up what intake answered. */
async function send(db: Db, ctx: IntakeContext, records: readonly SimulatedRecord[], totals: SimulationTotals, { batchSize = 20_000, onProgress }: Pick<SimulateFieldworkInput, 'batchSize' | 'onProgress'>, phase: SimulationPhase) {
  for (let i = 0; i < records.length; i += batchSize) {
    const result = await submitInterviews(db, { ...ctx, records: records.slice(i, i + batchSize) });
    const refused = [...result.conflicts.map((c) => c.code), ...result.rejected.map((r) => `${r.field}: ${r.code}`)];
    totals.records += Math.min(batchSize, records.length - i);
    totals.accepted += result.accepted;
    totals.duplicates += result.duplicates;
    totals.refused += refused.length;
    totals.firstRefusal ??= refused[0] ?? null;
    onProgress?.(phase, Math.min(i + batchSize, records.length), records.length);
  }
}

/**
 * Simulates the fieldwork of the plans in force up to `until` (lib/simulation: pure and seeded) and sends it through
 * intake in batches, as an entry system would: a re-run sends the same records again (duplicates, counted once) and
 * a later `until` adds the days after. One PPL of the operation drops out: once the simulation reaches that day, the
 * days before go in, the dropout is recorded through the coordinators' own path (simulated-dropout.ts) and the
 * colleagues who took the work over carry on with it. Concurrency: intake's own (two runs at once store each record
 * once); of two runs recording the dropout at once, the slot's dropout row lets one win, and the other reads it
 * before going on.
 */
export async function simulateFieldworkInto(db: Db, input: SimulateFieldworkInput): Promise<SimulateFieldworkResult> {
  const operation = await getActiveOperation(db);
  if (!operation) return { ok: false, code: 'no_operation' };
  const today = operationToday({ clockDate: operation.clockDate, now: input.now });
  const until = [input.until ?? today, today, operation.params.windowEnd].sort()[0]!;
  if (until < operation.params.windowStart) return { ok: false, code: 'before_window' };
  const areaCode = input.areaCode ?? countryCode;
  const read = async () => simulationInput(await listSimulationPlans(db, { operationId: operation.id, areaCode }));
  // Asked before the plans are read: a dropout another run records meanwhile is then in what this one reads.
  const dropoutKnown = await hasDropoutInForce(db, operation.id);
  const first = await read();
  const { planOf } = first;
  let { ppl, dropouts } = first;
  if (ppl.length === 0) return { ok: false, code: 'no_plan_in_force' };
  // The machine's operator sends for the whole country, as the CLIs do.
  const ctx = (await intakeContextFor(db, { areaCodes: [countryCode], submittedBy: null, now: input.now }))!;
  const run = (upTo: string) => simulateFieldwork({ ppl, seed: simulationSeed, until: upTo, operationId: operation.id, dropouts }).records;
  const totals: SimulationTotals = { records: 0, accepted: 0, duplicates: 0, refused: 0, firstRefusal: null };
  const planned = dropoutKnown ? null : await plannedDropout(db, { ppl, planOf });
  if (planned && planned.fromDate <= until) {
    await send(db, ctx, run(dayBefore(planned.fromDate)), totals, input, 'before_dropout');
    const recorded = await recordSimulatedDropout(db, planned);
    ({ ppl, dropouts } = await read());
    await send(db, ctx, run(until).filter((r) => r.visitedOn >= planned.fromDate), totals, input, 'from_dropout');
    // A run at the same moment may have recorded it first: then it was there before this one's.
    const there = dropouts.some((d) => d.slotId === planned.slotId);
    return { ok: true, until, ppl: ppl.length, dropout: { label: planned.label, fromDate: planned.fromDate, recorded: recorded ? 'now' : there ? 'before' : 'failed' }, ...totals };
  }
  await send(db, ctx, run(until), totals, input, 'all');
  const known = dropouts[0] && ppl.find((p) => p.slotId === dropouts[0]!.slotId);
  const dropout = planned ? { label: planned.label, fromDate: planned.fromDate, recorded: 'later' as const } : known ? { label: known.key, fromDate: dropouts[0]!.fromDate, recorded: 'before' as const } : null;
  return { ok: true, until, ppl: ppl.length, dropout, ...totals };
}
