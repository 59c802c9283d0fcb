CREATE TABLE "agenda_item_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" text NOT NULL,
	"reason" text,
	"recorded_by_person_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agenda_item_positions_position_check" CHECK ("agenda_item_positions"."position" in ('agree','object','wish_to_speak','conflict_of_interest')),
	CONSTRAINT "agenda_item_positions_conflict_reason_check" CHECK ("agenda_item_positions"."position" <> 'conflict_of_interest' or "agenda_item_positions"."reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "consent_block_exclusions" (
	"agenda_item_id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"excluded_by" uuid,
	"excluded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_item_positions" ADD CONSTRAINT "agenda_item_positions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_positions" ADD CONSTRAINT "agenda_item_positions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_positions" ADD CONSTRAINT "agenda_item_positions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_positions" ADD CONSTRAINT "agenda_item_positions_recorded_by_person_id_persons_id_fk" FOREIGN KEY ("recorded_by_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_block_exclusions" ADD CONSTRAINT "consent_block_exclusions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_block_exclusions" ADD CONSTRAINT "consent_block_exclusions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_block_exclusions" ADD CONSTRAINT "consent_block_exclusions_excluded_by_users_id_fk" FOREIGN KEY ("excluded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_item_positions_item_person_key" ON "agenda_item_positions" USING btree ("agenda_item_id","person_id");--> statement-breakpoint
CREATE INDEX "agenda_item_positions_session_idx" ON "agenda_item_positions" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "consent_block_exclusions_session_idx" ON "consent_block_exclusions" USING btree ("session_id");