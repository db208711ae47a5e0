-- The register's pages (docs/performance.md, "At scale"): live files in code name order, with what the
-- access predicate tests, so a page's ids and the count come from this index alone, without reading
-- or sorting the rows. The listing index (compartment first) could not give code name order across
-- compartments: each page read and sorted every visible file.
CREATE INDEX ix_source_register ON source (destroyed_at, code_name, id, compartment_code, classification_level);
