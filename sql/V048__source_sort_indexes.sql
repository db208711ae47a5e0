-- The register's sorts by a column of the file's own row (docs/performance.md, "At scale"): live files
-- by source number, by registration and by compartment, each with the code name and id that break
-- ties and what the access predicate tests, so a page's ids come from an index alone, read forwards
-- or (descending) backwards. Without them each such page sorted every visible file: 110 to 590 ms
-- at 100,000 files.
CREATE INDEX ix_source_number_order ON source (destroyed_at, source_number, code_name, id, compartment_code,
    classification_level);
CREATE INDEX ix_source_registered_order ON source (destroyed_at, registered_at, code_name, id, compartment_code,
    classification_level);
CREATE INDEX ix_source_compartment_order ON source (destroyed_at, compartment_code, code_name, id, classification_level);
