/** A PPL as the coordinator workspace weighs them: where they work, who leads them, what they still have to do. */
export interface PplLoad {
  slotId: number;
  /** villages of the PPL's SLS (a receiver in the same village walks least) */
  villageCodes: readonly string[];
  /** the PML slot the PPL reports to */
  pmlSlotId: number | null;
  districtCode: string;
  /** families assigned and not yet visited to a final outcome */
  remainingFamilies: number;
  /** false from a dropout's date on: an inactive PPL receives nothing */
  active: boolean;
  /** the PPL's own on-site working days left before their planned end (a remote PPL's travel days are not); the
   * caller's shared count when absent */
  workingDaysLeft?: number;
}

/** How near a receiver is to the work: same village, else same team, else same kecamatan. */
export type ReceiverTier = 'village' | 'team' | 'district';

/** One ranked receiver for some families, with what taking them would mean. */
export interface ReceiverSuggestion {
  slotId: number;
  tier: ReceiverTier;
  /** families the receiver can still take at maxDailyFamilies before the planned end */
  spareFamilies: number;
  /** the receiver's daily target for the rest of the window after the move (families a day) */
  newFamiliesPerDay: number;
  /** true when the move would push the receiver above maxDailyFamilies (allowed only with an override) */
  overMax: boolean;
}

/** Why a PPL stops working (a dropout). */
export const dropoutReasons = ['resigned', 'sick', 'other'] as const;
export type DropoutReason = (typeof dropoutReasons)[number];
