import type { InterviewOutcome } from '../interviews/outcomes';
import type { WorkingDays } from '../planning/types';

/** A PPL of the plan in force as the simulator sees them: what the plan gives them and when. */
export interface SimulatedPpl {
  /** a stable name to seed the PPL's luck by (the slot's label) */
  key: string;
  slotId: number;
  /** the roster id the records carry */
  pplId: number;
  /** the PML slot of their team */
  teamSlotId: number | null;
  districtCode: string;
  /** on-site working days: fewer than the working days when the territory is reached by boat or plane */
  onSiteDays: number;
  /** the territory needs a charter in (boat or plane, staff from outside): the first trip may wait for weather */
  remote: boolean;
  /** the plan's calendar */
  workingDays: Pick<WorkingDays, 'windowDates' | 'dates' | 'reserveDates'>;
  /** SLS in visiting order with their families */
  sls: readonly { slsCode: string; families: number }[];
}

/** A family not yet visited to a final outcome, with the visits already made. */
export interface PendingFamily {
  slsCode: string;
  /** the family's number in its SLS, from 1 */
  family: number;
  attempts: number;
}

/** One visit the simulator made. */
export interface SimulatedVisit {
  slsCode: string;
  family: number;
  /** 1 for the first visit to the family, 2 for the first revisit, ... */
  visit: number;
  pplId: number;
  visitedOn: string;
  outcome: InterviewOutcome;
  /** members, for completed interviews */
  familySize?: number;
}

/** A PPL who stops working on `fromDate`, and who took over which of their unfinished families. */
export interface SimulatedDropout {
  slotId: number;
  fromDate: string;
  /** families of an SLS handed to another PPL slot, in the SLS's family order */
  takeovers: readonly { slsCode: string; toSlotId: number; families: number }[];
}
