CREATE TYPE "public"."access_mode" AS ENUM('road', 'boat', 'plane', 'foot');--> statement-breakpoint
CREATE TYPE "public"."area_level" AS ENUM('provinsi', 'kabupaten', 'kecamatan', 'desa', 'sls');--> statement-breakpoint
CREATE TYPE "public"."charter_kind" AS ENUM('inbound', 'outbound', 'supervision');--> statement-breakpoint
CREATE TYPE "public"."interview_outcome" AS ENUM('completed', 'refused', 'not_home', 'moved', 'not_found');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('draft', 'saving', 'saved', 'failed');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('ppl', 'pml', 'koseka');--> statement-breakpoint
CREATE TYPE "public"."staff_status" AS ENUM('candidate', 'active', 'dropped_out');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('office_head', 'koseka', 'pml', 'ppl', 'stakeholder', 'entry_system');--> statement-breakpoint
CREATE TABLE "areas" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"level" "area_level" NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"plan_id" integer NOT NULL,
	"sls_code" text NOT NULL,
	"slot_id" integer NOT NULL,
	"families" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_plan_id_sls_code_pk" PRIMARY KEY("plan_id","sls_code")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "charters" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"village_code" text NOT NULL,
	"mode" "access_mode" NOT NULL,
	"kind" charter_kind NOT NULL,
	"trip_date" date NOT NULL,
	"seats" smallint NOT NULL,
	"cost_rupiah" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_daily" (
	"operation_id" integer NOT NULL,
	"sls_code" text NOT NULL,
	"visit_date" date NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"not_home" integer DEFAULT 0 NOT NULL,
	"moved" integer DEFAULT 0 NOT NULL,
	"not_found" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "coverage_daily_operation_id_sls_code_visit_date_pk" PRIMARY KEY("operation_id","sls_code","visit_date")
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" text PRIMARY KEY NOT NULL,
	"operation_id" integer NOT NULL,
	"sls_code" text NOT NULL,
	"regency_code" text NOT NULL,
	"ppl_staff_id" integer,
	"visit_date" date NOT NULL,
	"outcome" "interview_outcome" NOT NULL,
	"family_size" smallint,
	"family_hash" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operations" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"area_code" text NOT NULL,
	"window_start" date NOT NULL,
	"window_end" date NOT NULL,
	"params" jsonb NOT NULL,
	"public_progress" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_slots" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"label" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"district_code" text NOT NULL,
	"supervisor_slot_id" integer,
	"staff_id" integer,
	"families" integer DEFAULT 0 NOT NULL,
	"on_site_days" smallint DEFAULT 0 NOT NULL,
	"families_per_day" real DEFAULT 0 NOT NULL,
	"start_date" date,
	"end_date" date,
	"flag" text
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"operation_id" integer NOT NULL,
	"area_code" text NOT NULL,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" "plan_status" DEFAULT 'draft' NOT NULL,
	"params" jsonb NOT NULL,
	"summary" jsonb,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" serial PRIMARY KEY NOT NULL,
	"operation_id" integer NOT NULL,
	"name" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"phone" text,
	"home_area_code" text,
	"supervisor_id" integer,
	"status" "staff_status" DEFAULT 'active' NOT NULL,
	"user_id" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"area_code" text NOT NULL,
	"staff_id" integer,
	"password_hash" text,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "workloads" (
	"operation_id" integer NOT NULL,
	"sls_code" text NOT NULL,
	"village_code" text NOT NULL,
	"district_code" text NOT NULL,
	"regency_code" text NOT NULL,
	"province_code" text NOT NULL,
	"families" integer NOT NULL,
	"access_mode" "access_mode" DEFAULT 'road' NOT NULL,
	"travel_days_one_way" smallint DEFAULT 0 NOT NULL,
	"local_staff" boolean DEFAULT true NOT NULL,
	CONSTRAINT "workloads_operation_id_sls_code_pk" PRIMARY KEY("operation_id","sls_code")
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charters" ADD CONSTRAINT "charters_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_slots" ADD CONSTRAINT "plan_slots_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workloads" ADD CONSTRAINT "workloads_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "areas_parent_idx" ON "areas" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "areas_name_idx" ON "areas" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "assignments_slot_idx" ON "assignments" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "charters_plan_idx" ON "charters" USING btree ("plan_id","trip_date");--> statement-breakpoint
CREATE INDEX "interviews_family_idx" ON "interviews" USING btree ("operation_id","family_hash");--> statement-breakpoint
CREATE INDEX "interviews_sls_idx" ON "interviews" USING btree ("operation_id","sls_code","visit_date");--> statement-breakpoint
CREATE INDEX "plan_slots_plan_idx" ON "plan_slots" USING btree ("plan_id","district_code");--> statement-breakpoint
CREATE INDEX "plan_slots_staff_idx" ON "plan_slots" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "plans_operation_idx" ON "plans" USING btree ("operation_id","area_code");--> statement-breakpoint
CREATE INDEX "staff_operation_idx" ON "staff" USING btree ("operation_id","role");--> statement-breakpoint
CREATE INDEX "workloads_village_idx" ON "workloads" USING btree ("operation_id","village_code");--> statement-breakpoint
CREATE INDEX "workloads_district_idx" ON "workloads" USING btree ("operation_id","district_code");--> statement-breakpoint
CREATE INDEX "workloads_regency_idx" ON "workloads" USING btree ("operation_id","regency_code");