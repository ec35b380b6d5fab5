import { generateSlsWorkloads, type VillageAccess, type VillageFrame } from '@/lib/workload/generate';
import type { SlsWorkload } from '@/lib/workload/types';
import type { AreaFrame } from './area-frame';

/** The fixed seed of the demo: the same estimates on every machine. */
export const demoSeed = 20221015;

/**
 * Demo regencies with estimated family totals. Estimates, not census data: chosen so the planner's staffing can be
 * compared with what the source articles report (see README). Kalimantan Utara is split by population share.
 */
export const demoRegencies: { code: string; families: number; reported?: string }[] = [
  { code: '96.71', families: 62_000, reported: '321 petugas (10 distrik, 41 kelurahan)' },
  { code: '91.71', families: 105_000, reported: '563 petugas dilatih' },
  { code: '64.71', families: 240_000, reported: '1.104 petugas, ~240.000 keluarga' },
  { code: '14.10', families: 62_000, reported: '253 PPL, 67 PML, 10 KOSEKA' },
  { code: '65.01', families: 42_000 },
  { code: '65.02', families: 24_000 },
  { code: '65.03', families: 56_000 },
  { code: '65.04', families: 8_000 },
  { code: '65.71', families: 70_000 },
];

export { demoRegionCodes } from '@/lib/areas/demo-regions';

const plane = (travelDaysOneWay: number): VillageAccess => ({ accessMode: 'plane', travelDaysOneWay });
const boat = (travelDaysOneWay: number, localStaff = false): VillageAccess => ({
  accessMode: 'boat',
  travelDaysOneWay,
  localStaff,
});

/** Access by kecamatan (or single village) for the remote parts of the demo regions. */
const accessByArea: Record<string, VillageAccess> = {
  // Malinau's interior: Long Sule and Kayan Hulu by plane, upriver districts by longboat.
  '65.02.04.2003': plane(1), // Long Sule
  '65.02.05': plane(1), // Kayan Hulu
  '65.02.10': plane(1), // Kayan Selatan
  '65.02.11': plane(1), // Bahau Hulu
  '65.02.03': boat(2), // Pujungan
  '65.02.09': boat(2), // Sungai Boh
  '65.02.12': boat(2), // Mentarang Hulu
  '65.02.04': boat(1), // Kayan Hilir
  // Nunukan: the Krayan highlands by plane, Sebatik island by boat with local staff.
  '65.03.05': plane(1),
  '65.03.07': plane(1),
  '65.03.17': plane(1),
  '65.03.18': plane(1),
  '65.03.19': plane(1),
  '65.03.20': boat(1),
  '65.03.21': boat(2),
  '65.03.01': boat(1, true),
  '65.03.08': boat(1, true),
  '65.03.10': boat(1, true),
  '65.03.11': boat(1, true),
  '65.03.12': boat(1, true),
  // Bulungan: Peso upriver, Bunyu island.
  '65.01.07': boat(1),
  '65.01.10': boat(1, true),
  // Kepulauan Meranti: outer islands by speedboat.
  '14.10.06': boat(1, true),
  '14.10.08': boat(1),
  // Kota Sorong's island district and Jayapura's stilt villages in Youtefa bay: a short boat hop, local staff.
  '96.71.04': boat(0, true),
  '91.71.02.2008': boat(0, true), // Tobati
  '91.71.03.2004': boat(0, true), // Enggros
};

/** Access of a demo village: its own entry first, then its kecamatan's, else road. */
export function demoAccessOf(village: VillageFrame): VillageAccess | undefined {
  return accessByArea[village.code] ?? accessByArea[village.districtCode];
}

/** Generates the demo regions' SLS with family estimates and access (deterministic, seeded). */
export function buildDemoWorkloads(frame: AreaFrame): SlsWorkload[] {
  return demoRegencies.flatMap(({ code, families }) => {
    const villages = frame.villages
      .filter((v) => v.code.startsWith(`${code}.`))
      .map((v) => ({ code: v.code, districtCode: v.parentCode! }));
    if (villages.length === 0) throw new Error(`Wilayah demo ${code} tidak ada di idn-area-data`);
    return generateSlsWorkloads({ villages, seed: demoSeed, totalFamilies: families, accessOf: demoAccessOf });
  });
}
