CREATE TABLE "body_member_organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_member_organizations_dates_check" CHECK ("body_member_organizations"."left_on" is null or "body_member_organizations"."left_on" >= "body_member_organizations"."joined_on")
);
--> statement-breakpoint
CREATE TABLE "representation_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "slot_id" uuid;--> statement-breakpoint
ALTER TABLE "body_member_organizations" ADD CONSTRAINT "body_member_organizations_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_member_organizations" ADD CONSTRAINT "body_member_organizations_member_id_organizations_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representation_slots" ADD CONSTRAINT "representation_slots_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "body_member_organizations_body_idx" ON "body_member_organizations" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "body_member_organizations_member_idx" ON "body_member_organizations" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "body_member_organizations_open_key" ON "body_member_organizations" USING btree ("body_id","member_id") WHERE "body_member_organizations"."left_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "representation_slots_body_key" ON "representation_slots" USING btree ("body_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "representation_slots_id_body_key" ON "representation_slots" USING btree ("id","body_id");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_slot_fk" FOREIGN KEY ("slot_id","body_id") REFERENCES "public"."representation_slots"("id","body_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memberships_slot_idx" ON "memberships" USING btree ("slot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_open_slot_key" ON "memberships" USING btree ("slot_id","represents_id") WHERE "memberships"."slot_id" is not null and "memberships"."end_date" is null;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_slot_represents_check" CHECK ("memberships"."slot_id" is null or "memberships"."represents_id" is not null);