CREATE TABLE "area_targets" (
	"operation_id" integer NOT NULL,
	"area_code" text NOT NULL,
	"families" integer NOT NULL,
	"sls" integer NOT NULL,
	CONSTRAINT "area_targets_operation_id_area_code_pk" PRIMARY KEY("operation_id","area_code")
);
--> statement-breakpoint
CREATE TABLE "coverage_daily" (
	"operation_id" integer NOT NULL,
	"area_code" text NOT NULL,
	"visit_date" date NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"not_home" integer DEFAULT 0 NOT NULL,
	"moved" integer DEFAULT 0 NOT NULL,
	"not_found" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "coverage_daily_operation_id_area_code_visit_date_pk" PRIMARY KEY("operation_id","area_code","visit_date")
);
--> statement-breakpoint
CREATE TABLE "coverage_ppl_daily" (
	"operation_id" integer NOT NULL,
	"ppl_staff_id" integer NOT NULL,
	"visit_date" date NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"not_home" integer DEFAULT 0 NOT NULL,
	"moved" integer DEFAULT 0 NOT NULL,
	"not_found" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "coverage_ppl_daily_operation_id_ppl_staff_id_visit_date_pk" PRIMARY KEY("operation_id","ppl_staff_id","visit_date")
);
--> statement-breakpoint
CREATE TABLE "interview_families" (
	"operation_id" integer NOT NULL,
	"regency_code" text NOT NULL,
	"family_key" text NOT NULL,
	"interview_id" uuid NOT NULL,
	"sls_code" text NOT NULL,
	"ppl_staff_id" integer NOT NULL,
	"visit_date" date NOT NULL,
	"outcome" "interview_outcome" NOT NULL,
	"seq" bigint NOT NULL,
	CONSTRAINT "interview_families_operation_id_regency_code_family_key_pk" PRIMARY KEY("operation_id","regency_code","family_key")
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid NOT NULL,
	"operation_id" integer NOT NULL,
	"regency_code" text NOT NULL,
	"district_code" text NOT NULL,
	"village_code" text NOT NULL,
	"sls_code" text NOT NULL,
	"ppl_staff_id" integer NOT NULL,
	"visit_date" date NOT NULL,
	"outcome" "interview_outcome" NOT NULL,
	"family_size" smallint,
	"family_key" text NOT NULL,
	"content_hash" text NOT NULL,
	"outside_assignment" boolean DEFAULT false NOT NULL,
	"submitted_by" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigserial NOT NULL,
	CONSTRAINT "interviews_regency_code_id_pk" PRIMARY KEY("regency_code","id")
);
--> statement-breakpoint
CREATE TABLE "plan_adoptions" (
	"operation_id" integer NOT NULL,
	"area_code" text NOT NULL,
	"plan_id" integer NOT NULL,
	"adopted_by" text,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_adoptions_operation_id_area_code_pk" PRIMARY KEY("operation_id","area_code")
);
--> statement-breakpoint
ALTER TABLE "operations" ADD COLUMN "clock_date" date;--> statement-breakpoint
ALTER TABLE "plan_adoptions" ADD CONSTRAINT "plan_adoptions_operation_id_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."operations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_adoptions" ADD CONSTRAINT "plan_adoptions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interviews_operation_id_idx" ON "interviews" USING btree ("operation_id","id");--> statement-breakpoint
CREATE INDEX "interviews_ppl_idx" ON "interviews" USING btree ("operation_id","ppl_staff_id");--> statement-breakpoint
CREATE INDEX "interviews_outside_idx" ON "interviews" USING btree ("operation_id","sls_code") WHERE "interviews"."outside_assignment";--> statement-breakpoint
CREATE INDEX "plan_adoptions_plan_idx" ON "plan_adoptions" USING btree ("plan_id");