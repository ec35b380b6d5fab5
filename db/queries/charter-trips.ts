import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ViewerScope } from '@/lib/auth/scope';
import type { Trip } from '@/lib/charters/pooling/types';
import type { Db } from '../client';
import { areas, charterTrips } from '../schema';
import { insideScope } from './scope';

const tripColumns = {
  label: charterTrips.label,
  districtCode: charterTrips.districtCode,
  mode: charterTrips.mode,
  kind: charterTrips.kind,
  departDate: charterTrips.departDate,
  returnDate: charterTrips.returnDate,
  stops: charterTrips.stops,
  seats: charterTrips.seats,
  seatsUsed: charterTrips.seatsUsed,
  legs: charterTrips.legs,
  costRupiah: charterTrips.costRupiah,
};

/** A plan's charter trips in kecamatan inside the viewer's areas (a trip serves villages of one kecamatan), by kecamatan and number. */
export async function listPlanTrips(db: Db, scope: ViewerScope, planId: number): Promise<Trip[]> {
  return db
    .select(tripColumns)
    .from(charterTrips)
    .where(and(eq(charterTrips.planId, planId), insideScope(scope, charterTrips.districtCode)))
    .orderBy(asc(charterTrips.districtCode), asc(charterTrips.label));
}

/** A plan's charter trips of one kecamatan, when it lies inside the viewer's areas. */
export async function listDistrictTrips(db: Db, scope: ViewerScope, { planId, districtCode }: { planId: number; districtCode: string }): Promise<Trip[]> {
  return db
    .select(tripColumns)
    .from(charterTrips)
    .where(and(eq(charterTrips.planId, planId), eq(charterTrips.districtCode, districtCode), insideScope(scope, charterTrips.districtCode)))
    .orderBy(asc(charterTrips.label));
}

/** The trips of a plan's kecamatan that carry one person (slot label): their way in, moves, and way out. */
export async function listTripsCarrying(db: Db, { planId, districtCode, label }: { planId: number; districtCode: string; label: string }): Promise<Trip[]> {
  return db
    .select(tripColumns)
    .from(charterTrips)
    .where(and(eq(charterTrips.planId, planId), eq(charterTrips.districtCode, districtCode), sql`${charterTrips.stops} @> ${JSON.stringify([{ people: [label] }])}::jsonb`))
    .orderBy(asc(charterTrips.label));
}

/** Names of villages by code (for the stops of trips); a code without a name is left out. */
export async function listVillageNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ code: areas.code, name: areas.name }).from(areas).where(inArray(areas.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
}
