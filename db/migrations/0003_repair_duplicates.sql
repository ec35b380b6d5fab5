-- Repairs what concurrent saves and repeated roster uploads may have left behind, so that the unique indexes of the
-- next migration can be built on a database that already holds data. Written by hand: drizzle-kit generates only
-- schema changes (this file came from `drizzle-kit generate --custom`).

-- Plans saved at once could share a version: number each area's plans again in the order they were made.
UPDATE "plans" p SET "version" = r.n
  FROM (SELECT "id", row_number() OVER (PARTITION BY "operation_id", "area_code" ORDER BY "version", "id") AS n FROM "plans") r
 WHERE r."id" = p."id" AND p."version" <> r.n;
--> statement-breakpoint
-- Phones in the one form people are recognised by: digits only, the 62 country code written as a leading 0.
UPDATE "staff" SET "phone" = nullif(regexp_replace(regexp_replace("phone", '[^0-9]', '', 'g'), '^62', '0'), '')
 WHERE "phone" IS NOT NULL;
--> statement-breakpoint
UPDATE "staff" SET "name" = btrim("name") WHERE "name" <> btrim("name");
--> statement-breakpoint
-- A roster posted twice: each person's first row stays, everything that named a copy names it, the copies go.
CREATE TEMPORARY TABLE "staff_copies" AS
  SELECT "id", "keep" FROM (
    SELECT "id", min("id") OVER (PARTITION BY "operation_id", "phone") AS "keep" FROM "staff" WHERE "phone" IS NOT NULL
    UNION ALL
    SELECT "id", min("id") OVER (PARTITION BY "operation_id", lower("name"), "home_area_code") FROM "staff"
     WHERE "phone" IS NULL AND "home_area_code" IS NOT NULL
  ) d WHERE "id" <> "keep";
--> statement-breakpoint
UPDATE "plan_slots" s SET "staff_id" = c."keep" FROM "staff_copies" c WHERE s."staff_id" = c."id";
--> statement-breakpoint
UPDATE "staff" s SET "supervisor_id" = c."keep" FROM "staff_copies" c WHERE s."supervisor_id" = c."id";
--> statement-breakpoint
UPDATE "users" u SET "staff_id" = c."keep" FROM "staff_copies" c WHERE u."staff_id" = c."id";
--> statement-breakpoint
UPDATE "interviews" i SET "ppl_staff_id" = c."keep" FROM "staff_copies" c WHERE i."ppl_staff_id" = c."id";
--> statement-breakpoint
UPDATE "staff" k SET "user_id" = s."user_id" FROM "staff_copies" c JOIN "staff" s ON s."id" = c."id"
 WHERE k."id" = c."keep" AND k."user_id" IS NULL AND s."user_id" IS NOT NULL;
--> statement-breakpoint
DELETE FROM "staff" s USING "staff_copies" c WHERE s."id" = c."id";
--> statement-breakpoint
DROP TABLE "staff_copies";
--> statement-breakpoint
-- A person in two slots of one plan keeps the first; the others are to recruit again.
UPDATE "plan_slots" s SET "staff_id" = NULL
  FROM (SELECT "id", row_number() OVER (PARTITION BY "plan_id", "staff_id" ORDER BY "id") AS n FROM "plan_slots" WHERE "staff_id" IS NOT NULL) r
 WHERE r."id" = s."id" AND r.n > 1;
