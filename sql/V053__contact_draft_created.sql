-- The compliance dashboard's stale drafts (CONTACTS_WITHOUT_REPORT) are read in creation order and
-- no further than the page's end (docs/performance.md, "The dashboards' due lists, paged and
-- counted in SQL"): an index on the creation instant (InnoDB appends the id, the page's tie-break).
CREATE INDEX ix_contact_draft_created ON contact_draft (created_at);
