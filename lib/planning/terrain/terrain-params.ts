import { z } from 'zod';
import { terrainClasses, type TerrainClass } from './types';

/** Most kecamatan and villages one plan may give a terrain class: a large province's villages, with room. */
export const maxTerrainClasses = 10_000;

const kecamatanOrVillage = /^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$/;
const isTerrainClass = (value: unknown): value is TerrainClass => (terrainClasses as readonly unknown[]).includes(value);

/** Terrain classes by kecamatan or village code; every key and value checked, each bad one named. */
const terrainClassesSchema = z
  .record(z.string(), z.unknown())
  .superRefine((record, ctx) => {
    const entries = Object.entries(record);
    if (entries.length > maxTerrainClasses) ctx.addIssue({ code: 'custom', message: 'terrain_classes_too_many', params: { max: maxTerrainClasses } });
    for (const [areaCode, value] of entries.slice(0, 100)) {
      if (!kecamatanOrVillage.test(areaCode)) ctx.addIssue({ code: 'custom', path: [areaCode], message: 'terrain_area_code', params: { areaCode } });
      else if (!isTerrainClass(value)) ctx.addIssue({ code: 'custom', path: [areaCode], message: 'terrain_class_invalid', params: { areaCode } });
    }
  })
  .transform((record) => record as Record<string, TerrainClass>);

/**
 * The terrain rules of a plan (fields of operationParamsSchema): whether villages without access data get the
 * frame's estimate (lib/planning/terrain/estimate-terrain.ts), and the classes the office set itself.
 */
export const terrainParamFields = {
  /** false: every village is planned with the operation's norm unless the office set its class */
  terrainEstimate: z.boolean().default(true),
  /** flat, hilly or remote by kecamatan or village code; a village's own class wins over its kecamatan's */
  terrainClasses: terrainClassesSchema.default({}),
};
