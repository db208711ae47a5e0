-- References of requirements and taskings are drawn at random, not counted (docs/domain.md,
-- "Tasking"): one counter across compartments let a reader count, by the gaps between the
-- references they saw, the work of compartments they may not see. The rows numbered so far get
-- drawn references of the same kind and year (nothing else stores a reference: other tables
-- name a tasking or requirement by its id), and the counter goes.
UPDATE intelligence_requirement SET reference = CONCAT(LEFT(reference, 7),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1));
UPDATE tasking SET reference = CONCAT(LEFT(reference, 7),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + FLOOR(RAND() * 32), 1));
DROP TABLE tasking_counter;

-- A code name is unique in its unit among the files of one label (compartment and classification
-- level), not across all files (docs/domain.md, "The source file"): the files of one label are
-- exactly those anyone registering at it may see, so a clash never tells a registrar that a file
-- they may not see uses a name. The label is copied onto the row so that the key keeps the rule.
ALTER TABLE source_code_name
    ADD COLUMN compartment_code     VARCHAR(32) NULL,
    ADD COLUMN classification_level INT         NULL;
UPDATE source_code_name c JOIN source s ON s.id = c.source_id
    SET c.compartment_code = s.compartment_code, c.classification_level = s.classification_level;
ALTER TABLE source_code_name
    MODIFY compartment_code     VARCHAR(32) NOT NULL,
    MODIFY classification_level INT         NOT NULL,
    DROP INDEX uq_source_code_name_unit,
    ADD CONSTRAINT uq_source_code_name_label UNIQUE (unit, code_name, compartment_code, classification_level);
