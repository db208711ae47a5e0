-- Intelligence requirements and taskings (issue 5, DOMAIN.md "Tasking").
-- CONTRACT (kept by every later change): tasking(id, source_id, reference, status) is what
-- TaskingRegister reads; other features (contact reports, payments) refer to tasking.id.

CREATE TABLE intelligence_requirement (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    seq         BIGINT       NOT NULL AUTO_INCREMENT,
    UNIQUE KEY uq_intelligence_requirement_seq (seq)
) ENGINE=InnoDB;

CREATE TABLE tasking (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    seq         BIGINT       NOT NULL AUTO_INCREMENT,
    source_id   CHAR(36)     NOT NULL,
    reference   VARCHAR(32)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    UNIQUE KEY uq_tasking_seq (seq),
    UNIQUE KEY uq_tasking_reference (reference),
    INDEX ix_tasking_source (source_id, seq),
    CONSTRAINT fk_tasking_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON intelligence_requirement TO ${appAccount};
GRANT SELECT, INSERT ON tasking TO ${appAccount};
GRANT UPDATE (status) ON tasking TO ${appAccount};
