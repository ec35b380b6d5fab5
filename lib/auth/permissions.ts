import { countryCode, isWithin } from '../areas/codes';

/** Who signs in: DESIGN.md section 1. */
export const roles = ['office_head', 'koseka', 'pml', 'ppl', 'stakeholder', 'entry_system'] as const;
export type Role = (typeof roles)[number];

const everyone = roles;
const people = ['office_head', 'koseka', 'pml', 'ppl', 'stakeholder'] as const;
const coordinators = ['office_head', 'koseka', 'pml'] as const;

/**
 * The one permission table: which roles may take each action. Every action is also bounded by the viewer's areas
 * (see `inScope`); `personal` marks actions whose answers hold names, phones, family references or per-PPL rows,
 * which stakeholders and the public never get.
 */
export const permissions = {
  'operation.read': { roles: people, personal: false },
  'area.read': { roles: people, personal: false },
  'area.export': { roles: ['office_head', 'koseka', 'pml', 'stakeholder'], personal: false },
  'workload.import': { roles: ['office_head'], personal: false },
  'plan.read': { roles: coordinators, personal: true },
  'plan.create': { roles: ['office_head'], personal: false },
  /** a plan with its slots, assignments and charters; the whole plan area must be the viewer's */
  'plan.delete': { roles: ['office_head'], personal: false },
  /** make a saved plan the plan in force of its area */
  'plan.adopt': { roles: ['office_head'], personal: false },
  'plan.export': { roles: ['office_head'], personal: true },
  /** one PPL's territory and schedule: a PPL only their own, a PML only their team's */
  'slot.read': { roles: ['office_head', 'koseka', 'pml', 'ppl'], personal: true },
  'staff.read': { roles: coordinators, personal: true },
  'staff.import': { roles: ['office_head'], personal: true },
  'roster.fill': { roles: ['office_head'], personal: true },
  'coverage.read': { roles: people, personal: false },
  /** Pemantauan: every PPL of the viewer's kecamatan or team with their progress */
  'monitoring.read': { roles: coordinators, personal: true },
  /** who holds which share of an SLS, and who could take it */
  'assignment.read': { roles: coordinators, personal: true },
  /** move work between PPL of the viewer's scope on the plan in force */
  'assignment.move': { roles: coordinators, personal: true },
  /** mark a PPL dropped out and spread their unfinished work */
  'dropout.manage': { roles: coordinators, personal: true },
  /** the log of moves, overrides, dropouts and adoptions */
  'audit.read': { roles: coordinators, personal: true },
  'interview.submit': { roles: ['office_head', 'entry_system'], personal: true },
  /** a whole file of records, all or nothing */
  'interview.import': { roles: ['office_head'], personal: true },
  'token.manage': { roles: ['office_head'], personal: false },
  'session.read': { roles: everyone, personal: false },
} as const satisfies Record<string, { roles: readonly Role[]; personal: boolean }>;

export type Action = keyof typeof permissions;

/** A signed-in user (or machine client) as the permission checks see it. */
export interface Viewer {
  userId: string;
  username: string;
  name: string;
  role: Role;
  /** the areas the role applies to; 'ID' is the whole country */
  areaCodes: readonly string[];
  /** the roster person behind a PML or PPL account */
  staffId: number | null;
}

/** True when the viewer's role may take `action` at all. */
export function mayDo(viewer: Pick<Viewer, 'role'>, action: Action): boolean {
  return (permissions[action].roles as readonly Role[]).includes(viewer.role);
}

/** True when `areaCode` lies inside one of the viewer's areas. */
export function inScope(viewer: Pick<Viewer, 'areaCodes'>, areaCode: string): boolean {
  return viewer.areaCodes.some((scope) => isWithin(areaCode, scope));
}

/**
 * True when `areaCode` and the viewer's areas overlap: inside one, or holding one (a KOSEKA sees their kecamatan's
 * part of a city-wide plan).
 */
export function overlapsScope(viewer: Pick<Viewer, 'areaCodes'>, areaCode: string): boolean {
  return inScope(viewer, areaCode) || viewer.areaCodes.some((scope) => scope !== countryCode && isWithin(scope, areaCode));
}

export type Decision = 'allowed' | 'forbidden' | 'out_of_scope';

/** The answer to "may this viewer take this action on this area?" (no area: the role alone decides). */
export function decide({ viewer, action, areaCode, overlap = false }: { viewer: Viewer; action: Action; areaCode?: string; overlap?: boolean }): Decision {
  if (!mayDo(viewer, action)) return 'forbidden';
  if (areaCode === undefined) return 'allowed';
  return (overlap ? overlapsScope(viewer, areaCode) : inScope(viewer, areaCode)) ? 'allowed' : 'out_of_scope';
}

/** Which roles may see pages and answers holding personal data. */
export function seesPersonalData(role: Role): boolean {
  return role !== 'stakeholder' && role !== 'entry_system';
}
