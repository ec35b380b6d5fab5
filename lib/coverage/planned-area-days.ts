import { ancestorCode, countryCode } from '../areas/codes';
import { wholeSlotDays, type PlannedSlot } from './planned-curve';

/** Identical PPL slots of one plan in one kecamatan: a count of slots with the same days on site and families. */
export interface DistrictLoad {
  districtCode: string;
  onSiteDays: number;
  families: number;
  /** how many such slots; negative to take them away (the loads a move replaced) */
  count: number;
}

/** Families a plan gives an area (a kecamatan or any area above it) on one date. */
export interface PlannedAreaDay {
  areaCode: string;
  date: string;
  families: number;
}

/**
 * What a plan's PPL slots plan per date for their kecamatan, kabupaten, provinsi and the country, each slot worked
 * as the planned curve works it (wholeSlotDays over the plan's calendar); rows that sum to 0 are left out, the rest
 * sorted by area then date. Loads with negative counts give the change a move made (after minus before).
 */
export function plannedAreaDays({ loads, workingDays }: { loads: readonly DistrictLoad[]; workingDays: PlannedSlot['workingDays'] }): PlannedAreaDay[] {
  const sums = new Map<string, PlannedAreaDay>();
  for (const load of loads) {
    if (load.count === 0) continue;
    const days = wholeSlotDays({ workingDays, onSiteDays: load.onSiteDays, sls: [{ slsCode: '', families: load.families }] });
    const chain = [countryCode, ancestorCode(load.districtCode, 'provinsi'), ancestorCode(load.districtCode, 'kabupaten'), load.districtCode];
    for (const day of days) {
      for (const areaCode of chain) {
        const key = `${areaCode}|${day.date}`;
        const row = sums.get(key) ?? { areaCode, date: day.date, families: 0 };
        row.families += day.families * load.count;
        sums.set(key, row);
      }
    }
  }
  return [...sums.values()]
    .filter((row) => row.families !== 0)
    .sort((a, b) => (a.areaCode < b.areaCode ? -1 : a.areaCode > b.areaCode ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
