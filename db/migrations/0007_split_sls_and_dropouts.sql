CREATE TYPE "public"."dropout_reason" AS ENUM('resigned', 'sick', 'other');--> statement-breakpoint
CREATE TABLE "slot_dropouts" (
	"slot_id" integer PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"staff_id" integer,
	"from_date" date NOT NULL,
	"reason" "dropout_reason" NOT NULL,
	"note" text,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assignments" DROP CONSTRAINT "assignments_plan_id_sls_code_pk";--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_plan_id_sls_code_slot_id_pk" PRIMARY KEY("plan_id","sls_code","slot_id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "area_code" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "plan_id" integer;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "sls_code" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "slot_ids" integer[];--> statement-breakpoint
ALTER TABLE "slot_dropouts" ADD CONSTRAINT "slot_dropouts_slot_id_plan_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."plan_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot_dropouts" ADD CONSTRAINT "slot_dropouts_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_area_idx" ON "audit_log" USING btree ("area_code","at");--> statement-breakpoint
CREATE INDEX "audit_sls_idx" ON "audit_log" USING btree ("sls_code","at");--> statement-breakpoint
CREATE INDEX "audit_slots_idx" ON "audit_log" USING gin ("slot_ids");--> statement-breakpoint
CREATE INDEX "interview_families_sls_idx" ON "interview_families" USING btree ("operation_id","sls_code","ppl_staff_id");--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_families_check" CHECK ("assignments"."families" >= 0);