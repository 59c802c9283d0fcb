CREATE TABLE "agenda_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"agenda_item_id" uuid,
	"text" text NOT NULL,
	"proposer_person_id" uuid,
	"proposer_name" text,
	"decision" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "agenda_amendments_kind_check" CHECK ("agenda_amendments"."kind" in ('add','withdraw','move')),
	CONSTRAINT "agenda_amendments_decision_check" CHECK ("agenda_amendments"."decision" in ('accepted','rejected'))
);
--> statement-breakpoint
CREATE TABLE "agenda_item_proceedings" (
	"agenda_item_id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"outcome" text,
	"resolution_text" text,
	"in_consent_block" boolean DEFAULT false NOT NULL,
	"outcome_recorded_at" timestamp with time zone,
	"outcome_recorded_by" uuid,
	"speaking_limit_seconds" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_item_proceedings_outcome_check" CHECK ("agenda_item_proceedings"."outcome" is null or "agenda_item_proceedings"."outcome" in ('noted','adopted','adopted_with_amendments','postponed','withdrawn','rejected')),
	CONSTRAINT "agenda_item_proceedings_amended_check" CHECK ("agenda_item_proceedings"."outcome" is distinct from 'adopted_with_amendments' or "agenda_item_proceedings"."resolution_text" is not null),
	CONSTRAINT "agenda_item_proceedings_limit_check" CHECK ("agenda_item_proceedings"."speaking_limit_seconds" is null or "agenda_item_proceedings"."speaking_limit_seconds" > 0)
);
--> statement-breakpoint
CREATE TABLE "meeting_states" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"current_item_id" uuid,
	"current_item_since" timestamp with time zone,
	"agenda_adopted_at" timestamp with time zone,
	"agenda_adopted_by" uuid,
	"consent_block_adopted_at" timestamp with time zone,
	"consent_block_adopted_by" uuid,
	"speaking_limit_seconds" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_states_limit_check" CHECK ("meeting_states"."speaking_limit_seconds" is null or "meeting_states"."speaking_limit_seconds" > 0)
);
--> statement-breakpoint
CREATE TABLE "speaker_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text DEFAULT 'speech' NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"queue_position" integer NOT NULL,
	"source" text DEFAULT 'request' NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"limit_seconds" integer,
	"granted_by" uuid,
	CONSTRAINT "speaker_requests_kind_check" CHECK ("speaker_requests"."kind" in ('speech','reply')),
	CONSTRAINT "speaker_requests_status_check" CHECK ("speaker_requests"."status" in ('waiting','speaking','done','withdrawn')),
	CONSTRAINT "speaker_requests_source_check" CHECK ("speaker_requests"."source" in ('request','chair','position')),
	CONSTRAINT "speaker_requests_limit_check" CHECK ("speaker_requests"."limit_seconds" is null or "speaker_requests"."limit_seconds" > 0)
);
--> statement-breakpoint
ALTER TABLE "agenda_amendments" ADD CONSTRAINT "agenda_amendments_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_amendments" ADD CONSTRAINT "agenda_amendments_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_amendments" ADD CONSTRAINT "agenda_amendments_proposer_person_id_persons_id_fk" FOREIGN KEY ("proposer_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_amendments" ADD CONSTRAINT "agenda_amendments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_proceedings" ADD CONSTRAINT "agenda_item_proceedings_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_proceedings" ADD CONSTRAINT "agenda_item_proceedings_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_proceedings" ADD CONSTRAINT "agenda_item_proceedings_outcome_recorded_by_users_id_fk" FOREIGN KEY ("outcome_recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_states" ADD CONSTRAINT "meeting_states_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_states" ADD CONSTRAINT "meeting_states_current_item_id_agenda_items_id_fk" FOREIGN KEY ("current_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_states" ADD CONSTRAINT "meeting_states_agenda_adopted_by_users_id_fk" FOREIGN KEY ("agenda_adopted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_states" ADD CONSTRAINT "meeting_states_consent_block_adopted_by_users_id_fk" FOREIGN KEY ("consent_block_adopted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_requests" ADD CONSTRAINT "speaker_requests_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_requests" ADD CONSTRAINT "speaker_requests_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_requests" ADD CONSTRAINT "speaker_requests_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_requests" ADD CONSTRAINT "speaker_requests_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_amendments_session_idx" ON "agenda_amendments" USING btree ("session_id","recorded_at");--> statement-breakpoint
CREATE INDEX "agenda_item_proceedings_session_idx" ON "agenda_item_proceedings" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "speaker_requests_item_idx" ON "speaker_requests" USING btree ("agenda_item_id","status","queue_position");--> statement-breakpoint
CREATE UNIQUE INDEX "speaker_requests_open_key" ON "speaker_requests" USING btree ("agenda_item_id","person_id") WHERE "speaker_requests"."status" in ('waiting','speaking');--> statement-breakpoint
CREATE UNIQUE INDEX "speaker_requests_speaking_key" ON "speaker_requests" USING btree ("session_id") WHERE "speaker_requests"."status" = 'speaking';