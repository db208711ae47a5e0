-- The compliance workspace (docs/domain.md, "Oversight"): a reviewer marks a line as seen, with a
-- note. Marks are kept (append-only); the note is sealed under the key of the file the line
-- concerns, or of the prospect for a prospect's line, bound to this table, column and row.
-- line_key names the line (kind, object type, object id, day) and holds no content.

CREATE TABLE workspace_mark (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    line_key    VARCHAR(160) NOT NULL,
    source_id   CHAR(36)     NULL,
    prospect_id CHAR(36)     NULL,
    dek_version INT          NOT NULL,
    note        BLOB         NOT NULL,
    marked_by   CHAR(36)     NOT NULL,
    marked_at   TIMESTAMP(6) NOT NULL,
    INDEX ix_workspace_mark_line (line_key, marked_at),
    INDEX ix_workspace_mark_source (source_id),
    CONSTRAINT fk_workspace_mark_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_workspace_mark_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id),
    CONSTRAINT fk_workspace_mark_user FOREIGN KEY (marked_by) REFERENCES app_user (id),
    CONSTRAINT ck_workspace_mark_subject CHECK ((source_id IS NULL) <> (prospect_id IS NULL))
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON workspace_mark TO ${appAccount};
-- the re-encryption of the note when the file's key rotates
GRANT UPDATE (dek_version, note) ON workspace_mark TO ${appAccount};
