-- Payments and the payments ledger (issue 5, DOMAIN.md "Payments and benefits").
-- CONTRACT (kept by every later change): payment(id, source_id, contact_report_id, amount,
-- currency, kind, status) is what PaymentRegister reads.

CREATE TABLE payment (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    seq               BIGINT        NOT NULL AUTO_INCREMENT,
    source_id         CHAR(36)      NOT NULL,
    contact_report_id CHAR(36)      NULL,
    amount            DECIMAL(14,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    UNIQUE KEY uq_payment_seq (seq),
    INDEX ix_payment_source (source_id, seq),
    INDEX ix_payment_contact (contact_report_id),
    CONSTRAINT fk_payment_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_payment_contact FOREIGN KEY (contact_report_id) REFERENCES contact_report (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON payment TO ${appAccount};
GRANT UPDATE (status) ON payment TO ${appAccount};
