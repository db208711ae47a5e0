-- The error register (docs/domain.md, "Oversight"): each relevant error a compliance reviewer
-- records against a file, with what kind it is, the day it was found and by whom, what happened
-- (encrypted under the file's data key, like every other text about a source), and when it was
-- reported to the oversight body and closed. The deadline for reporting it is computed from the
-- rule profile and the installation's public holidays, never stored.
CREATE TABLE relevant_error (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    seq               BIGINT       NOT NULL AUTO_INCREMENT UNIQUE,
    source_id         CHAR(36)     NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    found_on          DATE         NOT NULL,
    found_by          CHAR(36)     NOT NULL,
    recorded_at       TIMESTAMP(6) NOT NULL,
    dek_version       INT          NOT NULL,
    description       BLOB         NOT NULL,
    reported_on       DATE         NULL,
    reported_by       CHAR(36)     NULL,
    report_reference  VARCHAR(100) NULL,
    closed_at         TIMESTAMP(6) NULL,
    closed_by         CHAR(36)     NULL,
    closing_note      BLOB         NULL,
    CONSTRAINT fk_relevant_error_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_relevant_error_found_by FOREIGN KEY (found_by) REFERENCES app_user (id),
    CONSTRAINT fk_relevant_error_reported_by FOREIGN KEY (reported_by) REFERENCES app_user (id),
    CONSTRAINT fk_relevant_error_closed_by FOREIGN KEY (closed_by) REFERENCES app_user (id),
    INDEX ix_relevant_error_open (closed_at, reported_on),
    INDEX ix_relevant_error_source (source_id, seq)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON relevant_error TO ${appAccount};
-- reporting and closing; and the re-encryption of the texts when the file's key rotates
GRANT UPDATE (reported_on, reported_by, report_reference, closed_at, closed_by, closing_note, dek_version, description)
    ON relevant_error TO ${appAccount};
