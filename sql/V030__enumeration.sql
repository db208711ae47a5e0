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
