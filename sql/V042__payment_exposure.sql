-- A source's exposure as running totals (docs/performance.md, "Statements per request"): per file
-- and calendar year, the sum of its requested, approved and paid payments (a paid one in the year
-- of its payment day, the others in the year they were requested). Kept in the same transaction as
-- each change of a payment's state, under the file's row lock, so a payment request reads a few
-- rows instead of every payment the file ever had. Amounts only: nothing here identifies anyone.

CREATE TABLE payment_exposure (
    source_id     CHAR(36)       NOT NULL,
    exposure_year SMALLINT       NOT NULL,
    amount        DECIMAL(16, 2) NOT NULL,
    PRIMARY KEY (source_id, exposure_year),
    CONSTRAINT fk_payment_exposure_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

INSERT INTO payment_exposure (source_id, exposure_year, amount)
-- the request's year in UTC, as HUM counts it, whatever the session's time zone
SELECT p.source_id, COALESCE(YEAR(l.paid_on), YEAR(TIMESTAMPADD(SECOND, UNIX_TIMESTAMP(p.requested_at), '1970-01-01 00:00:00'))), SUM(p.amount)
FROM payment p
LEFT JOIN payment_ledger l ON l.payment_id = p.id AND l.entry_kind = 'PAYMENT'
WHERE p.status IN ('REQUESTED', 'APPROVED', 'PAID')
GROUP BY 1, 2;

GRANT SELECT, INSERT ON payment_exposure TO ${appAccount};
GRANT UPDATE (amount) ON payment_exposure TO ${appAccount};
