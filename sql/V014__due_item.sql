-- The due and overdue lists of the dashboards: replaced as a whole by the scheduled job
-- (org.hum.dashboard.boundary.DueListJob) from every feature's deadlines. A derived table:
-- it carries each item's label (level and compartments) so that a dashboard shows a line only
-- to someone who dominates it. Summaries hold code names and kinds only, never an identity.

CREATE TABLE due_item (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(48)   NOT NULL,
    object_type  VARCHAR(32)   NOT NULL,
    object_id    VARCHAR(64)   NOT NULL,
    source_id    CHAR(36)      NULL,
    summary      VARCHAR(500)  NOT NULL,
    due_on       DATE          NOT NULL,
    urgency      VARCHAR(16)   NOT NULL,
    label_level  INT           NOT NULL,
    compartments VARCHAR(500)  NOT NULL,
    computed_at  TIMESTAMP(6)  NOT NULL,
    INDEX ix_due_item_due (due_on),
    INDEX ix_due_item_source (source_id)
) ENGINE=InnoDB;

-- DELETE: each run replaces the list in one transaction.
GRANT SELECT, INSERT, DELETE ON due_item TO ${appAccount};
