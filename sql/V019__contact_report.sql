-- Contact reports (issue 5, DOMAIN.md "Contact reports").
-- CONTRACT (kept by every later change): contact_report(id, source_id, occurred_at, submitted)
-- is what ContactRegister reads; payments refer to contact_report.id.

CREATE TABLE contact_report (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    seq         BIGINT       NOT NULL AUTO_INCREMENT,
    source_id   CHAR(36)     NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    submitted   BOOLEAN      NOT NULL,
    UNIQUE KEY uq_contact_report_seq (seq),
    INDEX ix_contact_report_source (source_id, seq),
    CONSTRAINT fk_contact_report_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON contact_report TO ${appAccount};
