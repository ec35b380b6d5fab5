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
  // Summed per kecamatan first (a national plan has ~100,000 loads in ~7,300 kecamatan), then carried up.
  const byArea = new Map<string, Map<string, number>>();
  const add = (areaCode: string, date: string, families: number) => {
    let days = byArea.get(areaCode);
    if (!days) byArea.set(areaCode, (days = new Map()));
    days.set(date, (days.get(date) ?? 0) + families);
  };
  for (const load of loads) {
    if (load.count === 0) continue;
    for (const day of wholeSlotDays({ workingDays, onSiteDays: load.onSiteDays, sls: [{ slsCode: '', families: load.families }] })) add(load.districtCode, day.date, day.families * load.count);
  }
  for (const [districtCode, days] of [...byArea]) {
    const above = [countryCode, ancestorCode(districtCode, 'provinsi'), ancestorCode(districtCode, 'kabupaten')];
    for (const [date, families] of days) for (const areaCode of above) add(areaCode, date, families);
  }
  const rows: PlannedAreaDay[] = [];
  for (const [areaCode, days] of byArea) for (const [date, families] of days) if (families !== 0) rows.push({ areaCode, date, families });
  return rows.sort((a, b) => (a.areaCode < b.areaCode ? -1 : a.areaCode > b.areaCode ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
