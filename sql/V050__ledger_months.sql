-- A file's ledger as running totals (docs/performance.md, "Statements per request"): per file,
-- month of the payment day, case reference and currency, the net sum of its entries (reversals
-- count negative) and how many there are. Kept by the application in the same transaction as each
-- ledger entry, under the file's row lock (org.hum.payment.control.PaymentRecords#tally), so the
-- ledger's totals and chart, the totals over every visible file and the register's payment columns
-- read a few rows a file instead of every entry it ever had. Amounts only: nothing here identifies
-- anyone (a case reference is an investigation's number, already plain in payment_ledger).

CREATE TABLE payment_ledger_month (
    source_id      CHAR(36)       NOT NULL,
    paid_month     DATE           NOT NULL,
    case_reference VARCHAR(64)    NOT NULL,
    currency       CHAR(3)        NOT NULL,
    amount         DECIMAL(16, 2) NOT NULL,
    entries        INT            NOT NULL,
    PRIMARY KEY (source_id, paid_month, case_reference, currency),
    CONSTRAINT fk_payment_ledger_month_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

-- '' stands for "no case reference" (a key column cannot be NULL)
INSERT INTO payment_ledger_month (source_id, paid_month, case_reference, currency, amount, entries)
SELECT source_id, DATE_FORMAT(paid_on, '%Y-%m-01'), COALESCE(case_reference, ''), currency, SUM(amount), COUNT(*)
FROM payment_ledger
GROUP BY source_id, DATE_FORMAT(paid_on, '%Y-%m-01'), COALESCE(case_reference, ''), currency;

-- an upsert (INSERT ... ON DUPLICATE KEY UPDATE) needs UPDATE on every column it inserts; the rows
-- are derived from the append-only ledger and can be rebuilt from it by the statement above
GRANT SELECT, INSERT, UPDATE ON payment_ledger_month TO ${appAccount};
