-- The register's sort by the payments' lifetime total (docs/performance.md, "At scale"): each file's
-- net total over its ledger (reversals count negative), the sum of its payment_ledger_month rows (V050),
-- kept on the file's row in the same transaction as each ledger entry
-- (org.hum.payment.control.PaymentRecords#tally, through SourceStore.addPaid), so that one index
-- orders every page of that sort, ties broken by code name and id.
ALTER TABLE source ADD COLUMN paid_lifetime DECIMAL(18, 2) NOT NULL DEFAULT 0;

UPDATE source s JOIN (SELECT source_id, SUM(amount) AS total FROM payment_ledger_month GROUP BY source_id) m
    ON m.source_id = s.id
SET s.paid_lifetime = m.total;

CREATE INDEX ix_source_paid_order ON source (destroyed_at, paid_lifetime, code_name, id, compartment_code,
                                            classification_level);

GRANT UPDATE (paid_lifetime) ON source TO ${appAccount};
