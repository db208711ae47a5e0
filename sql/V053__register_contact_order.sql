-- The register's sort by last contact (docs/performance.md, "At scale"): each file's latest contact,
-- kept in source_contact (V049), read in its order; the file's id makes each entry unique.
CREATE INDEX ix_source_contact_last ON source_contact (last_contact_at, source_id);
