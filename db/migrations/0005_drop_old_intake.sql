DROP TABLE "coverage_daily" CASCADE;--> statement-breakpoint
DROP TABLE "interviews" CASCADE;