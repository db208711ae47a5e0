-- The bearer-token check kept between requests (docs/architecture.md, "Identity"): every change to
-- what the check reads (a token revoked or changed, a user's enabled flag, clearance or username, a
-- role, a compartment) moves the epoch in the same transaction, whoever makes it: these triggers, so
-- that no path of the application, and no statement typed by hand, can change access without it.
-- Each server instance reads the epoch every tenth of a second and trusts what it kept only while its
-- last read is fresh; a change made through HUM also waits, before it answers, until every other
-- instance that is running has read it (server_instance: each instance's name and when it last read).
-- One row, moved by UPDATE: its committed value only grows, in commit order.
CREATE TABLE security_epoch (
    id    TINYINT NOT NULL PRIMARY KEY,
    epoch BIGINT  NOT NULL
) ENGINE=InnoDB;

INSERT INTO security_epoch (id, epoch) VALUES (1, 0);

CREATE TABLE server_instance (
    name    VARCHAR(128) NOT NULL PRIMARY KEY,
    seen_at TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB;

-- A failed login's count and lock, a new password or a new token do not move it: the row matches id 0,
-- which no row has, so the statement locks nothing another change waits on.
CREATE TRIGGER tr_app_user_access_update AFTER UPDATE ON app_user FOR EACH ROW
    UPDATE security_epoch SET epoch = epoch + 1
    WHERE id = IF(OLD.id <=> NEW.id AND OLD.enabled <=> NEW.enabled AND OLD.clearance_level <=> NEW.clearance_level
                  AND OLD.username <=> NEW.username, 0, 1);

CREATE TRIGGER tr_app_user_access_delete AFTER DELETE ON app_user FOR EACH ROW
    UPDATE security_epoch SET epoch = epoch + 1 WHERE id = 1;

CREATE TRIGGER tr_user_role_insert AFTER INSERT ON user_role FOR EACH ROW
    UPDATE security_epoch SET epoch = epoch + 1 WHERE id = 1;

CREATE TRIGGER tr_user_role_update AFTER UPDATE ON user_role FOR EACH ROW
    UPDATE security_epoch SET epoch = epoch + 1 WHERE id = 1;

CREATE TRIGGER tr_user_role_delete AFTER DELETE ON user_role FOR EACH ROW
    UPDATE security_epoch SET epoch = epoch + 1 WHERE id = 1;

CREATE TRIGGER tr_user_compartment_insert AFTER INSERT ON user_compartment FOR EACH ROW
    UPDATE security_epoch SET epoch = epoch + 1 WHERE id = 1;

CREATE TRIGGER tr_user_compartment_update AFTER UPDATE ON user_compartment FOR EACH ROW
    UPDATE security_epoch SET epoch = epoch + 1 WHERE id = 1;

CREATE TRIGGER tr_user_compartment_delete AFTER DELETE ON user_compartment FOR EACH ROW
    UPDATE security_epoch SET epoch = epoch + 1 WHERE id = 1;

CREATE TRIGGER tr_api_token_update AFTER UPDATE ON api_token FOR EACH ROW
    UPDATE security_epoch SET epoch = epoch + 1 WHERE id = 1;

-- removing a token already expired changes nothing a check would accept
CREATE TRIGGER tr_api_token_delete AFTER DELETE ON api_token FOR EACH ROW
    UPDATE security_epoch SET epoch = epoch + 1 WHERE id = IF(OLD.expires_at > NOW(6), 1, 0);

GRANT SELECT ON security_epoch TO ${appAccount};
-- (INSERT ... ON DUPLICATE KEY UPDATE needs UPDATE on every column it names)
GRANT SELECT, INSERT, UPDATE, DELETE ON server_instance TO ${appAccount};
