-- Intelligence requirements and taskings (docs/domain.md, "Tasking").
-- CONTRACT (kept by every later change): tasking(id, source_id, reference, status) is what
-- TaskingRegister reads; other features (contact reports, payments) refer to tasking.id.

-- A requirement is a record of its own, labelled by its compartment: only users cleared for
-- it see it. Its title and description are the agency's own words, not a source's, and are
-- not under any source file's key.
CREATE TABLE intelligence_requirement (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    seq              BIGINT        NOT NULL AUTO_INCREMENT,
    reference        VARCHAR(32)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    description      TEXT          NULL,
    priority         VARCHAR(16)   NOT NULL,
    owner_id         CHAR(36)      NOT NULL,
    compartment_code VARCHAR(32)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    created_by       CHAR(36)      NOT NULL,
    closed_at        TIMESTAMP(6)  NULL,
    closed_by        CHAR(36)      NULL,
    UNIQUE KEY uq_intelligence_requirement_seq (seq),
    UNIQUE KEY uq_intelligence_requirement_reference (reference),
    INDEX ix_intelligence_requirement_compartment (compartment_code, status),
    CONSTRAINT fk_requirement_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
    CONSTRAINT fk_requirement_compartment FOREIGN KEY (compartment_code) REFERENCES compartment (code),
    CONSTRAINT fk_requirement_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_requirement_closed_by FOREIGN KEY (closed_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- A tasking of a source against a requirement. The limits (what the source may do, in words),
-- the risk assessment and a cancellation's reason are FieldCipher envelopes under the source
-- file's data key (version dek_version), bound to table, column and row. activities is the
-- structured list of what the source is tasked to do (AuthorisedActivity names, comma-separated).
-- authorisation_id: the authorisation in force when it was issued (NULL: none was, or not issued).
CREATE TABLE tasking (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    seq              BIGINT        NOT NULL AUTO_INCREMENT,
    source_id        CHAR(36)      NOT NULL,
    reference        VARCHAR(32)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    requirement_id   CHAR(36)      NOT NULL,
    priority         VARCHAR(16)   NOT NULL,
    due_on           DATE          NOT NULL,
    activities       VARCHAR(400)  NOT NULL,
    dek_version      INT           NOT NULL,
    limits           BLOB          NOT NULL,
    risk_assessment  BLOB          NOT NULL,
    cancel_reason    BLOB          NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    created_by       CHAR(36)      NOT NULL,
    issued_at        TIMESTAMP(6)  NULL,
    issued_by        CHAR(36)      NULL,
    authorisation_id CHAR(36)      NULL,
    acknowledged_at  TIMESTAMP(6)  NULL,
    started_at       TIMESTAMP(6)  NULL,
    ended_at         TIMESTAMP(6)  NULL,
    ended_by         CHAR(36)      NULL,
    UNIQUE KEY uq_tasking_seq (seq),
    UNIQUE KEY uq_tasking_reference (reference),
    INDEX ix_tasking_source (source_id, seq),
    INDEX ix_tasking_requirement (requirement_id, status),
    INDEX ix_tasking_status (status, due_on),
    CONSTRAINT fk_tasking_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_tasking_requirement FOREIGN KEY (requirement_id) REFERENCES intelligence_requirement (id),
    CONSTRAINT fk_tasking_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_tasking_issued_by FOREIGN KEY (issued_by) REFERENCES app_user (id),
    CONSTRAINT fk_tasking_authorisation FOREIGN KEY (authorisation_id) REFERENCES authorisation (id),
    CONSTRAINT fk_tasking_ended_by FOREIGN KEY (ended_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- The last number given per kind (T: tasking, R: requirement) and year: references such as
-- T-2026-0042, numbered under the row's lock, rolled back with a refused creation.
CREATE TABLE tasking_counter (
    kind        CHAR(1)  NOT NULL,
    year        INT      NOT NULL,
    last_value  INT      NOT NULL,
    PRIMARY KEY (kind, year)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON intelligence_requirement TO ${appAccount};
GRANT UPDATE (status, closed_at, closed_by) ON intelligence_requirement TO ${appAccount};
GRANT SELECT, INSERT ON tasking TO ${appAccount};
-- The state and its moments; the envelopes and their key version for a rotation (and the
-- cancellation's reason). Source, requirement, reference, activities, due day and the texts as
-- written stay as they were issued.
GRANT UPDATE (status, issued_at, issued_by, authorisation_id, acknowledged_at, started_at, ended_at, ended_by,
              cancel_reason, dek_version, limits, risk_assessment) ON tasking TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON tasking_counter TO ${appAccount};
