-- Tenant isolation backed by the database (see ARCHITECTURE.md §3).
-- The app never queries as the tables' owner: lib/tenancy/with-tenant.ts switches each transaction
-- to the role hilo_app (which owns nothing, so row-level security applies to it) and sets
-- app.tenant_id / app.user_id for that transaction only.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hilo_app') THEN
    CREATE ROLE hilo_app NOLOGIN;
  END IF;
END
$$;--> statement-breakpoint
GRANT hilo_app TO CURRENT_USER;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO hilo_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hilo_app;--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO hilo_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hilo_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO hilo_app;--> statement-breakpoint

CREATE OR REPLACE FUNCTION app_tenant_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;--> statement-breakpoint

-- Later migrations call this for each new tenant-owned table.
CREATE OR REPLACE FUNCTION hilo_enable_tenant_rls(tbl regclass) RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s TO hilo_app USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id())',
    tbl);
END
$$;--> statement-breakpoint

SELECT hilo_enable_tenant_rls('memberships');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('invitations');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('api_keys');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('channels');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('contacts');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('consents');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('conversations');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('messages');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('webhook_events');--> statement-breakpoint
SELECT hilo_enable_tenant_rls('audit_log');--> statement-breakpoint

-- A signed-in user (app.user_id, no tenant yet) sees their own memberships and the workspaces
-- they belong to: that is what the workspace switcher and the membership check read.
CREATE POLICY member_self ON memberships FOR SELECT TO hilo_app USING (user_id = app_user_id());--> statement-breakpoint
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_self ON tenants TO hilo_app
  USING (id = app_tenant_id() OR id IN (SELECT m.tenant_id FROM memberships m WHERE m.user_id = app_user_id()))
  WITH CHECK (id = app_tenant_id());--> statement-breakpoint

-- Append-only ledgers: the app may add and read, never rewrite history.
REVOKE UPDATE, DELETE ON consents, audit_log FROM hilo_app;--> statement-breakpoint
CREATE OR REPLACE FUNCTION hilo_refuse_update() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;--> statement-breakpoint
CREATE TRIGGER consents_append_only BEFORE UPDATE ON consents FOR EACH ROW EXECUTE FUNCTION hilo_refuse_update();--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION hilo_refuse_update();
