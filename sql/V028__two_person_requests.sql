-- Two-person control of the ways to a true identity (docs/domain.md, "Two-person control"):
-- creating or elevating an account, granting true identity and assigning to a file are first
-- requested by one person and take effect only when another of the right role approves them.
-- The payload is the requested change as JSON: roles, clearance rank, compartments, the grant or
-- assignment role; for a new account its Argon2id password hash, never a password; never a
-- source's particulars. A request is decided once (APPROVED or REFUSED, with the reason given).
CREATE TABLE two_person_request (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    kind           VARCHAR(32)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    source_id      CHAR(36)     NULL,
    payload        TEXT         NOT NULL,
    requested_by   CHAR(36)     NOT NULL,
    requested_at   TIMESTAMP(6) NOT NULL,
    decided_by     CHAR(36)     NULL,
    decided_at     TIMESTAMP(6) NULL,
    reason         VARCHAR(500) NULL,
    INDEX ix_two_person_request_status (status, kind),
    CONSTRAINT fk_two_person_request_by FOREIGN KEY (requested_by) REFERENCES app_user (id),
    CONSTRAINT fk_two_person_request_decider FOREIGN KEY (decided_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT, UPDATE ON two_person_request TO ${appAccount};
