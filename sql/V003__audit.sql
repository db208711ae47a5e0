-- The tamper-evident audit trail (docs/architecture.md, "Audit trail").
-- audit_event is written in the same transaction as the action it records; its entry_hash
-- covers the row's own fields in canonical form (org.hum.audit.verify.AuditHashes), not the
-- seq, which the database assigns. A single chainer then links committed entries in seq
-- order in audit_chain, outside the writers' transactions, and signs the head in
-- audit_checkpoint. The application account may only read and append to all three.

CREATE TABLE audit_event (
    seq            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(6) NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    actor_roles    VARCHAR(255) NULL,
    action         VARCHAR(48)  NOT NULL,
    object_type    VARCHAR(32)  NULL,
    object_id      VARCHAR(64)  NULL,
    label          VARCHAR(255) NULL,
    purpose        VARCHAR(64)  NULL,
    outcome        VARCHAR(16)  NOT NULL,
    client_address VARCHAR(64)  NULL,
    correlation_id VARCHAR(64)  NULL,
    entry_hash     BINARY(32)   NOT NULL,
    INDEX ix_audit_event_time (occurred_at),
    INDEX ix_audit_event_actor (actor, seq),
    INDEX ix_audit_event_action (action, seq),
    INDEX ix_audit_event_object (object_type, object_id, seq),
    CONSTRAINT ck_audit_event_outcome CHECK (outcome IN ('SUCCESS', 'REFUSED', 'FAILED'))
) ENGINE=InnoDB;

-- chain_hash(n) = SHA-256(chain_hash(n-1) || entry_hash(n) || seq); a gap (a seq that a
-- rolled-back transaction used) has gap = TRUE and no entry_hash.
CREATE TABLE audit_chain (
    seq             BIGINT     NOT NULL PRIMARY KEY,
    prev_chain_hash BINARY(32) NOT NULL,
    entry_hash      BINARY(32) NULL,
    chain_hash      BINARY(32) NOT NULL,
    gap             BOOLEAN    NOT NULL DEFAULT FALSE
) ENGINE=InnoDB;

CREATE TABLE audit_checkpoint (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    last_seq    BIGINT       NOT NULL,
    entry_count BIGINT       NOT NULL,
    chain_hash  BINARY(32)   NOT NULL,
    signed_at   TIMESTAMP(6) NOT NULL,
    signature   VARBINARY(128) NOT NULL,
    key_id      VARCHAR(32)  NOT NULL,
    INDEX ix_audit_checkpoint_seq (last_seq)
) ENGINE=InnoDB;

-- Append-only: no UPDATE, no DELETE (docs/architecture.md, "Enforcement" 6).
GRANT SELECT, INSERT ON audit_event TO ${appAccount};
GRANT SELECT, INSERT ON audit_chain TO ${appAccount};
GRANT SELECT, INSERT ON audit_checkpoint TO ${appAccount};
