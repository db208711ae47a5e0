-- The register's sorts by the authorisation's end and the last validation (docs/performance.md,
-- "At scale"): each kept on the file's row in the transaction that moves it, so that one index orders
-- every page of each sort, ties broken by code name and id, the files without one apart (NULL), as
-- V053's index orders the sort by last contact.
--  * authorisation_ends_at: the latest end of the file's granted authorisations (cancelled ones left
--    out), the end of the authorisation the register shows (org.hum.oversight.boundary.Register): one
--    in force always has the latest end of its file's, so the value does not change as days pass;
--    moved by a grant, a renewal and a cancellation (SourceStore.mirrorAuthorisation).
--  * last_validation_at: the latest conclusion of the file's validations, moved by a conclusion
--    (SourceStore.mirrorLastValidation).
ALTER TABLE source ADD COLUMN authorisation_ends_at TIMESTAMP(6) NULL DEFAULT NULL,
                   ADD COLUMN last_validation_at TIMESTAMP(6) NULL DEFAULT NULL;

UPDATE source s JOIN (SELECT source_id, MAX(ends_at) AS ends FROM authorisation WHERE status = 'GRANTED'
                      GROUP BY source_id) a ON a.source_id = s.id
SET s.authorisation_ends_at = a.ends;

UPDATE source s JOIN (SELECT v.source_id, MAX(c.concluded_at) AS concluded FROM validation v
                      JOIN validation_conclusion c ON c.validation_id = v.id GROUP BY v.source_id) x ON x.source_id = s.id
SET s.last_validation_at = x.concluded;

CREATE INDEX ix_source_authorisation_order ON source (destroyed_at, authorisation_ends_at, code_name, id,
                                                      compartment_code, classification_level);
CREATE INDEX ix_source_validation_order ON source (destroyed_at, last_validation_at, code_name, id, compartment_code,
                                                   classification_level);

GRANT UPDATE (authorisation_ends_at, last_validation_at) ON source TO ${appAccount};
