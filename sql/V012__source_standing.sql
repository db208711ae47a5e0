-- A source's standing (docs/domain.md, "Lifecycle" 8): deactivation, closure for cause, reactivation,
-- and the senior approvals a closure for cause needs. All three tables are append-only (only a key
-- rotation re-encrypts their reasons in place): a status is
-- the latest change, a request is pending while the closure it answers is the latest change, an
-- approval of contact holds until its end or the source's next change of status. Registration counts as ACTIVE at the
-- source's registered_at and has no row here.
-- Reasons are free text that may be sensitive: stored only as FieldCipher envelopes under the
-- file's data key (version in dek_version), bound to table, column and row id (a UUID assigned
-- before the insert); seq orders rows as they were recorded, whatever the rule clock read.

CREATE TABLE source_status_change (
    id            CHAR(36)        NOT NULL PRIMARY KEY,
    seq           BIGINT          NOT NULL AUTO_INCREMENT,
    source_id     CHAR(36)        NOT NULL,
    status        VARCHAR(24)     NOT NULL,
    changed_at    TIMESTAMP(6)    NOT NULL,
    changed_by    CHAR(36)        NOT NULL,
    for_cause     BOOLEAN         NOT NULL,
    source_told   BOOLEAN         NULL,
    dek_version   INT             NOT NULL,
    reason        VARBINARY(8192) NOT NULL,
    delay_reason  VARBINARY(8192) NULL,
    requested_by  CHAR(36)        NULL,
    UNIQUE KEY uq_source_status_change_seq (seq),
    INDEX ix_source_status_change_source (source_id, seq),
    CONSTRAINT fk_source_status_change_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_source_status_change_user FOREIGN KEY (changed_by) REFERENCES app_user (id),
    CONSTRAINT fk_source_status_change_requester FOREIGN KEY (requested_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- A request to reopen a source closed for cause: a senior approver who is not the requester approves it.
-- closure_id names the closure it answers: the request is pending while that closure is the latest change.
CREATE TABLE source_reactivation_request (
    id           CHAR(36)        NOT NULL PRIMARY KEY,
    seq          BIGINT          NOT NULL AUTO_INCREMENT,
    source_id    CHAR(36)        NOT NULL,
    requested_at TIMESTAMP(6)    NOT NULL,
    requested_by CHAR(36)        NOT NULL,
    closure_id   CHAR(36)        NOT NULL,
    dek_version  INT             NOT NULL,
    reason       VARBINARY(8192) NOT NULL,
    UNIQUE KEY uq_source_reactivation_request_seq (seq),
    INDEX ix_source_reactivation_request_source (source_id, seq),
    CONSTRAINT fk_source_reactivation_request_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_source_reactivation_request_user FOREIGN KEY (requested_by) REFERENCES app_user (id),
    CONSTRAINT fk_source_reactivation_request_closure FOREIGN KEY (closure_id) REFERENCES source_status_change (id)
) ENGINE=InnoDB;

-- A senior approval of contact with a source closed for cause: in force until valid_until, and only
-- while the closure it names (closure_id) is the source's latest change of status.
CREATE TABLE source_contact_approval (
    id          CHAR(36)        NOT NULL PRIMARY KEY,
    seq         BIGINT          NOT NULL AUTO_INCREMENT,
    source_id   CHAR(36)        NOT NULL,
    approved_at TIMESTAMP(6)    NOT NULL,
    approved_by CHAR(36)        NOT NULL,
    valid_until TIMESTAMP(6)    NOT NULL,
    closure_id  CHAR(36)        NOT NULL,
    dek_version INT             NOT NULL,
    reason      VARBINARY(8192) NOT NULL,
    UNIQUE KEY uq_source_contact_approval_seq (seq),
    INDEX ix_source_contact_approval_source (source_id, seq),
    CONSTRAINT fk_source_contact_approval_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_source_contact_approval_user FOREIGN KEY (approved_by) REFERENCES app_user (id),
    CONSTRAINT fk_source_contact_approval_closure FOREIGN KEY (closure_id) REFERENCES source_status_change (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON source_status_change TO ${appAccount};
GRANT SELECT, INSERT ON source_reactivation_request TO ${appAccount};
GRANT SELECT, INSERT ON source_contact_approval TO ${appAccount};

-- Only what re-encryption under a new version of the file's data key changes (as for source in V006).
GRANT UPDATE (dek_version, reason, delay_reason) ON source_status_change TO ${appAccount};
GRANT UPDATE (dek_version, reason) ON source_reactivation_request TO ${appAccount};
GRANT UPDATE (dek_version, reason) ON source_contact_approval TO ${appAccount};
