/** A plan's life: written in the background ('saving'), then whole ('saved') or given up ('failed'). */
export const planStatuses = ['draft', 'saving', 'saved', 'failed'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/**
 * Why a save was given up, stored as a code on the plan: `interrupted` when its progress stopped (the process
 * ended mid-save), `error` when writing its rows failed.
 */
export const planFailures = ['interrupted', 'error'] as const;
export type PlanFailure = (typeof planFailures)[number];

/** Only a saved plan has rows to show: one still saving or failed has none yet, or none any more. */
export function hasRows(status: PlanStatus): boolean {
  return status === 'saved';
}
