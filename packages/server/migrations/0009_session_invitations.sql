CREATE TABLE "session_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"answer" text,
	"answer_note" text,
	"answered_at" timestamp with time zone,
	"sent_substitute_id" uuid,
	"answer_token" text NOT NULL,
	"mail_status" text DEFAULT 'none' NOT NULL,
	"mail_error" text,
	"mailed_at" timestamp with time zone,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_invitations_role_check" CHECK ("session_invitations"."role" in ('member','substitute','guest')),
	CONSTRAINT "session_invitations_answer_check" CHECK ("session_invitations"."answer" is null or "session_invitations"."answer" in ('attend','excused','substitute')),
	CONSTRAINT "session_invitations_mail_status_check" CHECK ("session_invitations"."mail_status" in ('none','pending','sent','failed')),
	CONSTRAINT "session_invitations_substitute_check" CHECK (("session_invitations"."answer" = 'substitute') = ("session_invitations"."sent_substitute_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "session_mailings" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"mailed_facts" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_reminders" (
	"session_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"lead_hours" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_reminders_session_id_starts_at_lead_hours_pk" PRIMARY KEY("session_id","starts_at","lead_hours")
);
--> statement-breakpoint
ALTER TABLE "session_invitations" ADD CONSTRAINT "session_invitations_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_invitations" ADD CONSTRAINT "session_invitations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_invitations" ADD CONSTRAINT "session_invitations_sent_substitute_id_persons_id_fk" FOREIGN KEY ("sent_substitute_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_invitations" ADD CONSTRAINT "session_invitations_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_mailings" ADD CONSTRAINT "session_mailings_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_reminders" ADD CONSTRAINT "session_reminders_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "session_invitations_session_person_key" ON "session_invitations" USING btree ("session_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_invitations_token_key" ON "session_invitations" USING btree ("answer_token");--> statement-breakpoint
CREATE INDEX "session_invitations_person_idx" ON "session_invitations" USING btree ("person_id");