-- Registration in full (docs/domain.md, "The source file"): the particulars beyond the true identity,
-- code names per unit, who acted as handler, co-handler, controller and records officer and when,
-- and every promise or benefit made. Identifying or sensitive text is stored only as FieldCipher
-- envelopes under the file's own data key, bound to table, column and row (the source id, or the
-- promise id), exactly like source.true_name.

CREATE TABLE source_particulars (
    source_id                  CHAR(36)        NOT NULL PRIMARY KEY,
    other_identities           VARBINARY(8192) NULL,
    identity_documents         VARBINARY(8192) NULL,
    photo                      MEDIUMBLOB      NULL,
    photo_type                 VARCHAR(16)     NULL,
    existence_verification     VARBINARY(8192) NULL,
    recruited_on               DATE            NULL,
    recruitment_circumstances  VARBINARY(8192) NULL,
    employer                   VARBINARY(1024) NULL,
    occupation                 VARBINARY(1024) NULL,
    duty_to_report             BOOLEAN         NOT NULL DEFAULT FALSE,
    nationality                VARBINARY(512)  NULL,
    foreign_national           BOOLEAN         NOT NULL DEFAULT FALSE,
    immigration_benefit        VARBINARY(2048) NULL,
    immigration_benefit_expires DATE           NULL,
    agency_relationships       VARBINARY(4096) NULL,
    motivations                VARCHAR(255)    NULL,
    motivation_notes           VARBINARY(4096) NULL,
    access_kind                VARCHAR(16)     NULL,
    access_description         VARBINARY(4096) NULL,
    security_welfare           VARBINARY(8192) NULL,
    special_categories         VARCHAR(255)    NULL,
    INDEX ix_source_particulars_benefit (immigration_benefit_expires),
    CONSTRAINT fk_source_particulars_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

-- A code name in each unit; unique within a unit.
CREATE TABLE source_code_name (
    source_id CHAR(36)    NOT NULL,
    unit      VARCHAR(64) NOT NULL,
    code_name VARCHAR(64) NOT NULL,
    PRIMARY KEY (source_id, unit),
    CONSTRAINT uq_source_code_name_unit UNIQUE (unit, code_name),
    CONSTRAINT fk_source_code_name_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

-- Who acted as handler, co-handler, controller or records officer, and for which period.
-- An open assignment (ended_on NULL) carries the true-identity grant.
CREATE TABLE source_assignment (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    source_id   CHAR(36)     NOT NULL,
    user_id     CHAR(36)     NOT NULL,
    role        VARCHAR(32)  NOT NULL,
    started_on  DATE         NOT NULL,
    ended_on    DATE         NULL,
    assigned_by CHAR(36)     NOT NULL,
    assigned_at TIMESTAMP(6) NOT NULL,
    ended_by    CHAR(36)     NULL,
    INDEX ix_source_assignment_source (source_id, started_on),
    INDEX ix_source_assignment_user (user_id),
    CONSTRAINT fk_source_assignment_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_source_assignment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_source_assignment_by FOREIGN KEY (assigned_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- Every promise or benefit made by any agency or prosecutor: append-only (the description is
-- re-encrypted in place when the file's data key rotates, nothing else ever changes).
CREATE TABLE source_promise (
    id          CHAR(36)        NOT NULL PRIMARY KEY,
    source_id   CHAR(36)        NOT NULL,
    made_by     VARCHAR(200)    NOT NULL,
    made_on     DATE            NOT NULL,
    description VARBINARY(8192) NOT NULL,
    recorded_by CHAR(36)        NOT NULL,
    recorded_at TIMESTAMP(6)    NOT NULL,
    INDEX ix_source_promise_source (source_id, made_on),
    CONSTRAINT fk_source_promise_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_source_promise_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- A file may hold several identity documents: each gets its own DOCUMENT index entry.
ALTER TABLE blind_index ADD COLUMN seq INT NOT NULL DEFAULT 0;
ALTER TABLE blind_index DROP PRIMARY KEY, ADD PRIMARY KEY (source_id, field, seq);

GRANT SELECT, INSERT ON source_particulars TO ${appAccount};
-- Only the envelopes change, when the file's data key rotates.
GRANT UPDATE (other_identities, identity_documents, photo, existence_verification, recruitment_circumstances,
    employer, occupation, nationality, immigration_benefit, agency_relationships, motivation_notes,
    access_description, security_welfare) ON source_particulars TO ${appAccount};
GRANT SELECT, INSERT ON source_code_name TO ${appAccount};
GRANT SELECT, INSERT ON source_assignment TO ${appAccount};
GRANT UPDATE (ended_on, ended_by) ON source_assignment TO ${appAccount};
GRANT SELECT, INSERT ON source_promise TO ${appAccount};
GRANT UPDATE (description) ON source_promise TO ${appAccount};
