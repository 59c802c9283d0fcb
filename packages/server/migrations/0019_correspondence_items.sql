CREATE TABLE "correspondence_items" (
	"agenda_item_id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"carried_to_item_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "correspondence_positions" (
	"agenda_item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "correspondence_positions_agenda_item_id_person_id_pk" PRIMARY KEY("agenda_item_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "correspondence_reminders" (
	"agenda_item_id" uuid NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"lead_hours" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "correspondence_reminders_agenda_item_id_deadline_at_lead_hours_pk" PRIMARY KEY("agenda_item_id","deadline_at","lead_hours"),
	CONSTRAINT "correspondence_reminders_lead_check" CHECK ("correspondence_reminders"."lead_hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "correspondence_withdrawal_requests" (
	"agenda_item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reason" text,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" uuid,
	CONSTRAINT "correspondence_withdrawal_requests_agenda_item_id_person_id_pk" PRIMARY KEY("agenda_item_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "correspondence_items" ADD CONSTRAINT "correspondence_items_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_items" ADD CONSTRAINT "correspondence_items_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_items" ADD CONSTRAINT "correspondence_items_carried_to_item_id_agenda_items_id_fk" FOREIGN KEY ("carried_to_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_positions" ADD CONSTRAINT "correspondence_positions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_positions" ADD CONSTRAINT "correspondence_positions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_reminders" ADD CONSTRAINT "correspondence_reminders_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_withdrawal_requests" ADD CONSTRAINT "correspondence_withdrawal_requests_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_withdrawal_requests" ADD CONSTRAINT "correspondence_withdrawal_requests_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_withdrawal_requests" ADD CONSTRAINT "correspondence_withdrawal_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "correspondence_items_session_idx" ON "correspondence_items" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "correspondence_items_pending_idx" ON "correspondence_items" USING btree ("withdrawn_at") WHERE "correspondence_items"."withdrawn_at" is not null and "correspondence_items"."carried_to_item_id" is null;