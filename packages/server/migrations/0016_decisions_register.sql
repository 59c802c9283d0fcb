CREATE TABLE "decision_numbers" (
	"body_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "decision_numbers_body_id_year_pk" PRIMARY KEY("body_id","year")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"responsible_person_id" uuid,
	"responsible_organization_id" uuid,
	"deadline" date,
	"status" text DEFAULT 'open' NOT NULL,
	"adopted_at" timestamp with time zone NOT NULL,
	"edited_at" timestamp with time zone,
	"edited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_text" text GENERATED ALWAYS AS (translate(lower(number || E'\n' || title || E'\n' || text), 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦĨĩĪīĬĭĮįİĲĴĵĶķĹĺĻļĽľĿŁłŃńŅņŇňŊŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžΆ·ΈΉΊΌΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΪΫάέήίΰςϊϋόύώЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯйѐёѓїќѝў', 'aaaaaaæceeeeiiiiðnoooooøuuuuyþaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhħiiiiiiiiiĳjjkkllllllŀllnnnnnnŋooooooœrrrrrrssssssssttttŧuuuuuuuuuuuuwwyyyzzzzzzα·εηιουωιαβγδεζηθικλμνξοπρστυφχψωιυαεηιυσιυουωееђгєѕііјљњћкиуџабвгдежзииклмнопрстуфхцчшщъыьэюяиеегікиу')) STORED NOT NULL,
	CONSTRAINT "decisions_status_check" CHECK ("decisions"."status" in ('open','in_progress','done','cancelled')),
	CONSTRAINT "decisions_sequence_check" CHECK ("decisions"."sequence" > 0)
);
--> statement-breakpoint
ALTER TABLE "decision_numbers" ADD CONSTRAINT "decision_numbers_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_responsible_person_id_persons_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_responsible_organization_id_organizations_id_fk" FOREIGN KEY ("responsible_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_agenda_item_key" ON "decisions" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_body_year_sequence_key" ON "decisions" USING btree ("body_id","year","sequence");--> statement-breakpoint
CREATE INDEX "decisions_body_adopted_idx" ON "decisions" USING btree ("body_id","adopted_at");--> statement-breakpoint
CREATE INDEX "decisions_status_deadline_idx" ON "decisions" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "decisions_responsible_org_idx" ON "decisions" USING btree ("responsible_organization_id");--> statement-breakpoint
CREATE INDEX "decisions_responsible_person_idx" ON "decisions" USING btree ("responsible_person_id");--> statement-breakpoint
CREATE INDEX "decisions_session_idx" ON "decisions" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "decisions_search_idx" ON "decisions" USING gin ("search_text" gin_trgm_ops);