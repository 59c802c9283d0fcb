CREATE TABLE "session_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid,
	"role" text,
	"voting_right" boolean DEFAULT false NOT NULL,
	"substitute_for_id" uuid,
	"guest_name" text,
	"guest_organization" text,
	"status" text DEFAULT 'expected' NOT NULL,
	"arrived_at" timestamp with time zone,
	"left_at" timestamp with time zone,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_attendance_kind_check" CHECK ("session_attendance"."kind" in ('member','substitute','guest')),
	CONSTRAINT "session_attendance_status_check" CHECK ("session_attendance"."status" in ('expected','present','late','left_early','excused','absent')),
	CONSTRAINT "session_attendance_who_check" CHECK (("session_attendance"."kind" = 'guest' and ("session_attendance"."person_id" is not null or "session_attendance"."guest_name" is not null)) or ("session_attendance"."kind" <> 'guest' and "session_attendance"."person_id" is not null)),
	CONSTRAINT "session_attendance_substitute_check" CHECK (("session_attendance"."kind" = 'substitute') = ("session_attendance"."substitute_for_id" is not null)),
	CONSTRAINT "session_attendance_times_check" CHECK ("session_attendance"."left_at" is null or "session_attendance"."arrived_at" is null or "session_attendance"."left_at" >= "session_attendance"."arrived_at")
);
--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_substitute_for_id_persons_id_fk" FOREIGN KEY ("substitute_for_id") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_attendance_session_idx" ON "session_attendance" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_attendance_person_key" ON "session_attendance" USING btree ("session_id","person_id") WHERE "session_attendance"."person_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "session_attendance_seat_key" ON "session_attendance" USING btree ("session_id","substitute_for_id") WHERE "session_attendance"."substitute_for_id" is not null;--> statement-breakpoint
CREATE INDEX "session_attendance_person_idx" ON "session_attendance" USING btree ("person_id");