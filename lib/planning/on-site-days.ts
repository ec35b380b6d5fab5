/** Travel and on-site days of a PPL placed in a village. */
export interface OnSite {
  /** travel days each way actually planned */
  travelDaysOneWay: number;
  onSiteDays: number;
  /** true when the trip both ways would leave no working day, so travel was cut to keep one */
  travelCut: boolean;
}

/**
 * Days on site out of `workingDayCount` for a PPL who travels `travelDaysOneWay` days each way (0 for local staff):
 * W - 2t, keeping at least one day on site by cutting the travel when the trip is longer than the window allows.
 */
export function onSiteDays({ workingDayCount, travelDaysOneWay }: { workingDayCount: number; travelDaysOneWay: number }): OnSite {
  const fits = Math.floor((workingDayCount - 1) / 2);
  const travel = Math.min(travelDaysOneWay, fits);
  return { travelDaysOneWay: travel, onSiteDays: workingDayCount - 2 * travel, travelCut: travel < travelDaysOneWay };
}
