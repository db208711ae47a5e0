-- The second factor of a login (docs/operations.md, "Second factor"): a user's TOTP secret as a
-- field-cipher envelope under a data key of its own (never the secret itself), pending until a
-- first correct code confirms it, with the last time step used so that a code works once; and the
-- single-use recovery codes, as SHA-256 hashes salted with the user's id.
CREATE TABLE second_factor (
    user_id       CHAR(36)       NOT NULL PRIMARY KEY,
    secret        VARBINARY(255) NOT NULL,
    created_at    TIMESTAMP(6)   NOT NULL,
    confirmed_at  TIMESTAMP(6)   NULL,
    last_step     BIGINT         NOT NULL,
    CONSTRAINT fk_second_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

CREATE TABLE recovery_code (
    code_hash   BINARY(32)   NOT NULL PRIMARY KEY,
    user_id     CHAR(36)     NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    used_at     TIMESTAMP(6) NULL,
    KEY ix_recovery_code_user (user_id),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT, UPDATE, DELETE ON second_factor TO ${appAccount};
GRANT SELECT, INSERT, UPDATE, DELETE ON recovery_code TO ${appAccount};
