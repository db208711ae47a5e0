-- The payments that may have been made on a day their file was not active for all of it, kept as they
-- become so (docs/performance.md, "Payments made while a file was not active"): the compliance
-- dashboard's list tests its rule on these entries only, in ledger order, so that neither its page nor
-- its count reads an index range for every file and every change of status (13 s at 112,023 files
-- and 336,069 ledger entries). A superset: the rule itself is applied to each when it is read.
--  * when a PAYMENT entry is appended: if paid up to the day after its file's registration, or from
--    the day before a change of the file to a status other than ACTIVE to the day after the change
--    recorded after it (PaymentRecords.tally);
--  * when a file is deactivated: its PAYMENT entries paid from the day before on (PaymentRecords).
-- Only ever inserted into; an entry is never removed (the ledger's rows are not either).
CREATE TABLE payment_inactive_candidate (
    entry_id  CHAR(36) NOT NULL PRIMARY KEY,
    seq       BIGINT   NOT NULL,
    source_id CHAR(36) NOT NULL,
    INDEX ix_payment_inactive_candidate_seq (seq)
) ENGINE = InnoDB;

INSERT INTO payment_inactive_candidate (entry_id, seq, source_id)
SELECT r.id, r.seq, r.source_id FROM source f JOIN payment_ledger r ON r.source_id = f.id
WHERE r.entry_kind = 'PAYMENT' AND r.paid_on <= DATE(f.registered_at) + INTERVAL 1 DAY
UNION
SELECT r.id, r.seq, r.source_id FROM source_status_change c JOIN payment_ledger r ON r.source_id = c.source_id
WHERE c.status <> 'ACTIVE' AND r.entry_kind = 'PAYMENT' AND r.paid_on >= DATE(c.changed_at) - INTERVAL 1 DAY
  AND r.paid_on <= GREATEST(DATE(c.changed_at), COALESCE(DATE((SELECT MIN(n.changed_at) FROM source_status_change n
                                                               WHERE n.source_id = c.source_id AND n.seq > c.seq)),
                                                    DATE '9999-12-30')) + INTERVAL 1 DAY;

GRANT SELECT, INSERT ON payment_inactive_candidate TO ${appAccount};
