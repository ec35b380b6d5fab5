import { dailyTargetFamilies, exceedsMaxDaily, spareCapacityFamilies } from './capacity';
import type { PplLoad, ReceiverSuggestion, ReceiverTier } from './types';

export interface RankReceiversInput {
  /** the PPL giving the work (never suggested to themselves) */
  from: Pick<PplLoad, 'slotId' | 'pmlSlotId' | 'districtCode'>;
  /** the village of the SLS being moved */
  villageCode: string;
  /** families that would move */
  families: number;
  /** every PPL the coordinator may move work to */
  candidates: readonly PplLoad[];
  /** on-site working days left, for candidates that do not say their own */
  workingDaysLeft: number;
  maxDailyFamilies: number;
}

const tierOrder: Record<ReceiverTier, number> = { village: 0, team: 1, district: 2 };

function tierOf(candidate: PplLoad, from: RankReceiversInput['from'], villageCode: string): ReceiverTier | null {
  if (candidate.districtCode !== from.districtCode) return null;
  if (candidate.villageCodes.includes(villageCode)) return 'village';
  if (from.pmlSlotId !== null && candidate.pmlSlotId === from.pmlSlotId) return 'team';
  return 'district';
}

/**
 * Who should take `families` of an SLS: active PPL of the same kecamatan (work never crosses one). Those who can take
 * it without passing the maximum come first; then same village, same team, the rest of the kecamatan; inside a tier
 * the most spare capacity first, then the slot id so the order is stable. Each says the receiver's new daily target.
 */
export function rankReceivers({ from, villageCode, families, candidates, workingDaysLeft, maxDailyFamilies }: RankReceiversInput): ReceiverSuggestion[] {
  const suggestions: ReceiverSuggestion[] = [];
  for (const candidate of candidates) {
    if (!candidate.active || candidate.slotId === from.slotId) continue;
    const tier = tierOf(candidate, from, villageCode);
    if (tier === null) continue;
    const daysLeft = candidate.workingDaysLeft ?? workingDaysLeft;
    const newFamiliesPerDay = dailyTargetFamilies({ remainingFamilies: candidate.remainingFamilies + families, workingDaysLeft: daysLeft });
    suggestions.push({
      slotId: candidate.slotId,
      tier,
      spareFamilies: spareCapacityFamilies({ remainingFamilies: candidate.remainingFamilies, workingDaysLeft: daysLeft, maxDailyFamilies }),
      newFamiliesPerDay,
      overMax: exceedsMaxDaily({ remainingFamilies: candidate.remainingFamilies + families, workingDaysLeft: daysLeft, maxDailyFamilies }),
    });
  }
  return suggestions.sort((a, b) => Number(a.overMax) - Number(b.overMax) || tierOrder[a.tier] - tierOrder[b.tier] || b.spareFamilies - a.spareFamilies || a.slotId - b.slotId);
}
