import { relations, sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areaLevels } from '../lib/areas/codes';
import { roles } from '../lib/auth/permissions';
import { interviewOutcomes } from '../lib/interviews/outcomes';
import type { OperationParamsInput } from '../lib/operations/params';
import { planStatuses, type PlanFailure } from '../lib/operations/plan-status';
import type { PlanSummary } from '../lib/operations/plan-summary';
import { tripKinds, type TripStop } from '../lib/charters/pooling/types';
import { charterKinds, type PlanStrategy } from '../lib/planning/types';
import { dropoutReasons } from '../lib/reassignment/types';
import { staffRoles, staffStatuses } from '../lib/staff/roles';
import type { RemoteAccessMode } from '../lib/workload/remote';
import { accessModes } from '../lib/workload/types';

/** A saved plan's params: the operation's (as operationParamsSchema reads them) with the strategy beside them. */
export type StoredPlanParams = OperationParamsInput & { strategy?: PlanStrategy };

// ---- enums -----------------------------------------------------------------------------------
// Declared once in lib/ (the domain), made database types here: relative imports, so drizzle-kit can load this file.
export const areaLevel = pgEnum('area_level', areaLevels);
export const accessMode = pgEnum('access_mode', accessModes);
export const staffRole = pgEnum('staff_role', staffRoles);
export const staffStatus = pgEnum('staff_status', staffStatuses);
export const userRole = pgEnum('user_role', roles);
export const planStatus = pgEnum('plan_status', planStatuses);
export const interviewOutcome = pgEnum('interview_outcome', interviewOutcomes);
export const charterKind = pgEnum('charter_kind', charterKinds);
export const tripKind = pgEnum('trip_kind', tripKinds);
export const dropoutReason = pgEnum('dropout_reason', dropoutReasons);

// ---- area frame ------------------------------------------------------------------------------
/** Every area of the Kemendagri frame (provinsi ... desa) and the SLS below the villages. */
export const areas = pgTable(
  'areas',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    level: areaLevel('level').notNull(),
    name: text('name').notNull(),
  },
  (t) => [index('areas_parent_idx').on(t.parentCode), index('areas_name_idx').on(sql`lower(${t.name})`)],
);

// ---- operations and workload -----------------------------------------------------------------
/** A registration operation (e.g. Regsosek 2022) with every planning rule as a parameter. */
export const operations = pgTable('operations', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  /** the area the operation covers: a kabupaten/kota, a province, or 'ID' for the country */
  areaCode: text('area_code').notNull(),
  windowStart: date('window_start', { mode: 'string' }).notNull(),
  windowEnd: date('window_end', { mode: 'string' }).notNull(),
  /**
   * the full OperationParams (lib/operations/params.ts); the window columns above mirror it for queries. Typed as the
   * schema's input: a row written before a parameter existed lacks it, so reads parse it (defaults fill the gaps).
   */
  params: jsonb('params').$type<OperationParamsInput>().notNull(),
  publicProgress: boolean('public_progress').notNull().default(false),
  /** the operation's "today" (the demo stands at 2022-10-28); null follows the real date (lib/operations/operation-today.ts) */
  clockDate: date('clock_date', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Estimated families per SLS for an operation, with the access attributes of its village. */
export const workloads = pgTable(
  'workloads',
  {
    operationId: integer('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    slsCode: text('sls_code').notNull(),
    villageCode: text('village_code').notNull(),
    districtCode: text('district_code').notNull(),
    regencyCode: text('regency_code').notNull(),
    provinceCode: text('province_code').notNull(),
    families: integer('families').notNull(),
    accessMode: accessMode('access_mode').notNull().default('road'),
    travelDaysOneWay: smallint('travel_days_one_way').notNull().default(0),
    localStaff: boolean('local_staff').notNull().default(true),
    /** false when the office gave no access data (the three columns above hold defaults; the planner estimates) */
    accessKnown: boolean('access_known').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.operationId, t.slsCode] }),
    index('workloads_village_idx').on(t.operationId, t.villageCode),
    index('workloads_district_idx').on(t.operationId, t.districtCode),
    index('workloads_regency_idx').on(t.operationId, t.regencyCode),
  ],
);

