-- The files whose latest contact planned one for a day already past, found on an index: the register's
-- overdue filter asks the contact clock for them at once, without the due list's last run and without
-- a list of ids (docs/performance.md, "At scale").
CREATE INDEX ix_source_contact_next ON source_contact (next_contact_at, source_id);
