-- Random file sampling (docs/domain.md, "Oversight"): each draw keeps its seed, what was asked, how
-- many files the drawer's register held and the files drawn in order, so that the draw can be
-- reproduced and shown to an inspector; each sampled file's checklist, once completed, is kept
-- (the note encrypted under the file's data key). Append-only for the application.
CREATE TABLE file_sample (
    id                 CHAR(36)     NOT NULL PRIMARY KEY,
    seq                BIGINT       NOT NULL AUTO_INCREMENT UNIQUE,
    seed               BIGINT       NOT NULL,
    requested_size     INT          NULL,
    requested_percent  INT          NULL,
    population         INT          NOT NULL,
    drawn_by           CHAR(36)     NOT NULL,
    drawn_at           TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_file_sample_user FOREIGN KEY (drawn_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

CREATE TABLE file_sample_member (
    sample_id  CHAR(36) NOT NULL,
    position   INT      NOT NULL,
    source_id  CHAR(36) NOT NULL,
    PRIMARY KEY (sample_id, position),
    UNIQUE KEY uq_file_sample_member (sample_id, source_id),
    CONSTRAINT fk_file_sample_member_sample FOREIGN KEY (sample_id) REFERENCES file_sample (id),
    CONSTRAINT fk_file_sample_member_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

CREATE TABLE sample_checklist (
    sample_id     CHAR(36)     NOT NULL,
    source_id     CHAR(36)     NOT NULL,
    answers       VARCHAR(400) NOT NULL,
    dek_version   INT          NOT NULL,
    note          BLOB         NULL,
    completed_by  CHAR(36)     NOT NULL,
    completed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (sample_id, source_id),
    CONSTRAINT fk_sample_checklist_member FOREIGN KEY (sample_id, source_id) REFERENCES file_sample_member (sample_id, source_id),
    CONSTRAINT fk_sample_checklist_user FOREIGN KEY (completed_by) REFERENCES app_user (id),
    INDEX ix_sample_checklist_source (source_id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON file_sample TO ${appAccount};
GRANT SELECT, INSERT ON file_sample_member TO ${appAccount};
GRANT SELECT, INSERT ON sample_checklist TO ${appAccount};
-- the re-encryption of the note when the file's key rotates
GRANT UPDATE (dek_version, note) ON sample_checklist TO ${appAccount};