// ---- people ----------------------------------------------------------------------------------
/** Field staff from a roster: real people who fill a plan's slots. */
export const staff = pgTable(
  'staff',
  {
    id: serial('id').primaryKey(),
    operationId: integer('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: staffRole('role').notNull(),
    phone: text('phone'),
    homeAreaCode: text('home_area_code'),
    supervisorId: integer('supervisor_id'),
    status: staffStatus('status').notNull().default('active'),
    userId: text('user_id'),
  },
  (t) => [
    index('staff_operation_idx').on(t.operationId, t.role),
    // A roster posted again recognises its people (createStaff): by phone, else by name and home village.
    uniqueIndex('staff_phone_idx').on(t.operationId, t.phone).where(sql`${t.phone} is not null`),
    uniqueIndex('staff_name_village_idx').on(t.operationId, sql`lower(${t.name})`, t.homeAreaCode).where(sql`${t.phone} is null`),
  ],
);

/**
 * People and machine clients who sign in, in the shape better-auth expects (text ids, email, timestamps), plus the
 * role that says what they may do. Their areas are in `user_areas`; passwords live in `accounts`.
 */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  /** display name */
  name: text('name').notNull(),
  /** better-auth needs a unique email; accounts sign in by username, so a placeholder is fine */
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  username: text('username').unique(),
  displayUsername: text('display_username'),
  role: userRole('role').notNull(),
  /** the roster person this account is (PML and PPL see their own team or assignment through it) */
  staffId: integer('staff_id'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The areas a user's role applies to ('ID' is the whole country); an office head may hold several regions. */
export const userAreas = pgTable(
  'user_areas',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    areaCode: text('area_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.areaCode] })],
);

/** Browser sessions (better-auth): the cookie carries `token`. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Credentials (better-auth): `password` holds the library's password hash for provider 'credential'. */
export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('accounts_user_idx').on(t.userId)],
);

/** One-time values better-auth keeps (unused by sign-in with a password, but part of its model). */
export const verifications = pgTable('verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** better-auth's rate-limit counters, in the database so every app server shares them. */
export const rateLimits = pgTable('rate_limits', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
});

/** Bearer tokens for machine clients (an office's entry system): only a SHA-256 of the token is kept. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** the first characters of the token, to tell tokens apart in a list */
    prefix: text('prefix').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

// ---- plans -----------------------------------------------------------------------------------
/** A saved, versioned planning result; what-if scenarios are plans too. */
export const plans = pgTable(
  'plans',
  {
    id: serial('id').primaryKey(),
    operationId: integer('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    areaCode: text('area_code').notNull(),
    name: text('name').notNull(),
    version: integer('version').notNull().default(1),
    status: planStatus('status').notNull().default('draft'),
    /** the operation's params it was planned with and its strategy; parsed when read, as the operation's are */
    params: jsonb('params').$type<StoredPlanParams>().notNull(),
    /** headline figures and quality, as planStaffing reported them */
    summary: jsonb('summary').$type<PlanSummary>(),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    /** when the save last moved: a 'saving' plan whose progress stands still was interrupted */
    progressAt: timestamp('progress_at', { withTimezone: true }).notNull().defaultNow(),
    /** why a 'failed' plan failed, as a code (lib/operations/plan-status.ts), never a sentence */
    failure: text('failure').$type<PlanFailure>(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Versions count per operation and area; two plans saved at once must not share one.
  (t) => [uniqueIndex('plans_version_idx').on(t.operationId, t.areaCode, t.version)],
);

/** A staff position in a plan (PPL territory, PML team, KOSEKA), filled by a roster person or still to recruit. */
export const planSlots = pgTable(
  'plan_slots',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    role: staffRole('role').notNull(),
    districtCode: text('district_code').notNull(),
    /** the PML slot a PPL reports to */
    supervisorSlotId: integer('supervisor_slot_id'),
    staffId: integer('staff_id'),
    families: integer('families').notNull().default(0),
    onSiteDays: smallint('on_site_days').notNull().default(0),
    familiesPerDay: real('families_per_day').notNull().default(0),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    flag: text('flag'),
  },
  (t) => [
    index('plan_slots_plan_idx').on(t.planId, t.districtCode),
    index('plan_slots_staff_idx').on(t.staffId),
    // No person holds two slots of one plan, whatever the code filling them does.
    uniqueIndex('plan_slots_staff_once_idx').on(t.planId, t.staffId).where(sql`${t.staffId} is not null`),
  ],
);

/**
 * Which PPL slot works which families of an SLS. The planner gives each SLS to one slot; a coordinator may hand some
 * of its remaining families to another PPL, so an SLS can have a row per slot. `version` makes concurrent
 * reassignments detectable (a move names the version it saw, db/use-cases/move-work.ts).
 */
export const assignments = pgTable(
  'assignments',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    slsCode: text('sls_code').notNull(),
    slotId: integer('slot_id').notNull(),
    families: integer('families').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.slsCode, t.slotId] }),
    index('assignments_slot_idx').on(t.slotId),
    check('assignments_families_check', sql`${t.families} >= 0`),
  ],
);

