-- Source files and their data keys.
-- Identifying particulars are stored only as encrypted envelopes (VARBINARY): see
-- org.hum.crypto.control.FieldCipher for the format. Each file has its own data key,
-- kept wrapped by a key-encryption key that never enters the database.

CREATE TABLE data_key (
    id         CHAR(36)     NOT NULL,
    version    INT          NOT NULL,
    kek_id     VARCHAR(32)  NOT NULL,
    wrapped    VARBINARY(128) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id, version)
) ENGINE=InnoDB;

CREATE TABLE source (
    id                   CHAR(36)        NOT NULL PRIMARY KEY,
    source_number        VARCHAR(32)     NOT NULL,
    code_name            VARCHAR(64)     NOT NULL,
    compartment_code     VARCHAR(32)     NOT NULL,
    classification_level INT             NOT NULL,
    dek_id               CHAR(36)        NOT NULL,
    dek_version          INT             NOT NULL,
    true_name            VARBINARY(1024) NOT NULL,
    date_of_birth        VARBINARY(128)  NOT NULL,
    phone_number         VARBINARY(256)  NOT NULL,
    registered_at        TIMESTAMP(6)    NOT NULL,
    registered_by        CHAR(36)        NOT NULL,
    CONSTRAINT uq_source_number UNIQUE (source_number),
    INDEX ix_source_listing (compartment_code, classification_level, code_name, id),
    CONSTRAINT fk_source_compartment FOREIGN KEY (compartment_code) REFERENCES compartment (code),
    CONSTRAINT fk_source_registered_by FOREIGN KEY (registered_by) REFERENCES app_user (id),
    CONSTRAINT fk_source_data_key FOREIGN KEY (dek_id, dek_version) REFERENCES data_key (id, version)
) ENGINE=InnoDB;

-- Who may see a source's true identity, beyond seeing its file: docs/architecture.md, "Labels and clearances".
CREATE TABLE identity_grant (
    source_id  CHAR(36)     NOT NULL,
    user_id    CHAR(36)     NOT NULL,
    grant_role VARCHAR(32)  NOT NULL,
    granted_at TIMESTAMP(6) NOT NULL,
    granted_by CHAR(36)     NOT NULL,
    PRIMARY KEY (source_id, user_id),
    INDEX ix_identity_grant_user (user_id),
    CONSTRAINT fk_identity_grant_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_identity_grant_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON data_key TO ${appAccount};
GRANT SELECT, INSERT ON source TO ${appAccount};
GRANT SELECT, INSERT, DELETE ON identity_grant TO ${appAccount};
