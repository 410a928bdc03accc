CREATE TABLE "maintenance_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task" text NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inngest_crons" (
	"function_id" text NOT NULL,
	"cron" text NOT NULL,
	"next_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inngest_crons_function_id_cron_pk" PRIMARY KEY("function_id","cron")
);
--> statement-breakpoint
CREATE TABLE "inngest_debounces" (
	"function_id" text NOT NULL,
	"key" text NOT NULL,
	"event" jsonb NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inngest_debounces_function_id_key_pk" PRIMARY KEY("function_id","key")
);
--> statement-breakpoint
CREATE TABLE "inngest_events" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"data" jsonb NOT NULL,
	"ts" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inngest_functions" (
	"id" text PRIMARY KEY NOT NULL,
	"app_url" text NOT NULL,
	"config" jsonb NOT NULL,
	"synced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inngest_jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"kind" text NOT NULL,
	"step_id" text NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"leased_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inngest_pauses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"step_id" text,
	"kind" text NOT NULL,
	"event_name" text NOT NULL,
	"expr" text,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inngest_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"function_id" text NOT NULL,
	"event" jsonb NOT NULL,
	"status" text NOT NULL,
	"output" jsonb,
	"error" jsonb,
	"die" boolean DEFAULT false NOT NULL,
	"fn_attempt" integer DEFAULT 0 NOT NULL,
	"step_attempts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"pending" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"concurrency_key" text,
	"throttle_key" text,
	"parent_run_id" text,
	"parent_step_id" text,
	"scheduled_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inngest_steps" (
	"run_id" text NOT NULL,
	"step_id" text NOT NULL,
	"seq" bigserial NOT NULL,
	"name" text,
	"value" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inngest_steps_run_id_step_id_pk" PRIMARY KEY("run_id","step_id")
);
--> statement-breakpoint
CREATE INDEX "inngest_events_name_idx" ON "inngest_events" USING btree ("name","received_at");--> statement-breakpoint
CREATE INDEX "inngest_jobs_due_idx" ON "inngest_jobs" USING btree ("run_at");--> statement-breakpoint
CREATE INDEX "inngest_jobs_run_idx" ON "inngest_jobs" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "inngest_pauses_event_idx" ON "inngest_pauses" USING btree ("event_name");--> statement-breakpoint
CREATE INDEX "inngest_pauses_run_idx" ON "inngest_pauses" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "inngest_runs_fn_status_idx" ON "inngest_runs" USING btree ("function_id","status","created_at");--> statement-breakpoint
CREATE INDEX "inngest_runs_throttle_idx" ON "inngest_runs" USING btree ("function_id","throttle_key","scheduled_at");