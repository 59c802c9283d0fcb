CREATE TABLE "poll_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"poll_id" uuid NOT NULL,
	"option_id" uuid NOT NULL,
	"receipt_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "poll_casts" (
	"poll_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"person_id" uuid NOT NULL,
	"acknowledged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "poll_casts_poll_id_user_id_idempotency_key_pk" PRIMARY KEY("poll_id","user_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "poll_electors" (
	"poll_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"voter_person_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "poll_electors_poll_id_person_id_pk" PRIMARY KEY("poll_id","person_id"),
	CONSTRAINT "poll_electors_basis_check" CHECK ("poll_electors"."basis" in ('member','substitute','proxy')),
	CONSTRAINT "poll_electors_weight_check" CHECK ("poll_electors"."weight" > 0)
);
--> statement-breakpoint
CREATE TABLE "poll_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"poll_id" uuid NOT NULL,
	"role" text NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "poll_options_role_check" CHECK ("poll_options"."role" in ('for','against','abstain','choice'))
);
--> statement-breakpoint
CREATE TABLE "poll_participations" (
	"poll_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"cast_by_person_id" uuid,
	"recorded_by" uuid,
	"voted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "poll_participations_poll_id_person_id_pk" PRIMARY KEY("poll_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "poll_votes" (
	"poll_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"option_id" uuid NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"cast_at" timestamp with time zone NOT NULL,
	CONSTRAINT "poll_votes_poll_id_person_id_pk" PRIMARY KEY("poll_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"subject" text NOT NULL,
	"title" text NOT NULL,
	"method" text NOT NULL,
	"kind" text NOT NULL,
	"majority_rule" text NOT NULL,
	"abstentions" text NOT NULL,
	"tie_break" text NOT NULL,
	"weighted" boolean DEFAULT false NOT NULL,
	"applies_outcome" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"closes_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"opened_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"quorum_at_open" jsonb,
	"quorum_at_close" jsonb,
	"result" jsonb,
	"annulled_at" timestamp with time zone,
	"annulled_by" uuid,
	"annulled_reason" text,
	"repeat_of_poll_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "polls_subject_check" CHECK ("polls"."subject" in ('resolution','amendment','agenda','minutes','other')),
	CONSTRAINT "polls_method_check" CHECK ("polls"."method" in ('hands_totals','hands_named','named','secret')),
	CONSTRAINT "polls_kind_check" CHECK ("polls"."kind" in ('yes_no','choice')),
	CONSTRAINT "polls_majority_check" CHECK ("polls"."majority_rule" in ('simple','absolute','two_thirds_present','two_thirds_members','consensus')),
	CONSTRAINT "polls_abstentions_check" CHECK ("polls"."abstentions" in ('ignored','counted')),
	CONSTRAINT "polls_tie_check" CHECK ("polls"."tie_break" in ('rejected','chair_decides')),
	CONSTRAINT "polls_status_check" CHECK ("polls"."status" in ('draft','open','closed','annulled')),
	CONSTRAINT "polls_item_check" CHECK ("polls"."agenda_item_id" is not null or "polls"."subject" in ('agenda','other')),
	CONSTRAINT "polls_secret_unweighted_check" CHECK (not ("polls"."method" = 'secret' and "polls"."weighted")),
	CONSTRAINT "polls_annulled_reason_check" CHECK ("polls"."status" <> 'annulled' or "polls"."annulled_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "proxy_delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"from_person_id" uuid NOT NULL,
	"to_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "proxy_delegations_self_check" CHECK ("proxy_delegations"."from_person_id" <> "proxy_delegations"."to_person_id")
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "vote_weight" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "poll_ballots" ADD CONSTRAINT "poll_ballots_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_ballots" ADD CONSTRAINT "poll_ballots_option_id_poll_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."poll_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_casts" ADD CONSTRAINT "poll_casts_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_casts" ADD CONSTRAINT "poll_casts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_casts" ADD CONSTRAINT "poll_casts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_electors" ADD CONSTRAINT "poll_electors_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_electors" ADD CONSTRAINT "poll_electors_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_electors" ADD CONSTRAINT "poll_electors_voter_person_id_persons_id_fk" FOREIGN KEY ("voter_person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_options" ADD CONSTRAINT "poll_options_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_participations" ADD CONSTRAINT "poll_participations_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_participations" ADD CONSTRAINT "poll_participations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_participations" ADD CONSTRAINT "poll_participations_cast_by_person_id_persons_id_fk" FOREIGN KEY ("cast_by_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_participations" ADD CONSTRAINT "poll_participations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_votes" ADD CONSTRAINT "poll_votes_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_votes" ADD CONSTRAINT "poll_votes_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_votes" ADD CONSTRAINT "poll_votes_option_id_poll_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."poll_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_annulled_by_users_id_fk" FOREIGN KEY ("annulled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_delegations" ADD CONSTRAINT "proxy_delegations_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_delegations" ADD CONSTRAINT "proxy_delegations_from_person_id_persons_id_fk" FOREIGN KEY ("from_person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_delegations" ADD CONSTRAINT "proxy_delegations_to_person_id_persons_id_fk" FOREIGN KEY ("to_person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_delegations" ADD CONSTRAINT "proxy_delegations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_delegations" ADD CONSTRAINT "proxy_delegations_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "poll_ballots_receipt_key" ON "poll_ballots" USING btree ("poll_id","receipt_hash");--> statement-breakpoint
CREATE INDEX "poll_ballots_option_idx" ON "poll_ballots" USING btree ("poll_id","option_id");--> statement-breakpoint
CREATE INDEX "poll_electors_voter_idx" ON "poll_electors" USING btree ("poll_id","voter_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "poll_options_position_key" ON "poll_options" USING btree ("poll_id","position");--> statement-breakpoint
CREATE INDEX "poll_votes_option_idx" ON "poll_votes" USING btree ("poll_id","option_id");--> statement-breakpoint
CREATE INDEX "polls_session_idx" ON "polls" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "polls_item_idx" ON "polls" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "polls_closes_at_idx" ON "polls" USING btree ("closes_at") WHERE "polls"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "proxy_delegations_from_key" ON "proxy_delegations" USING btree ("session_id","from_person_id") WHERE "proxy_delegations"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "proxy_delegations_to_key" ON "proxy_delegations" USING btree ("session_id","to_person_id") WHERE "proxy_delegations"."revoked_at" is null;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_vote_weight_check" CHECK ("memberships"."vote_weight" between 1 and 1000000);