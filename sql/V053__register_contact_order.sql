-- The register's sort by last contact (docs/performance.md, "At scale"): each file's latest contact,
-- as source_contact keeps it (V049), copied onto the file's row in the same transaction
-- (org.hum.contact.control.ContactState, through SourceStore.mirrorLastContact), so that one index
-- orders every page of that sort, ties broken by code name and id, the files never contacted
-- apart (NULL), as V048's indexes order the sorts by the file's own columns.
ALTER TABLE source ADD COLUMN last_contact_at TIMESTAMP(6) NULL DEFAULT NULL;

UPDATE source s JOIN source_contact c ON c.source_id = s.id SET s.last_contact_at = c.last_contact_at;

CREATE INDEX ix_source_contact_order ON source (destroyed_at, last_contact_at, code_name, id, compartment_code,
                                               classification_level);

GRANT UPDATE (last_contact_at) ON source TO ${appAccount};
