-- Announces on the event bus (on commit) every change that alters who a session or API token stands
-- for, so each server instance drops its cached credentials of that user at once.
CREATE OR REPLACE FUNCTION collegium_notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_user uuid;
BEGIN
  IF TG_TABLE_NAME = 'users' THEN
    IF TG_OP = 'DELETE' THEN changed_user := OLD.id; ELSE changed_user := NEW.id; END IF;
  ELSE
    IF TG_OP = 'DELETE' THEN changed_user := OLD.user_id; ELSE changed_user := NEW.user_id; END IF;
  END IF;
  PERFORM pg_notify('collegium_events', json_build_object(
    'topic', 'auth:user-changed', 'data', json_build_object('userId', changed_user), 'origin', 'database')::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_changed AFTER UPDATE OF role, disabled_at, email, display_name, locale, totp_enabled_at OR DELETE
  ON users FOR EACH ROW EXECUTE FUNCTION collegium_notify_user_changed();
--> statement-breakpoint
CREATE TRIGGER auth_sessions_changed AFTER UPDATE OF fully_authenticated, expires_at, token_hash OR DELETE
  ON auth_sessions FOR EACH ROW EXECUTE FUNCTION collegium_notify_user_changed();
--> statement-breakpoint
CREATE TRIGGER api_tokens_changed AFTER UPDATE OF revoked_at, expires_at, token_hash OR DELETE
  ON api_tokens FOR EACH ROW EXECUTE FUNCTION collegium_notify_user_changed();
