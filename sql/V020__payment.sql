-- Payments and the payments ledger (docs/domain.md, "Payments and benefits").
-- CONTRACT (kept by every later change): payment(id, source_id, contact_report_id, amount,
-- currency, kind, status) is what PaymentRegister reads.
--
-- A payment is requested (REQUESTED), approved step by step (APPROVED once every step named in
-- `steps` has its approval), or REJECTED; once paid (PAID) its ledger entry is written, and a
-- reversing entry makes it REVERSED. Only `status` changes in place; everything else is written once.
-- Free texts (purpose, sub-source items, decision reasons, reversal reasons) and the receipt are
-- FieldCipher envelopes under the source file's data key (version in dek_version), bound to
-- table, column and row id; a key rotation re-encrypts them, which is the only other UPDATE granted.

CREATE TABLE payment (
    id                    CHAR(36)        NOT NULL PRIMARY KEY,
    seq                   BIGINT          NOT NULL AUTO_INCREMENT,
    source_id             CHAR(36)        NOT NULL,
    contact_report_id     CHAR(36)        NULL,
    amount                DECIMAL(14,2)   NOT NULL,
    currency              CHAR(3)         NOT NULL,
    kind                  VARCHAR(16)     NOT NULL,
    status                VARCHAR(16)     NOT NULL,
    tasking_id            CHAR(36)        NULL,
    case_reference        VARCHAR(64)     NULL,
    contingent_on         VARCHAR(16)     NOT NULL,
    within_duty_to_report BOOLEAN         NULL,
    -- the approval steps computed at the request, in order, comma-separated (STANDARD, SENIOR_FIELD, HEADQUARTERS...)
    steps                 VARCHAR(160)    NOT NULL,
    -- the source's exposure when requested, this one included: what the steps were computed from
    year_exposure         DECIMAL(16,2)   NOT NULL,
    lifetime_exposure     DECIMAL(16,2)   NOT NULL,
    requested_at          TIMESTAMP(6)    NOT NULL,
    requested_by          CHAR(36)        NOT NULL,
    dek_version           INT             NOT NULL,
    purpose               VARBINARY(8192) NOT NULL,
    UNIQUE KEY uq_payment_seq (seq),
    INDEX ix_payment_source (source_id, seq),
    INDEX ix_payment_contact (contact_report_id),
    INDEX ix_payment_case (case_reference),
    CONSTRAINT fk_payment_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_payment_contact FOREIGN KEY (contact_report_id) REFERENCES contact_report (id),
    CONSTRAINT fk_payment_tasking FOREIGN KEY (tasking_id) REFERENCES tasking (id),
    CONSTRAINT fk_payment_requester FOREIGN KEY (requested_by) REFERENCES app_user (id),
    CONSTRAINT ck_payment_amount CHECK (amount > 0)
) ENGINE=InnoDB;

-- A payment made through the source to a sub-source, itemised: what each item is for, and its amount.
CREATE TABLE payment_item (
    id          CHAR(36)        NOT NULL PRIMARY KEY,
    seq         BIGINT          NOT NULL AUTO_INCREMENT,
    payment_id  CHAR(36)        NOT NULL,
    position    INT             NOT NULL,
    amount      DECIMAL(14,2)   NOT NULL,
    dek_version INT             NOT NULL,
    description VARBINARY(4096) NOT NULL,
    UNIQUE KEY uq_payment_item_seq (seq),
    UNIQUE KEY uq_payment_item_position (payment_id, position),
    CONSTRAINT fk_payment_item_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
) ENGINE=InnoDB;

