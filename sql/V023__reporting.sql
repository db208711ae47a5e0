-- Sanitized reports (docs/domain.md, "Sanitized reports").
-- CONTRACT (kept by every later change): report_version(id, report_id, version, status, level,
-- compartments, tlp) and report_item(version_id, item_id, source_id, contact_report_id) are what
-- the property and proof tests read; dissemination is append-only.
--
-- A report is the chain of report_version rows sharing report_id (the first version's id). A
-- DRAFT or SUBMITTED version is edited in place by its author; a RELEASED one never changes but
-- for its status (WITHDRAWN, SUPERSEDED) and re-encryption: editing it makes a new version.
-- Every text (title, author's notes, releasable text, subject, area) derives from source
-- reporting and is a FieldCipher envelope under the data key of the report's key file
-- (key_source_id, the first file drawn on; version in dek_version), bound to table, column and
-- row id; a rotation of that file's key re-encrypts them. The label (level, compartments) is the
-- highest level and the union of the compartments of the files drawn on.

CREATE TABLE report_version (
    id                    CHAR(36)        NOT NULL PRIMARY KEY,
    seq                   BIGINT          NOT NULL AUTO_INCREMENT,
    report_id             CHAR(36)        NOT NULL,
    version               INT             NOT NULL,
    status                VARCHAR(16)     NOT NULL,
    level                 INT             NOT NULL,
    -- the union of the compartments of the files drawn on, sorted, comma-separated
    compartments          VARCHAR(1024)   NOT NULL,
    tlp                   VARCHAR(16)     NOT NULL,
    -- partner kinds (FEDERAL,STATE...), comma-separated; named recipients in report_recipient
    releasable_to         VARCHAR(64)     NOT NULL,
    -- ports of entry (PortOfEntry names), comma-separated
    ports                 VARCHAR(1024)   NOT NULL,
    -- the day concerned, already cut to the profile's precision (2026-W45, 2026-11, 2026-11-03)
    concerning            VARCHAR(16)     NULL,
    source_description_id CHAR(36)        NULL,
    purpose               VARCHAR(200)    NULL,
    author_id             CHAR(36)        NOT NULL,
    created_at            TIMESTAMP(6)    NOT NULL,
    updated_at            TIMESTAMP(6)    NOT NULL,
    submitted_at          TIMESTAMP(6)    NULL,
    approved_by           CHAR(36)        NULL,
    released_at           TIMESTAMP(6)    NULL,
    withdrawn_at          TIMESTAMP(6)    NULL,
    key_source_id         CHAR(36)        NOT NULL,
    dek_version           INT             NOT NULL,
    title                 VARBINARY(1024) NOT NULL,
    notes                 MEDIUMBLOB      NULL,
    releasable_text       MEDIUMBLOB      NOT NULL,
    subject               VARBINARY(1024) NULL,
    area                  VARBINARY(1024) NULL,
    UNIQUE KEY uq_report_version_seq (seq),
    UNIQUE KEY uq_report_version (report_id, version),
    INDEX ix_report_version_status (status, seq),
    INDEX ix_report_version_key (key_source_id),
    CONSTRAINT fk_report_version_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    CONSTRAINT fk_report_version_approver FOREIGN KEY (approved_by) REFERENCES app_user (id),
    CONSTRAINT fk_report_version_key FOREIGN KEY (key_source_id) REFERENCES source (id),
    CONSTRAINT ck_report_version_approver CHECK (approved_by IS NULL OR approved_by <> author_id)
) ENGINE=InnoDB;

-- the contact items a version rests on (ids only: the items stay in the contact feature)
CREATE TABLE report_item (
    version_id        CHAR(36)  NOT NULL,
    position          INT       NOT NULL,
    item_id           CHAR(36)  NOT NULL,
    source_id         CHAR(36)  NOT NULL,
    contact_report_id CHAR(36)  NOT NULL,
    PRIMARY KEY (version_id, position),
    INDEX ix_report_item_source (source_id),
    INDEX ix_report_item_item (item_id),
    CONSTRAINT fk_report_item_version FOREIGN KEY (version_id) REFERENCES report_version (id),
    CONSTRAINT fk_report_item_item FOREIGN KEY (item_id) REFERENCES contact_item (id),
    CONSTRAINT fk_report_item_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_report_item_contact FOREIGN KEY (contact_report_id) REFERENCES contact_report (id)
) ENGINE=InnoDB;

-- named partner organisations a version is released to (a TLP:RED report names only these)
CREATE TABLE report_recipient (
    version_id CHAR(36)     NOT NULL,
    position   INT          NOT NULL,
    name       VARCHAR(120) NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_report_recipient_version FOREIGN KEY (version_id) REFERENCES report_version (id)
) ENGINE=InnoDB;

-- the approved phrases controllers keep: generic words, not identifying; retired, never deleted
CREATE TABLE source_description (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    seq           BIGINT       NOT NULL AUTO_INCREMENT,
    text          VARCHAR(300) NOT NULL,
    -- reliability grades it fits, comma-separated; empty: any
    reliabilities VARCHAR(64)  NOT NULL,
    access        VARCHAR(16)  NULL,
    active        BOOLEAN      NOT NULL,
    created_by    CHAR(36)     NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    UNIQUE KEY uq_source_description_seq (seq),
    CONSTRAINT fk_source_description_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- The watch list: identifying by nature, so no plaintext. Each term is kept as the HMAC-SHA256
-- (under the application's index key) of its normal form, with its number of words; the check
-- hashes every run of that many words of the text and compares.
CREATE TABLE watch_term (
    id        CHAR(36)     NOT NULL PRIMARY KEY,
    seq       BIGINT       NOT NULL AUTO_INCREMENT,
    term_hmac BINARY(32)   NOT NULL,
    words     INT          NOT NULL,
    added_by  CHAR(36)     NOT NULL,
    added_at  TIMESTAMP(6) NOT NULL,
    UNIQUE KEY uq_watch_term_seq (seq),
    UNIQUE KEY uq_watch_term_hmac (term_hmac),
    CONSTRAINT fk_watch_term_adder FOREIGN KEY (added_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- The dissemination log: append-only. One row per recipient entry (a partner kind or a named
-- organisation) of every release, read, delivery and recall: who, which version, when, under
-- which marking and why. No identity: ids, words of a marking, an organisation's name.
CREATE TABLE dissemination (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    seq         BIGINT       NOT NULL AUTO_INCREMENT,
    action      VARCHAR(16)  NOT NULL,
    report_id   CHAR(36)     NOT NULL,
    version_id  CHAR(36)     NOT NULL,
    version     INT          NOT NULL,
    recipient   VARCHAR(120) NOT NULL,
    tlp         VARCHAR(16)  NOT NULL,
    purpose     VARCHAR(500) NULL,
    actor_id    CHAR(36)     NOT NULL,
    at          TIMESTAMP(6) NOT NULL,
    UNIQUE KEY uq_dissemination_seq (seq),
    INDEX ix_dissemination_report (report_id, seq),
    INDEX ix_dissemination_at (at),
    CONSTRAINT fk_dissemination_version FOREIGN KEY (version_id) REFERENCES report_version (id),
    CONSTRAINT fk_dissemination_actor FOREIGN KEY (actor_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- versions: drafts are edited in place (texts, markings, status); no DELETE
GRANT SELECT, INSERT, UPDATE ON report_version TO ${appAccount};
-- a draft's items and recipients are replaced when it is edited
GRANT SELECT, INSERT, DELETE ON report_item TO ${appAccount};
GRANT SELECT, INSERT, DELETE ON report_recipient TO ${appAccount};
GRANT SELECT, INSERT ON source_description TO ${appAccount};
GRANT UPDATE (active) ON source_description TO ${appAccount};
GRANT SELECT, INSERT, DELETE ON watch_term TO ${appAccount};
-- the log, like the ledger: written once, never changed or removed
GRANT SELECT, INSERT ON dissemination TO ${appAccount};
