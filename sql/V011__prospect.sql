-- Prospects (docs/domain.md, "Lifecycle" 1): people a case officer is in contact with who are not
-- registered yet. Repeated contacts are status drift. A prospect is labelled like a source file
-- and has its own data key; the working name and contact notes are FieldCipher envelopes bound
-- to table, column and row.

CREATE TABLE prospect (
    id                   CHAR(36)        NOT NULL PRIMARY KEY,
    working_name         VARBINARY(1024) NOT NULL,
    compartment_code     VARCHAR(32)     NOT NULL,
    classification_level INT             NOT NULL,
    dek_id               CHAR(36)        NOT NULL,
    dek_version          INT             NOT NULL,
    created_by           CHAR(36)        NOT NULL,
    created_at           TIMESTAMP(6)    NOT NULL,
    status               VARCHAR(16)     NOT NULL,
    source_id            CHAR(36)        NULL,
    closed_at            TIMESTAMP(6)    NULL,
    INDEX ix_prospect_listing (status, compartment_code, classification_level, created_at),
    CONSTRAINT fk_prospect_compartment FOREIGN KEY (compartment_code) REFERENCES compartment (code),
    CONSTRAINT fk_prospect_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_prospect_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

CREATE TABLE prospect_contact (
    id          CHAR(36)        NOT NULL PRIMARY KEY,
    prospect_id CHAR(36)        NOT NULL,
    contact_on  DATE            NOT NULL,
    method      VARCHAR(16)     NOT NULL,
    notes       VARBINARY(8192) NULL,
    recorded_by CHAR(36)        NOT NULL,
    recorded_at TIMESTAMP(6)    NOT NULL,
    INDEX ix_prospect_contact_prospect (prospect_id, contact_on),
    CONSTRAINT fk_prospect_contact_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id),
    CONSTRAINT fk_prospect_contact_user FOREIGN KEY (recorded_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON prospect TO ${appAccount};
GRANT UPDATE (status, source_id, closed_at) ON prospect TO ${appAccount};
-- contacts are a record: append-only
GRANT SELECT, INSERT ON prospect_contact TO ${appAccount};
