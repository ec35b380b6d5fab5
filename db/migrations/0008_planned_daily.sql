CREATE TABLE "planned_daily" (
	"plan_id" integer NOT NULL,
	"area_code" text NOT NULL,
	"plan_date" date NOT NULL,
	"families" integer NOT NULL,
	CONSTRAINT "planned_daily_plan_id_area_code_plan_date_pk" PRIMARY KEY("plan_id","area_code","plan_date")
);
--> statement-breakpoint
ALTER TABLE "planned_daily" ADD CONSTRAINT "planned_daily_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;