-- The partner exchange (docs/domain.md, "The partner exchange"): partner organisations and
-- their certificates, the accounts bound to them, each organisation's collection of released
-- report versions and recalls, the clock that orders those, and what partners have read.
-- Grants: the application account (${appAccount}) gets exactly what each table needs.

CREATE TABLE partner_org (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    seq                BIGINT        NOT NULL AUTO_INCREMENT,
    name               VARCHAR(120)  NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    jurisdiction       VARCHAR(200)  NOT NULL,
    -- ports of entry covered (PortOfEntry names), comma-separated
    ports              VARCHAR(1024) NOT NULL,
    contact            VARCHAR(200)  NOT NULL,
    -- the TAXII collection holding what was released to this organisation
    collection_id      CHAR(36)      NOT NULL,
    -- the encryption certificate (DER), its SHA-256 and the end of its validity
    certificate        BLOB          NULL,
    cert_sha256        CHAR(64)      NULL,
    cert_not_after     TIMESTAMP(6)  NULL,
    push_url           VARCHAR(500)  NULL,
    active             BOOLEAN       NOT NULL,
    created_by         CHAR(36)      NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    UNIQUE KEY uq_partner_org_seq (seq),
    UNIQUE KEY uq_partner_org_name (name),
    UNIQUE KEY uq_partner_org_collection (collection_id),
    CONSTRAINT fk_partner_org_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- A PARTNER account belongs to exactly one organisation: a person (portal) or a machine (TAXII).
CREATE TABLE partner_account (
    user_id        CHAR(36)    NOT NULL PRIMARY KEY,
    partner_org_id CHAR(36)    NOT NULL,
    machine        BOOLEAN     NOT NULL,
    INDEX ix_partner_account_org (partner_org_id),
    CONSTRAINT fk_partner_account_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_partner_account_org FOREIGN KEY (partner_org_id) REFERENCES partner_org (id)
) ENGINE=InnoDB;

-- One row per report version (or recall) placed in an organisation's collection. date_added is
-- strictly increasing across all collections (one clock, taken under a row lock in the release's
-- own transaction), so paging by it never skips or repeats an object.
CREATE TABLE partner_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_org_id CHAR(36)     NOT NULL,
    report_id      CHAR(36)     NOT NULL,
    version_id     CHAR(36)     NOT NULL,
    version        INT          NOT NULL,
    -- RELEASE: the version as released; RECALL: the same version revoked
    kind           VARCHAR(8)   NOT NULL,
    date_added     TIMESTAMP(6) NOT NULL,
    reason         VARCHAR(500) NULL,
    UNIQUE KEY uq_partner_entry_added (date_added),
    UNIQUE KEY uq_partner_entry (partner_org_id, version_id, kind),
    INDEX ix_partner_entry_org (partner_org_id, date_added),
    INDEX ix_partner_entry_report (partner_org_id, report_id, date_added),
    CONSTRAINT fk_partner_entry_org FOREIGN KEY (partner_org_id) REFERENCES partner_org (id),
    CONSTRAINT fk_partner_entry_version FOREIGN KEY (version_id) REFERENCES report_version (id)
) ENGINE=InnoDB;

-- The clock of partner_entry.date_added: one row, locked by each release or recall.
CREATE TABLE partner_clock (
    id         INT          NOT NULL PRIMARY KEY,
    last_added TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB;
INSERT INTO partner_clock (id, last_added) VALUES (1, '2000-01-01 00:00:00.000000');

-- The first read of each entry by each organisation: it puts one READ row in the dissemination log.
CREATE TABLE partner_read (
    partner_entry_id BIGINT       NOT NULL PRIMARY KEY,
    first_read_at    TIMESTAMP(6) NOT NULL,
    reader_id        CHAR(36)     NOT NULL,
    CONSTRAINT fk_partner_read_entry FOREIGN KEY (partner_entry_id) REFERENCES partner_entry (id),
    CONSTRAINT fk_partner_read_reader FOREIGN KEY (reader_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON partner_org TO ${appAccount};
GRANT UPDATE (jurisdiction, ports, contact, certificate, cert_sha256, cert_not_after, push_url, active, updated_at)
    ON partner_org TO ${appAccount};
GRANT SELECT, INSERT ON partner_account TO ${appAccount};
GRANT SELECT, INSERT ON partner_entry TO ${appAccount};
GRANT SELECT, UPDATE ON partner_clock TO ${appAccount};
GRANT SELECT, INSERT ON partner_read TO ${appAccount};
