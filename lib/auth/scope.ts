import { countryCode } from '../areas/codes';
import type { Role, Viewer } from './permissions';

/**
 * What the data layer needs to know of a viewer to filter in SQL (db/queries/scope.ts): built once per request from
 * the viewer, passed to every query that lists or reads what a viewer may not see. Names and user ids stay out.
 */
export interface ViewerScope {
  readonly role: Role;
  /** the viewer's areas; ['ID'] when one of them is the whole country; none: nothing is visible */
  readonly areaCodes: readonly string[];
  /** the roster person behind a PML or PPL account: their slots and their team's */
  readonly staffId: number | null;
}

/** The scope of a viewer. */
export function scopeOf(viewer: Pick<Viewer, 'role' | 'areaCodes' | 'staffId'>): ViewerScope {
  const areaCodes = viewer.areaCodes.includes(countryCode) ? [countryCode] : [...new Set(viewer.areaCodes)];
  return Object.freeze({ role: viewer.role, areaCodes: Object.freeze(areaCodes), staffId: viewer.staffId });
}

/** An office head of the whole country: for command-line tools and tests that act for the office itself. */
export const nationalScope: ViewerScope = scopeOf({ role: 'office_head', areaCodes: [countryCode], staffId: null });
