-- The record of each destruction by crypto-shredding (docs/operations.md, "Keys"): when, by whom
-- (a user id), why (the administrator's reason: an administrative statement such as "retention
-- period ended", never the source's particulars), how many data-key versions were erased and
-- which key-encryption keys were retired with them. Append-only for the application.
CREATE TABLE file_destruction (
    source_id     CHAR(36)     NOT NULL PRIMARY KEY,
    destroyed_at  TIMESTAMP(6) NOT NULL,
    destroyed_by  CHAR(36)     NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    CONSTRAINT fk_file_destruction_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_file_destruction_user FOREIGN KEY (destroyed_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON file_destruction TO ${appAccount};
