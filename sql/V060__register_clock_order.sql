-- The register's sorts by its two clocks (docs/performance.md, "At scale"): the next review of the
-- authorisation the register shows and the next periodic validation, each kept on the file's row
-- with the rule profile's figures it was computed with (register_clock_basis), so that one index
-- orders every page, ties broken by code name and id, the files without one apart, as V058's
-- indexes order the sorts by the authorisation's end and the last validation.
--  * validation_due_on: the UTC day of last_validation_at plus the profile's validationInterval.
--  * review_due_on: of the granted authorisation with the latest end, then the greatest id (the one
--    the register shows): the UTC day of its latest review after its grant (else of its grant) plus
--    the profile's reviewInterval (its juvenileReviewInterval for a juvenile), empty when that day is
--    not before the day it ends. What it rests on is kept beside it (review_from: that first day;
--    review_juvenile), so that computing every file again reads the file's row alone and locks no
--    other table's rows.
-- Both are moved in the transaction that moves what they rest on (SourceClocks), and computed again
-- for every file when the profile's figures change. What the register shows still depends on the
-- day: a review only of an authorisation in force (authorisation_ends_at after now), neither clock
-- for a file at rest; the register's query applies both conditions.
-- register_clock_basis holds the figures the columns were computed with (months and days of each
-- period, as java.time.Period adds them); while they differ from the profile's, the register
-- computes every file's row instead. Its one row starts empty; the application computes the
-- columns at its first start.
ALTER TABLE source ADD COLUMN validation_due_on DATE NULL DEFAULT NULL,
                   ADD COLUMN review_from DATE NULL DEFAULT NULL,
                   ADD COLUMN review_juvenile BOOLEAN NULL DEFAULT NULL,
                   ADD COLUMN review_due_on DATE NULL DEFAULT NULL;

CREATE TABLE register_clock_basis (
    id                      TINYINT PRIMARY KEY,
    validation_months       INT NULL,
    validation_days         INT NULL,
    review_months           INT NULL,
    review_days             INT NULL,
    juvenile_review_months  INT NULL,
    juvenile_review_days    INT NULL,
    CONSTRAINT ck_register_clock_basis_one CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO register_clock_basis (id) VALUES (1);

-- what each file's next review rests on, from its authorisations as they stand (review_due_on itself
-- is computed at the first start, with the rule profile's figures)
UPDATE source s
SET s.review_from = (SELECT DATE '1970-01-01' + INTERVAL FLOOR(UNIX_TIMESTAMP(GREATEST(a.decided_at,
                            COALESCE((SELECT MAX(r.reviewed_at) FROM authorisation_review r WHERE r.authorisation_id = a.id),
                                     a.decided_at))) / 86400) DAY
                     FROM authorisation a WHERE a.source_id = s.id AND a.status = 'GRANTED'
                     ORDER BY a.ends_at DESC, a.id DESC LIMIT 1),
    s.review_juvenile = (SELECT a.juvenile FROM authorisation a WHERE a.source_id = s.id AND a.status = 'GRANTED'
                         ORDER BY a.ends_at DESC, a.id DESC LIMIT 1)
WHERE s.authorisation_ends_at IS NOT NULL;

CREATE INDEX ix_source_validation_due_order ON source (destroyed_at, validation_due_on, code_name, id, compartment_code,
                                                       classification_level);
CREATE INDEX ix_source_review_due_order ON source (destroyed_at, review_due_on, code_name, id, compartment_code,
                                                   classification_level, authorisation_ends_at);
CREATE INDEX ix_source_clock_rest ON source (destroyed_at, code_name, id, compartment_code, classification_level,
                                             validation_due_on, review_due_on, authorisation_ends_at);

GRANT UPDATE (validation_due_on, review_from, review_juvenile, review_due_on) ON source TO ${appAccount};
GRANT SELECT, UPDATE ON register_clock_basis TO ${appAccount};
