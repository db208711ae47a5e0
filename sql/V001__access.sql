-- Users, roles, compartments and the tokens that stand for a login.
-- Grants: the application account (${appAccount}) gets exactly what each table needs.

CREATE TABLE compartment (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB;

CREATE TABLE app_user (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    unit            VARCHAR(64)  NOT NULL,
    clearance_level INT          NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP(6) NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_app_user_username UNIQUE (username)
) ENGINE=InnoDB;

CREATE TABLE user_role (
    user_id CHAR(36)    NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

CREATE TABLE user_compartment (
    user_id          CHAR(36)    NOT NULL,
    compartment_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, compartment_code),
    CONSTRAINT fk_user_compartment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_user_compartment_compartment FOREIGN KEY (compartment_code) REFERENCES compartment (code)
) ENGINE=InnoDB;

-- An API bearer token is stored only as its SHA-256: a copy of this table logs nobody in.
CREATE TABLE api_token (
    token_hash BINARY(32)   NOT NULL PRIMARY KEY,
    user_id    CHAR(36)     NOT NULL,
    issued_at  TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    INDEX ix_api_token_expires (expires_at),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- Facts about this installation (for example, that the demo data was loaded).
CREATE TABLE app_state (
    name  VARCHAR(64)  NOT NULL PRIMARY KEY,
    value VARCHAR(255) NOT NULL
) ENGINE=InnoDB;

GRANT SELECT ON compartment TO ${appAccount};
GRANT INSERT ON compartment TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON app_user TO ${appAccount};
GRANT SELECT, INSERT, DELETE ON user_role TO ${appAccount};
GRANT SELECT, INSERT, DELETE ON user_compartment TO ${appAccount};
GRANT SELECT, INSERT, DELETE ON api_token TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON app_state TO ${appAccount};