/**
 * A PPL slot whose person dropped out (or whose position was given up before anyone was recruited): from that date
 * the slot is inactive and receives no work. One per slot, so two coordinators applying the same dropout cannot both.
 */
export const slotDropouts = pgTable('slot_dropouts', {
  slotId: integer('slot_id')
    .primaryKey()
    .references(() => planSlots.id, { onDelete: 'cascade' }),
  planId: integer('plan_id')
    .notNull()
    .references(() => plans.id, { onDelete: 'cascade' }),
  /** the roster person who held the slot, when one did */
  staffId: integer('staff_id'),
  fromDate: date('from_date', { mode: 'string' }).notNull(),
  reason: dropoutReason('reason').notNull(),
  note: text('note'),
  recordedBy: text('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A dated boat or plane leg for a remote village. */
export const charters = pgTable(
  'charters',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    villageCode: text('village_code').notNull(),
    mode: accessMode('mode').notNull(),
    kind: charterKind('kind').notNull(),
    tripDate: date('trip_date', { mode: 'string' }).notNull(),
    seats: smallint('seats').notNull(),
    costRupiah: bigint('cost_rupiah', { mode: 'number' }).notNull(),
  },
  (t) => [index('charters_plan_idx').on(t.planId, t.tripDate)],
);

/**
 * A charter trip of a plan (lib/charters/pooling): the kecamatan base → its stops → the base, with the people it
 * serves at each stop (slot labels). Plans saved before trips existed have per-village legs in `charters` instead.
 */
export const charterTrips = pgTable(
  'charter_trips',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    districtCode: text('district_code').notNull(),
    mode: accessMode('mode').$type<RemoteAccessMode>().notNull(),
    kind: tripKind('kind').notNull(),
    departDate: date('depart_date', { mode: 'string' }).notNull(),
    returnDate: date('return_date', { mode: 'string' }).notNull(),
    seats: smallint('seats').notNull(),
    seatsUsed: smallint('seats_used').notNull(),
    legs: smallint('legs').notNull(),
    costRupiah: bigint('cost_rupiah', { mode: 'number' }).notNull(),
    stops: jsonb('stops').$type<TripStop[]>().notNull(),
  },
  (t) => [index('charter_trips_plan_idx').on(t.planId, t.districtCode, t.departDate), uniqueIndex('charter_trips_label_idx').on(t.planId, t.label)],
);

/** The plan in force of an area: one per area, adopting another replaces it (coverage measures against it). */
export const planAdoptions = pgTable(
  'plan_adoptions',
  {
    operationId: integer('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    areaCode: text('area_code').notNull(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    adoptedBy: text('adopted_by'),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.areaCode] }), index('plan_adoptions_plan_idx').on(t.planId)],
);

// ---- intake and coverage ---------------------------------------------------------------------
/**
 * Interview metadata (never the questionnaire). Keyed by (regency_code, id) so that Citus can distribute the table by
 * regency: nothing here is unique across regencies. The family reference is kept only as a keyed hash.
 */
export const interviews = pgTable(
  'interviews',
  {
    /** client-generated: the same id twice counts once */
    id: uuid('id').notNull(),
    operationId: integer('operation_id').notNull(),
    regencyCode: text('regency_code').notNull(),
    districtCode: text('district_code').notNull(),
    villageCode: text('village_code').notNull(),
    slsCode: text('sls_code').notNull(),
    /** the PPL who did it (credited even outside their assignment) */
    pplStaffId: integer('ppl_staff_id').notNull(),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    outcome: interviewOutcome('outcome').notNull(),
    familySize: smallint('family_size'),
    /** HMAC-SHA256 (SIGAP_FAMILY_HASH_KEY) of the family reference, hex; `r:<id>` when the record names no family */
    familyKey: text('family_key').notNull(),
    /** sha256 of the canonical record: the same id with the same hash is a duplicate, with another a conflict */
    contentHash: text('content_hash').notNull(),
    /** the plan in force gives this SLS to another PPL: accepted, flagged for the coordinator */
    outsideAssignment: boolean('outside_assignment').notNull().default(false),
    submittedBy: text('submitted_by'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** arrival order: among records of one family on one day, the later arrival is the latest */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regencyCode, t.id] }),
    index('interviews_operation_id_idx').on(t.operationId, t.id),
    index('interviews_ppl_idx').on(t.operationId, t.pplStaffId),
    index('interviews_outside_idx').on(t.operationId, t.slsCode).where(sql`${t.outsideAssignment}`),
  ],
);

/** The latest record of each family (by visit_date, then seq): what the roll-ups count. */
export const interviewFamilies = pgTable(
  'interview_families',
  {
    operationId: integer('operation_id').notNull(),
    regencyCode: text('regency_code').notNull(),
    familyKey: text('family_key').notNull(),
    interviewId: uuid('interview_id').notNull(),
    slsCode: text('sls_code').notNull(),
    pplStaffId: integer('ppl_staff_id').notNull(),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    outcome: interviewOutcome('outcome').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.operationId, t.regencyCode, t.familyKey] }),
    // What a PPL finished of an SLS (a move hands over only the rest): one SLS's families, not a scan.
    index('interview_families_sls_idx').on(t.operationId, t.slsCode, t.pplStaffId),
  ],
);

