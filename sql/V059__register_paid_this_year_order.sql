-- The register's sort by this year's payments (docs/performance.md, "At scale"): each file's net total
-- of its ledger's latest year (paid_year: the latest year of a payment day in its ledger; reversals
-- count negative), the sum of its payment_ledger_month rows of that year (V050), kept on the file's
-- row by the same statement as its lifetime total (V054), in the transaction of each ledger entry
-- (org.hum.payment.control.PaymentRecords#tally, through SourceStore.addPaid). This year's total is
-- paid_year_total where paid_year is this year, else 0, so the value does not go stale as the year
-- turns: the files paid something this year are a range of the first index, in the order of their
-- total; every other file (0) is read in code name order from the second, which holds both columns
-- so that the files it skips are not looked up.
ALTER TABLE source ADD COLUMN paid_year INT NULL DEFAULT NULL,
                   ADD COLUMN paid_year_total DECIMAL(18, 2) NOT NULL DEFAULT 0;

UPDATE source s JOIN (SELECT m.source_id, y.latest, SUM(m.amount) AS total
                      FROM payment_ledger_month m
                      JOIN (SELECT source_id, MAX(YEAR(paid_month)) AS latest FROM payment_ledger_month
                            GROUP BY source_id) y ON y.source_id = m.source_id AND YEAR(m.paid_month) = y.latest
                      GROUP BY m.source_id, y.latest) t ON t.source_id = s.id
SET s.paid_year = t.latest, s.paid_year_total = t.total;

CREATE INDEX ix_source_paid_year_order ON source (destroyed_at, paid_year, paid_year_total, code_name, id,
                                                  compartment_code, classification_level);
CREATE INDEX ix_source_paid_year_rest ON source (destroyed_at, code_name, id, compartment_code, classification_level,
                                                 paid_year, paid_year_total);

GRANT UPDATE (paid_year, paid_year_total) ON source TO ${appAccount};
