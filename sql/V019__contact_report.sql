-- Contact reports (docs/domain.md, "Contact reports").
-- CONTRACT (kept by every later change): contact_report(id, source_id, occurred_at, submitted)
-- is what ContactRegister reads; payments refer to contact_report.id.
--
-- One row of contact_report is one submitted VERSION of a report: a report is the chain of rows
-- sharing report_id (the first version's id), the current one the highest version. Every row
-- here is submitted (submitted = TRUE: immutable); drafts live in contact_draft, which only
-- their author reads. Every text that could identify (place, narrative, others present,
-- concerns, items, the correction's reason, the request's fingerprint) is a FieldCipher
-- envelope under the source file's data key, bound to table, column and row id.
-- The columns beyond the contract have defaults (report_id NULL reads as the row's own id), so
-- that a row written with the contract's columns only (another feature's test) still reads.

CREATE TABLE contact_report (
    id                  CHAR(36)        NOT NULL PRIMARY KEY,
    seq                 BIGINT          NOT NULL AUTO_INCREMENT,
    source_id           CHAR(36)        NOT NULL,
    occurred_at         TIMESTAMP(6)    NOT NULL,
    submitted           BOOLEAN         NOT NULL,
    report_id           CHAR(36)        NULL,
    version             INT             NOT NULL DEFAULT 1,
    method              VARCHAR(16)     NOT NULL DEFAULT 'OTHER',
    duration_minutes    INT             NOT NULL DEFAULT 0,
    next_contact_at     TIMESTAMP(6)    NULL,
    welfare_concern     BOOLEAN         NOT NULL DEFAULT FALSE,
    security_concern    BOOLEAN         NOT NULL DEFAULT FALSE,
    recorded_by         CHAR(36)        NULL,
    recorded_at         TIMESTAMP(6)    NULL,
    idempotency_key     VARCHAR(128)    NULL,
    dek_version         INT             NOT NULL DEFAULT 0,
    place               VARBINARY(2048) NULL,
    narrative           MEDIUMBLOB      NULL,
    welfare_text        BLOB            NULL,
    security_text       BLOB            NULL,
    correction_reason   BLOB            NULL,
    request_fingerprint VARBINARY(512)  NULL,
    UNIQUE KEY uq_contact_report_seq (seq),
    UNIQUE KEY uq_contact_report_version (report_id, version),
    UNIQUE KEY uq_contact_report_idempotency (recorded_by, idempotency_key),
    INDEX ix_contact_report_source (source_id, seq),
    CONSTRAINT fk_contact_report_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_contact_report_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- who was present: users by id, others described (encrypted) with their role
CREATE TABLE contact_attendee (
    id           CHAR(36)        NOT NULL PRIMARY KEY,
    contact_id   CHAR(36)        NOT NULL,
    position     INT             NOT NULL,
    user_id      CHAR(36)        NULL,
    role         VARCHAR(24)     NULL,
    dek_version  INT             NOT NULL,
    description  BLOB            NULL,
    INDEX ix_contact_attendee_contact (contact_id, position),
    CONSTRAINT fk_contact_attendee_contact FOREIGN KEY (contact_id) REFERENCES contact_report (id),
    CONSTRAINT fk_contact_attendee_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- the intelligence items of one version, each graded, optionally answering a tasking of the same source
CREATE TABLE contact_item (
    id           CHAR(36)        NOT NULL PRIMARY KEY,
    contact_id   CHAR(36)        NOT NULL,
    position     INT             NOT NULL,
    credibility  VARCHAR(2)      NOT NULL,
    handling     VARCHAR(2)      NULL,
    tasking_id   CHAR(36)        NULL,
    dek_version  INT             NOT NULL,
    text         MEDIUMBLOB      NOT NULL,
    INDEX ix_contact_item_contact (contact_id, position),
    INDEX ix_contact_item_tasking (tasking_id),
    CONSTRAINT fk_contact_item_contact FOREIGN KEY (contact_id) REFERENCES contact_report (id),
    CONSTRAINT fk_contact_item_tasking FOREIGN KEY (tasking_id) REFERENCES tasking (id)
) ENGINE=InnoDB;

-- a draft, saved as its author types: one envelope of the whole draft; only its author reads it
CREATE TABLE contact_draft (
    id           CHAR(36)        NOT NULL PRIMARY KEY,
    author_id    CHAR(36)        NOT NULL,
    client_id    VARCHAR(64)     NOT NULL,
    source_id    CHAR(36)        NOT NULL,
    created_at   TIMESTAMP(6)    NOT NULL,
    updated_at   TIMESTAMP(6)    NOT NULL,
    dek_version  INT             NOT NULL,
    body         MEDIUMBLOB      NOT NULL,
    UNIQUE KEY uq_contact_draft_client (author_id, client_id),
    INDEX ix_contact_draft_source (source_id),
    CONSTRAINT fk_contact_draft_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    CONSTRAINT fk_contact_draft_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

-- the source's risk assessment: an append-only history of entries (welfare, security)
CREATE TABLE source_risk_entry (
    id           CHAR(36)        NOT NULL PRIMARY KEY,
    seq          BIGINT          NOT NULL AUTO_INCREMENT,
    source_id    CHAR(36)        NOT NULL,
    kind         VARCHAR(16)     NOT NULL,
    contact_id   CHAR(36)        NULL,
    recorded_by  CHAR(36)        NOT NULL,
    recorded_at  TIMESTAMP(6)    NOT NULL,
    dek_version  INT             NOT NULL,
    text         BLOB            NOT NULL,
    UNIQUE KEY uq_source_risk_entry_seq (seq),
    INDEX ix_source_risk_entry_source (source_id, seq),
    CONSTRAINT fk_source_risk_entry_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_source_risk_entry_contact FOREIGN KEY (contact_id) REFERENCES contact_report (id)
) ENGINE=InnoDB;

-- an alert to the controllers: a welfare or security concern raised at a contact, until acknowledged
CREATE TABLE welfare_alert (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    seq              BIGINT       NOT NULL AUTO_INCREMENT,
    source_id        CHAR(36)     NOT NULL,
    contact_id       CHAR(36)     NOT NULL,
    welfare          BOOLEAN      NOT NULL,
    security         BOOLEAN      NOT NULL,
    raised_by        CHAR(36)     NOT NULL,
    raised_at        TIMESTAMP(6) NOT NULL,
    acknowledged_by  CHAR(36)     NULL,
    acknowledged_at  TIMESTAMP(6) NULL,
    UNIQUE KEY uq_welfare_alert_seq (seq),
    INDEX ix_welfare_alert_open (acknowledged_at, seq),
    CONSTRAINT fk_welfare_alert_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_welfare_alert_contact FOREIGN KEY (contact_id) REFERENCES contact_report (id)
) ENGINE=InnoDB;

-- submitted reports are a record: no UPDATE but the re-encryption columns, no DELETE
GRANT SELECT, INSERT ON contact_report TO ${appAccount};
GRANT UPDATE (dek_version, place, narrative, welfare_text, security_text, correction_reason, request_fingerprint)
    ON contact_report TO ${appAccount};
GRANT SELECT, INSERT ON contact_attendee TO ${appAccount};
GRANT UPDATE (dek_version, description) ON contact_attendee TO ${appAccount};
GRANT SELECT, INSERT ON contact_item TO ${appAccount};
GRANT UPDATE (dek_version, text) ON contact_item TO ${appAccount};
GRANT SELECT, INSERT ON source_risk_entry TO ${appAccount};
GRANT UPDATE (dek_version, text) ON source_risk_entry TO ${appAccount};
-- drafts are working copies: their author saves, replaces and discards them
GRANT SELECT, INSERT, UPDATE, DELETE ON contact_draft TO ${appAccount};
GRANT SELECT, INSERT ON welfare_alert TO ${appAccount};
GRANT UPDATE (acknowledged_by, acknowledged_at) ON welfare_alert TO ${appAccount};