/** The five outcome counters of a roll-up row: families whose latest record fell on that day with that outcome. */
const outcomeCounts = () => ({
  completed: integer('completed').notNull().default(0),
  refused: integer('refused').notNull().default(0),
  notHome: integer('not_home').notNull().default(0),
  moved: integer('moved').notNull().default(0),
  notFound: integer('not_found').notNull().default(0),
});

/**
 * Maintained roll-up, one row per area at every level ('ID', provinsi ... SLS) and day, written in the same
 * transaction as the records: a dashboard reads an area's row and its children's, never interviews.
 */
export const coverageDaily = pgTable(
  'coverage_daily',
  {
    operationId: integer('operation_id').notNull(),
    areaCode: text('area_code').notNull(),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    ...outcomeCounts(),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.areaCode, t.visitDate] })],
);

/** The same counts credited to the PPL of each family's latest record. */
export const coveragePplDaily = pgTable(
  'coverage_ppl_daily',
  {
    operationId: integer('operation_id').notNull(),
    pplStaffId: integer('ppl_staff_id').notNull(),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    ...outcomeCounts(),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.pplStaffId, t.visitDate] })],
);

/**
 * Maintained roll-up of what a plan plans: families a day for each kecamatan its PPL work in and every area above
 * (kabupaten, provinsi, 'ID'), from the slots' schedules. Written when the plan is adopted and changed by every move
 * and dropout inside it, so the planned curve of a large area costs its own rows, not a schedule per PPL.
 */
