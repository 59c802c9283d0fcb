CREATE TABLE "session_packets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"variant" text NOT NULL,
	"status" text DEFAULT 'building' NOT NULL,
	"file_sha256" text,
	"size" bigint,
	"page_count" integer,
	"inputs_fingerprint" text,
	"built_at" timestamp with time zone,
	"error" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_packets_variant_check" CHECK ("session_packets"."variant" in ('members','public','draft')),
	CONSTRAINT "session_packets_status_check" CHECK ("session_packets"."status" in ('building','ready','failed'))
);
--> statement-breakpoint
ALTER TABLE "session_packets" ADD CONSTRAINT "session_packets_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_packets" ADD CONSTRAINT "session_packets_file_sha256_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."files"("sha256") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "session_packets_session_variant_key" ON "session_packets" USING btree ("session_id","variant");