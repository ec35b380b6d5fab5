DROP INDEX "plans_operation_idx";--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "progress_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "failure" text;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_slots_staff_once_idx" ON "plan_slots" USING btree ("plan_id","staff_id") WHERE "plan_slots"."staff_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_version_idx" ON "plans" USING btree ("operation_id","area_code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_phone_idx" ON "staff" USING btree ("operation_id","phone") WHERE "staff"."phone" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_name_village_idx" ON "staff" USING btree ("operation_id",lower("name"),"home_area_code") WHERE "staff"."phone" is null;