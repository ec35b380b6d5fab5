import type { terrainId } from './terrain.id';

/** English twin of ./terrain.id.ts, typed by its shape. */
export const terrainEn: typeof terrainId = {
  classes: { flat: 'flat', hilly: 'hilly', remote: 'remote' },
  regions: {
    java_bali: 'Java-Bali',
    sumatra: 'Sumatra',
    kalimantan: 'Kalimantan',
    sulawesi: 'Sulawesi',
    nusa_tenggara: 'Nusa Tenggara',
    maluku: 'Maluku',
    papua: 'Papua',
  },
  basis: {
    access_given: 'access data from the office',
    estimate_off: 'terrain estimate switched off',
    office_class: '{terrainClass} class set by the office ({areaCode})',
    kelurahan: 'kelurahan (urban), {region}',
    desa: 'desa (rural), {region}',
    small_island_desa: 'small desa of an island regency, {region}',
  },
  note: '{basis}: {familiesPerDay, number, oneDecimal} families a day{own, select, yes {, territories of its own} other {}} ({villages, plural, one {# village} other {# villages}})',
  norms: 'Norm (families a day) and why',
  plainPpl: 'PPL with plain rules (no terrain)',
  plainStaff: 'Total staff with plain rules',
  legend: 'Terrain',
  estimate: 'Estimate the terrain of villages without access data',
  estimateHint: 'From the area frame: kelurahan, and desa in Java-Bali and Sumatra, keep the operation’s norm; desa in Kalimantan, Sulawesi and Maluku {hilly, number, percent} of it; in Nusa Tenggara and Papua {remote, number, percent}. Small desa of island regencies get territories of their own.',
  classesLabel: 'Terrain class by kecamatan or village',
  classesHint: 'flat: the operation’s norm; hilly: {hilly, number, percent}; remote: {remote, number, percent} and territories never span villages. A village’s class beats its kecamatan’s; both beat access data and the estimate.',
  code: 'Kecamatan or village code',
  class: 'Terrain class',
  add: 'Add a terrain class',
  remove: 'Remove',
};
