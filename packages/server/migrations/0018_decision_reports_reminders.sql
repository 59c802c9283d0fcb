CREATE TABLE "decision_reminders" (
	"decision_id" uuid NOT NULL,
	"deadline" date NOT NULL,
	"offset_days" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "decision_reminders_decision_id_deadline_offset_days_pk" PRIMARY KEY("decision_id","deadline","offset_days")
);
--> statement-breakpoint
CREATE TABLE "decision_report_attachments" (
	"report_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "decision_report_attachments_report_id_document_id_pk" PRIMARY KEY("report_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "decision_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"text" text NOT NULL,
	"status_change" text,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_reports_status_change_check" CHECK ("decision_reports"."status_change" is null or "decision_reports"."status_change" in ('in_progress','done'))
);
--> statement-breakpoint
ALTER TABLE "decision_reminders" ADD CONSTRAINT "decision_reminders_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_report_attachments" ADD CONSTRAINT "decision_report_attachments_report_id_decision_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."decision_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_report_attachments" ADD CONSTRAINT "decision_report_attachments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_reports" ADD CONSTRAINT "decision_reports_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_reports" ADD CONSTRAINT "decision_reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_report_attachments_document_idx" ON "decision_report_attachments" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "decision_reports_decision_idx" ON "decision_reports" USING btree ("decision_id","created_at");