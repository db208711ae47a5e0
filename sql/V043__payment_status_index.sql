-- The dashboard's payments awaiting approval are found, paged and counted in SQL (the pending ones in
-- request order), not read whole: docs/performance.md, "Statements per request".
ALTER TABLE payment ADD INDEX ix_payment_status (status, seq);
