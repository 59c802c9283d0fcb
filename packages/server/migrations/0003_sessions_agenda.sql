CREATE TABLE "agenda_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"change" text NOT NULL,
	"from_number" text,
	"to_number" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	CONSTRAINT "agenda_changes_change_check" CHECK ("agenda_changes"."change" in ('added','withdrawn','moved'))
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"rapporteur_person_id" uuid,
	"rapporteur_organization_id" uuid,
	"estimated_minutes" integer,
	"is_public" boolean DEFAULT true NOT NULL,
	"proposed_resolution" text,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_items_kind_check" CHECK ("agenda_items"."kind" in ('information','decision','discussion','report','consent_request','any_other_business')),
	CONSTRAINT "agenda_items_minutes_check" CHECK ("agenda_items"."estimated_minutes" is null or "agenda_items"."estimated_minutes" > 0),
	CONSTRAINT "agenda_items_position_check" CHECK ("agenda_items"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "session_numbers" (
	"body_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "session_numbers_body_id_kind_pk" PRIMARY KEY("body_id","kind")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" integer NOT NULL,
	"title" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"deadline_at" timestamp with time zone,
	"time_zone" text NOT NULL,
	"place" text,
	"online_url" text,
	"notes" text,
	"status_reason" text,
	"convened_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agenda_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_kind_check" CHECK ("sessions"."kind" in ('regular','extraordinary','correspondence')),
	CONSTRAINT "sessions_status_check" CHECK ("sessions"."status" in ('draft','convened','in_progress','closed','cancelled','postponed')),
	CONSTRAINT "sessions_number_check" CHECK ("sessions"."number" > 0),
	CONSTRAINT "sessions_times_check" CHECK ("sessions"."ends_at" is null or "sessions"."starts_at" is null or "sessions"."ends_at" > "sessions"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "agenda_changes" ADD CONSTRAINT "agenda_changes_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_changes" ADD CONSTRAINT "agenda_changes_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_changes" ADD CONSTRAINT "agenda_changes_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_parent_id_agenda_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_rapporteur_person_id_persons_id_fk" FOREIGN KEY ("rapporteur_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_rapporteur_organization_id_organizations_id_fk" FOREIGN KEY ("rapporteur_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_numbers" ADD CONSTRAINT "session_numbers_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_changes_session_idx" ON "agenda_changes" USING btree ("session_id","occurred_at");--> statement-breakpoint
CREATE INDEX "agenda_items_session_idx" ON "agenda_items" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "agenda_items_parent_idx" ON "agenda_items" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_body_kind_number_key" ON "sessions" USING btree ("body_id","kind","number");--> statement-breakpoint
CREATE INDEX "sessions_body_starts_idx" ON "sessions" USING btree ("body_id","starts_at");