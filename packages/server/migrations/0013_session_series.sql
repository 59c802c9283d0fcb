CREATE TABLE "session_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" text DEFAULT 'regular' NOT NULL,
	"title" text,
	"rrule" text NOT NULL,
	"starts_on" date NOT NULL,
	"start_time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"time_zone" text NOT NULL,
	"place" text,
	"online_url" text,
	"ends_on" date,
	"previous_series_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_series_kind_check" CHECK ("session_series"."kind" in ('regular','extraordinary')),
	CONSTRAINT "session_series_time_check" CHECK ("session_series"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "session_series_duration_check" CHECK ("session_series"."duration_minutes" between 1 and 1440),
	CONSTRAINT "session_series_ends_check" CHECK ("session_series"."ends_on" is null or "session_series"."ends_on" >= "session_series"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "session_series_occurrences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"original_start" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"moved_start" timestamp with time zone,
	"moved_end" timestamp with time zone,
	"place" text,
	"online_url" text,
	"session_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_series_occurrences_moved_check" CHECK ("session_series_occurrences"."moved_end" is null or ("session_series_occurrences"."moved_start" is not null and "session_series_occurrences"."moved_end" > "session_series_occurrences"."moved_start"))
);
--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_previous_series_id_session_series_id_fk" FOREIGN KEY ("previous_series_id") REFERENCES "public"."session_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series_occurrences" ADD CONSTRAINT "session_series_occurrences_series_id_session_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."session_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series_occurrences" ADD CONSTRAINT "session_series_occurrences_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_series_body_idx" ON "session_series" USING btree ("body_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_series_occurrences_start_key" ON "session_series_occurrences" USING btree ("series_id","original_start");--> statement-breakpoint
CREATE UNIQUE INDEX "session_series_occurrences_session_key" ON "session_series_occurrences" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "session_series_occurrences_moved_idx" ON "session_series_occurrences" USING btree ("moved_start");