-- One decision per step: an approval, or a rejection (with its reason) that ends the request.
-- The unique key makes a second decision of one step impossible, whatever the application does.
CREATE TABLE payment_decision (
    id          CHAR(36)        NOT NULL PRIMARY KEY,
    seq         BIGINT          NOT NULL AUTO_INCREMENT,
    payment_id  CHAR(36)        NOT NULL,
    step        INT             NOT NULL,
    tier        VARCHAR(32)     NOT NULL,
    decision    VARCHAR(16)     NOT NULL,
    decided_at  TIMESTAMP(6)    NOT NULL,
    decided_by  CHAR(36)        NOT NULL,
    dek_version INT             NOT NULL,
    reason      VARBINARY(8192) NULL,
    UNIQUE KEY uq_payment_decision_seq (seq),
    UNIQUE KEY uq_payment_decision_step (payment_id, step),
    CONSTRAINT fk_payment_decision_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT fk_payment_decision_user FOREIGN KEY (decided_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- The receipt of a payment: one per payment (no cumulative receipt), dated on the payment day,
-- stating the exact amount; the image or PDF itself encrypted. Never replaced.
CREATE TABLE payment_receipt (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    seq           BIGINT        NOT NULL AUTO_INCREMENT,
    payment_id    CHAR(36)      NOT NULL,
    media_type    VARCHAR(32)   NOT NULL,
    stated_amount DECIMAL(14,2) NOT NULL,
    dated         DATE          NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    dek_version   INT           NOT NULL,
    content       MEDIUMBLOB    NOT NULL,
    UNIQUE KEY uq_payment_receipt_seq (seq),
    UNIQUE KEY uq_payment_receipt_payment (payment_id),
    CONSTRAINT fk_payment_receipt_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
) ENGINE=InnoDB;

-- The ledger: append-only. One PAYMENT entry when a payment is made (with its witnesses and
-- receipt); a correction is a REVERSAL entry (negative amount, with a reason), never an update.
-- Each entry carries the hash of the previous entry of its source (prev_hash; zeros for the
-- first) and its own hash over a canonical form of its plain columns (entry_hash).
CREATE TABLE payment_ledger (
    id             CHAR(36)        NOT NULL PRIMARY KEY,
    seq            BIGINT          NOT NULL AUTO_INCREMENT,
    source_id      CHAR(36)        NOT NULL,
    payment_id     CHAR(36)        NOT NULL,
    entry_kind     VARCHAR(16)     NOT NULL,
    reverses_id    CHAR(36)        NULL,
    amount         DECIMAL(14,2)   NOT NULL,
    currency       CHAR(3)         NOT NULL,
    kind           VARCHAR(16)     NOT NULL,
    case_reference VARCHAR(64)     NULL,
    paid_on        DATE            NOT NULL,
    recorded_at    TIMESTAMP(6)    NOT NULL,
    recorded_by    CHAR(36)        NOT NULL,
    witness1_id    CHAR(36)        NULL,
    witness2_id    CHAR(36)        NULL,
    receipt_id     CHAR(36)        NULL,
    prev_hash      CHAR(64)        NOT NULL,
    entry_hash     CHAR(64)        NOT NULL,
    dek_version    INT             NOT NULL,
    reason         VARBINARY(8192) NULL,
    UNIQUE KEY uq_payment_ledger_seq (seq),
    UNIQUE KEY uq_payment_ledger_entry (payment_id, entry_kind),
    INDEX ix_payment_ledger_source (source_id, seq),
    INDEX ix_payment_ledger_case (case_reference),
    CONSTRAINT fk_payment_ledger_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_payment_ledger_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT fk_payment_ledger_reverses FOREIGN KEY (reverses_id) REFERENCES payment_ledger (id),
    CONSTRAINT fk_payment_ledger_receipt FOREIGN KEY (receipt_id) REFERENCES payment_receipt (id),
    CONSTRAINT fk_payment_ledger_recorder FOREIGN KEY (recorded_by) REFERENCES app_user (id),
    CONSTRAINT fk_payment_ledger_witness1 FOREIGN KEY (witness1_id) REFERENCES app_user (id),
    CONSTRAINT fk_payment_ledger_witness2 FOREIGN KEY (witness2_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON payment TO ${appAccount};
GRANT UPDATE (status, dek_version, purpose) ON payment TO ${appAccount};
GRANT SELECT, INSERT ON payment_item TO ${appAccount};
GRANT UPDATE (dek_version, description) ON payment_item TO ${appAccount};
GRANT SELECT, INSERT ON payment_decision TO ${appAccount};
GRANT UPDATE (dek_version, reason) ON payment_decision TO ${appAccount};
GRANT SELECT, INSERT ON payment_receipt TO ${appAccount};
GRANT UPDATE (dek_version, content) ON payment_receipt TO ${appAccount};
GRANT SELECT, INSERT ON payment_ledger TO ${appAccount};
GRANT UPDATE (dek_version, reason) ON payment_ledger TO ${appAccount};
