-- What the contact feature's due dates rest on, per file (docs/performance.md, "At scale"): kept by
-- the application in the same transaction as each submitted report or correction, under the file's
-- row lock (org.hum.contact.control.ContactState). The due-list job and the compliance dashboard
-- read these rows instead of every version of every report of the installation. Derived from
-- contact_report's current versions; times and ids only, never a report's text.

-- Each file's latest contact (a tie keeps the report recorded first) and the contact it plans.
CREATE TABLE source_contact (
    source_id          CHAR(36)      NOT NULL PRIMARY KEY,
    last_contact_at    TIMESTAMP(6)  NOT NULL,
    latest_report_id   CHAR(36)      NOT NULL,
    latest_version_id  CHAR(36)      NOT NULL,
    next_contact_at    TIMESTAMP(6)  NULL,
    CONSTRAINT fk_source_contact_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

-- The contacts planned for a day after their file's latest contact: not answered yet. One past its
-- day is a contact without a report.
CREATE TABLE contact_plan (
    version_id       CHAR(36)      NOT NULL PRIMARY KEY,
    report_id        CHAR(36)      NOT NULL,
    source_id        CHAR(36)      NOT NULL,
    occurred_at      TIMESTAMP(6)  NOT NULL,
    next_contact_at  TIMESTAMP(6)  NOT NULL,
    INDEX ix_contact_plan_due (next_contact_at),
    INDEX ix_contact_plan_source (source_id, next_contact_at),
    CONSTRAINT fk_contact_plan_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

-- Filled from the reports already there, as ContactRules.state computes them: days are UTC days.
SET @hum_time_zone = @@session.time_zone;
SET time_zone = '+00:00';

CREATE TABLE contact_state_fill AS
SELECT c.id, COALESCE(c.report_id, c.id) AS report_id, c.source_id, c.occurred_at, c.next_contact_at,
       (SELECT f.seq FROM contact_report f WHERE f.id = COALESCE(c.report_id, c.id)) AS first_seq
FROM contact_report c
WHERE c.submitted
  AND NOT EXISTS (SELECT 1 FROM contact_report n WHERE n.submitted AND n.report_id = COALESCE(c.report_id, c.id)
                  AND n.version > c.version);
CREATE INDEX ix_contact_state_fill ON contact_state_fill (source_id, occurred_at, first_seq);

INSERT INTO source_contact (source_id, last_contact_at, latest_report_id, latest_version_id, next_contact_at)
SELECT t.source_id, t.occurred_at, t.report_id, t.id, t.next_contact_at
FROM contact_state_fill t
WHERE NOT EXISTS (SELECT 1 FROM contact_state_fill u WHERE u.source_id = t.source_id
                  AND (u.occurred_at > t.occurred_at OR (u.occurred_at = t.occurred_at AND u.first_seq < t.first_seq)));

INSERT INTO contact_plan (version_id, report_id, source_id, occurred_at, next_contact_at)
SELECT t.id, t.report_id, t.source_id, t.occurred_at, t.next_contact_at
FROM contact_state_fill t JOIN source_contact s ON s.source_id = t.source_id
WHERE t.next_contact_at IS NOT NULL AND DATE(t.next_contact_at) > DATE(s.last_contact_at);

DROP TABLE contact_state_fill;
SET time_zone = @hum_time_zone;

-- DELETE on contact_plan: a later contact answers a plan; a correction recomputes its file's rows, and
-- keeps a plan still unanswered by inserting it again as itself (an upsert, which MariaDB lets only an
-- account with UPDATE on the inserted columns send).
GRANT SELECT, INSERT, UPDATE, DELETE ON source_contact TO ${appAccount};
GRANT SELECT, INSERT, UPDATE, DELETE ON contact_plan TO ${appAccount};
