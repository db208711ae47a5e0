-- The compliance dashboard's lists read no further than they show (docs/performance.md, "The
-- dashboards' due lists, paged and counted in SQL").
-- CONTACTS_WITHOUT_REPORT: the stale drafts in creation order (InnoDB appends the id, the page's tie-break).
CREATE INDEX ix_contact_draft_created ON contact_draft (created_at);
-- PAYMENTS_TO_INACTIVE_SOURCES: a file's entries paid within a span of days (around its
-- registration, or while a status other than ACTIVE held), not every entry of the ledger.
CREATE INDEX ix_payment_ledger_paid ON payment_ledger (source_id, paid_on);
