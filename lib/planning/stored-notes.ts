import { z } from 'zod';
import type { PlanWarning, TerritoryFlag } from './types';

/** A note saved before notes were codes: an Indonesian sentence, shown as it is. */
export interface LegacyNote {
  code: 'legacy';
  text: string;
}

const rate = z.number().finite();
const count = z.number().int().nonnegative();

const territoryFlagSchema: z.ZodType<TerritoryFlag> = z.discriminatedUnion('code', [
  z.object({ code: z.literal('travel_cut'), familiesPerDay: rate }),
  z.object({ code: z.literal('oversized_sls'), familiesPerDay: rate, maxDailyFamilies: count }),
  z.object({ code: z.literal('remote_small_village'), familiesPerDay: rate }),
  z.object({ code: z.literal('below_minimum'), familiesPerDay: rate, minDailyFamilies: count }),
  z.object({ code: z.literal('above_maximum'), familiesPerDay: rate, maxDailyFamilies: count }),
]);

const planWarningSchema: z.ZodType<PlanWarning> = z.discriminatedUnion('code', [
  z.object({ code: z.literal('flagged_territories'), flagged: count, remote: count, minDailyFamilies: count, maxDailyFamilies: count }),
  z.object({ code: z.literal('unassigned_sls'), sls: count }),
]);

/** A territory flag as `plan_slots.flag` stores it: the code and its numbers as JSON text. */
export function storeTerritoryFlag(flag: TerritoryFlag | null): string | null {
  return flag === null ? null : JSON.stringify(flag);
}

/** `plan_slots.flag` read back: the flag, a sentence saved by an older version as it is, or null. */
export function readTerritoryFlag(stored: string | null): TerritoryFlag | LegacyNote | null {
  if (stored === null || stored === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { code: 'legacy', text: stored };
  }
  const parsed = territoryFlagSchema.safeParse(json);
  return parsed.success ? parsed.data : { code: 'legacy', text: stored };
}

/** A saved summary's `warnings` read back: each a warning, or an older version's sentence as it is. */
export function readPlanWarnings(stored: unknown): (PlanWarning | LegacyNote)[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item): (PlanWarning | LegacyNote)[] => {
    if (typeof item === 'string') return [{ code: 'legacy', text: item }];
    const parsed = planWarningSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
