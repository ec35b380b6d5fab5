CREATE TYPE "public"."trip_kind" AS ENUM('inbound', 'outbound', 'supervision', 'move');--> statement-breakpoint
CREATE TABLE "charter_trips" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"label" text NOT NULL,
	"district_code" text NOT NULL,
	"mode" "access_mode" NOT NULL,
	"kind" "trip_kind" NOT NULL,
	"depart_date" date NOT NULL,
	"return_date" date NOT NULL,
	"seats" smallint NOT NULL,
	"seats_used" smallint NOT NULL,
	"legs" smallint NOT NULL,
	"cost_rupiah" bigint NOT NULL,
	"stops" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "charter_trips" ADD CONSTRAINT "charter_trips_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "charter_trips_plan_idx" ON "charter_trips" USING btree ("plan_id","district_code","depart_date");--> statement-breakpoint
CREATE UNIQUE INDEX "charter_trips_label_idx" ON "charter_trips" USING btree ("plan_id","label");