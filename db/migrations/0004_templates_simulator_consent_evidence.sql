CREATE TABLE "message_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"name" text NOT NULL,
	"language" text NOT NULL,
	"category" text NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"rejected_reason" text,
	"quality_score" text,
	"provider_template_id" text,
	"parameter_format" text DEFAULT 'positional' NOT NULL,
	"components" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"variable_counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "simulator_media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"phone_number_id" text NOT NULL,
	"mime_type" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"filename" text,
	"data_base64" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "simulator_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"waba_id" text NOT NULL,
	"name" text NOT NULL,
	"language" text NOT NULL,
	"category" text NOT NULL,
	"parameter_format" text DEFAULT 'positional' NOT NULL,
	"components" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "evidence" jsonb;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "outside_window" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulator_media" ADD CONSTRAINT "simulator_media_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulator_templates" ADD CONSTRAINT "simulator_templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "message_templates_channel_name_lang_idx" ON "message_templates" USING btree ("channel_id","name","language");--> statement-breakpoint
CREATE INDEX "message_templates_tenant_idx" ON "message_templates" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "simulator_media_tenant_idx" ON "simulator_media" USING btree ("tenant_id","phone_number_id");--> statement-breakpoint
CREATE UNIQUE INDEX "simulator_templates_waba_name_lang_idx" ON "simulator_templates" USING btree ("waba_id","name","language");--> statement-breakpoint
CREATE INDEX "simulator_templates_tenant_idx" ON "simulator_templates" USING btree ("tenant_id");--> statement-breakpoint
SELECT hilo_enable_tenant_rls('message_templates');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('simulator_templates');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('simulator_media');--> statement-breakpoint
CREATE INDEX "messages_outside_window_idx" ON "messages" ("tenant_id","channel_id","sent_at") WHERE "outside_window";
