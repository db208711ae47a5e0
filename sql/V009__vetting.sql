-- Validation and grading (docs/domain.md, "Lifecycle" 3 and 7, "Grading"; org.hum.vetting).
-- Free texts (findings, reasons) are stored only as FieldCipher envelopes under the source
-- file's data key, bound to table, column and row. Every table here is append-only for the
-- application: findings, conclusions, dissents and grades are never rewritten; a new
-- validation or a new grade follows instead. Only the "open validation" marker is deleted,
-- when its validation is concluded.

-- A validation: the findings a case officer or controller recorded. Its label is its source's.
CREATE TABLE validation (
    id                     CHAR(36)     NOT NULL PRIMARY KEY,
    source_id              CHAR(36)     NOT NULL,
    kind                   VARCHAR(16)  NOT NULL,
    classification_level   INT          NOT NULL,
    compartment_code       VARCHAR(32)  NOT NULL,
    criminal_history       VARCHAR(16)  NOT NULL,
    criminal_history_notes BLOB         NULL,
    subject_status         VARCHAR(16)  NOT NULL,
    motivations            VARCHAR(255) NOT NULL,
    access_kind            VARCHAR(16)  NOT NULL,
    access_details         BLOB         NOT NULL,
    proof_of_existence     BLOB         NOT NULL,
    recorded_by            CHAR(36)     NOT NULL,
    recorded_at            TIMESTAMP(6) NOT NULL,
    INDEX ix_validation_source (source_id, recorded_at),
    CONSTRAINT fk_validation_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_validation_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- At most one validation awaiting its conclusion per source: the primary key settles a race.
CREATE TABLE validation_open (
    source_id     CHAR(36) NOT NULL PRIMARY KEY,
    validation_id CHAR(36) NOT NULL,
    CONSTRAINT fk_validation_open_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_validation_open_validation FOREIGN KEY (validation_id) REFERENCES validation (id)
) ENGINE=InnoDB;

-- The conclusion, by a reviewer who is not the handler: one per validation, final.
CREATE TABLE validation_conclusion (
    validation_id CHAR(36)     NOT NULL PRIMARY KEY,
    suitable      BOOLEAN      NOT NULL,
    reasons       BLOB         NOT NULL,
    concluded_by  CHAR(36)     NOT NULL,
    concluded_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_validation_conclusion_validation FOREIGN KEY (validation_id) REFERENCES validation (id),
    CONSTRAINT fk_validation_conclusion_user FOREIGN KEY (concluded_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- Dissents kept beside the conclusion, never overwriting it: one per reviewer per validation.
CREATE TABLE validation_dissent (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    validation_id CHAR(36)     NOT NULL,
    dissent_by    CHAR(36)     NOT NULL,
    recorded_at   TIMESTAMP(6) NOT NULL,
    reasons       BLOB         NOT NULL,
    CONSTRAINT uq_validation_dissent UNIQUE (validation_id, dissent_by),
    CONSTRAINT fk_validation_dissent_validation FOREIGN KEY (validation_id) REFERENCES validation (id),
    CONSTRAINT fk_validation_dissent_user FOREIGN KEY (dissent_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- The source's reliability grade and its history: seq 1, 2, ... per source; the unique key
-- refuses two changes made from the same previous grade at once.
CREATE TABLE source_grade (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    source_id      CHAR(36)     NOT NULL,
    seq            INT          NOT NULL,
    scheme         VARCHAR(16)  NOT NULL,
    grade          VARCHAR(2)   NOT NULL,
    previous_grade VARCHAR(2)   NULL,
    reason         BLOB         NOT NULL,
    graded_by      CHAR(36)     NOT NULL,
    graded_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_source_grade_seq UNIQUE (source_id, seq),
    CONSTRAINT fk_source_grade_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_source_grade_user FOREIGN KEY (graded_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON validation TO ${appAccount};
GRANT SELECT, INSERT, DELETE ON validation_open TO ${appAccount};
GRANT SELECT, INSERT ON validation_conclusion TO ${appAccount};
GRANT SELECT, INSERT ON validation_dissent TO ${appAccount};
GRANT SELECT, INSERT ON source_grade TO ${appAccount};