export const plannedDaily = pgTable(
  'planned_daily',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    areaCode: text('area_code').notNull(),
    planDate: date('plan_date', { mode: 'string' }).notNull(),
    families: integer('families').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.areaCode, t.planDate] })],
);

/** Target families and SLS of every area at every level incl. 'ID', refreshed from workloads (refreshAreaTargets). */
export const areaTargets = pgTable(
  'area_targets',
  {
    operationId: integer('operation_id').notNull(),
    areaCode: text('area_code').notNull(),
    families: integer('families').notNull(),
    sls: integer('sls').notNull(),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.areaCode] })],
);

// ---- audit -----------------------------------------------------------------------------------
/** Every change a person makes to plans, assignments and staff: who, when, what before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: text('user_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    /** what the entry is about, for the coordinators' log (per kecamatan, SLS and PPL) and its scope */
    areaCode: text('area_code'),
    planId: integer('plan_id'),
    slsCode: text('sls_code'),
    slotIds: integer('slot_ids').array(),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_area_idx').on(t.areaCode, t.at),
    index('audit_sls_idx').on(t.slsCode, t.at),
    index('audit_slots_idx').using('gin', t.slotIds),
  ],
);

/** Small key-value facts about the database itself (frame version, demo seed). */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// ---- relations -------------------------------------------------------------------------------
export const operationsRelations = relations(operations, ({ many }) => ({
  workloads: many(workloads),
  plans: many(plans),
  staff: many(staff),
}));
export const workloadsRelations = relations(workloads, ({ one }) => ({
  operation: one(operations, { fields: [workloads.operationId], references: [operations.id] }),
}));
export const plansRelations = relations(plans, ({ one, many }) => ({
  operation: one(operations, { fields: [plans.operationId], references: [operations.id] }),
  slots: many(planSlots),
  charters: many(charters),
  charterTrips: many(charterTrips),
}));
export const planSlotsRelations = relations(planSlots, ({ one }) => ({
  plan: one(plans, { fields: [planSlots.planId], references: [plans.id] }),
}));
export const chartersRelations = relations(charters, ({ one }) => ({
  plan: one(plans, { fields: [charters.planId], references: [plans.id] }),
}));
export const charterTripsRelations = relations(charterTrips, ({ one }) => ({
  plan: one(plans, { fields: [charterTrips.planId], references: [plans.id] }),
}));

export const usersRelations = relations(users, ({ many }) => ({
  areas: many(userAreas),
  sessions: many(sessions),
  tokens: many(apiTokens),
}));
export const userAreasRelations = relations(userAreas, ({ one }) => ({
  user: one(users, { fields: [userAreas.userId], references: [users.id] }),
}));
export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));
export const apiTokensRelations = relations(apiTokens, ({ one }) => ({
  user: one(users, { fields: [apiTokens.userId], references: [users.id] }),
}));

// ---- types -----------------------------------------------------------------------------------
export type Area = typeof areas.$inferSelect;
export type NewArea = typeof areas.$inferInsert;
export type Operation = typeof operations.$inferSelect;
export type NewOperation = typeof operations.$inferInsert;
export type Workload = typeof workloads.$inferSelect;
export type NewWorkload = typeof workloads.$inferInsert;
export type Staff = typeof staff.$inferSelect;
export type NewStaff = typeof staff.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserArea = typeof userAreas.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type Plan = typeof plans.$inferSelect;
export type PlanSlot = typeof planSlots.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type SlotDropout = typeof slotDropouts.$inferSelect;
export type Charter = typeof charters.$inferSelect;
export type CharterTripRow = typeof charterTrips.$inferSelect;
export type PlanAdoption = typeof planAdoptions.$inferSelect;
export type Interview = typeof interviews.$inferSelect;
export type NewInterview = typeof interviews.$inferInsert;
export type InterviewFamily = typeof interviewFamilies.$inferSelect;
export type CoverageDaily = typeof coverageDaily.$inferSelect;
export type CoveragePplDaily = typeof coveragePplDaily.$inferSelect;
export type AreaTarget = typeof areaTargets.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
