/** Terrain classes an office may set per kecamatan or village on the Perencanaan form. */
export const terrainClasses = ['flat', 'hilly', 'remote'] as const;
export type TerrainClass = (typeof terrainClasses)[number];

/** Indonesia's island groups, the regions the terrain estimate reads from a village's province code. */
export const regions = ['java_bali', 'sumatra', 'kalimantan', 'sulawesi', 'nusa_tenggara', 'maluku', 'papua'] as const;
export type Region = (typeof regions)[number];

/**
 * Why a village is planned with its norm, as a code with its facts (app/ words it): the office gave access data or
 * switched the estimate off (the operation's own norm), the office set a terrain class, or the frame's estimate.
 */
export type TerrainBasis =
  | { code: 'access_given' }
  | { code: 'estimate_off' }
  | { code: 'office_class'; terrainClass: TerrainClass; areaCode: string }
  | { code: 'kelurahan'; region: Region }
  | { code: 'desa'; region: Region }
  | { code: 'small_island_desa'; region: Region };

/** True for a norm the frame's estimate chose, false for one the office gave (access data, a class, the switch). */
export function isEstimate(basis: TerrainBasis): boolean {
  return basis.code === 'kelurahan' || basis.code === 'desa' || basis.code === 'small_island_desa';
}

/** The daily norm a territory is planned with: between these many families a day. */
export interface DailyNorm {
  minDailyFamilies: number;
  maxDailyFamilies: number;
}

/** How a village is planned: its daily norm, whether its territories stay inside it, and why. */
export interface VillageTerrain {
  norm: DailyNorm;
  /** true: the village is cut into territories of its own, never shared with a neighbour */
  ownTerritories: boolean;
  basis: TerrainBasis;
}

/** One norm a kecamatan was planned with, and the villages and families it covered. */
export interface TerrainNote {
  basis: TerrainBasis;
  /** families a day, the norm's minimum */
  familiesPerDay: number;
  ownTerritories: boolean;
  villages: number;
  families: number;
}
