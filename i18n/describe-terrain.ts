import type { Lang } from '@/lib/i18n/languages';
import type { TerrainBasis, TerrainNote } from '@/lib/planning/terrain/types';
import { translatorFor } from './translator';

/** Why a village got its norm, in words: "desa, Maluku", "hilly class set by the office (81.03.01)". */
export function describeTerrainBasis(basis: TerrainBasis, lang: Lang): string {
  const { t } = translatorFor(lang);
  switch (basis.code) {
    case 'office_class':
      return t('terrain.basis.office_class', { terrainClass: t(`terrain.classes.${basis.terrainClass}`), areaCode: basis.areaCode });
    case 'kelurahan':
    case 'desa':
    case 'small_island_desa':
      return t(`terrain.basis.${basis.code}`, { region: t(`terrain.regions.${basis.region}`) });
    default:
      return t(`terrain.basis.${basis.code}`);
  }
}

/** One norm of a kecamatan in words: "desa, Maluku: 9.0 families a day (12 villages)". */
export function describeTerrainNote(note: TerrainNote, lang: Lang): string {
  return translatorFor(lang).t('terrain.note', {
    basis: describeTerrainBasis(note.basis, lang),
    familiesPerDay: note.familiesPerDay,
    own: note.ownTerritories ? 'yes' : 'no',
    villages: note.villages,
  });
}
