import 'server-only';
import type { ViewerScope } from '@/lib/auth/scope';
import { villageLegs } from '@/lib/charters/pooling/village-legs';
import type { Db } from '../client';
import { listPlanTrips, listVillageNames } from '../queries/charter-trips';
import { listPlanCharters } from '../queries/plans';

/**
 * A plan's charters inside the viewer's areas: its trips with the names of the villages they stop at, and per-village
 * legs (each village's share of each trip; for a plan saved before trips, the legs it was saved with).
 */
export async function getPlanCharters(db: Db, scope: ViewerScope, planId: number) {
  const trips = await listPlanTrips(db, scope, planId);
  if (trips.length === 0) {
    const legs = await listPlanCharters(db, scope, planId);
    return { trips, villageNames: new Map(legs.map((l) => [l.villageCode, l.villageName])), legs };
  }
  const villageNames = await listVillageNames(db, trips.flatMap((t) => t.stops.map((s) => s.villageCode)));
  const legs = villageLegs(trips).map((leg) => ({ ...leg, villageName: villageNames.get(leg.villageCode) ?? leg.villageCode }));
  return { trips, villageNames, legs };
}
